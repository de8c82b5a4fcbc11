import { isGoldenThreadError } from '../core/index.js';
import type { MetricJob } from './job.js';
import type { Partition } from './partitions.js';
import type { PartitionCounts, PartitionOptions, PartitionResult } from './run-partition.js';

// The messages between computeMetricsInParallel and its worker threads.

/** Marks a worker the runner started (see worker.ts). */
export const WORKER_MARK = 'golden-thread/node worker';

/** What a worker is started with. */
export interface WorkerSetup {
  /** {@link WORKER_MARK}. */
  readonly mark: typeof WORKER_MARK;
  /** The metrics. */
  readonly job: MetricJob;
  /** How to read. */
  readonly options: Omit<PartitionOptions, 'onProgress'>;
  /** The least time between two progress messages, in milliseconds. */
  readonly progressMs: number;
}

/** A message to a worker: read a partition. */
export interface RunTask {
  readonly type: 'run';
  /** The partition's place in the job. */
  readonly task: number;
  /** What to read. */
  readonly partition: Partition;
}

/** An error as it crosses from a worker: its name, message and, for ours, its code. */
export interface ErrorReport {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
}

/** A message from a worker. */
export type FromWorker =
  | { readonly type: 'progress'; readonly task: number; readonly counts: PartitionCounts }
  | { readonly type: 'done'; readonly task: number; readonly result: PartitionResult }
  | { readonly type: 'failed'; readonly task: number; readonly error: ErrorReport };

/** An error described as plain data, so it survives `postMessage` with its code. */
export function reportError(error: unknown): ErrorReport {
  if (isGoldenThreadError(error)) {
    return { name: error.name, message: error.message, code: error.code };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string'
      ? { name: error.name, message: error.message, code }
      : { name: error.name, message: error.message };
  }
  return { name: 'Error', message: String(error) };
}
