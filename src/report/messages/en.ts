/**
 * The message catalogue, English. Every word chipcheck shows a person comes from here or from `zh.ts`, by
 * id, with `{placeholders}` filled when rendered (`t()`); no message is joined from pieces elsewhere. The ids
 * and placeholders are the same in both languages (a test holds them together).
 */
export const en = {
  // ------------------------------------------------------------------------------------------------------
  // Verdict notes: what a claim's verdict rests on. A claim's message is its notes joined as clauses.
  'note.match': '{written} agrees with {subject} {record}',
  'note.contradiction': '{written} disagrees with {subject} {record}: off by {off} ({relative})',
  'note.contradiction-rate': '{written} disagrees with {subject} {record}: off by {points}',
  'note.version': 'version: {version}',
  'note.forecast-held': 'a forecast, and it held',
  'note.forecast-failed': 'a forecast, and it failed',
  'note.minor': 'within 1%: a likely revision or rounding',
  'note.converted': 'converted at the year’s average exchange rate, tolerance widened',
  'note.source': 'source: {source}',
  'note.below-bounds': '{written} is below what {subject} can be: at least {low} ({record})',
  'note.above-bounds': '{written} is above what {subject} can be: at most {high} ({record})',
  'note.cumulative': 'cumulative figures only grow through a year',
  'note.within-bounds': 'plausible: between {low} and {high}',
  'note.no-period': '{written}: no period could be resolved for this claim',
  'note.years-total': '{written}: a total over {from}–{to}; the dataset records single periods',
  'note.growth-since': '{written} agrees with the growth from {from} to {to}: {now} against {base} ({computed})',
  'note.growth-since-off': '{written} disagrees with the growth from {from} to {to}: {now} against {base} is {computed}',
  'note.growth-since-unrecorded': '{written}: growth from {from} to {to}; the dataset lacks a level of one of the two years',
  'note.goods-share': '{written}: a share of all goods trade; the dataset records chip trade only',
  'note.no-record': '{written}: no record for {subject}',
  'note.magnitude-slip': '{written} looks like a missing or extra magnitude word (亿, 万): {suggestion} fits',
  'note.decimal-slip': '{written} looks like a shifted decimal point ({from} → {to}): {suggestion} fits',
  'note.digit-slip': '{written} looks like one wrong digit ({from} → {to}): {suggestion} fits',
  'note.digit-swap': '{written} looks like two swapped digits ({from} → {to}): {suggestion} fits',
  'note.period-slip': '{written} fits {period} ({record}), not {claimed}: a period slip?',
  'note.flow-slip': '{written} is the {other} figure for {period} ({record}): {flow} written for {other}?',
  'note.basis-slip': '{written} is the growth of {other} for {period} ({record}): {basis} written for {other}?',
  'note.unit-slip': '{written} is the output in pieces ({record}): {unit} written for 块?',
  'note.currency-slip': '{written} is the figure in {other} ({record}): {unit} written for {otherUnit}?',
  'note.inconsistent-repeat': '{a} and {b} state the same figure differently',
  'note.inconsistent-sum': '{total} ≠ {imports} + {exports} (import + export)',
  'note.inconsistent-net': '{net} ≠ {imports} − {exports} (import − export)',
  'note.inconsistent-conversion': '{cny} ≠ {usd} × {rate} (the year’s CNY per USD, ±3%)',
  'note.inconsistent-share': '{share} ≠ {part} ÷ {total} ({computed})',
  'note.inconsistent-share-of-record': '{share} ≠ {part} ÷ the national total in the dataset, {total} ({computed})',
  'note.inconsistent-growth': '{growth} ≠ the growth from {base} to {now} ({computed})',
  'note.repeated-base': '{base} for {from} repeats {now} for {to} exactly; with growth of {growth} it would be about {implied}',
  'note.inconsistent-parts': 'the parts ({parts}) add up to more than the total {total}',
  'note.more-disagreements': 'and {n} more places in the article disagree with it',
  'note.itself-agrees': '{written} itself agrees with the dataset',
  'field.period': 'period',
  'field.flow': 'flow',
  'field.partner': 'partner',
  'field.product': 'product',
  'field.measure': 'measure',
  'field.unit': 'currency',
  'field.national': 'national',
  'note.weak-field': 'the {field} ({value}) is {how}',
  'note.weak-field-of': 'the {field} of {of} ({value}) is {how}',
  'note.uncertain': 'Is this read right? {written}: {rests}. Read so: {reading}',
  'note.uncertain-alternative': 'Is this read right? {written}: {rests}. Read so: {reading} — if it is {period}, it matches {record}.',
  'note.read': '{field} {value} ({from})',
  'note.read-at': '{field} {value} ({from}, line {line})',
  'read.heading': 'taken from a heading',
  'read.heading-at': 'taken from the heading on line {line}',
  'read.inherited': 'inherited from an earlier sentence',
  'read.inherited-at': 'inherited from line {line}',
  'read.inferred': 'inferred (not written)',
  'read.default': 'not written',
  'field.basis': 'basis (quantity or value)',
  'from.clause': 'clause',
  'from.sentence': 'sentence',
  'from.paragraph': 'paragraph',
  'from.article': 'article',
  'from.list': 'list',
  'from.table': 'table',
  'from.restated': 'restated',
  'from.heading': 'heading',
  'from.inherited': 'inherited',
  'from.inferred': 'inferred',
  'from.default': 'default',
  'unit-name.piece': 'pieces',
  'unit-name.percent': 'percent',
  'unit-name.ppt': 'percentage points',
  'unit-name.times': 'times',
  'note.internal-slip': '{written} looks like {slip}: with {suggestion} the article agrees with itself ({reason})',
  'note.own-level': '{written} is the article’s own {level} less {period}’s {record} ({difference}); it stands or falls with {level}',
  'slip.magnitude-slip': 'a missing or extra magnitude word (亿, 万)',
  'slip.decimal-slip': 'a shifted decimal point',
  'slip.digit-slip': 'one wrong digit',
  'slip.digit-swap': 'two swapped digits',
  'note.clauses': '{first}; {rest}',
  'note.list': '{first} + {rest}',

  // Evidence: one line per record, derived value, bound or other claim behind a verdict.
  'evidence.figure': '{subject}: {record} ({source})',
  'evidence.derived': '{subject}: {record}, derived ({source})',
  'evidence.claim': 'line {line}: {written} ({where})',
  'evidence.in-text': 'text',
  'evidence.in-table': 'table row {row}, {column}',
  'source.dataset': 'dataset',
  'source.agency': '{agency}, {confidence} confidence',
  'source.user': '{agency}, {confidence} confidence, from {file}',

  // ------------------------------------------------------------------------------------------------------
  // Words
  'verdict.match': 'match',
  'verdict.contradiction': 'contradiction',
  'verdict.typo': 'typo',
  'verdict.inconsistent': 'inconsistent',
  'verdict.unverifiable': 'unverifiable',
  'verdict-short.match': 'match',
  'verdict-short.contradiction': 'contra',
  'verdict-short.typo': 'typo',
  'verdict-short.inconsistent': 'incons',
  'verdict-short.unverifiable': 'unverif',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'confidence.high': 'high',
  'confidence.medium': 'medium',
  'confidence.low': 'low',
  'flow.import': 'import',
  'flow.export': 'export',
  'flow.total_trade': 'total trade',
  'flow.net_import': 'net import',
  'flow.production': 'production',
  'measure.value': 'value',
  'measure.quantity': 'quantity',
  'measure.yoy': 'growth',
  'measure.share': 'share',
  'measure.change': 'change',
  'measure.value-yoy': 'value growth',
  'measure.quantity-yoy': 'quantity growth',
  'measure.value-share': 'value share',
  'measure.quantity-share': 'quantity share',
  'currency.USD': 'US dollars',
  'currency.CNY': 'RMB',
  'unit-word.USD': '美元',
  'unit-word.CNY': '元',
  'period.year': '{year}',
  'period.month': '{month} {year}',
  'period.months': '{from}–{to} {year}',
  'period.unknown': 'period unknown',
  'subject': '{period} {where}{product}{flow} {measure}{currency}',
  'subject.currency': ' (in {currency})',
  'version.bulletin': 'statistical bulletin',
  'version.monthly': 'monthly release',
  'subject.where': '{where} ',
  'subject.product': '{product} ',
  'product.854231': 'processors and controllers',
  'product.854232': 'memories',
  'product.854233': 'amplifiers',
  'product.854239': 'other integrated circuits',
  'product.854290': 'parts',
  'points': '{points} percentage points',
  'forecast': '{text} (forecast)',

  // ------------------------------------------------------------------------------------------------------
  // The text report
  'text.published': 'published {date}',
  'text.no-claims': 'no claims found',
  'text.suggest': 'suggest {suggestion}',
  'text.expected': 'expected {expected}',
  'text.more': '{first}; {rest}',
  'text.summary': '{files}, {claims}: {verdicts}; {errors}, {warnings} (dataset {version}, {figures} figures)',
  'text.summary-verdict': '{n} {verdict}',
  'text.files.one': '{n} file',
  'text.files.other': '{n} files',
  'text.claims.one': '{n} claim',
  'text.claims.other': '{n} claims',
  'text.errors.one': '{n} error',
  'text.errors.other': '{n} errors',
  'text.warnings.one': '{n} warning',
  'text.warnings.other': '{n} warnings',
  'text.unused-disable': 'unused {comment} comment: no finding here to turn off',

  'github.title': 'chipcheck {verdict}: {text}',
  'github.suggestion': 'Suggestion: {suggestion}',
  'github.summary': '{files} file(s), {claims} claim(s): {match} match, {contradiction} contradiction, {typo} typo, {inconsistent} inconsistent, {unverifiable} unverifiable (dataset {version}).',
  'github.table-head': '| Severity | Place | Verdict | Claim | Expected | Source |',

  // File messages: problems reading a file, rather than a claim.
  'file.folder': 'Cannot read a directory',
  'file.too-large': 'Cannot check: {size} bytes is over the {limit}-byte limit',
  'file.stdin-too-large': 'Cannot check: the text is over the {limit}-byte limit',
  'file.unreadable': 'Cannot read: {why}',
  'file.binary': 'Cannot check a binary file: it contains NUL bytes',
  'file.html-parse': 'Malformed HTML ({count} parse errors; first: {first}); read as a browser would',
  'file.html-parse-one': 'Malformed HTML (1 parse error; first: {first}); read as a browser would',
  'file.html-too-deep': 'HTML nested more than {depth} levels deep; read as text without its headings, lists and tables',
  'file.markdown-too-deep': 'Markdown nested more than {depth} levels deep; read as plain text',
  'file.front-matter-yaml': 'Front matter is not valid YAML: {why}',
  'file.front-matter-key': 'Front matter `{key}` cannot be read: {why}',
  'file.reason': '{reason}',
  'file.no-such': 'no such file or folder',
  'file.is-folder': 'is a folder',
  'file.cannot-read': 'cannot read ({why})',
  'file.internal-error': 'chipcheck failed on this file: {why}',
  'hint.folder': 'Name the article files inside it',
  'hint.file-too-large-file': 'Split the file, or raise the limit with --max-size',
  'hint.check-path': 'Check the path',
  'hint.check-readable': 'Check the file can be read',
  'hint.binary': 'Pass a text file (plain text, Markdown or HTML in UTF-8, UTF-16 with a BOM, or GB18030)',
  'hint.html-parse': 'Check the text around this place reads as intended',
  'hint.html-too-deep': 'Remove the needless nesting if the structure matters',
  'hint.markdown-too-deep': 'Flatten the nested lists or quotes if the structure matters',
  'hint.front-matter': 'Fix the YAML so the title and date can be read',
  'file.no-such-file': 'no such file',
  'file.permission-denied': 'permission denied',
  'hint.unused-disable': 'Remove the comment, or move it to the line it was meant for.',
  'hint.unreadable-file': 'Check the path: the other files were still checked.',
  'hint.file-too-large': 'Split the text, or raise the limit with --max-size',
  'hint.internal-error': 'Run with --debug and report the stack trace.',

  // ------------------------------------------------------------------------------------------------------
  // The TUI
  'tui.published': 'published {date}',
  'tui.dataset': 'dataset {version}',
  'tui.files': '{n} files',
  'tui.checking': 'checking…',
  'tui.checking-n': 'checking {n}/{total}…',
  'tui.could-not-check': 'could not check: {why}',
  'tui.unknown-error': 'unknown error',
  'tui.no-claims': 'no claims to show',
  'tui.still-checking': 'still checking…',
  'tui.no-findings': 'no findings in this view',
  'tui.no-editor': 'set $EDITOR to open the file at the claim',
  'tui.editor-failed': 'could not start {command}: {why}',
  'tui.editor-exit': '{command} exited with code {code}',
  'tui.editor-back': 'back from {command} ({path}:{line})',
  'tui.filter': 'filter: {verdict}',
  'tui.search': 'search: {query}',
  'tui.more-lines': '↓ {n} more lines (j)',
  'tui.file-message': '{severity} at {line}:{column}: {reason}',
  'tui.file-message-nowhere': '{severity}: {reason}',
  'tui.more-messages': '{message} (+{n} more)',
  'tui.file-status.queued': 'queued',
  'tui.file-status.checking': 'checking…',
  'tui.file-status.failed': 'could not check',
  'tui.label.sentence': 'Sentence',
  'tui.label.claim': 'Claim',
  'tui.label.suggest': 'Suggest',
  'tui.label.expected': 'Expected',
  'tui.label.why': 'Why',
  'tui.label.evidence': 'Evidence',
  'tui.label.series': 'Series',
  'tui.detail.place': '{rule} · {severity} · line {line}, column {column}',
  'tui.detail.written': 'written {text}',
  'tui.detail.value': 'value {value}',
  'tui.detail.product': 'product {product}',
  'tui.detail.partner': 'partner {partner}',
  'tui.detail.province': 'province {province}',
  'tui.detail.table': 'table {row} / {column}',
  'tui.detail.origin': 'found in {origin}',
  'tui.detail.difference': 'difference {difference} ({relative})',
  'tui.detail.record': 'record {ids}',
  'tui.detail.derived': 'derived',
  'tui.detail.version': 'version {version}',
  'tui.detail.confidence': 'confidence {confidence}',
  'tui.detail.other-place': 'other place: ',
  'tui.detail.at': ' at {line}:{column}',
  'tui.detail.claimed': '▲ claimed {value} · {from} … {to}, {low} … {high}',
  'tui.evidence.record': 'record',
  'tui.evidence.derived': 'derived',
  'tui.evidence.bound': 'bound',
  'tui.evidence.claim': 'claim',
  'tui.evidence.reading': 'reading',
  'tui.qualifier.exact': 'exact',
  'tui.qualifier.approx': 'approximate',
  'tui.qualifier.over': 'over',
  'tui.qualifier.at_least': 'at least',
  'tui.qualifier.near': 'nearly',
  'tui.qualifier.under': 'under',
  'tui.origin.sentence': 'a sentence',
  'tui.origin.list': 'a list',
  'tui.origin.table': 'a table',

  'tui.help.files': '↑↓/jk move  ⏎/→ open  q quit',
  'tui.help.claims': '↑↓jk move ⏎→ open ←esc back tab/1-5 filter /search n/p finding o edit q quit',
  'tui.help.detail': '↑↓jk scroll ←esc back n/p finding tab/1-5 filter /search o edit q quit',
  'tui.help.search': 'type to search  ⏎ keep  esc clear  ⌫ delete',

  // ------------------------------------------------------------------------------------------------------
  // The command line
  'cli.did-you-mean': 'did you mean {suggestion}?',
  'cli.unknown-option': 'unknown option {option}',
  'cli.unknown-option-hint': 'Check the spelling against chipcheck --help.',
  'cli.unknown-option-hint-known': 'Check the spelling against chipcheck --help; this command takes {options}.',
  'cli.unknown-option-hint-near': 'Did you mean {option}? chipcheck --help lists the options.',
  'cli.needs-value': 'option {option} needs a value',
  'cli.needs-value-hint': 'Give it one: {option} VALUE (chipcheck --help lists the values).',
  'cli.takes-no-value': 'option {option} takes no value',
  'cli.takes-no-value-hint': 'Write {option} alone, without ={value}.',
  'cli.bad-date': '--published {value} is not a date',
  'cli.bad-choice-hint': 'Use one of {choices}.',
  'cli.bad-date-hint': 'Use a date YYYY-MM-DD, such as --published 2024-03-01.',
  'cli.bad-size': '--max-size {value} is not a size',
  'cli.bad-size-hint': 'Use a number of bytes: 10485760, 10M or 512k.',
  'cli.no-input': 'nothing to check',
  'cli.dataset-replace-alone': '--dataset-replace needs at least one --dataset PATH',
  'cli.dataset-replace-alone-hint': 'Add --dataset PATH (the dataset to use instead of the bundled one), or leave out --dataset-replace.',
  'cli.tui-no-terminal': '--format tui needs a terminal: {which} is not one',
  'cli.tui-no-terminal-hint': 'Run it in a terminal, or choose another format: --format text (or json, sarif, github, rdjsonl).',
  'cli.internal-error': 'internal error: {why}',
  'cli.internal-error-debug-hint': 'Report this to the chipcheck maintainers, with the stack trace below.',
  'cli.config-unknown-key': '{file}:{line}: unknown key "{key}"; {suggestion}',
  'cli.config-unknown-rule': '{file}:{line}: unknown rule "{rule}"; {suggestion}',
  'cli.config-problems': 'the config file has {n} problems',
  'cli.dataset-problems': 'the dataset has {n} problems',
  'cli.config-known-keys': 'known keys: {keys}',
  'cli.config-hint': 'Fix the key at the line named; the known keys are {keys} (README: Configuration).',
  'cli.config-rule-hint': 'Use a rule id (chipcheck/contradiction, chipcheck/magnitude-slip…) or a verdict (typo); chipcheck --help lists them.',
  'cli.max-warnings': 'too many warnings: {n}, more than --max-warnings {max}',
  'cli-hint.usage': 'Run chipcheck --help (or chipcheck dataset --help) for the usage.',
  'cli-hint.unknown-option': 'Check the spelling against chipcheck --help.',
  'cli-hint.invalid-option': 'Give the value in the form chipcheck --help shows.',
  'cli-hint.no-input': 'Name the files, folders or globs to check, or - for stdin.',
  'cli-hint.missing-input': "Check the pattern, and quote it so that chipcheck expands it, not the shell; .gitignore, .chipcheckignore and the config's ignore globs apply.",
  'cli-hint.changed-since': 'Check the ref with git rev-parse REF; in CI, fetch the history it needs (actions/checkout with fetch-depth: 0).',
  'cli-hint.config': 'Fix the key at the line named; the known keys are dataset, datasetReplace, failLevel, rules and ignore (README: Configuration).',
  'cli-hint.dataset': 'Fix each row named (file:line: column) as the README section Dataset describes; chipcheck dataset check --dataset PATH tests the fixed files.',
  'cli-hint.output': 'Check that the folder exists and is writable, and that the disk has space.',
  'cli-hint.max-warnings': 'Fix the warnings, or raise --max-warnings.',
  'cli-hint.step-summary': 'GITHUB_STEP_SUMMARY should name a writable file; outside GitHub Actions, unset it.',
  'cli-hint.fix-not-written': "Check the permissions of the file and its folder and the disk's free space, then run chipcheck fix again.",
  'cli-hint.unreadable-folder': "Check the folder's permissions, or name the files in it directly.",
  'cli-hint.symlink-loop': 'Nothing to do, unless the files behind the link should be checked: then name them directly.',
  'cli-hint.unreadable-file': 'Check the path and the permissions.',
  'cli-hint.internal-error': 'Run again with --debug for the stack trace, and report it to the chipcheck maintainers.',
  'cli.error-line': '{command}: {reason} [{code}]',
  'cli.warning-line': '{command}: warning: {reason} [{code}]',
  'cli.hint-line': '  hint: {hint}',
  'cli.bad-format': '--format {value} is not a format',
  'cli.bad-fail-level': '--fail-level {value} is not a level',
  'cli.bad-lang': '--lang {value} is not a language chipcheck speaks',
  'cli.bad-jobs': '--jobs {value} is not a number of threads',
  'cli.bad-jobs-hint': 'Use a positive whole number, such as --jobs 4.',
  'cli.bad-max-warnings': '--max-warnings {value} is not a number of warnings',
  'cli.bad-max-warnings-hint': 'Use a whole number, such as --max-warnings 0.',
  'cli.output-not-written': '--output {path}: cannot write ({why})',
  'cli.no-file-to-fix': 'no file to fix',
  'cli.no-file-to-fix-hint': 'Name the files or folders to fix: chipcheck fix PATH… [--dry-run], or - for stdin.',
  'cli.fix-not-written': '{path}: not written: {why}',
  'cli.fixed': '{path}: fixed {n} typos ({list})',
  'cli.fixed-one': '{path}: fixed 1 typo ({list})',
  'cli.fix-nothing': '{path}: no typo to fix',
  'cli.fix-none': '{path}: nothing to fix automatically',
  'cli.fix-manual': '{done}; {n} typo(s) without a suggestion, for the editor to decide: {typos}',
  'cli.fix-manual-item': '{at} {text} ({rule})',
  'cli.fix-edit': '{line}:{column} {from} → {to}',
  'cli.step-summary': 'GITHUB_STEP_SUMMARY {path}: cannot append ({why})',
  'cli.unreadable-folder': '{path}: cannot read folder ({why})',
  'cli.symlink-loop': '{path}: symlink loop, skipped',
  'cli.missing-input': '{input}: no files match this glob',
  'cli.changed-since': '--changed-since {ref}: git diff failed: {why}',

  'dataset.usage-hint': 'See the usage below.',
  'dataset.no-command': 'name a dataset command: check, list, coverage or import',
  'dataset.replace-alone': '--replace needs at least one --dataset PATH',
  'dataset.replace-alone-hint': 'Add --dataset PATH (the dataset to use instead of the bundled one), or leave out --replace.',
  'dataset.unexpected': 'unexpected argument {argument}',
  'dataset.bad-flow': '--flow {value} is not a flow',
  'dataset.bad-year': '--year {value} is not a year',
  'dataset.bad-year-hint': 'Use a year such as --year 2023.',
  'dataset.bad-years': '--years {value} is not a span of years',
  'dataset.bad-years-hint': 'Use a span such as --years 2015-2025.',
  'dataset.import-one': 'import needs exactly one FILE.csv, not {n}',
  'dataset.import-flow': '--flow {value} cannot be imported',
  'dataset.import-flow-hint': 'Use --flow import or --flow export.',
  'dataset.unknown-command': 'unknown command {command}',
  'cli.out-not-written': '--out {path}: cannot write ({why})',
  'cli.cannot-read-path': '{path}: cannot read ({why})',
  'dataset.usage': `Usage:
  chipcheck dataset check [--dataset PATH]… [--replace] [--json]
      Cross-check the records: balances, RMB/USD vs the exchange rate, yoy vs levels, cumulative order,
      months vs year to date. Each failure names its rows (file:line).
  chipcheck dataset list [--flow FLOW] [--year YEAR] [--product HS] [--dataset PATH]… [--replace]
      Coverage table, years × measures.
  chipcheck dataset coverage [--product HS] [--years 2015-2025] [--json] [--dataset PATH]… [--replace]
      How well each year, flow and measure is covered (confidence, periods), partners and HS subheadings.
  chipcheck dataset import FILE.csv [--out FILE] [--flow import|export] [--cumulative] [--source-url URL]
      Convert a customs statistics online query (数据在线查询) export into dataset records.

  --dataset PATH   add a dataset file or folder (CSV in the corpus/dataset format); repeatable
  --replace        use only the --dataset paths, not the bundled dataset (also --dataset-replace)
`,

  // `chipcheck --help`: the whole usage as one template, so each language reads as written.
  'help': `chipcheck: fact-check numeric claims about China's chip (HS 8542) trade in Chinese articles

Usage:
  chipcheck [verify] [paths…] [options]   check files, folders, globs, or - for stdin
  chipcheck fix PATH… [--dry-run]         apply typo suggestions to files and folders; - reads stdin, writes stdout
  chipcheck dataset …                     inspect, check and import the dataset
  chipcheck lsp --stdio                   the language server for editors (LSP over stdin/stdout)
  chipcheck --help | --version

verify options:
  --format FORMAT        text, json, sarif, github, rdjsonl or tui
                         (default: tui on an interactive terminal outside CI, else text)
  --lang LANG            zh or en: the language of messages (default: from LC_ALL, LC_MESSAGES, LANG)
  --quiet                report only warnings and errors, not matches and unverifiable claims
  --max-warnings N       exit 1 when there are more than N warnings
  --report-unused-disable
                         report chipcheck-disable comments that turn off nothing
  --published DATE       publication date YYYY-MM-DD (overrides the file's own)
  --dataset PATH         add a dataset file or folder (repeatable); its records replace bundled ones
                         with the same id or the same series and period
  --dataset-replace      use only the --dataset paths, not the bundled dataset
  --fail-level LEVEL     error, warning, info or none: exit 1 only for findings at or above it (default error)
  --output FILE          write the report to FILE instead of stdout
  --stdin-filename NAME  name (and kind, by extension) of the text read from -
  --changed-since REF    check only files changed since a git ref
  --config FILE          use this config file (default: chipcheck.config.json or package.json "chipcheck",
                         searched upwards from the working directory)
  --watch                check again each time a named file is saved (TUI: same claim stays
                         selected; text formats: a new report per save); Ctrl-C stops
  --max-size BYTES       do not read files larger than this (k, M suffixes allowed)
  --jobs N               threads checking many files, this one included
                         (default: number of cores)
  --no-color             no colours (also NO_COLOR)
  --debug                print stack traces of internal errors

fix options: --dry-run, --dataset, --dataset-replace, --published, --config, --lang, --stdin-filename

Ignore comments: <!-- chipcheck-disable-next-line -->, <!-- chipcheck-disable-line --> (at the end of the
line), <!-- chipcheck-disable RULE --> … <!-- chipcheck-enable -->; in plain text after # or //.

Exit codes: 0 no finding at or above the fail level, 1 findings, 2 usage, config, dataset or I/O error.
Errors on stderr end with a stable code, [chipcheck/…], and are followed by a hint (README: Exit codes).
`,
} as const;

/** Every message id of the catalogue. */
export type MessageId = keyof typeof en;
