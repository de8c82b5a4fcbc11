/// <reference types="node" />
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GoldenThreadError } from '../core/index.js';
import * as metrics from '../metrics/index.js';
import {
  type Accumulator,
  type AccumulatorSet,
  combineAccumulators,
  type GovernanceMetricsOptions,
  type GovernanceReport,
  type ResultsOf,
} from '../metrics/index.js';

/**
 * Where a worker — a thread, or a machine in a job queue — finds the metrics to compute: a
 * module, the name of a function it exports that builds them, and the options to call it
 * with. Functions cannot be sent to another thread or machine; this can, as plain JSON.
 *
 * @remarks The function is called with `options` in every worker and once where the states
 * are merged, so all of them compute the same metrics; it returns an {@link Accumulator} or
 * an {@link AccumulatorSet}. The options must survive `JSON.stringify`.
 * @typeParam R - The result the metrics give (carried for TypeScript only).
 * @example
 * ```ts
 * const job: MetricJob = { module: 'file:///srv/jobs/metrics.js', export: 'quarterMetrics', options: { window } };
 * ```
 * @category Back-end jobs
 */
export interface MetricJob<R = unknown> {
  /**
   * The module: a `file:` URL, an absolute path, a package name the worker can import, or
   * `'golden-thread'` for this library's own metrics (`governanceMetrics`,
   * `goalAchievementMetric`, …).
   */
  readonly module: string;
  /** The name of the exported function that builds the metrics. */
  readonly export: string;
  /** Its argument: plain JSON. */
  readonly options?: unknown;
  /** Never set: it carries the type of the result for TypeScript. */
  readonly resultType?: R;
}

/**
 * The result of what a metric-building function returns: an {@link Accumulator}'s result, or
 * for an {@link AccumulatorSet} each member's result under its name.
 *
 * @typeParam M - The accumulator or set.
 * @example
 * ```ts
 * type Goals = MetricResultOf<ReturnType<typeof goalAchievementMetric>>; // GoalAchievement
 * ```
 * @category Back-end jobs
 */
export type MetricResultOf<M> =
  M extends Accumulator<unknown, infer R> ? R : M extends AccumulatorSet ? ResultsOf<M> : unknown;

/**
 * Describes a {@link MetricJob} for a function of the host's own: the module that exports it,
 * its name, and its options.
 *
 * @typeParam F - The function's type (`typeof myMetrics`), for the result's type.
 * @param module - The module: a `file:` URL (`new URL('./metrics.js', import.meta.url)`), an
 * absolute path, or a package name.
 * @param exportName - The name it is exported under.
 * @param options - Its argument (plain JSON).
 * @returns The job, plain JSON.
 * @throws `GoldenThreadError` `invalid_argument` for an empty module or export name, or
 * a relative path (it would be read from each worker's own folder).
 * @example
 * ```ts
 * // metrics.ts: export const quarterMetrics = (o: { window: MetricsWindow }) => ({ goals: goalAchievementMetric(o) });
 * const job = metricJob<typeof quarterMetrics>(new URL('./metrics.js', import.meta.url), 'quarterMetrics', { window });
 * ```
 * @category Back-end jobs
 */
export function metricJob<F extends (options: never) => unknown = (options: unknown) => unknown>(
  module: string | URL,
  exportName: string,
  options?: Parameters<F>[0],
): MetricJob<MetricResultOf<ReturnType<F>>> {
  const fn = 'metricJob';
  const specifier = module instanceof URL ? module.href : module;
  if (typeof specifier !== 'string' || specifier === '' || specifier.startsWith('.')) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: module must be a file URL, an absolute path or a package name (a relative path would be read from each worker's own folder).`,
    );
  }
  if (typeof exportName !== 'string' || exportName === '') {
    throw new GoldenThreadError('invalid_argument', `${fn}: name the exported function.`);
  }
  return options === undefined
    ? { module: specifier, export: exportName }
    : { module: specifier, export: exportName, options };
}

/**
 * The {@link MetricJob} for every governance metric (`governanceMetrics`) with the
 * options given: the job behind the governance report.
 *
 * @param options - The window and policy, as for `governanceMetrics` (plain JSON: custom
 * review trigger rules are data, so they travel too).
 * @returns The job; its result is a {@link GovernanceReport}.
 * @example
 * ```ts
 * const { results } = await computeMetricsInParallel({ files: [file], job: governanceJob({ window }) });
 * results.overall.goalAchievement.proportion.value; // => 0.43
 * ```
 * @category Back-end jobs
 */
export function governanceJob(options: GovernanceMetricsOptions): MetricJob<GovernanceReport> {
  return { module: 'golden-thread', export: 'governanceMetrics', options };
}

/**
 * Imports the function a module exports under a name (`'golden-thread'` is this library's
 * own metrics), or throws `invalid_argument` saying what is missing.
 */
export async function importFunction(
  module: string,
  name: string,
  what: string,
): Promise<(...args: unknown[]) => unknown> {
  let loaded: Record<string, unknown>;
  if (module === 'golden-thread') loaded = metrics;
  else {
    const specifier = isAbsolute(module) ? pathToFileURL(module).href : module;
    loaded = (await import(specifier)) as Record<string, unknown>;
  }
  const found = loaded[name] ?? (loaded['default'] as Record<string, unknown> | undefined)?.[name];
  if (typeof found !== 'function') {
    throw new GoldenThreadError(
      'invalid_argument',
      `${module} has no exported function ${JSON.stringify(name).slice(0, 80)} ${what}.`,
    );
  }
  return found as (...args: unknown[]) => unknown;
}

const isAccumulator = (value: unknown): value is Accumulator<unknown, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Accumulator<unknown, unknown>).init === 'function' &&
  typeof (value as Accumulator<unknown, unknown>).add === 'function' &&
  typeof (value as Accumulator<unknown, unknown>).merge === 'function' &&
  typeof (value as Accumulator<unknown, unknown>).finish === 'function';

/** Checks that a value is a {@link MetricJob} (a programmer error otherwise). */
export function requireJob(fn: string, job: unknown): MetricJob {
  const candidate = job as Partial<MetricJob> | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.module !== 'string' ||
    candidate.module === '' ||
    typeof candidate.export !== 'string' ||
    candidate.export === ''
  ) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: job must name a module and an export (use governanceJob or metricJob).`,
    );
  }
  return candidate as MetricJob;
}

/** Imports a job's module and builds its metrics, as one accumulator. */
export async function loadJob(job: MetricJob): Promise<Accumulator<unknown, unknown>> {
  const factory = await importFunction(job.module, job.export, 'to build the metrics');
  const made: unknown = factory(job.options);
  if (isAccumulator(made)) return made;
  return combineAccumulators(made as AccumulatorSet) as Accumulator<unknown, unknown>;
}
