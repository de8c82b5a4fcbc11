/// <reference types="node" />
// The worker thread of computeMetricsInParallel: it builds the job's metrics once, then reads
// each partition it is sent into a state and posts the state back as JSON text, with the
// counts so far every `progressMs` while it reads. Not part of the public API.
// Nothing imports this file: it is only ever started as a worker, and it serves only when
// started by the runner (workerData carries its mark), never inside a host's own worker.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { loadJob } from './job.js';
import {
  type FromWorker,
  type RunTask,
  reportError,
  WORKER_MARK,
  type WorkerSetup,
} from './protocol.js';
import { runPartition } from './run-partition.js';

function serve(port: MessagePort, setup: WorkerSetup): void {
  const metrics = loadJob(setup.job);
  // A job that fails to load fails each task it is sent, with the reason.
  metrics.catch(() => undefined);
  port.on('message', (message: RunTask) => {
    void run(port, setup, metrics, message);
  });
}

async function run(
  port: MessagePort,
  setup: WorkerSetup,
  metrics: ReturnType<typeof loadJob>,
  { task, partition }: RunTask,
): Promise<void> {
  try {
    let last = Date.now();
    const result = await runPartition(partition, await metrics, {
      ...setup.options,
      onProgress: (counts) => {
        const now = Date.now();
        if (now - last < setup.progressMs) return;
        last = now;
        port.postMessage({ type: 'progress', task, counts } satisfies FromWorker);
      },
    });
    port.postMessage({ type: 'done', task, result } satisfies FromWorker);
  } catch (error) {
    port.postMessage({ type: 'failed', task, error: reportError(error) } satisfies FromWorker);
  }
}

const setup = workerData as WorkerSetup | undefined;
if (parentPort !== null && setup?.mark === WORKER_MARK) serve(parentPort, setup);
