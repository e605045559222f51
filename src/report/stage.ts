/**
 * The report stage: the one place a run's settings act on its checked files. Ignore comments and rule
 * settings shape each file; severities, `--fail-level` and `--max-warnings` decide the exit code. The
 * library, the CLI's formats and the TUI put every file through it and only render what it gives back.
 */
import type { CheckedClaim, FileHead, FileResult } from '../types.js';
import { addClaimToSummary, addFileToSummary, addToSummary, applyRuleSetting, applyRuleSettings, claimFailsAt, emptySummary, fileFailsAt, messagesFailAt, type FailLevel, type RuleSetting, type Summary } from './summarise.js';
import { disabledRanges, isSuppressed, suppress } from './suppress.js';
import type { Lang } from './messages/index.js';
import type { ClaimTally, RenderedFile } from './rendered.js';

export interface ReportSettings {
  /** Per-rule severity or `off` (the config's `rules`). */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** The least severe finding that fails the run; default `error`. */
  failLevel?: FailLevel;
  /** Fail the run when it holds more than this many warnings (ESLint's `--max-warnings`); default: no limit. */
  maxWarnings?: number;
  /** Warn about ignore comments that turn nothing off (`--report-unused-disable`). */
  reportUnusedDisable?: boolean;
  /** The language of the stage's own messages (those warnings); default `en`. */
  lang?: Lang;
}

/** 0: nothing at the fail level; 1: findings at the fail level or too many warnings; 2: a file was not checked. */
export type ExitCode = 0 | 1 | 2;

/** One file through the stage: its ignore comments, then the rule settings. */
export function reportFile(file: FileResult, settings: ReportSettings = {}): FileResult {
  return applyRuleSettings(suppress(file, { reportUnused: settings.reportUnusedDisable === true, lang: settings.lang ?? 'en' }), settings.rules);
}

/**
 * A file's claims as the report shows them, taken one at a time: those its ignore comments turn off are
 * dropped, the rule settings set the rest's severity. (Unused ignore comments need the whole file: `add`.)
 */
export function* shapeClaims(head: FileHead, claims: Iterable<CheckedClaim>, settings: ReportSettings): Generator<CheckedClaim> {
  const ranges = disabledRanges(head.text);
  for (const checked of claims) {
    if (ranges.length > 0 && isSuppressed(ranges, checked)) continue;
    const claim = applyRuleSetting(checked, settings.rules);
    if (claim) yield claim;
  }
}

/** A run's report as its files arrive: each is shaped and counted once, in the order given. */
export interface ReportStage {
  /** Put one checked file through the stage and count it; answers the file as front ends render it. */
  add(file: FileResult): FileResult;
  /**
   * The same for a file whose claims arrive one at a time: its head is counted now, each claim is shaped
   * (ignore comments, rule settings) and counted as the answered iterable is read (once, to the end).
   */
  addStream(head: FileHead, claims: Iterable<CheckedClaim>): Iterable<CheckedClaim>;
  /** Count a file shaped and rendered where it was checked (see `renderWhereChecked`). */
  addRendered(file: RenderedFile): void;
  /** The counts over the files added so far. */
  readonly summary: Summary;
  /** The files added so far that could not be read or checked. */
  readonly unread: readonly FileResult[];
  /** Whether the files added so far fail the run at its fail level or warning limit. */
  fails(): boolean;
  /** The exit code for the files added so far. */
  exitCode(): ExitCode;
}

export function createReportStage(settings: ReportSettings = {}): ReportStage {
  const failLevel = settings.failLevel ?? 'error';
  const summary = emptySummary();
  const unread: FileResult[] = [];
  let failing = false;
  const addHead = (head: FileHead) => {
    addFileToSummary(summary, head);
    failing ||= messagesFailAt(head, failLevel);
    if (!head.ok) unread.push({ ...head, claims: [] });
  };
  const addClaim = (claim: ClaimTally) => {
    addClaimToSummary(summary, claim);
    failing ||= claimFailsAt(claim, failLevel);
  };
  const fails = () => failing || (settings.maxWarnings !== undefined && summary.warnings > settings.maxWarnings);
  return {
    summary,
    unread,
    add(checked) {
      const file = reportFile(checked, settings);
      addToSummary(summary, file);
      failing ||= fileFailsAt(file, failLevel);
      if (!file.ok) unread.push(file);
      return file;
    },
    addStream(head, claims) {
      addHead(head);
      return (function* () {
        for (const claim of shapeClaims(head, claims, settings)) {
          addClaim(claim);
          yield claim;
        }
      })();
    },
    addRendered({ head, rendered }) {
      addHead(head);
      for (const claim of rendered) addClaim(claim);
    },
    fails,
    exitCode: () => (unread.length > 0 ? 2 : fails() ? 1 : 0),
  };
}
