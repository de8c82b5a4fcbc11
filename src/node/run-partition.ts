/// <reference types="node" />
import type { Accumulator } from '../metrics/index.js';
import { RecordFold } from './fold.js';
import type { LineIssue } from './issues.js';
import { importFunction } from './job.js';
import { DEFAULT_MAX_LINE_BYTES, LineReader } from './lines.js';
import type { Partition, SourcePartition } from './partitions.js';
import { readFileChunks } from './sources.js';

/** How a partition is read. */
export interface PartitionOptions {
  /** Count each value as a record without `parseProviderRecord`. */
  readonly trusted: boolean;
  /** The most issues kept (all are counted). */
  readonly maxIssues: number;
  /** The longest line read. */
  readonly maxLineBytes: number;
  /** Called after each chunk with the counts so far. */
  readonly onProgress?: (counts: PartitionCounts) => void;
}

/** What a partition has read so far. */
export interface PartitionCounts {
  /** Lines read (for a record source: records read). */
  readonly lines: number;
  /** Records counted. */
  readonly records: number;
  /** Lines or records rejected. */
  readonly rejected: number;
  /** Bytes read (0 for a record source). */
  readonly bytes: number;
}

/** What one partition gives back: its state as JSON text, its counts and its first issues. */
export interface PartitionResult extends PartitionCounts {
  /** The accumulator state, `JSON.stringify`-ed: what crosses to the thread or machine that merges. */
  readonly state: string;
  /** The first issues, their lines counted from the partition's first line. */
  readonly issues: readonly LineIssue[];
}

/** The defaults every runner uses. */
export const DEFAULT_PARTITION_OPTIONS: PartitionOptions = Object.freeze({
  trusted: false,
  maxIssues: 100,
  maxLineBytes: DEFAULT_MAX_LINE_BYTES,
});

const counts = (fold: RecordFold, bytes: number): PartitionCounts => ({
  lines: fold.lines,
  records: fold.records,
  rejected: fold.rejected,
  bytes,
});

/** Reads one partition into a state: a part of a file, or a range of a record source. */
export async function runPartition(
  partition: Partition,
  accumulator: Accumulator<unknown, unknown>,
  options: PartitionOptions,
): Promise<PartitionResult> {
  if (partition.kind === 'source') return runSource(partition, accumulator, options);
  const start = partition.start ?? 0;
  const fold = new RecordFold(accumulator, {
    trusted: options.trusted,
    maxIssues: options.maxIssues,
    atFileStart: start === 0,
    maxLineBytes: options.maxLineBytes,
  });
  const reader = new LineReader(fold, options.maxLineBytes);
  let bytes = 0;
  await readFileChunks(
    partition.file,
    start,
    partition.end ?? Number.POSITIVE_INFINITY,
    (chunk) => {
      reader.push(chunk);
      bytes += chunk.length;
      options.onProgress?.(counts(fold, bytes));
    },
  );
  reader.end();
  fold.lines = reader.lines;
  return { ...counts(fold, bytes), state: JSON.stringify(fold.state), issues: fold.issues };
}

async function runSource(
  partition: SourcePartition,
  accumulator: Accumulator<unknown, unknown>,
  options: PartitionOptions,
): Promise<PartitionResult> {
  const { source } = partition;
  const read = await importFunction(source.module, source.export, 'to read records');
  const fold = new RecordFold(accumulator, {
    trusted: options.trusted,
    maxIssues: options.maxIssues,
    atFileStart: false,
    maxLineBytes: options.maxLineBytes,
  });
  const records = (await read(partition.range, source.options)) as
    | Iterable<unknown>
    | AsyncIterable<unknown>;
  let n = 0;
  for await (const value of records) {
    n += 1;
    fold.lines = n;
    fold.value(value, n);
    if (n % 1000 === 0) options.onProgress?.(counts(fold, 0));
  }
  return { ...counts(fold, 0), state: JSON.stringify(fold.state), issues: fold.issues };
}
