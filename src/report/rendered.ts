/**
 * A file's report part rendered on the thread that checked it. With worker threads, the thread writing the
 * report would otherwise receive every claim (a structured clone of a few KB each) and render it in the
 * run's format, while the workers waited for it: the report of 10,000 files is mostly claims' JSON. A
 * worker shapes its file as the report stage would (ignore comments, rule settings), renders each claim's
 * text, and sends the texts and what the counts need; the writing thread counts and concatenates.
 */
import type { CheckedClaim, FileHead, FileResult } from '../types.js';
import type { StreamingFormatter } from './formatters/index.js';
import { shapeClaims, type ReportSettings } from './stage.js';

/** What the counts and the fail level need of a claim. */
export type ClaimTally = Pick<CheckedClaim, 'verdict' | 'severity'>;

export interface RenderedClaim extends ClaimTally {
  /** The claim's text in the run's format (`claimText`); absent when the report does not show it (`--quiet`, info). */
  text?: string;
}

export interface RenderedFile {
  /** The file's head without its text: its claims are rendered, and nothing else of the report reads it. */
  head: FileHead;
  /** The claims the report stage kept, in order. */
  rendered: RenderedClaim[];
}

/** How a worker renders: the run's format (one that can render a claim alone) and the report stage's settings. */
export interface RenderSetup {
  settings: ReportSettings;
  /** `--quiet`: info claims are counted, not rendered. */
  quiet: boolean;
}

/** A checked file shaped and each claim rendered with `claimText` (the run's format's). */
export function renderWhereChecked(file: FileResult, claimText: (claim: CheckedClaim) => string, setup: RenderSetup): RenderedFile {
  const { claims, ...head } = file;
  const rendered: RenderedClaim[] = [];
  for (const claim of shapeClaims(head, claims, setup.settings)) {
    const tally: RenderedClaim = { verdict: claim.verdict, severity: claim.severity };
    if (!(setup.quiet && claim.severity === 'info')) tally.text = claimText(claim);
    rendered.push(tally);
  }
  return { head: { ...head, text: '' }, rendered };
}

/** Whether a run's report can be rendered where its files are checked: one format that renders a claim alone. */
export function canRenderWhereChecked(formats: readonly StreamingFormatter[], settings: ReportSettings): boolean {
  // Unused ignore comments are known only once the whole file is seen, and their warnings come first.
  return formats.length === 1 && formats[0]!.claimText !== undefined && formats[0]!.renderedClaim !== undefined && !settings.reportUnusedDisable;
}
