// A worker thread of `chipcheck verify`: loads the dataset once, then checks the files it is sent, and
// renders their claims in the run's format when the run asks it to (see src/report/rendered.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { loadDataset } from '../dataset/index.js';
import { createFormatStream } from '../report/formatters/index.js';
import { renderWhereChecked } from '../report/rendered.js';
import { checkOne } from './check.js';
import type { WorkerJob, WorkerReply, WorkerSetup } from './workers.js';

const setup = workerData as WorkerSetup;
const dataset = loadDataset(setup.dataset);
const options = { ...setup.check, dataset };
const claimText = setup.render && createFormatStream(setup.render.format, setup.render.options).claimText;

parentPort!.on('message', (job: WorkerJob) => {
  checkOne(job.absolute, job.display, options).then(
    (checked) => {
      // A file that could not be read goes back whole: the writing thread reports it as it reports its own.
      const reply: WorkerReply = setup.render && claimText && checked.ok ? { index: job.index, rendered: renderWhereChecked(checked, claimText, setup.render) } : { index: job.index, checked };
      parentPort!.postMessage(reply);
    },
    (error: unknown) => parentPort!.postMessage({ index: job.index, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies WorkerReply),
  );
});
