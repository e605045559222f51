#!/usr/bin/env node
// Writes dist/dataset-snapshot.json: the bundled records of corpus/dataset/, validated with zod now, keyed by
// the hash of the CSV files. loadDataset() reuses them while the files are unchanged, so a cold start skips
// parsing and validating data that cannot have changed since the build (src/dataset/load.ts).
import { writeFileSync } from 'node:fs';
import { bundledSnapshot, SNAPSHOT } from '../dist/dataset/load.js';

writeFileSync(SNAPSHOT, JSON.stringify(bundledSnapshot()));
