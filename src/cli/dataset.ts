/**
 * `chipcheck dataset check|list|coverage|import`. Exit codes: 0 ok, 1 check failures, 2 usage or data errors.
 */
import { parseArgs } from 'node:util';
import { checkDataset, readExceptions } from '../dataset/check.js';
import { importCustomsExport } from '../dataset/import.js';
import { coverageTable } from '../dataset/list.js';
import { datasetCoverage, formatCoverage } from '../dataset/coverage.js';
import { BUNDLED_DATASET, loadDataset } from '../dataset/load.js';
import { DatasetError } from '../dataset/schema.js';
import { join, resolve } from 'node:path';
import { cliError, datasetCliError, formatCliError, type CliError, type CliErrorCode } from '../errors.js';
import { note, t, type Lang } from '../report/messages/index.js';
import type { Note } from '../types.js';

export interface DatasetIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}


const FLOWS = new Set(['import', 'export', 'production', 'net_import', 'total_trade', 'exchange_rate']);

export async function datasetCommand(args: string[], io: DatasetIo, lang: Lang = 'en'): Promise<number> {
  const report = (error: CliError): number => {
    io.stderr(formatCliError(error, 'chipcheck dataset', lang));
    return 2;
  };
  /** A command line that cannot be run: the error, then the usage. */
  const usage = (reason: Note, code: CliErrorCode = 'chipcheck/usage', hint?: Note): number => {
    report(cliError(code, reason, { hint: hint ?? note('dataset.usage-hint') }));
    io.stderr(`\n${t(lang, 'dataset.usage')}`);
    return 2;
  };
  return run(args, io, { lang, report, usage });
}

interface Helpers {
  lang: Lang;
  report(error: CliError): number;
  usage(reason: Note, code?: CliErrorCode, hint?: Note): number;
}

/** node:util parseArgs' error codes, as chipcheck's. */
const PARSE_ERRORS: Record<string, CliErrorCode> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: 'chipcheck/unknown-option',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'chipcheck/invalid-option',
};

