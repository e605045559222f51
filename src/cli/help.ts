/** `chipcheck --help`. */
export const HELP = `chipcheck: fact-check numeric claims about China's chip (HS 8542) trade in Chinese articles

Usage:
  chipcheck [verify] [paths…] [options]   check files, folders, globs, or - for stdin
  chipcheck fix FILE… [--dry-run]         apply typo suggestions; --dry-run prints a diff
  chipcheck dataset …                     inspect, check and import the dataset
  chipcheck lsp --stdio                   the language server for editors (LSP over stdin/stdout)
  chipcheck --help | --version

verify options:
  --format FORMAT        text, json, sarif, github, rdjsonl or tui
                         (default: tui on an interactive terminal outside CI, else text)
  --published DATE       publication date YYYY-MM-DD (overrides the file's own)
  --dataset PATH         add a dataset file or folder (repeatable)
  --dataset-replace      use only the --dataset paths, not the bundled dataset
  --fail-level LEVEL     error, warning, info or none: exit 1 only for findings at or above it (default error)
  --max-warnings N       also exit 1 when there are more than N warnings
  --output FILE          write the report to FILE instead of stdout
  --stdin-filename NAME  name (and kind, by extension) of the text read from -
  --changed-since REF    check only files changed since a git ref
  --config FILE          use this config file (default: chipcheck.config.json or package.json "chipcheck",
                         searched upwards from the working directory)
  --watch                check again each time a named file is saved (TUI: same claim stays
                         selected; text formats: a new report per save); Ctrl-C stops
  --max-size BYTES       do not read files larger than this (k, M suffixes allowed)
  --jobs N               worker threads for many files (default: number of cores)
  --no-color             no colours (also NO_COLOR)
  --debug                print stack traces of internal errors

fix options: --dry-run, --dataset, --dataset-replace, --published, --config

Exit codes: 0 no finding at or above the fail level, 1 findings, 2 usage, config, dataset or I/O error.
Errors on stderr end with a stable code, [chipcheck/…], and are followed by a hint (README: Exit codes).
`;
