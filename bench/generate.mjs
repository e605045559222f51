// A synthetic content repository for the benchmark: real paragraphs of the seed articles (corpus/articles/),
// recombined with varied numbers, years and publication dates, as plain text, Markdown with front matter and
// HTML. Deterministic (seeded PRNG) and cached: a folder is reused when its manifest names the same parameters.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SEEDS = join(ROOT, 'corpus/articles');
/** Bump when the output of this generator changes for the same parameters. */
const GENERATOR_VERSION = 3;
/** Articles per subfolder: part-00 is the 1k subset the scale figures use. */
export const PART_SIZE = 1000;

/** mulberry32: small, fast, good enough to vary text; the same seed always yields the same corpus. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The readable paragraphs of one seed: front matter and markup removed, blank-line separated units kept. */
function paragraphsOf(text) {
  let body = text.replace(/^\s*---\n[\s\S]*?\n---\n/, '');
  body = body
    .replace(/<(?:script|style)\b[^>]*>[^<]*<\/(?:script|style)>/gi, '')
    .replace(/<\/(?:p|div|h[1-6]|li|tr|table|section|article)>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name) => ENTITIES[name]);
  const pieces = body
    .split(/\n[ \t\u3000]*\n/)
    .map((p) => p.trim()) // trim() knows U+3000, the full-width indent
    .filter((p) => p.length > 0);
  // Text extracted from PDFs breaks paragraphs at every line: join pieces until one ends a sentence.
  const joined = [];
  let open = '';
  for (const piece of pieces) {
    const table = piece.includes('\t') && piece.split('\n').length >= 3;
    if (table) {
      if (open) joined.push(open);
      joined.push(piece);
      open = '';
      continue;
    }
    open += piece;
    if (/[。！？!?；;：:”」）)]$/.test(piece) || open.length > 600) {
      joined.push(open);
      open = '';
    }
  }
  if (open) joined.push(open);
  return joined
    .filter((p) => p.length >= 12 && /[\u4e00-\u9fff]/.test(p))
    .map((p) => ({ text: p, table: p.includes('\t') && p.split('\n').length >= 3, numeric: /\d[\d.．,，]*\s*(?:亿|万|%|％)/.test(p) }));
}

/** One article's numbers: years shifted by `shift`, other figures kept or scaled, same digits and decimals. */
function varyNumbers(text, rand, shift) {
  return text.replace(/\d+(?:[.．]\d+)?/g, (num, offset, all) => {
    const after = all[offset + num.length] ?? '';
    const value = Number(num.replace('．', '.'));
    if (/^(?:19|20)\d\d$/.test(num) && value >= 1990 && value <= 2030) return String(Math.min(2025, value + shift));
    if (after === '月' || after === '日' || after === '季') return num; // months, days and quarters stay valid
    if (rand() < 0.5) return num; // half the figures stay as published, so matches stay common
    const dot = num.match(/[.．]/)?.[0];
    const decimals = dot ? num.length - num.indexOf(dot) - 1 : 0;
    const varied = (value * (0.8 + rand() * 0.45)).toFixed(decimals);
    return dot ? varied.replace('.', dot) : varied;
  });
}

const TITLES = ['集成电路进出口', '芯片贸易', '半导体产业', '芯片进口', '芯片出口', '集成电路产业'];
const TITLE_TAILS = ['月度观察', '数据解读', '形势分析', '再创新高', '同比回落', '结构变化', '一文读懂'];
const AUTHORS = ['数字经济实验室', '高科技行业门户', '财经观察', '产业研究院', '本报记者'];
const SECTIONS = ['一、总体情况', '二、产品结构', '三、贸易伙伴', '四、展望', '延伸阅读'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function pad(n) {
  return String(n).padStart(2, '0');
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function tableRows(text) {
  return text.split('\n').map((line) => line.split('\t').map((c) => c.trim()));
}

function renderTxt(a) {
  const parts = [a.title, '', a.date, ''];
  for (const p of a.paragraphs) parts.push(p.heading ? p.text : p.table ? p.text : `  ${p.text}`, '');
  return parts.join('\n');
}

function renderMd(a) {
  const parts = ['---', `title: '${a.title}'`, `author: ${a.author}`, `date: ${a.date}`, 'categories:', ' - 新闻', '---', '', `# ${a.title}`, ''];
  for (const p of a.paragraphs) {
    if (p.heading) parts.push(`## ${p.text}`, '');
    else if (p.table) {
      const rows = tableRows(p.text);
      const width = Math.max(...rows.map((r) => r.length));
      const line = (cells) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
      parts.push(line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line), '');
    } else parts.push(p.text.replace(/\n/g, ' '), '');
  }
  return parts.join('\n');
}

function renderHtml(a) {
  const parts = [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(a.title)}</title>`,
    `<meta property="article:published_time" content="${a.date}T08:00:00+08:00">`,
    '</head><body><header><nav><a href="/">首页</a> &gt; <a href="/news">新闻动态</a></nav></header>',
    `<article><h1>${escapeHtml(a.title)}</h1><p class="meta">${escapeHtml(a.author)} <time datetime="${a.date}">${a.date}</time></p>`,
  ];
  for (const p of a.paragraphs) {
    if (p.heading) parts.push(`<h2>${escapeHtml(p.text)}</h2>`);
    else if (p.table) {
      const rows = tableRows(p.text);
      parts.push(`<table><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
    } else parts.push(`<p style="text-indent: 2em;">${escapeHtml(p.text)}</p>`);
  }
  parts.push('</article><footer>版权所有</footer></body></html>', '');
  return parts.join('\n');
}

