import { GoldenThreadError } from '../core/index.js';
import { requireWholeNumber } from '../core/internal/index.js';
import {
  type Accumulator,
  type AccumulatorSet,
  combineAccumulators,
  type ResultsOf,
} from '../metrics/index.js';
import { RecordFold } from './fold.js';
import { DEFAULT_MAX_LINE_BYTES, LineReader } from './lines.js';
import type { JobIssue, JobResult } from './merge.js';
import { chunksOf, type NdjsonSource, pathOf, requireSource } from './sources.js';

/**
 * Options for {@link computeMetricsFromNdjson}.
 *
 * @example
 * ```ts
 * const options: ComputeFromNdjsonOptions = { maxIssues: 20, onProgress: ({ records }) => console.log(records) };
 * ```
 * @category Back-end jobs
 */
export interface ComputeFromNdjsonOptions {
  /**
   * `true` to count each line's JSON as a provider record without `parseProviderRecord`: for
   * data this library or a validated pipeline wrote (see the guide). Default `false`.
   */
  readonly trusted?: boolean;
  /** How many issues the result keeps (every rejected line is counted). Default 100. */
  readonly maxIssues?: number;
  /** The longest line read, in bytes. Default 32 MiB. */
  readonly maxLineBytes?: number;
  /** Called after each chunk read (about every mebibyte) with the counts so far. */
  readonly onProgress?: (progress: {
    readonly lines: number;
    readonly records: number;
    readonly rejected: number;
    readonly bytes: number;
  }) => void;
}

/**
 * Computes metrics over an NDJSON file or stream in this thread, in one pass: the records are
 * read a line at a time (never all in memory), each checked with `parseProviderRecord` unless
 * trusted, and counted into every metric of the set.
 *
 * @remarks Rejected lines are counted and never in the results; the first `maxIssues` issues
 * say why, each with its line. For big files on a machine with several cores,
 * {@link computeMetricsInParallel} does the same on worker threads.
 * @typeParam A - The metric set.
 * @param source - A file path or `file:` URL, or a stream of bytes.
 * @param set - The metrics, by name (as for `computeMetrics`).
 * @param options - Trusted mode, issue and line limits, progress.
 * @returns The results with the counts read and rejected and the first issues.
 * @throws `GoldenThreadError` `invalid_argument` for a bad source, set or option.
 * Rejects with Node's error when the file cannot be read.
 * @example
 * ```ts
 * const window = { from: '2026-07-01', to: '2026-10-01' } as const;
 * const { results, rejected, issues } = await computeMetricsFromNdjson(process.stdin, { report: governanceMetrics({ window }) });
 * results.report.overall.records.people; // => 1200
 * ```
 * @category Back-end jobs
 */
export async function computeMetricsFromNdjson<A extends AccumulatorSet>(
  source: NdjsonSource,
  set: A,
  options: ComputeFromNdjsonOptions = {},
): Promise<JobResult<ResultsOf<A>>> {
  const fn = 'computeMetricsFromNdjson';
  if (options === null || typeof options !== 'object') {
    throw new GoldenThreadError('invalid_argument', `${fn}: options must be an object.`);
  }
  const checked = requireSource(fn, source);
  const accumulator = combineAccumulators(set) as Accumulator<unknown, ResultsOf<A>>;
  const maxIssues = requireWholeNumber(fn, 'maxIssues', options.maxIssues, 100, 0);
  const maxLineBytes = requireWholeNumber(
    fn,
    'maxLineBytes',
    options.maxLineBytes,
    DEFAULT_MAX_LINE_BYTES,
    1,
  );
  const fold = new RecordFold(accumulator, {
    trusted: options.trusted === true,
    maxIssues,
    atFileStart: true,
    maxLineBytes,
  });
  const reader = new LineReader(fold, maxLineBytes);
  let bytes = 0;
  for await (const chunk of chunksOf(checked)) {
    reader.push(chunk);
    bytes += chunk.length;
    options.onProgress?.({
      lines: reader.lines,
      records: fold.records,
      rejected: fold.rejected,
      bytes,
    });
  }
  reader.end();
  const file = typeof checked === 'string' || checked instanceof URL ? pathOf(checked) : undefined;
  const counts = { lines: reader.lines, records: fold.records, rejected: fold.rejected, bytes };
  const issues = fold.issues.map(
    (issue): JobIssue =>
      Object.freeze({
        ...issue,
        partition: 0,
        ...(file === undefined ? {} : { file }),
      }) as JobIssue,
  );
  return {
    results: accumulator.finish(fold.state),
    state: fold.state,
    ...counts,
    issues,
    partitions: [{ partition: 0, ...counts }],
  };
}
