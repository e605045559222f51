/**
 * What applies to a document in the editor: the config file `verify` would use for it (the nearest
 * chipcheck.config.json or package.json "chipcheck" key above the document) and the dataset that config names.
 * Configs are read again for every check, so an edit to the config applies at the next keystroke; datasets
 * are loaded once per set of paths, since loading validates every record.
 */
import { render } from '../report/messages/index.js';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import ignore from 'ignore';
import { ConfigError, configDatasets, findConfig, type LoadedConfig } from '../run/config.js';
import { DatasetError, formatProblem, loadDataset, type LoadedDataset, type LoadOptions } from '../dataset/index.js';

/** The config and dataset for one document, or the problem that keeps it from being checked. */
export type Project =
  | { ok: true; config: LoadedConfig; dataset: LoadedDataset; ignored: boolean }
  | { ok: false; ruleId: 'chipcheck/config' | 'chipcheck/dataset'; reason: string; hint: string };

/** Where a document's config is searched from: its folder, or the workspace folder for unsaved documents. */
export interface ProjectLookup {
  /** The document's absolute path, or null for an untitled document. */
  path: string | null;
  /** Folder to search from when there is no path (the first workspace folder, else the server's cwd). */
  fallbackFolder: string;
}

export interface ProjectCache {
  projectOf(lookup: ProjectLookup): Project;
}

/** One cache per server: datasets keyed by the paths they were loaded from. */
export function createProjectCache(): ProjectCache {
  const datasets = new Map<string, LoadedDataset | DatasetError>();
  const datasetFor = (options: LoadOptions): LoadedDataset | DatasetError => {
    const key = JSON.stringify(options);
    let loaded = datasets.get(key);
    if (loaded === undefined) {
      try {
        loaded = loadDataset(options);
      } catch (error) {
        if (!(error instanceof DatasetError)) throw error;
        // Not cached: the user will fix the file, and the next check should see the fix.
        return error;
      }
      datasets.set(key, loaded);
    }
    return loaded;
  };

  return {
    projectOf(lookup) {
      const folder = lookup.path === null ? lookup.fallbackFolder : dirname(lookup.path);
      let config: LoadedConfig;
      try {
        config = findConfig(folder);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        return { ok: false, ruleId: 'chipcheck/config', reason: error.message.split('\n').join('; '), hint: typeof error.hint === 'string' ? error.hint : render(error.hint, 'en') };
      }
      const dataset = datasetFor({ paths: configDatasets(config), replace: config.config.datasetReplace === true });
      if (dataset instanceof DatasetError) {
        return {
          ok: false,
          ruleId: 'chipcheck/dataset',
          reason: dataset.problems.map(formatProblem).join('; '),
          hint: 'Fix the dataset file named (chipcheck dataset check shows every problem); nothing is checked until then.',
        };
      }
      return { ok: true, config, dataset, ignored: lookup.path !== null && isIgnoredByConfig(config, lookup.path) };
    },
  };
}

/** The config's `ignore` globs (relative to its folder), as folders and globs on the command line use them. */
function isIgnoredByConfig(config: LoadedConfig, path: string): boolean {
  const globs = config.config.ignore ?? [];
  if (globs.length === 0) return false;
  const rel = relative(config.root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  return ignore().add(globs).ignores(rel.split(sep).join('/'));
}
