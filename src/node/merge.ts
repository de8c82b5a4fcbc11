import { formatPath, GoldenThreadError } from '../core/index.js';
import { type Accumulator, parseMetricState } from '../metrics/index.js';
import { type LineIssue, lineIssue, type NdjsonIssueCode, ndjsonIssueCatalogue } from './issues.js';
import type { Partition } from './partitions.js';
import type { PartitionResult } from './run-partition.js';

/**
 * A problem with one line of a job's data: a {@link LineIssue} with the partition it came
 * from and, for a file, the file — its `line` counted from the file's first line when the
 * job's parts of that file cover it from its start (as {@link splitFile}'s do).
 *
 * @example
 * ```ts
 * const issue: JobIssue = { code: 'invalid_json', path: [], line: 1204, message: 'Line 1204 is not valid JSON.', partition: 1, file: '/data/provider.ndjson' };
 * ```
 * @category Back-end jobs
 */
export type JobIssue = LineIssue & {
  /** The partition's place in the job's list, from 0. */
  readonly partition: number;
  /** For a part of a file: the file. */
  readonly file?: string;
};

/**
 * What one partition of a job read.
 *
 * @example
 * ```ts
 * const part: PartitionSummary = { partition: 0, lines: 50_024, records: 50_020, rejected: 4, bytes: 84_211_002 };
 * ```
 * @category Back-end jobs
 */
export interface PartitionSummary {
  /** Its place in the job's list, from 0. */
  readonly partition: number;
  /** Lines read (for a record source: records read). */
  readonly lines: number;
  /** Records counted into the metrics. */
  readonly records: number;
  /** Lines or records rejected, each with its issues (the first of them are kept). */
  readonly rejected: number;
  /** Bytes read (0 for a record source). */
  readonly bytes: number;
}

/**
 * What a job gives back: the metrics' results — equal to one pass over all the records — with
 * what was read and what was rejected.
 *
 * @typeParam R - The metrics' result.
 * @example
 * ```ts
 * const { results, records, rejected, issues }: JobResult<GovernanceReport> = await computeMetricsInParallel(options);
 * ```
 * @category Back-end jobs
 */
export interface JobResult<R> {
  /** The metrics' result for every record counted. */
  readonly results: R;
  /** The merged accumulator state (plain JSON): keep it to merge with later jobs. */
  readonly state: unknown;
  /** Lines read, over every partition (for record sources: records read). */
  readonly lines: number;
  /** Records counted. */
  readonly records: number;
  /**
   * Lines or records rejected: not JSON, not UTF-8 text, too long, or not a valid provider
   * record. Never counted in `results`; the first `maxIssues` issues say why.
   */
  readonly rejected: number;
  /** Bytes read. */
  readonly bytes: number;
  /** The first issues (up to the job's `maxIssues`), in partition and line order. */
  readonly issues: readonly JobIssue[];
  /** What each partition read, in the job's order. */
  readonly partitions: readonly PartitionSummary[];
}

/**
 * For each partition, what to add to its lines to count them from its file's first line:
 * the lines of the parts before it, while the parts of that file follow on from byte 0.
 */
function lineOffsets(
  partitions: readonly Partition[],
  results: readonly PartitionResult[],
): number[] {
  const offsets = partitions.map(() => 0);
  const byFile = new Map<string, number[]>();
  for (const [i, p] of partitions.entries()) {
    if (p.kind === 'file') byFile.set(p.file, [...(byFile.get(p.file) ?? []), i]);
  }
  for (const indexes of byFile.values()) {
    const ordered = [...indexes].sort((a, b) => startOf(partitions[a]) - startOf(partitions[b]));
    let next = 0;
    let lines = 0;
    for (const i of ordered) {
      const result = results[i] as PartitionResult;
      if (startOf(partitions[i]) !== next) break;
      offsets[i] = lines;
      lines += result.lines;
      next += result.bytes;
    }
  }
  return offsets;
}

const startOf = (p: Partition | undefined): number => (p?.kind === 'file' ? (p.start ?? 0) : 0);

/**
 * Merges the partitions' states in the job's order and finishes them: the result of one
 * pass. Issues get their file's line numbers and are cut to `maxIssues`.
 */
export function mergePartitions<R>(
  accumulator: Accumulator<unknown, R>,
  partitions: readonly Partition[],
  results: readonly PartitionResult[],
  maxIssues: number,
): JobResult<R> {
  let state = accumulator.init();
  for (const [i, result] of results.entries()) {
    const where = `partition ${i}`;
    state = accumulator.merge(state, readState(accumulator, JSON.parse(result.state), where));
  }
  const offsets = lineOffsets(partitions, results);
  const issues: JobIssue[] = [];
  const summaries: PartitionSummary[] = [];
  let totals = { lines: 0, records: 0, rejected: 0, bytes: 0 };
  for (const [i, result] of results.entries()) {
    const p = partitions[i] as Partition;
    const offset = offsets[i] as number;
    for (const issue of result.issues) {
      if (issues.length >= maxIssues) break;
      issues.push(relined(issue, offset, i, p.kind === 'file' ? p.file : undefined));
    }
    const { lines, records, rejected, bytes } = result;
    summaries.push({ partition: i, lines, records, rejected, bytes });
    totals = {
      lines: totals.lines + lines,
      records: totals.records + records,
      rejected: totals.rejected + rejected,
      bytes: totals.bytes + bytes,
    };
  }
  return { results: accumulator.finish(state), state, ...totals, issues, partitions: summaries };
}

/**
 * A state that crossed a trust boundary (from a worker thread, a machine or Redis), read with
 * the accumulator's state schema: a worker that sends back a state its schema rejects is a
 * broken or tampered worker, and the job fails with a {@link GoldenThreadError}
 * `invalid_state` naming where the state came from and the path of the first problem,
 * rather than merging it. An accumulator without a schema (a host's own) gets the value as
 * it is.
 */
export function readState(
  accumulator: Accumulator<unknown, unknown>,
  json: unknown,
  from: string,
): unknown {
  if (accumulator.stateSchema === undefined) return json;
  const parsed = parseMetricState(accumulator, json);
  if (parsed.success) return parsed.data;
  const first = parsed.issues[0];
  const at = first === undefined || first.path.length === 0 ? 'its root' : formatPath(first.path);
  throw new GoldenThreadError(
    'invalid_state',
    `${accumulator.name}: the state from ${from} is not valid at ${at}: ${first?.message ?? ''}`,
  );
}

/** An issue with its line moved by `offset` (an NDJSON issue's message says the new line). */
function relined(
  issue: LineIssue,
  offset: number,
  partition: number,
  file: string | undefined,
): JobIssue {
  const line = issue.line + offset;
  const moved: LineIssue =
    offset === 0
      ? issue
      : Object.hasOwn(ndjsonIssueCatalogue, issue.code)
        ? lineIssue(issue.code as NdjsonIssueCode, line, issue['maximum'] as number | undefined)
        : { ...issue, line };
  return Object.freeze({
    ...moved,
    partition,
    ...(file === undefined ? {} : { file }),
  }) as JobIssue;
}
