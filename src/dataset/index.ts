/** The canonical dataset: records with provenance, validated, indexed, derived and checked. */
export { buildDataset, type LoadedDataset } from './build.js';
export { loadDataset, recordFiles, bundledSnapshot, BUNDLED_DATASET, SNAPSHOT, type LoadOptions } from './load.js';
export { DatasetError, formatProblem, parseRecords, recordSchema, RECORD_COLUMNS } from './schema.js';
export type { DatasetProblem, DatasetRecord } from './schema.js';
export { recordId } from './id.js';
export { checkDataset, readExceptions, type CheckFailure, type CheckOptions, type CheckResult, type CheckRow } from './check.js';
export { importCustomsExport, type ImportOptions, type ImportResult } from './import.js';
export { coverageTable, type ListOptions } from './list.js';
export { datasetCoverage, formatCoverage, COVERAGE_COLUMNS, type Coverage, type CoverageOptions } from './coverage.js';
