// A worker thread of `chipcheck verify`: loads the dataset once, then checks the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDataset } from '../dataset/index.js';
import { checkOne } from './check.js';
import type { WorkerJob, WorkerSetup } from './workers.js';

const setup = workerData as WorkerSetup;
const dataset = loadDataset(setup.dataset);
const options = { ...setup.check, dataset };

parentPort!.on('message', (job: WorkerJob) => {
  checkOne(job.absolute, job.display, options).then(
    (checked) => parentPort!.postMessage({ index: job.index, checked }),
    (error: unknown) => parentPort!.postMessage({ index: job.index, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
