/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GoldenThreadError } from '../core/index.js';
import { requireWholeNumber } from '../core/internal/index.js';
import { loadJob, type MetricJob, requireJob } from './job.js';
import { DEFAULT_MAX_LINE_BYTES } from './lines.js';
import { type JobResult, mergePartitions } from './merge.js';
import { type Partition, requireAbsoluteFile, splitFile } from './partitions.js';
import { type ErrorReport, type FromWorker, WORKER_MARK, type WorkerSetup } from './protocol.js';
import type { PartitionCounts, PartitionResult } from './run-partition.js';

/**
 * How far a job has got, for a progress bar: the totals so far and what each worker is doing.
 *
 * @example
 * ```ts
 * const onProgress = (p: JobProgress) => bar.update(p.totalBytes === null ? 0 : p.bytes / p.totalBytes);
 * ```
 * @category Back-end jobs
 */
export interface JobProgress {
  /** Lines read so far (for record sources: records read). */
  readonly lines: number;
  /** Records counted so far. */
  readonly records: number;
  /** Lines or records rejected so far. */
  readonly rejected: number;
  /** Bytes read so far. */
  readonly bytes: number;
  /** The bytes the job will read, when every partition is a part of a file; otherwise `null`. */
  readonly totalBytes: number | null;
  /** How many partitions the job has. */
  readonly partitions: number;
  /** How many are finished. */
  readonly partitionsDone: number;
  /** Each worker's own totals (over the partitions it has read) and its current partition. */
  readonly workers: readonly WorkerProgress[];
}

/**
 * What one worker thread has read.
 *
 * @example
 * ```ts
 * const line = (w: WorkerProgress) => `worker ${w.worker}: ${w.records} records`;
 * ```
 * @category Back-end jobs
 */
export interface WorkerProgress {
  /** The worker, from 0. */
  readonly worker: number;
  /** The partition it is reading, or `null` when it has none left. */
  readonly partition: number | null;
  /** Lines read. */
  readonly lines: number;
  /** Records counted. */
  readonly records: number;
  /** Lines or records rejected. */
  readonly rejected: number;
  /** Bytes read. */
  readonly bytes: number;
}

/**
 * Options for {@link computeMetricsInParallel}.
 *
 * @typeParam R - The metrics' result.
 * @example
 * ```ts
 * const options: ParallelOptions<GovernanceReport> = { job: governanceJob({ window }), files: [file], workers: 2 };
 * ```
 * @category Back-end jobs
 */
