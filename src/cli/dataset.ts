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

export interface DatasetIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const USAGE = `Usage:
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
`;

const FLOWS = new Set(['import', 'export', 'production', 'net_import', 'total_trade', 'exchange_rate']);

function report(io: DatasetIo, error: CliError): number {
  io.stderr(formatCliError(error, 'chipcheck dataset'));
  return 2;
}

/** A command line that cannot be run: the error, then the usage. */
function usage(io: DatasetIo, reason: string, code: CliErrorCode = 'chipcheck/usage', hint?: string): number {
  report(io, cliError(code, reason, { hint: hint ?? 'See the usage below.' }));
  io.stderr(`\n${USAGE}`);
  return 2;
}

/** node:util parseArgs' error codes, as chipcheck's. */
const PARSE_ERRORS: Record<string, CliErrorCode> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: 'chipcheck/unknown-option',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'chipcheck/invalid-option',
};

export async function datasetCommand(args: string[], io: DatasetIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (!sub) return usage(io, 'name a dataset command: check, list, coverage or import');
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
      },
    });
  } catch (error) {
    const code = PARSE_ERRORS[(error as NodeJS.ErrnoException).code ?? ''] ?? 'chipcheck/usage';
    // node's text for an unknown option runs on about `--` and positionals: name the option, as verify does.
    const option = /^Unknown option '([^']+)'/u.exec((error as Error).message)?.[1];
    return usage(io, option ? `unknown option ${option}` : (error as Error).message, code);
  }
  const { values, positionals } = parsed;
  const paths = values.dataset ?? [];
  // `--dataset-replace` is what `chipcheck verify` calls it.
  values.replace = values.replace === true || values['dataset-replace'] === true;
  if (values.replace && paths.length === 0) {
    return usage(io, '--replace needs at least one --dataset PATH', 'chipcheck/usage', 'Add --dataset PATH (the dataset to use instead of the bundled one), or leave out --replace.');
  }
  try {
    switch (sub) {
      case 'check': {
        if (positionals.length > 0) return usage(io, `unexpected argument ${positionals[0]}`);
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
        if (positionals.length > 0) return usage(io, `unexpected argument ${positionals[0]}`);
        if (values.flow && !FLOWS.has(values.flow)) return usage(io, `--flow ${values.flow} is not a flow`, 'chipcheck/invalid-option', `Use one of ${[...FLOWS].join(', ')}.`);
        const year = values.year === undefined ? undefined : Number(values.year);
        if (year !== undefined && !/^\d{4}$/.test(values.year!)) return usage(io, `--year ${values.year} is not a year`, 'chipcheck/invalid-option', 'Use a year such as --year 2023.');
        const dataset = loadDataset({ paths, replace: values.replace ?? false });
        const options: { flow?: string; year?: number; product?: string } = {};
        if (values.flow) options.flow = values.flow;
        if (year !== undefined) options.year = year;
        if (values.product) options.product = values.product;
        io.stdout(coverageTable(dataset.records, options));
        return 0;
      }
      case 'coverage': {
        if (positionals.length > 0) return usage(io, `unexpected argument ${positionals[0]}`);
        const span = values.years === undefined ? undefined : /^(\d{4})-(\d{4})$/.exec(values.years);
        if (span === null || (span && Number(span[1]) > Number(span[2]))) {
          return usage(io, `--years ${values.years} is not a span of years`, 'chipcheck/invalid-option', 'Use a span such as --years 2015-2025.');
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
        if (positionals.length !== 1) return usage(io, `import needs exactly one FILE.csv, not ${positionals.length}`);
        if (values.flow && values.flow !== 'import' && values.flow !== 'export') {
          return usage(io, `--flow ${values.flow} cannot be imported`, 'chipcheck/invalid-option', 'Use --flow import or --flow export.');
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
        return usage(io, `unknown command ${sub}`);
    }
  } catch (error) {
    if (error instanceof DatasetError) {
      const hint = sub === 'import' ? 'Fix the rows named in the export, or give the option the message names (--flow, --cumulative).' : undefined;
      return report(io, datasetCliError(error.problems, hint));
    }
    const { code, path } = error as NodeJS.ErrnoException;
    if (typeof code === 'string' && /^E[A-Z]+$/u.test(code) && path !== undefined) {
      // The --out file of import, or a file named to be read.
      if (values.out !== undefined && resolve(path) === resolve(values.out)) return report(io, cliError('chipcheck/output', `--out ${values.out}: cannot write (${code})`));
      return report(io, cliError('chipcheck/unreadable-file', `${path}: cannot read (${code === 'ENOENT' ? 'no such file or folder' : code})`));
    }
    throw error;
  }
}
