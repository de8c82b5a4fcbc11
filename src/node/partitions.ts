/// <reference types="node" />
import { open, stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { GoldenThreadError } from '../core/index.js';
import { requireWholeNumber } from '../core/internal/index.js';
import { pathOf } from './sources.js';

/**
 * A part of an NDJSON file for one worker: the bytes from `start` (a line's first byte) up to,
 * not including, `end` (just after a line feed, or the end of the file).
 *
 * @example
 * ```ts
 * const second: FilePartition = { kind: 'file', file: '/data/provider.ndjson', start: 84_211_002, end: 168_422_117 };
 * ```
 * @category Back-end jobs
 */
export interface FilePartition {
  /** Marks a part of a file. */
  readonly kind: 'file';
  /** The file's absolute path (every worker, and every machine of a job queue, reads it). */
  readonly file: string;
  /** The first byte. Default 0. */
  readonly start?: number;
  /** The byte after the last. Default: the end of the file. */
  readonly end?: number;
}

/**
 * Where a worker reads records that are not in a file — a database, an API — as a
 * {@link MetricJob} names its metrics: a module, and the name of a function it exports,
 * `(range, options) => Iterable | AsyncIterable` of records (plain JSON values, checked like
 * NDJSON lines unless the job is trusted).
 *
 * @example
 * ```ts
 * const people: RecordSource = { module: 'file:///srv/jobs/source.js', export: 'peopleByIdRange', options: { table: 'people' } };
 * ```
 * @category Back-end jobs
 */
export interface RecordSource {
  /** The module: a `file:` URL, an absolute path or a package name. */
  readonly module: string;
  /** The name of the exported function that reads one range. */
  readonly export: string;
  /** Its second argument: plain JSON (a table name, a provider id). */
  readonly options?: unknown;
}

/**
 * A part of a host's data for one worker: a range of it (such as database ids
 * `{ from: 1, to: 50_000 }`) read by a {@link RecordSource}.
 *
 * @example
 * ```ts
 * const first: SourcePartition = { kind: 'source', source: people, range: { from: 1, to: 50_000 } };
 * ```
 * @category Back-end jobs
 */
export interface SourcePartition {
  /** Marks a range of a record source. */
  readonly kind: 'source';
  /** Where the records come from. */
  readonly source: RecordSource;
  /** Which of them: plain JSON, passed to the source's function as its first argument. */
  readonly range: unknown;
}

/**
 * One worker's share of a job: a part of an NDJSON file, or a range of a record source.
 * Plain JSON, so it can be sent to a thread or put in a job queue.
 *
 * @example
 * ```ts
 * const parts: Partition[] = await splitFile(file, 4);
 * ```
 * @category Back-end jobs
 */
export type Partition = FilePartition | SourcePartition;

/** Reads forward from `from` to the byte after the next line feed (or the file's end). */
async function nextLineStart(
  handle: Awaited<ReturnType<typeof open>>,
  from: number,
  size: number,
): Promise<number> {
  const buffer = Buffer.allocUnsafe(64 * 1024);
  for (let position = from; position < size; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) break;
    const lf = buffer.subarray(0, bytesRead).indexOf(10);
    if (lf >= 0) return position + lf + 1;
    position += bytesRead;
  }
  return size;
}

/**
 * Splits an NDJSON file into parts of about equal size that begin and end on line
 * boundaries, for workers to read side by side.
 *
 * @remarks Each boundary is moved forward to just after the next line feed, so no line is cut
 * or read twice: the parts' lines, in order, are the file's lines. A part may hold no line
 * when the file has fewer lines than parts; such parts are left out. Only the bytes around
 * each boundary are read.
 * @param file - The file: an absolute path or a `file:` URL.
 * @param parts - How many parts, at least 1.
 * @returns The parts in file order, as {@link FilePartition} values with `start` and `end`.
 * @throws `GoldenThreadError` `invalid_argument` for a relative path or a bad `parts`.
 * Rejects with Node's own error when the file cannot be read.
 * @example
 * ```ts
 * const parts = await splitFile(file, 2); // file: '/data/provider.ndjson'
 * // => [{ kind: 'file', file: '/data/provider.ndjson', start: 0, end: 84_211_002 }, { …, start: 84_211_002, end: 168_422_117 }]
 * ```
 * @category Back-end jobs
 */
export async function splitFile(file: string | URL, parts: number): Promise<FilePartition[]> {
  const fn = 'splitFile';
  const path = requireAbsoluteFile(fn, file);
  const count = requireWholeNumber(fn, 'parts', parts, 1, 1);
  const { size } = await stat(path);
  const handle = await open(path, 'r');
  try {
    const bounds = [0];
    for (let i = 1; i < count; i += 1) {
      const guess = Math.floor((size * i) / count);
      const last = bounds.at(-1) as number;
      bounds.push(guess <= last ? last : await nextLineStart(handle, guess - 1, size));
    }
    bounds.push(size);
    const out: FilePartition[] = [];
    for (let i = 0; i < count; i += 1) {
      const start = bounds[i] as number;
      const end = bounds[i + 1] as number;
      if (end > start || (size === 0 && i === 0))
        out.push({ kind: 'file', file: path, start, end });
    }
    return out;
  } finally {
    await handle.close();
  }
}

/** A file given as an absolute path or a `file:` URL, as a path. */
export function requireAbsoluteFile(fn: string, file: string | URL): string {
  const path =
    typeof file === 'string'
      ? file
      : file instanceof URL && file.protocol === 'file:'
        ? pathOf(file)
        : undefined;
  if (path === undefined || !isAbsolute(path)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: give each file as an absolute path or a file: URL, so every worker reads the same file.`,
    );
  }
  return path;
}
