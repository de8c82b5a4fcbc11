/// <reference types="node" />
import { requireWholeNumber } from '../core/internal/index.js';
import { type ProviderRecord, parseProviderRecord } from '../metrics/index.js';
import { type LineIssue, lineIssue, onLine } from './issues.js';
import {
  DEFAULT_MAX_LINE_BYTES,
  jsonOfLine,
  LineReader,
  type LineSink,
  NOT_READ,
} from './lines.js';
import { chunksOf, type NdjsonSource, requireSource } from './sources.js';

/**
 * One line of an NDJSON source as a reader gives it: the value read, or the issues that kept
 * it from being read, with the line it is on.
 *
 * @typeParam T - What a line holds when it is read: a JSON value, or a provider record.
 * @example
 * ```ts
 * const show = (entry: NdjsonEntry<ProviderRecord>) =>
 *   entry.success ? entry.data.type : entry.issues.map((i) => `line ${i.line}: ${i.message}`);
 * ```
 * @category Back-end jobs
 */
export type NdjsonEntry<T> =
  | {
      /** The line, counted from 1. */
      readonly line: number;
      /** The line was read. */
      readonly success: true;
      /** What it holds. */
      readonly data: T;
    }
  | {
      /** The line, counted from 1. */
      readonly line: number;
      /** The line was not read. */
      readonly success: false;
      /** Why: each issue carries the same `line`. */
      readonly issues: readonly LineIssue[];
    };

/**
 * Options for {@link readNdjson}.
 *
 * @example
 * ```ts
 * const options: ReadNdjsonOptions = { maxLineBytes: 1024 * 1024 };
 * ```
 * @category Back-end jobs
 */
export interface ReadNdjsonOptions {
  /**
   * The longest line read, in bytes. A longer line is reported (`line_too_long`) and skipped
   * without being held in memory. Default 32 MiB.
   */
  readonly maxLineBytes?: number;
}

/**
 * Options for {@link readProviderRecords}.
 *
 * @example
 * ```ts
 * const options: ReadProviderRecordsOptions = { trusted: true };
 * ```
 * @category Back-end jobs
 */
export interface ReadProviderRecordsOptions extends ReadNdjsonOptions {
  /**
   * `true` to give each JSON value as a record without reading it with `parseProviderRecord`:
   * only for data this library or a validated pipeline wrote (see the guide, "Trusted
   * mode"). Default `false`.
   */
  readonly trusted?: boolean;
}

/** Collects a reader's entries between chunks. */
class EntrySink<T> implements LineSink {
  readonly entries: NdjsonEntry<T>[] = [];
  readonly #read: (value: unknown, line: number) => NdjsonEntry<T>;
  readonly #maxLineBytes: number;

  constructor(read: (value: unknown, line: number) => NdjsonEntry<T>, maxLineBytes: number) {
    this.#read = read;
    this.#maxLineBytes = maxLineBytes;
  }