async function run(args: string[], io: DatasetIo, { lang, report, usage }: Helpers): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(t(lang, 'dataset.usage'));
    return 0;
  }
  if (!sub) return usage(note('dataset.no-command'));
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        dataset: { type: 'string', multiple: true },
        replace: { type: 'boolean' },
        'dataset-replace': { type: 'boolean' },
        json: { type: 'boolean' },
        flow: { type: 'string' },
        year: { type: 'string' },
        product: { type: 'string' },
        years: { type: 'string' },
        out: { type: 'string' },
        cumulative: { type: 'boolean' },
        'source-url': { type: 'string' },
        lang: { type: 'string' },
      },
    });
  } catch (error) {
    const code = PARSE_ERRORS[(error as NodeJS.ErrnoException).code ?? ''] ?? 'chipcheck/usage';
    // node's text for an unknown option runs on about `--` and positionals: name the option, as verify does.
    const option = /^Unknown option '([^']+)'/u.exec((error as Error).message)?.[1];
    return usage(option ? note('cli.unknown-option', { option }) : note('file.reason', { reason: (error as Error).message }), code);
  }
  const { values, positionals } = parsed;
  const paths = values.dataset ?? [];
  // `--dataset-replace` is what `chipcheck verify` calls it.
  values.replace = values.replace === true || values['dataset-replace'] === true;
  if (values.replace && paths.length === 0) {
    return usage(note('dataset.replace-alone'), 'chipcheck/usage', note('dataset.replace-alone-hint'));
  }
  try {
    switch (sub) {
      case 'check': {
        if (positionals.length > 0) return usage(note('dataset.unexpected', { argument: positionals[0]! }));
        const dataset = loadDataset({ paths, replace: values.replace ?? false });
        const exceptions = readExceptions([...(values.replace ? [] : [join(BUNDLED_DATASET, 'exceptions.csv')]), ...paths]);
        const result = checkDataset(dataset, { exceptions });
        if (values.json) {
          io.stdout(`${JSON.stringify({ dataset: dataset.version, ...result }, null, 2)}\n`);
        } else {
          for (const f of result.failures) {
            io.stdout(`✗ ${f.check}: ${f.message}\n`);
            for (const row of f.rows) io.stdout(`    ${row.file}:${row.line}  ${row.id}\n`);
          }
          for (const f of result.excepted) io.stdout(`  ${f.check} (exception): ${f.message}\n    because ${f.exception}\n`);
          const counts = Object.entries(result.compared).map(([k, n]) => `${k} ${n}`).join(', ');
          io.stdout(
            `${result.failures.length === 0 ? '✓' : '✗'} dataset ${dataset.version}: ${dataset.records.length} records; ` +
              `compared ${counts}; ${result.failures.length} failure${result.failures.length === 1 ? '' : 's'}, ` +
              `${result.excepted.length} known exception${result.excepted.length === 1 ? '' : 's'}\n`,
          );
        }
        return result.failures.length === 0 ? 0 : 1;
      }
      case 'list': {
        if (positionals.length > 0) return usage(note('dataset.unexpected', { argument: positionals[0]! }));
        if (values.flow && !FLOWS.has(values.flow)) return usage(note('dataset.bad-flow', { value: values.flow }), 'chipcheck/invalid-option', note('cli.bad-choice-hint', { choices: [...FLOWS].join(', ') }));
        const year = values.year === undefined ? undefined : Number(values.year);
        if (year !== undefined && !/^\d{4}$/.test(values.year!)) return usage(note('dataset.bad-year', { value: values.year! }), 'chipcheck/invalid-option', note('dataset.bad-year-hint'));
        const dataset = loadDataset({ paths, replace: values.replace ?? false });
        const options: { flow?: string; year?: number; product?: string } = {};
        if (values.flow) options.flow = values.flow;
        if (year !== undefined) options.year = year;
        if (values.product) options.product = values.product;
        io.stdout(coverageTable(dataset.records, options));
        return 0;
      }
      case 'coverage': {
        if (positionals.length > 0) return usage(note('dataset.unexpected', { argument: positionals[0]! }));
        const span = values.years === undefined ? undefined : /^(\d{4})-(\d{4})$/.exec(values.years);
        if (span === null || (span && Number(span[1]) > Number(span[2]))) {
          return usage(note('dataset.bad-years', { value: values.years! }), 'chipcheck/invalid-option', note('dataset.bad-years-hint'));
        }
        const dataset = loadDataset({ paths, replace: values.replace ?? false });
        const coverage = datasetCoverage(dataset.records, {
          ...(values.product ? { product: values.product } : {}),
          ...(span ? { years: [Number(span[1]), Number(span[2])] as [number, number] } : {}),
        });
        io.stdout(values.json ? `${JSON.stringify(coverage, null, 2)}\n` : formatCoverage(coverage));
        return 0;
      }
      case 'import': {
        if (positionals.length !== 1) return usage(note('dataset.import-one', { n: positionals.length }));
        if (values.flow && values.flow !== 'import' && values.flow !== 'export') {
          return usage(note('dataset.import-flow', { value: values.flow }), 'chipcheck/invalid-option', note('dataset.import-flow-hint'));
        }
        const result = importCustomsExport(positionals[0]!, {
          ...(values.flow ? { flow: values.flow as 'import' | 'export' } : {}),
          ...(values.cumulative ? { cumulative: true } : {}),
          ...(values['source-url'] ? { sourceUrl: values['source-url'] } : {}),
          ...(values.out ? { out: values.out } : {}),
        });
        for (const note of result.notes) io.stderr(`note: ${note}\n`);
        if (values.out) io.stderr(`${result.records} records → ${values.out}\n`);
        else io.stdout(result.csv);
        return 0;
      }
      default:
        return usage(note('dataset.unknown-command', { command: sub }));
    }
  } catch (error) {
    if (error instanceof DatasetError) {
      const hint = sub === 'import' ? 'Fix the rows named in the export, or give the option the message names (--flow, --cumulative).' : undefined;
      return report(datasetCliError(error.problems, hint));
    }
    const { code, path } = error as NodeJS.ErrnoException;
    if (typeof code === 'string' && /^E[A-Z]+$/u.test(code) && path !== undefined) {
      // The --out file of import, or a file named to be read.
      if (values.out !== undefined && resolve(path) === resolve(values.out)) return report(cliError('chipcheck/output', note('cli.out-not-written', { path: values.out, why: String(code) })));
      return report(cliError('chipcheck/unreadable-file', note('cli.cannot-read-path', { path, why: code === 'ENOENT' ? { term: 'file.no-such' } : String(code) })));
    }
    throw error;
  }
}
