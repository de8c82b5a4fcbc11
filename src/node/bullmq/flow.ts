/// <reference types="node" />
import {
  type FlowJob,
  type FlowProducer,
  type Job,
  type JobNode,
  type JobsOptions,
  type QueueEvents,
  Worker,
  type WorkerOptions,
} from 'bullmq';
import { GoldenThreadError } from '../../core/index.js';
import { requireWholeNumber } from '../../core/internal/index.js';
import type { Accumulator } from '../../metrics/index.js';
import { loadJob, type MetricJob, requireJob } from '../job.js';
import { DEFAULT_MAX_LINE_BYTES } from '../lines.js';
import { type JobResult, mergePartitions, readState } from '../merge.js';
import type { Partition } from '../partitions.js';
import { type PartitionResult, runPartition } from '../run-partition.js';

/**
 * Options for {@link metricFlow} and {@link addMetricFlow}.
 *
 * @typeParam R - The metrics' result.
 * @example
 * ```ts
 * const options: MetricFlowOptions<GovernanceReport> = {
 *   queueName: 'governance',
 *   job: governanceJob({ window: { from: '2026-07-01', to: '2026-10-01' } }),
 *   partitions: await splitFile(sharedFile, 8),
 * };
 * ```
 * @category Back-end jobs
 */
export interface MetricFlowOptions<R> {
  /** The BullMQ queue the parent and its children go in (its workers run {@link metricFlowProcessor}). */
  readonly queueName: string;
  /** The metrics. */
  readonly job: MetricJob<R>;
  /**
   * One child job per partition: parts of files every worker machine can read (a shared
   * volume), whole files, or ranges of a record source such as database ids.
   */
  readonly partitions: readonly Partition[];
  /** Count each record without `parseProviderRecord` (see the guide). Default `false`. */
  readonly trusted?: boolean;
  /** How many issues the result keeps (every rejected line is counted). Default 100. */
  readonly maxIssues?: number;
  /** The longest line read, in bytes. Default 32 MiB. */
  readonly maxLineBytes?: number;
  /** The parent job's name. Default `'golden-thread metrics'`. */
  readonly name?: string;
  /**
   * BullMQ options for each child (attempts, backoff, removal). A child is pure — the same
   * partition gives the same state — so retrying one is safe. The parent fails when a child
   * fails for good.
   */
  readonly childOptions?: JobsOptions;
  /** BullMQ options for the parent job. */
  readonly parentOptions?: JobsOptions;
}

/**
 * What a child job holds: one partition to read, and how.
 *
 * @example
 * ```ts
 * const isChild = (data: MetricFlowData): data is MetricFlowChildData => data.role === 'partition';
 * ```
 * @category Back-end jobs
 */
export interface MetricFlowChildData {
  /** Marks a child. */
  readonly role: 'partition';
  /** The partition's place in the flow, from 0. */
  readonly index: number;
  /** What to read. */
  readonly partition: Partition;
  /** The metrics. */
  readonly job: MetricJob;
  /** Whether records are trusted. */
  readonly trusted: boolean;
  /** The most issues kept. */
  readonly maxIssues: number;
  /** The longest line read. */
  readonly maxLineBytes: number;
}

/**
 * What the parent job holds: the metrics and the partitions, to merge the children's states.
 *
 * @example
 * ```ts
 * const parts = (data: MetricFlowParentData) => data.partitions.length;
 * ```
 * @category Back-end jobs
 */
export interface MetricFlowParentData {
  /** Marks the parent. */
  readonly role: 'merge';
  /** The metrics. */
  readonly job: MetricJob;
  /** Every partition, in order (for the file line numbers of issues). */
  readonly partitions: readonly Partition[];
  /** The most issues kept. */
  readonly maxIssues: number;
}

/**
 * The data of a job in a metric flow: a child or the parent.
 *
 * @example
 * ```ts
 * const role = (data: MetricFlowData) => data.role; // 'partition' | 'merge'
 * ```
 * @category Back-end jobs
 */
export type MetricFlowData = MetricFlowChildData | MetricFlowParentData;

/**
 * What a child job reports as its BullMQ progress while it reads (every second or so): the
 * counts so far, for a job dashboard.
 *
 * @example
 * ```ts
 * queueEvents.on('progress', ({ jobId, data }) => show(jobId, (data as MetricFlowProgress).records));
 * ```
 * @category Back-end jobs
 */
