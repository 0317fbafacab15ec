// A --concurrency worker: started once with the run's request, it lints each batch of files it
// is sent, posting every result as it is done and "done" at the end of the batch.
import { parentPort, workerData } from 'node:worker_threads';
import { lintOne, toFailure, trimResult, type FromWorker, type LintRequest, type ToWorker } from './lint-files.js';
import { fixedFromOf } from './fixed-from.js';

const request = workerData as LintRequest;
const port = parentPort!;

port.on('message', async ({ batch, files }: ToWorker) => {
  try {
    for (const { index, file } of files) {
      // Only what the run's format reads crosses back: a result is copied between threads.
      const result = trimResult(await lintOne(file, request), request.keep);
      port.postMessage({ type: 'result', index, result, fixedFrom: fixedFromOf(result) } satisfies FromWorker);
    }
    port.postMessage({ type: 'done', batch } satisfies FromWorker);
  } catch (error) {
    port.postMessage({ type: 'failed', failure: toFailure(error) } satisfies FromWorker);
  }
});
