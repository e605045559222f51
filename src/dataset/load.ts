/**
 * Loading: the bundled corpus/dataset plus the user's files or folders, validated and indexed. Every file is
 * read and checked before anything is built, so a load either yields the whole dataset or throws a
 * DatasetError listing every problem.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, type LoadedDataset } from './build.js';
import { parseRecords, DatasetError, type DatasetProblem, type DatasetRecord } from './schema.js';
import { unitInfo } from './units.js';

/** corpus/dataset, found from this module: ../../ is the package root from both src/dataset and dist/dataset. */
export const BUNDLED_DATASET = fileURLToPath(new URL('../../corpus/dataset/', import.meta.url));

/** Files in a dataset folder that are not records. */
const NOT_RECORDS = new Set(['exceptions.csv']);

/**
 * Written by scripts/snapshot-dataset.mjs at build time (dist/dataset-snapshot.json): the bundled records as
 * validated, keyed by the hash of the CSV files they were read from.
 */
export const SNAPSHOT = fileURLToPath(new URL('../dataset-snapshot.json', import.meta.url));

interface Snapshot {
  sourceHash: string;
  /** Records by file, the file named relative to the bundled dataset folder. */
  files: Record<string, DatasetRecord[]>;
}

function readSnapshot(path: string, sourceHash: string): Snapshot['files'] | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  return snapshot.sourceHash === sourceHash ? snapshot.files : undefined;
}

/** The bundled records, validated, with the hash of the files they came from: what a snapshot holds. */
export function bundledSnapshot(): Snapshot {
  const list = recordFiles(BUNDLED_DATASET);
  const sourceHash = createHash('sha256');
  const files: Snapshot['files'] = {};
  const problems: DatasetProblem[] = [];
  for (const file of list) {
    const text = readFileSync(file, 'utf8');
    sourceHash.update(relative(BUNDLED_DATASET, file)).update('\0').update(text).update('\0');
    const parsed = parseRecords(text, displayName(file));
    files[relative(BUNDLED_DATASET, file)] = parsed.records;
    problems.push(...parsed.problems);
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return { sourceHash: sourceHash.digest('hex'), files };
}

export interface LoadOptions {
  /** Extra dataset files or folders (every `*.csv` below a folder, except `exceptions.csv`). */
  paths?: string[];
  /** Use only `paths`, not the bundled dataset. */
  replace?: boolean;
  /** The build-time snapshot of the bundled records to reuse (default SNAPSHOT), or false to validate afresh. */
  snapshot?: string | false;
}

/** The record files of a path: the file itself, or every `*.csv` below a folder, sorted. */
export function recordFiles(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new DatasetError([{ file: path, line: 0, field: null, message: 'no such file or folder' }]);
  if (stat.isFile()) return [path];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.csv') && !NOT_RECORDS.has(entry.name)) out.push(full);
    }
  };
  walk(path);
  return out;
}

function displayName(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** Load, validate and index the dataset. Throws DatasetError (every problem, file:line and field) on bad data. */
export function loadDataset(options: LoadOptions = {}): LoadedDataset {
  const roots = [...(options.replace ? [] : [BUNDLED_DATASET]), ...(options.paths ?? []).map((p) => resolve(p))];
  if (roots.length === 0) {
    throw new TypeError('loadDataset: replace: true needs at least one path in `paths` (the dataset to use instead of the bundled one)');
  }
  const problems: DatasetProblem[] = [];
  const bundled: DatasetRecord[] = [];
  const own: DatasetRecord[] = [];
  const files: string[] = [];
  const hash = createHash('sha256');
  for (const root of roots) {
    const records = root === BUNDLED_DATASET ? bundled : own;
    let list: string[];
    try {
      list = recordFiles(root);
    } catch (error) {
      if (error instanceof DatasetError) {
        problems.push(...error.problems);
        continue;
      }
      throw error;
    }
    const texts = list.map((file) => ({ file, name: displayName(file), text: readFileSync(file, 'utf8') }));
    const fileHash = createHash('sha256');
    for (const { file, text } of texts) {
      hash.update(relative(root, file)).update('\0').update(text).update('\0');
      fileHash.update(relative(root, file)).update('\0').update(text).update('\0');
    }
    // The bundled records were validated when chipcheck was built: reuse them while the CSV files are the
    // ones they came from (the content hash says), and validate afresh otherwise.
    const snapshotPath = options.snapshot ?? SNAPSHOT;
    const snapshot = root === BUNDLED_DATASET && snapshotPath ? readSnapshot(snapshotPath, fileHash.digest('hex')) : undefined;
    for (const { file, name, text } of texts) {
      const saved = snapshot?.[relative(root, file)];
      const parsed = saved ? { records: saved.map((r) => ({ ...r, file: name })), problems: [] } : parseRecords(text, name);
      problems.push(...parsed.problems);
      // Beside the bundled records, the user's are marked, so a report can name the file a verdict used.
      const mark = root !== BUNDLED_DATASET && !options.replace;
      records.push(...(mark ? parsed.records.map((r) => ({ ...r, user: true as const })) : parsed.records));
      files.push(name);
    }
  }
  problems.push(...duplicateIds(bundled), ...duplicateIds(own));
  if (problems.length > 0) throw new DatasetError(problems);
  return buildDataset(overlay(bundled, own), hash.digest('hex').slice(0, 8), files);
}

/** Ids used twice within one set of records (the bundled ones, or the user's): each after the first is a problem. */
function duplicateIds(records: readonly DatasetRecord[]): DatasetProblem[] {
  const seen = new Map<string, DatasetRecord>();
  const problems: DatasetProblem[] = [];
  for (const r of records) {
    const first = seen.get(r.id);
    if (first) problems.push({ file: r.file, line: r.line, field: 'id', message: `duplicate id ${r.id} (first at ${first.file}:${first.line})` });
    else seen.set(r.id, r);
  }
  return problems;
}

/**
 * What a record is a figure of: flow, product, partner, province, measure, period, and the unit's base (a
 * dollar and an RMB value of one period are two figures).
 */
export function seriesKeyOfRecord(r: DatasetRecord): string {
  return [r.flow, r.product, r.partner ?? '', r.province ?? '', r.measure, r.period_start, r.period_end, unitInfo(r.unit)?.base ?? r.unit].join('|');
}

/**
 * The user's records beside the bundled ones: a user record replaces every bundled record with its id or
 * its series key (so `chipcheck dataset import` output, which reuses the bundled ids, loads as it is).
 */
export function overlay(bundled: readonly DatasetRecord[], own: readonly DatasetRecord[]): DatasetRecord[] {
  if (own.length === 0) return [...bundled];
  const ids = new Set(own.map((r) => r.id));
  const keys = new Set(own.map(seriesKeyOfRecord));
  return [...bundled.filter((r) => !ids.has(r.id) && !keys.has(seriesKeyOfRecord(r))), ...own];
}
