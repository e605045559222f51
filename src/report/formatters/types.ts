import type { Report } from '../../types.js';

/** What every formatter may be told; each reads only what it needs. */
export interface FormatOptions {
  /** ANSI colours (text format only). */
  color?: boolean;
  /**
   * The decoded original text of each file by report path: formats that count columns in code points or
   * UTF-8 bytes convert exactly with it. Without it they convert from the claim's sentence where they can.
   */
  texts?: ReadonlyMap<string, string>;
  /** The directory paths are relative to (SARIF's `SRCROOT`); default `process.cwd()`. */
  cwd?: string;
}

/** A formatter renders one report to one string; it never writes anything. */
export type Formatter = (report: Report, options?: FormatOptions) => string;