/** One article: a title, a date, and paragraphs until a byte budget around `meanBytes` is spent. */
function makeArticle(rand, pool, meanBytes) {
  const shift = -Math.floor(rand() * 6); // years move back up to five years, never past 2025
  const budget = meanBytes * (0.35 + rand() * 1.3);
  const paragraphs = [];
  let bytes = 0;
  let maxYear = 2016;
  while (bytes < budget) {
    if (paragraphs.length > 0 && rand() < 0.08) paragraphs.push({ text: pick(rand, SECTIONS), heading: true });
    // Articles on chip trade are dense with figures: most paragraphs come from the ones that carry some.
    const from = rand() < 0.6 ? pool.numeric : pool.prose;
    const source = from[Math.floor(rand() * from.length)];
    const text = varyNumbers(source.text, rand, shift);
    for (const y of text.match(/(?:19|20)\d\d(?=年)/g) ?? []) maxYear = Math.max(maxYear, Number(y));
    paragraphs.push({ text, table: source.table });
    bytes += Buffer.byteLength(text);
  }
  // Published after the latest year it mentions (months before that would make "今年" claims odd).
  const year = Math.min(2025, maxYear + (rand() < 0.6 ? 1 : 0));
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const title = `${year}年${pick(rand, TITLES)}${pick(rand, TITLE_TAILS)}`;
  return { title, author: pick(rand, AUTHORS), date: `${year}-${pad(month)}-${pad(day)}`, paragraphs };
}

/**
 * Ensure the corpus exists under bench/out/ and answer its folder and files. Files are split into
 * subfolders of PART_SIZE articles; every third article is .txt, .md and .html in turn.
 */
export function ensureCorpus({ articles = 10000, seed = 8542, meanBytes = 3300 } = {}) {
  const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const seedTexts = seedFiles.map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const key = createHash('sha256')
    .update(JSON.stringify({ articles, seed, meanBytes, GENERATOR_VERSION }))
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(seedTexts.join('\0'))
    .digest('hex')
    .slice(0, 10);
  const dir = join(ROOT, 'bench/out', `corpus-${articles}-${key}`);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) return { ...JSON.parse(readFileSync(manifestPath, 'utf8')), dir, cached: true };

  rmSync(dir, { recursive: true, force: true });
  const all = seedTexts.flatMap(paragraphsOf);
  const pool = { numeric: all.filter((p) => p.numeric), prose: all.filter((p) => !p.numeric) };
  const rand = prng(seed);
  const files = [];
  let bytes = 0;
  let chars = 0;
  const renderers = [
    ['txt', renderTxt],
    ['md', renderMd],
    ['html', renderHtml],
  ];
  for (let i = 0; i < articles; i++) {
    const part = `part-${pad(Math.floor(i / PART_SIZE))}`;
    if (i % PART_SIZE === 0) mkdirSync(join(dir, part), { recursive: true });
    const [ext, render] = renderers[i % 3];
    const text = render(makeArticle(rand, pool, meanBytes));
    const rel = `${part}/article-${String(i).padStart(5, '0')}.${ext}`;
    writeFileSync(join(dir, rel), text);
    files.push(rel);
    bytes += Buffer.byteLength(text);
    chars += text.length;
  }
  const manifest = { articles, seed, meanBytes, generator: GENERATOR_VERSION, paragraphs: all.length, numericParagraphs: pool.numeric.length, bytes, chars, files };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { ...manifest, dir, cached: false };
}

/**
 * One large article for the memory and linearity figures: `kind` txt or md, about `bytes` long, its
 * paragraphs drawn as the corpus's are (one title, section headings, tables); or `kind` dense: seed 004 (a
 * monthly report, a claim in every line) repeated. Cached under bench/out/big/ by its parameters.
 */
export function ensureBigArticle({ kind, bytes, seed = 17 }) {
  const dir = join(ROOT, 'bench/out/big');
  mkdirSync(dir, { recursive: true });
  const key = createHash('sha256').update(JSON.stringify({ kind, bytes, seed, GENERATOR_VERSION })).update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 8);
  const path = join(dir, `${kind}-${Math.round(bytes / 1e6)}mb-${key}.${kind === 'md' ? 'md' : 'txt'}`);
  if (existsSync(path)) return path;
  const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  if (kind === 'dense') {
    const report = readFileSync(join(SEEDS, seedFiles.find((f) => f.startsWith('004'))), 'utf8');
    writeFileSync(path, report.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(report)))));
    return path;
  }
  const all = seedFiles.flatMap((f) => paragraphsOf(readFileSync(join(SEEDS, f), 'utf8')));
  const pool = { numeric: all.filter((p) => p.numeric), prose: all.filter((p) => !p.numeric) };
  const rand = prng(seed);
  const article = makeArticle(rand, pool, 3300);
  let size = 0;
  while (size < bytes) {
    const more = makeArticle(rand, pool, 3300).paragraphs;
    article.paragraphs.push(...more);
    for (const p of more) size += Buffer.byteLength(p.text) + 4;
  }
  writeFileSync(path, (kind === 'md' ? renderMd : renderTxt)(article));
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const corpus = ensureCorpus({ articles: Number(process.argv[2] ?? 10000) });
  const { files, ...rest } = corpus;
  console.log({ ...rest, files: files.length, ms: Math.round(performance.now() - started) });
}
