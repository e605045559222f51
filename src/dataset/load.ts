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

/** corpus/dataset, found from this module: ../../ is the package root from both src/dataset and dist/dataset. */
export const BUNDLED_DATASET = fileURLToPath(new URL('../../corpus/dataset/', import.meta.url));

/** Files in a dataset folder that are not records. */
const NOT_RECORDS = new Set(['exceptions.csv']);

export interface LoadOptions {
  /** Extra dataset files or folders (every `*.csv` below a folder, except `exceptions.csv`). */
  paths?: string[];
  /** Use only `paths`, not the bundled dataset. */
  replace?: boolean;
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
  const records: DatasetRecord[] = [];
  const files: string[] = [];
  const hash = createHash('sha256');
  for (const root of roots) {
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
    for (const file of list) {
      const text = readFileSync(file, 'utf8');
      const name = displayName(file);
      hash.update(relative(root, file)).update('\0').update(text).update('\0');
      const parsed = parseRecords(text, name);
      problems.push(...parsed.problems);
      records.push(...parsed.records);
      files.push(name);
    }
  }
  const seen = new Map<string, DatasetRecord>();
  for (const r of records) {
    const first = seen.get(r.id);
    if (first) problems.push({ file: r.file, line: r.line, field: 'id', message: `duplicate id ${r.id} (first at ${first.file}:${first.line})` });
    else seen.set(r.id, r);
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return buildDataset(records, hash.digest('hex').slice(0, 8), files);
}
