// End to end over stdio with a real LSP client: what an editor sees from `chipcheck lsp --stdio`.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, run } from '../cli/run.js';
import { applyTextEdits, startClient, uriOf, type Diagnostic, type Range, type TestClient } from './client.js';

interface JsonClaim {
  text: string;
  start: { line: number; column: number; offset: number };
  verdict: string;
  severity: 'error' | 'warning' | 'info';
  ruleId: string;
  message: string;
  evidence: Array<{ figure?: { provenance: Array<{ url: string }> }; claim?: { text: string; start: { line: number; column: number } } }>;
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;
const seedPath = join(root, 'corpus/articles/000_e2f4171da3f33293.txt');
const seedUri = uriOf(seedPath);
const seed = readFileSync(seedPath, 'utf8');
const project = join(root, 'test/fixtures/lsp/project');

/** What `chipcheck verify --format json` says about a file, run from `cwd` as a user would. */
function verifyClaims(path: string, cwd = root): JsonClaim[] {
  const r = run(['verify', path, '--format', 'json'], { cwd });
  expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
  return (JSON.parse(r.stdout) as { files: Array<{ claims: JsonClaim[] }> }).files[0]!.claims;
}

/** A diagnostic as the tuple the report gives: 1-based place, rule, severity, message. */
function reported(d: Diagnostic) {
  return { line: d.range.start.line + 1, column: d.range.start.character + 1, ruleId: d.code, severity: d.severity, message: d.message };
}
function expectedOf(claims: JsonClaim[]) {
  return claims
    .filter((c) => c.verdict !== 'match')
    .map((c) => ({ line: c.start.line, column: c.start.column, ruleId: c.ruleId, severity: SEVERITY[c.severity], message: c.message }));
}

function textAt(text: string, range: Range): string {
  const lines = text.split(/\r\n|\r|\n/u);
  expect(range.start.line).toBe(range.end.line);
  return lines[range.start.line]!.slice(range.start.character, range.end.character);
}

const scratch = mkdtempSync(join(tmpdir(), 'chipcheck-lsp-'));
let client: TestClient;
beforeAll(async () => {
  client = await startClient();
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  // shutdown, then exit: the server ends with 0.
  expect(await client.close()).toBe(0);
});

describe('chipcheck lsp --stdio', () => {
  it('seed 000: the 5822．2个 typo is diagnosed, its quick fix is the 亿 fix, and fixed text clears it', async () => {
    client.open(seedUri, 'plaintext', seed, 1);
    const first = await client.diagnostics(seedUri, (p) => p.version === 1);

    // The same findings as verify: place, rule id, severity and message.
    const claims = verifyClaims(seedPath);
    expect(first.diagnostics.map(reported)).toEqual(expectedOf(claims));

    const typo = first.diagnostics.find((d) => textAt(seed, d.range) === '5822．2个');
    expect(typo, JSON.stringify(first.diagnostics.map((d) => textAt(seed, d.range)))).toBeDefined();
    expect(typo!.severity).toBe(1);
    expect(typo!.data?.verdict).toBe('typo');
    expect(typo!.range.start).toEqual({ line: 15, character: 831 });

    const actions = await client.codeActions(seedUri, typo!.range);
    const quickFix = actions.find((a) => a.kind === 'quickfix');
    expect(quickFix?.isPreferred).toBe(true);
    const edits = quickFix!.edit.changes[seedUri]!;
    expect(edits).toEqual([{ range: typo!.range, newText: '5822．2亿个' }]);
    expect(quickFix!.diagnostics?.[0]?.code).toBe(typo!.code);

    // Exactly the edit `chipcheck fix` makes to the file.
    const fixed = applyTextEdits(seed, edits);
    const copy = join(scratch, 'seed.txt');
    copyFileSync(seedPath, copy);
    expect(run(['fix', copy]).code).toBe(0);
    expect(fixed).toBe(readFileSync(copy, 'utf8'));

    // The fixed text is sent unsaved (the file on disk still holds the typo) and the typo diagnostic clears:
    // 5822．2亿个 has no record for January–November, so what is left there is verify's `unverifiable` info.
    client.change(seedUri, 2, fixed);
    const second = await client.diagnostics(seedUri, (p) => p.version === 2);
    expect(second.diagnostics.some((d) => d.data?.verdict === 'typo')).toBe(false);
    const there = second.diagnostics.filter((d) => d.range.start.line === 15 && d.range.start.character === 831);
    expect(there.map((d) => [d.code, d.severity])).toEqual([['chipcheck/unverifiable', 3]]);
    expect(second.diagnostics.map(reported)).toEqual(expectedOf(verifyClaims(copy)));
    expect(readFileSync(seedPath, 'utf8')).toBe(seed);
  });

  it('hover on a claim shows its reading, the verdict and the record with its source', async () => {
    client.change(seedUri, 3, seed);
    await client.diagnostics(seedUri, (p) => p.version === 3);
    const claims = verifyClaims(seedPath);

    const typo = claims.find((c) => c.text === '5822．2个')!;
    const hover = await client.hover(seedUri, { line: typo.start.line - 1, character: typo.start.column });
    expect(hover?.contents.kind).toBe('markdown');
    const text = hover!.contents.value;
    expect(text).toContain('**typo**');
    expect(text).toContain('flow import');
    expect(text).toContain('period 2021年1–11月');
    expect(text).toContain('partner —');
    expect(text).toContain('5822．2亿个');
    expect(text).toContain(typo.evidence.find((e) => e.figure)!.figure!.provenance[0]!.url);
    // Where the fields were read comes with the reading, not among the records.
    expect(text).toMatch(/Read from: period Jan–Nov 2021 \(sentence, line 16\)/u);
    expect(hover!.range).toEqual({ start: { line: 15, character: 831 }, end: { line: 15, character: 838 } });

    // A match has no diagnostic: hover is where it shows it was checked, against which record.
    const match = claims.find((c) => c.verdict === 'match')!;
    const matchHover = await client.hover(seedUri, { line: match.start.line - 1, character: match.start.column - 1 });
    expect(matchHover!.contents.value).toContain('**match**');
    expect(matchHover!.contents.value).toContain('4325.5亿美元');
    expect(matchHover!.contents.value).toContain(match.evidence.find((e) => e.figure)!.figure!.provenance[0]!.url);

    // Away from any claim: no hover.
    expect(await client.hover(seedUri, { line: 0, character: 0 })).toBeNull();
  });

  it('seed 004: the same findings as verify, and an inconsistency links to the other place (related information)', async () => {
    const path = join(root, 'corpus/articles/004_9d87c5c2f4b7b3ea.txt');
    const uri = uriOf(path);
    client.open(uri, 'plaintext', readFileSync(path, 'utf8'));
    const published = await client.diagnostics(uri);
    const claims = verifyClaims(path);
    // Every finding, as on seed 000: hundreds of claims, a table, several verdicts.
    expect(published.diagnostics.map(reported)).toEqual(expectedOf(claims));
    const inconsistent = claims.filter((c) => c.verdict === 'inconsistent');
    expect(inconsistent.length).toBeGreaterThan(0);
    for (const claim of inconsistent) {
      const diagnostic = published.diagnostics.find((d) => d.range.start.line === claim.start.line - 1 && d.range.start.character === claim.start.column - 1)!;
      const others = claim.evidence.flatMap((e) => (e.claim ? [e.claim] : []));
      expect(diagnostic.relatedInformation?.map((r) => [r.location.uri, r.location.range.start, r.message])).toEqual(
        others.map((o) => [uri, { line: o.start.line - 1, character: o.start.column - 1 }, `the other place: ${o.text}`]),
      );
    }
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('honours the config file (dataset, rule severities) and ignore comments, as verify does in that folder', async () => {
    const path = join(project, 'article.md');
    const uri = uriOf(path);
    client.open(uri, 'markdown', readFileSync(path, 'utf8'));
    const published = await client.diagnostics(uri);
    expect(published.diagnostics.map(reported)).toEqual(expectedOf(verifyClaims('article.md', project)));
    // The config lowers contradictions to warnings; the typo under the disable comment is not reported.
    expect(published.diagnostics.map((d) => [d.code, d.severity, d.range.start.line])).toEqual([['chipcheck/contradiction', 2, 2]]);
    // Sources by name in messages (issue 14); the URL is in the hover's evidence.
    expect(published.diagnostics[0]!.message).toContain('source: GACC');
  });

  it('checks again when the config changes: rule off, a broken config (one error at the top), ignore globs', async () => {
    const dir = join(scratch, 'config-change');
    mkdirSync(dir);
    const config = join(dir, 'chipcheck.config.json');
    const dataset = join(root, 'test/fixtures/cli/dataset');
    const writeConfig = (value: object | string) => writeFileSync(config, typeof value === 'string' ? value : JSON.stringify({ dataset, datasetReplace: true, ...value }));
    const changed = () => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
    writeConfig({});
    const path = join(dir, 'draft.md');
    const uri = uriOf(path);
    client.open(uri, 'markdown', '2021年我国集成电路出口额为2500亿美元。\n');
    const codes = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.map((d) => d.code).join();
    expect(codes(await client.diagnostics(uri))).toBe('chipcheck/contradiction');

    const seen = client.published.length;
    const next = (accept: (p: { diagnostics: Diagnostic[] }) => boolean) => client.diagnostics(uri, (p) => client.published.indexOf(p) >= seen && accept(p));
    writeConfig({ rules: { contradiction: 'off' } });
    await changed();
    await next((p) => p.diagnostics.length === 0);

    writeConfig('{ "rules": { "contradiction": "loud" } }');
    await changed();
    const broken = await next((p) => p.diagnostics.length > 0);
    expect(broken.diagnostics.map((d) => [d.code, d.severity, d.range.start])).toEqual([['chipcheck/config', 1, { line: 0, character: 0 }]]);
    expect(broken.diagnostics[0]!.message).toContain(`${config}:1`);

    // A dataset row with a bad value: nothing can be checked, and the diagnostic says which file and line.
    const badDataset = join(dir, 'bad.csv');
    writeFileSync(badDataset, readFileSync(join(dataset, 'figures.csv'), 'utf8').replace(',4325.5,', ',lots,'));
    writeFileSync(config, JSON.stringify({ dataset: badDataset, datasetReplace: true }));
    await changed();
    const badData = await next((p) => p.diagnostics[0]?.code === 'chipcheck/dataset');
    expect(badData.diagnostics).toHaveLength(1);
    expect(badData.diagnostics[0]!.message).toContain('bad.csv:2');

    writeConfig({ ignore: ['*.md'] });
    await changed();
    const ignored = await next((p) => p.diagnostics.length === 0 && client.published.indexOf(p) > client.published.indexOf(badData));
    expect(ignored.diagnostics).toEqual([]);
  });

  it('checks unsaved buffers and waits for a pause in typing (debounced)', async () => {
    const uri = 'untitled:Untitled-1';
    client.open(uri, 'markdown', '# 草稿\n', 1);
    await client.diagnostics(uri, (p) => p.version === 1);
    const draft = '2021年我国集成电路出口额为2500亿美元。\n';
    // Typed quickly, one character at a time: only the last version is checked.
    for (let i = 1; i <= draft.length; i++) client.change(uri, i + 1, `# 草稿\n${draft.slice(0, i)}`);
    const last = draft.length + 1;
    const done = await client.diagnostics(uri, (p) => p.version === last);
    expect(client.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1, last]);
    expect(done.diagnostics.map((d) => [d.code, d.severity])).toEqual([['chipcheck/contradiction', 1]]);

    // Closing the buffer clears its diagnostics.
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const cleared = await client.diagnostics(uri, (p) => p.version === undefined);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('offers a fix-all action that makes every edit chipcheck fix makes', async () => {
    const text = '2021年我国集成电路进口额为4325.5万美元。\n全年进口集成电路6354.8万个。\n';
    const uri = 'untitled:Untitled-2';
    client.open(uri, 'plaintext', text);
    await client.diagnostics(uri);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.chipcheck']);
    const fixed = applyTextEdits(text, actions[0]!.edit.changes[uri]!);
    const copy = join(scratch, 'two-typos.txt');
    writeFileSync(copy, text);
    expect(run(['fix', copy]).stdout).toContain('fixed 2 typos');
    expect(fixed).toBe(readFileSync(copy, 'utf8'));
    expect(fixed).toBe('2021年我国集成电路进口额为4325.5亿美元。\n全年进口集成电路6354.8亿个。\n');
  });
});

describe('chipcheck lsp --stdio with a long debounce (initializationOptions)', () => {
  it('checks a document as soon as it is opened, and a change only after the pause', async () => {
    const slow = await startClient({ initializationOptions: { debounce: 10_000 } });
    try {
      const uri = 'untitled:Untitled-3';
      const opened = Date.now();
      slow.open(uri, 'plaintext', '2021年我国集成电路出口额为2500亿美元。\n');
      await slow.diagnostics(uri, (p) => p.version === 1, 9_000);
      expect(Date.now() - opened).toBeLessThan(9_000);
      slow.change(uri, 2, '2021年我国集成电路出口额为1537.9亿美元。\n');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(slow.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1]);
    } finally {
      expect(await slow.close()).toBe(0);
    }
  });
});

describe('chipcheck lsp without a transport', () => {
  it('exits 2 with a usage error naming --stdio', () => {
    const r = run(['lsp']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('chipcheck lsp --stdio');
    expect(r.stderr).toContain('[chipcheck/usage]');
  });
});