export interface MetricFlowProgress {
  /** The partition, from 0. */
  readonly partition: number;
  /** Lines read so far (for a record source: records read). */
  readonly lines: number;
  /** Records counted so far. */
  readonly records: number;
  /** Lines or records rejected so far. */
  readonly rejected: number;
  /** Bytes read so far (0 for a record source). */
  readonly bytes: number;
}

/**
 * Describes a metric job as a BullMQ flow — a parent that merges, with one child per
 * partition — without adding it: plain data for `FlowProducer.add`.
 *
 * @typeParam R - The metrics' result.
 * @param options - The queue, the job, the partitions and how to read them.
 * @returns The flow.
 * @throws `GoldenThreadError` `invalid_argument` for an empty queue name or partition
 * list, a bad job or option.
 * @example
 * ```ts
 * const flow = metricFlow({ queueName: 'governance', job, partitions });
 * flow.children?.length; // => partitions.length
 * ```
 * @category Back-end jobs
 */
export function metricFlow<R>(options: MetricFlowOptions<R>): FlowJob {
  const fn = 'metricFlow';
  if (typeof options?.queueName !== 'string' || options.queueName === '') {
    throw new GoldenThreadError('invalid_argument', `${fn}: name the queue (queueName).`);
  }
  const job = requireJob(fn, options.job);
  if (!Array.isArray(options.partitions) || options.partitions.length === 0) {
    throw new GoldenThreadError('invalid_argument', `${fn}: give at least one partition.`);
  }
  const maxIssues = requireWholeNumber(fn, 'maxIssues', options.maxIssues, 100, 0);
  const maxLineBytes = requireWholeNumber(
    fn,
    'maxLineBytes',
    options.maxLineBytes,
    DEFAULT_MAX_LINE_BYTES,
    1,
  );
  const partitions = [...options.partitions];
  const parent: MetricFlowParentData = { role: 'merge', job, partitions, maxIssues };
  return {
    name: options.name ?? 'golden-thread metrics',
    queueName: options.queueName,
    data: parent,
    ...(options.parentOptions === undefined ? {} : { opts: options.parentOptions }),
    children: partitions.map((partition, index) => {
      const data: MetricFlowChildData = {
        role: 'partition',
        index,
        partition,
        job,
        trusted: options.trusted === true,
        maxIssues,
        maxLineBytes,
      };
      return {
        name: `partition ${index}`,
        queueName: options.queueName,
        data,
        opts: { failParentOnFailure: true, ...options.childOptions },
      };
    }),
  };
}

/**
 * Adds a metric job to BullMQ as a flow (see {@link metricFlow}): atomically, the parent and
 * every child.
 *
 * @typeParam R - The metrics' result.
 * @param producer - A BullMQ `FlowProducer` connected to the shared Redis.
 * @param options - The queue, the job, the partitions and how to read them.
 * @returns The flow's job tree; `waitForMetricFlow(node, queueEvents)` gives its result.
 * @throws `GoldenThreadError` as {@link metricFlow} does (the promise rejects).
 * @example
 * ```ts
 * const node = await addMetricFlow(new FlowProducer({ connection }), { queueName: 'governance', job, partitions });
 * const { results } = await waitForMetricFlow(node, queueEvents);
 * ```
 * @category Back-end jobs
 */
export async function addMetricFlow<R>(
  producer: FlowProducer,
  options: MetricFlowOptions<R>,
): Promise<JobNode> {
  return producer.add(metricFlow(options));
}

/**
 * Waits for a metric flow's parent job and gives its result: the metrics over every
 * partition, equal to one pass, with the counts read and rejected and the first issues.
 *
 * @remarks The parent job's own return value (in Redis, for dashboards) is JSON; here the
 * merged state it returns is finished again with the job's metrics, so the result is exactly
 * what one pass in this process gives.
 * @typeParam R - The metrics' result.
 * @param node - What {@link addMetricFlow} returned.
 * @param events - BullMQ `QueueEvents` for the flow's queue.
 * @param ttl - The most milliseconds to wait. Default: no limit.
 * @returns The job's result.
 * @throws The promise rejects when the parent fails (a child failed for good) or time runs out.
 * @example
 * ```ts
 * const { results, rejected } = await waitForMetricFlow<GovernanceReport>(node, new QueueEvents('governance', { connection }));
 * ```
 * @category Back-end jobs
 */
