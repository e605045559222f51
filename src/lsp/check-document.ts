/**
 * Check the text an editor holds, saved or not, as `chipcheck verify` checks the file: the library's `check`
 * with the config's rule settings and dataset, ignore comments honoured.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSIONS } from '../run/inputs.js';
import { check } from '../index.js';
import type { FileResult } from '../types.js';
import type { ProjectCache } from './project.js';

/** A document as the editor has it now. */
export interface OpenDocument {
  uri: string;
  /** The editor's language: `markdown`, `plaintext`, `html`. */
  languageId: string;
  version: number;
  text: string;
}

/** One check of one version of a document. */
export type DocumentCheck =
  | { kind: 'checked'; version: number; text: string; result: FileResult }
  /** The config's ignore globs leave this file out, as `verify` leaves it out of a folder. */
  | { kind: 'ignored'; version: number }
  /** A bad config or dataset: nothing can be checked until it is fixed. */
  | { kind: 'blocked'; version: number; ruleId: string; reason: string; hint: string };

/** The extension that gives text of each editor language the source kind verify would read it as. */
const EXTENSION_OF_LANGUAGE: Record<string, string> = { markdown: '.md', html: '.html', plaintext: '.txt' };

/** The document's file path, or null for an untitled buffer. */
export function pathOfUri(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/**
 * The name the text is checked under: its own path when its extension is one verify reads, else a name whose
 * extension says what the editor calls the language (an untitled Markdown buffer is read as Markdown).
 */
export function checkedName(uri: string, languageId: string): string {
  const path = pathOfUri(uri);
  if (path !== null && EXTENSIONS.has(extname(path).toLowerCase())) return path;
  return `${path ?? 'untitled'}${EXTENSION_OF_LANGUAGE[languageId] ?? '.txt'}`;
}

/** Check one version of a document; `fallbackFolder` is where an untitled document's config is searched from. */
export async function checkDocument(document: OpenDocument, projects: ProjectCache, fallbackFolder: string): Promise<DocumentCheck> {
  const path = pathOfUri(document.uri);
  const project = projects.projectOf({ path, fallbackFolder });
  const { version } = document;
  if (!project.ok) return { kind: 'blocked', version, ruleId: project.ruleId, reason: project.reason, hint: project.hint };
  if (project.ignored) return { kind: 'ignored', version };
  const { config, dataset } = project;
  const { report } = await check(
    { text: document.text, path: checkedName(document.uri, document.languageId) },
    { dataset, ...(config.config.rules ? { rules: config.config.rules } : {}) },
  );
  return { kind: 'checked', version, text: document.text, result: report.files[0]! };
}