  line(buffer: Buffer, start: number, end: number, line: number, utf8: boolean): void {
    const value = jsonOfLine(buffer, start, end, utf8, line === 1, (code) =>
      this.entries.push({ line, success: false, issues: [lineIssue(code, line)] }),
    );
    if (value !== NOT_READ) this.entries.push(this.#read(value, line));
  }

  tooLong(line: number): void {
    this.entries.push({
      line,
      success: false,
      issues: [lineIssue('line_too_long', line, this.#maxLineBytes)],
    });
  }
}

async function* entries<T>(
  source: NdjsonSource,
  maxLineBytes: number,
  read: (value: unknown, line: number) => NdjsonEntry<T>,
): AsyncGenerator<NdjsonEntry<T>, void, undefined> {
  const sink = new EntrySink(read, maxLineBytes);
  const reader = new LineReader(sink, maxLineBytes);
  for await (const chunk of chunksOf(source)) {
    reader.push(chunk);
    yield* sink.entries.splice(0);
  }
  reader.end();
  yield* sink.entries.splice(0);
}

function maxLineBytesOf(fn: string, options: ReadNdjsonOptions): number {
  return requireWholeNumber(fn, 'maxLineBytes', options.maxLineBytes, DEFAULT_MAX_LINE_BYTES, 1);
}

/**
 * Reads NDJSON — one JSON value a line — from a file or a stream, a line at a time, without
 * holding the file in memory.
 *
 * @remarks Lines are split on bytes (`Buffer.indexOf`, several times faster than
 * `readline`), each checked as UTF-8 and parsed with `JSON.parse`. A line that cannot be read
 * comes out as an entry with `success: false` and an issue naming its line (`invalid_json`,
 * `invalid_utf8`, `line_too_long`), so nothing is dropped silently; blank lines are skipped;
 * a byte-order mark at the start and `\r\n` line ends are accepted. Lines are counted from 1.
 * @param source - A file path or `file:` URL, or a stream of bytes (a `Readable`, or any
 * async iterable of `Uint8Array` or text chunks).
 * @param options - The longest line read (`maxLineBytes`, default 32 MiB).
 * @returns An async generator of {@link NdjsonEntry} values, in line order.
 * @throws `GoldenThreadError` `invalid_argument` for a source that is neither, or a bad
 * `maxLineBytes` (when called). Reading a missing file rejects with Node's own error.
 * @example
 * ```ts
 * for await (const entry of readNdjson(file)) {
 *   if (!entry.success) console.warn(entry.issues[0]?.message); // 'Line 7 is not valid JSON.'
 * }
 * ```
 * @category Back-end jobs
 */
export function readNdjson(
  source: NdjsonSource,
  options: ReadNdjsonOptions = {},
): AsyncGenerator<NdjsonEntry<unknown>, void, undefined> {
  const fn = 'readNdjson';
  const maxLineBytes = maxLineBytesOf(fn, options);
  return entries(requireSource(fn, source), maxLineBytes, (data, line) => ({
    line,
    success: true,
    data,
  }));
}

/**
 * Reads provider records from NDJSON — one person or setting record a line — checking each
 * with `parseProviderRecord`, a line at a time.
 *
 * @remarks A line that is not JSON, or not a valid record, comes out with `success: false`
 * and its issues, each carrying the line (`line`), the record parser's `path` within the
 * record and a plain-English `message` that never repeats what the record holds. With
 * `trusted: true` the parser is skipped (see {@link ReadProviderRecordsOptions.trusted}).
 * Reading is as in {@link readNdjson}.
 * @param source - A file path or `file:` URL, or a stream of bytes.
 * @param options - `trusted` (default `false`) and `maxLineBytes` (default 32 MiB).
 * @returns An async generator of {@link NdjsonEntry} values holding records, in line order.
 * @throws `GoldenThreadError` `invalid_argument` for a bad source or option (when
 * called).
 * @example
 * ```ts
 * let state = metric.init();
 * for await (const entry of readProviderRecords(process.stdin)) {
 *   if (entry.success) state = metric.add(state, entry.data);
 *   else rejected.push(...entry.issues); // each with its line
 * }
 * ```
 * @category Back-end jobs
 */
export function readProviderRecords(
  source: NdjsonSource,
  options: ReadProviderRecordsOptions = {},
): AsyncGenerator<NdjsonEntry<ProviderRecord>, void, undefined> {
  const fn = 'readProviderRecords';
  const maxLineBytes = maxLineBytesOf(fn, options);
  const read = (value: unknown, line: number): NdjsonEntry<ProviderRecord> => {
    if (options.trusted === true) return { line, success: true, data: value as ProviderRecord };
    const parsed = parseProviderRecord(value);
    return parsed.success
      ? { line, success: true, data: parsed.data }
      : { line, success: false, issues: onLine(parsed.issues, line) };
  };
  return entries(requireSource(fn, source), maxLineBytes, read);
}