export async function waitForMetricFlow<R>(
  node: JobNode,
  events: QueueEvents,
  ttl?: number,
): Promise<JobResult<R>> {
  const data = node.job.data as MetricFlowParentData | undefined;
  const job = requireJob('waitForMetricFlow', data?.job);
  const returned = (await node.job.waitUntilFinished(events, ttl)) as JobResult<unknown>;
  // The parent's result came through Redis as JSON; finishing its merged state here gives
  // exactly what one pass gives (the same objects, not their JSON copies).
  const metrics = await loadJob(job);
  const state = readState(metrics, returned.state, 'the flow’s parent job');
  return { ...returned, state, results: metrics.finish(state) as R };
}

/** The metrics of a job, built once per worker process for each job description. */
function metricsOf(
  cache: Map<string, Promise<Accumulator<unknown, unknown>>>,
  job: MetricJob,
): Promise<Accumulator<unknown, unknown>> {
  const key = JSON.stringify(job);
  let metrics = cache.get(key);
  if (metrics === undefined) {
    metrics = loadJob(job);
    metrics.catch(() => cache.delete(key));
    cache.set(key, metrics);
  }
  return metrics;
}

async function runChild(
  job: Job<MetricFlowChildData>,
  metrics: Accumulator<unknown, unknown>,
): Promise<PartitionResult & { readonly index: number }> {
  const { partition, index, trusted, maxIssues, maxLineBytes } = job.data;
  let last = Date.now();
  const result = await runPartition(partition, metrics, {
    trusted,
    maxIssues,
    maxLineBytes,
    onProgress: (counts) => {
      const now = Date.now();
      if (now - last < 1000) return;
      last = now;
      void job.updateProgress({ ...counts, partition: index } satisfies MetricFlowProgress);
    },
  });
  return { ...result, index };
}

async function runParent(
  job: Job<MetricFlowParentData>,
  metrics: Accumulator<unknown, unknown>,
): Promise<JobResult<unknown>> {
  const values = Object.values(
    await job.getChildrenValues<PartitionResult & { readonly index: number }>(),
  );
  const { partitions, maxIssues } = job.data;
  const ordered = partitions.map((_, i) => values.find((v) => v.index === i));
  if (ordered.some((v) => v === undefined)) {
    throw new GoldenThreadError(
      'invariant_violation',
      `metric flow ${String(job.id)}: ${values.length} of ${partitions.length} partitions came back.`,
    );
  }
  return mergePartitions(metrics, partitions, ordered as PartitionResult[], maxIssues);
}

/**
 * The BullMQ processor for a metric flow's queue: a child job reads its partition into a state
 * (reporting its progress), the parent merges the children's states and finishes them. Give
 * it to a BullMQ `Worker` on each machine (or use {@link createMetricFlowWorker}).
 *
 * @remarks Each worker process builds a job's metrics once and keeps them. Reading is
 * asynchronous a mebibyte at a time, so a worker's event loop stays free to renew its job
 * locks; for more than one core, run one worker process per core. The children's states pass
 * through Redis as JSON text and are merged by whichever worker takes the parent.
 * @returns The processor: `(job) => Promise<result>`.
 * @example
 * ```ts
 * new Worker('governance', metricFlowProcessor(), { connection, concurrency: 1 });
 * ```
 * @category Back-end jobs
 */
export function metricFlowProcessor(): (job: Job<MetricFlowData>) => Promise<unknown> {
  const cache = new Map<string, Promise<Accumulator<unknown, unknown>>>();
  return async (job) => {
    const data = job.data;
    if (data?.role !== 'partition' && data?.role !== 'merge') {
      throw new GoldenThreadError(
        'invalid_argument',
        `metricFlowProcessor: job ${String(job.id)} is not part of a metric flow (add it with addMetricFlow).`,
      );
    }
    const metrics = await metricsOf(cache, requireJob('metricFlowProcessor', data.job));
    return data.role === 'partition'
      ? runChild(job as Job<MetricFlowChildData>, metrics)
      : runParent(job as Job<MetricFlowParentData>, metrics);
  };
}

/**
 * Starts a BullMQ worker for a metric flow's queue on this machine: `new Worker(queueName,
 * metricFlowProcessor(), options)`.
 *
 * @param queueName - The flow's queue.
 * @param options - BullMQ worker options: at least the Redis `connection`.
 * @returns The BullMQ worker (close it with `await worker.close()`).
 * @example
 * ```ts
 * const worker = createMetricFlowWorker('governance', { connection }); // connection: { host: 'redis', port: 6379 }
 * ```
 * @category Back-end jobs
 */
export function createMetricFlowWorker(queueName: string, options: WorkerOptions): Worker {
  return new Worker(queueName, metricFlowProcessor(), options);
}