export interface ParallelOptions<R> {
  /** The metrics: {@link governanceJob} or {@link metricJob}. */
  readonly job: MetricJob<R>;
  /**
   * NDJSON files (absolute paths or `file:` URLs). With fewer files than workers, each is
   * split into newline-aligned parts ({@link splitFile}); otherwise each file is one part.
   */
  readonly files?: readonly (string | URL)[];
  /** Or the partitions themselves (parts of files, ranges of a record source). */
  readonly partitions?: readonly Partition[];
  /** Worker threads. Default: the cores available (`os.availableParallelism()`). */
  readonly workers?: number;
  /**
   * `true` to count each line's JSON as a provider record without `parseProviderRecord`: for
   * data this library or a validated pipeline wrote (see the guide). Default `false`.
   */
  readonly trusted?: boolean;
  /** How many issues the result keeps (all rejected lines are counted). Default 100. */
  readonly maxIssues?: number;
  /** The longest line read, in bytes. Default 32 MiB. */
  readonly maxLineBytes?: number;
  /** Called as the job goes: after each worker's report and each finished partition. */
  readonly onProgress?: (progress: JobProgress) => void;
  /** The least time between two reports from one worker, in milliseconds. Default 250. */
  readonly progressInterval?: number;
  /** Stops the job: the workers are ended and the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

interface Settings {
  readonly job: MetricJob;
  readonly partitions: readonly Partition[];
  readonly totalBytes: number | null;
  readonly workers: number;
  readonly setup: WorkerSetup;
  readonly onProgress: ((progress: JobProgress) => void) | undefined;
  readonly signal: AbortSignal | undefined;
}

async function partitionsOf(
  fn: string,
  options: ParallelOptions<unknown>,
  workers: number,
): Promise<{ partitions: Partition[]; totalBytes: number | null }> {
  if (options.partitions !== undefined) {
    if (!Array.isArray(options.partitions) || options.partitions.length === 0) {
      throw new GoldenThreadError('invalid_argument', `${fn}: give at least one partition.`);
    }
    const sizes = await Promise.all(
      options.partitions.map(async (p: Partition) => {
        if (p.kind !== 'file') return null;
        const size = (await stat(requireAbsoluteFile(fn, p.file))).size;
        return Math.min(p.end ?? size, size) - (p.start ?? 0);
      }),
    );
    const known = sizes.every((s) => s !== null);
    return {
      partitions: [...options.partitions],
      totalBytes: known ? sizes.reduce((a: number, b) => a + (b ?? 0), 0) : null,
    };
  }
  const files = (options.files ?? []).map((f) => requireAbsoluteFile(fn, f));
  if (files.length === 0) {
    throw new GoldenThreadError('invalid_argument', `${fn}: give files or partitions.`);
  }
  const each = Math.max(1, Math.ceil(workers / files.length));
  const partitions = (await Promise.all(files.map((f) => splitFile(f, each)))).flat();
  const totalBytes = partitions.reduce((n, p) => n + ((p.end ?? 0) - (p.start ?? 0)), 0);
  return { partitions, totalBytes };
}

/**
 * The worker file beside the module at `here` (this module's URL), with its extension: in
 * the sources and in `dist/node/` this code sits in `node/`; bundled code shared by several
 * entry points sits in a chunk at the root of `dist/`.
 */
export function workerFileOf(here: string): string {
  const ext = here.endsWith('.ts') ? '.ts' : here.endsWith('.cjs') ? '.cjs' : '.js';
  const inNode = new URL('.', here).href.endsWith('/node/');
  return new URL(`${inNode ? '.' : './node'}/worker${ext}`, here).href;
}

/** The URL of tsx's ESM API (`tsx/esm/api`, its `import` export), for workers started from the sources. */
function tsxEsmApi(here: string): string {
  try {
    const manifest = createRequire(here).resolve('tsx/package.json');
    const exports = (
      JSON.parse(readFileSync(manifest, 'utf8')) as {
        exports: Record<string, { import: { default: string } }>;
      }
    ).exports;
    return new URL(exports['./esm/api']?.import.default ?? '', pathToFileURL(manifest)).href;
  } catch {
    throw new GoldenThreadError(
      'invalid_argument',
      'computeMetricsInParallel: running golden-thread from its TypeScript sources needs tsx installed; use the built package otherwise.',
    );
  }
}

/** Starts a worker thread: the built worker file, or the source one through tsx. */
function startWorker(setup: WorkerSetup): Worker {
  const here = import.meta.url;
  const file = workerFileOf(here);
  if (!file.endsWith('.ts')) return new Worker(new URL(file), { workerData: setup });
  // From the sources (tests, examples, benches): register tsx in the worker before loading it.
  const tsx = tsxEsmApi(here);
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { (api.register ?? api.default.register)(); return import(${JSON.stringify(file)}); })`;
  return new Worker(boot, { eval: true, workerData: setup });
}

/** An error from a worker, rebuilt: ours keep their code. */
function rebuild(report: ErrorReport): Error {
  const known = [
    'invalid_argument',
    'invalid_date',
    'date_out_of_range',
    'limit_exceeded',
    'invalid_state',
    'invariant_violation',
  ];
  if (report.name === 'GoldenThreadError' && known.includes(report.code ?? '')) {
    return new GoldenThreadError(report.code as 'invalid_argument', report.message);
  }
  const error = new Error(report.message);
  error.name = report.name;
  if (report.code !== undefined) Object.assign(error, { code: report.code });
  return error;
}

const ZERO: PartitionCounts = Object.freeze({ lines: 0, records: 0, rejected: 0, bytes: 0 });

const add = (a: PartitionCounts, b: PartitionCounts): PartitionCounts => ({
  lines: a.lines + b.lines,
  records: a.records + b.records,
  rejected: a.rejected + b.rejected,
  bytes: a.bytes + b.bytes,
});

/** A pool of worker threads reading a job's partitions from a queue, one at a time each. */
class Pool {
  readonly #settings: Settings;
  readonly #results: (PartitionResult | undefined)[];
  readonly #workers: Worker[] = [];
  /** Per worker: the counts of the partitions it finished, and of the one it is reading. */
  readonly #finished: PartitionCounts[] = [];
  readonly #current: (PartitionCounts | undefined)[] = [];
  readonly #assigned: (number | null)[] = [];
  #next = 0;
  #done = 0;
  #settled = false;
  #resolve: (results: PartitionResult[]) => void = () => undefined;
  #reject: (error: unknown) => void = () => undefined;
  readonly #onAbort = () =>
    this.#stop(this.#settings.signal?.reason ?? new Error('The job was stopped.'));

  constructor(settings: Settings) {
    this.#settings = settings;
    this.#results = settings.partitions.map(() => undefined);
  }

  /** Starts the workers; resolves with each partition's result, in the job's order. */
  run(): Promise<PartitionResult[]> {
    const promise = new Promise<PartitionResult[]>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    const { signal, partitions, workers } = this.#settings;
    if (signal?.aborted) {
      this.#onAbort();
      return promise;
    }
    signal?.addEventListener('abort', this.#onAbort, { once: true });
    try {
      for (let index = 0; index < Math.min(workers, partitions.length); index += 1)
        this.#start(index);
    } catch (error) {
      this.#stop(error);
    }
    return promise;
  }

  #start(index: number): void {
    const worker = startWorker(this.#settings.setup);
    this.#workers.push(worker);
    this.#finished.push(ZERO);
    worker.on('message', (message: FromWorker) => this.#receive(worker, index, message));
    worker.on('error', (error) => this.#stop(error));
    worker.on('exit', (code) => {
      if (!this.#settled && this.#assigned[index] !== null) {
        this.#stop(
          new Error(`computeMetricsInParallel: a worker thread stopped (exit code ${code}).`),
        );
      }
    });
    this.#give(worker, index);
  }

  #give(worker: Worker, index: number): void {
    const { partitions } = this.#settings;
    if (this.#next >= partitions.length) {
      this.#assigned[index] = null;
      void worker.terminate();
      return;
    }
    this.#assigned[index] = this.#next;
    worker.postMessage({ type: 'run', task: this.#next, partition: partitions[this.#next] });
    this.#next += 1;
  }

  #receive(worker: Worker, index: number, message: FromWorker): void {
    if (this.#settled) return;
    if (message.type === 'failed') {
      this.#stop(rebuild(message.error));
      return;
    }
    if (message.type === 'progress') {
      this.#current[index] = message.counts;
      this.#report();
      return;
    }
    this.#results[message.task] = message.result;
    this.#finished[index] = add(this.#finished[index] as PartitionCounts, message.result);
    this.#current[index] = undefined;
    this.#done += 1;
    if (this.#done < this.#settings.partitions.length) {
      this.#give(worker, index);
      this.#report();
      return;
    }
    this.#settled = true;
    this.#settings.signal?.removeEventListener('abort', this.#onAbort);
    for (const w of this.#workers) void w.terminate();
    this.#report();
    this.#resolve(this.#results as PartitionResult[]);
  }

  #stop(error: unknown): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#settings.signal?.removeEventListener('abort', this.#onAbort);
    for (const w of this.#workers) void w.terminate();
    this.#reject(error);
  }

  #report(): void {
    const { onProgress, totalBytes, partitions } = this.#settings;
    if (onProgress === undefined) return;
    const workers = this.#finished.map((own, worker): WorkerProgress => {
      const now = this.#current[worker];
      return {
        worker,
        partition: this.#assigned[worker] ?? null,
        ...(now === undefined ? own : add(own, now)),
      };
    });
    onProgress({
      ...workers.reduce<PartitionCounts>(add, ZERO),
      totalBytes,
      partitions: partitions.length,
      partitionsDone: this.#done,
      workers,
    });
  }
}

/**
 * Computes metrics over NDJSON files (or any partitioned data) on worker threads: each
 * worker reads its own newline-aligned part of the files and folds it into an accumulator
 * state; the states come back as JSON and are merged in order, so the result equals one pass
 * over all the records.
 *
 * @remarks
 * - **Validated by default.** Each line is read with `parseProviderRecord`; a line that is
 *   not JSON, not UTF-8 text, too long or not a valid record is counted in `rejected` and
 *   never in the results, and the first `maxIssues` issues say why, each with its file and
 *   line. `trusted: true` skips the parser for data this library or a validated pipeline
 *   wrote (a record that then breaks a metric rejects the job, naming its line).
 * - **Workers.** One `node:worker_threads` worker per core by default, each reading one
 *   partition at a time from a queue; on two cores two workers run about 1.8× as fast as one.
 *   The metrics are named by a {@link MetricJob} (a module and an export), because functions
 *   cannot cross to another thread; every worker and the merging thread build them from the
 *   same options.
 * - **Progress.** `onProgress` is called as workers report (every `progressInterval` ms
 *   each) and as partitions finish, with totals so far and each worker's counts.
 * - Runs from the built package (ESM or CommonJS) and, with tsx installed, from the sources.
 * @typeParam R - The metrics' result.
 * @param options - The job, the files or partitions, and how to run.
 * @returns The results with the counts read and rejected, the first issues and the merged state.
 * @throws `GoldenThreadError` `invalid_argument` for a bad option (the promise rejects).
 * The promise also rejects with Node's error when a file cannot be read, when a worker fails,
 * and with the signal's reason when the job is stopped.
 * @example
 * ```ts
 * const { results, records, rejected, issues } = await computeMetricsInParallel({
 *   job: governanceJob({ window: { from: '2026-07-01', to: '2026-10-01' } }),
 *   files: [file],
 *   workers: 2,
 *   onProgress: (p) => process.stdout.write(`\r${p.records} records`),
 * });
 * results.overall.reviewTimeliness.proportion.value; // => 0.75
 * ```
 * @category Back-end jobs
 */
export async function computeMetricsInParallel<R>(
  options: ParallelOptions<R>,
): Promise<JobResult<R>> {
  const fn = 'computeMetricsInParallel';
  if (options === null || typeof options !== 'object') {
    throw new GoldenThreadError('invalid_argument', `${fn}: give the options object.`);
  }
  const job = requireJob(fn, options.job);
  const workers = requireWholeNumber(fn, 'workers', options.workers, availableParallelism(), 1);
  const maxIssues = requireWholeNumber(fn, 'maxIssues', options.maxIssues, 100, 0);
  const setup: WorkerSetup = {
    mark: WORKER_MARK,
    job,
    options: {
      trusted: options.trusted === true,
      maxIssues,
      maxLineBytes: requireWholeNumber(
        fn,
        'maxLineBytes',
        options.maxLineBytes,
        DEFAULT_MAX_LINE_BYTES,
        1,
      ),
    },
    progressMs: requireWholeNumber(fn, 'progressInterval', options.progressInterval, 250, 0),
  };
  const metrics = loadJob(job);
  metrics.catch(() => undefined);
  const { partitions, totalBytes } = await partitionsOf(fn, options, workers);
  const accumulator = await metrics;
  const results = await new Pool({
    job,
    partitions,
    totalBytes,
    workers,
    setup,
    onProgress: options.onProgress,
    signal: options.signal,
  }).run();
  return mergePartitions(accumulator, partitions, results, maxIssues) as JobResult<R>;
}
