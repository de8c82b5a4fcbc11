/// <reference types="node" />
import { GoldenThreadError, isGoldenThreadError } from '../core/index.js';
import { type Accumulator, type ProviderRecord, parseProviderRecord } from '../metrics/index.js';
import { type LineIssue, lineIssue, onLine } from './issues.js';
import { jsonOfLine, type LineSink, NOT_READ } from './lines.js';

/** How a fold reads its lines. */
export interface FoldOptions {
  /**
   * `true` to count each JSON value as a provider record without checking it first (see
   * the guide, "Trusted mode"); `false` to read each one with `parseProviderRecord`.
   */
  readonly trusted: boolean;
  /** The most issues kept (all are counted). */
  readonly maxIssues: number;
  /** Whether line 1 is the start of a file, where a byte-order mark is dropped. */
  readonly atFileStart: boolean;
  /** The longest line read, for the `line_too_long` issue. */
  readonly maxLineBytes: number;
}

/** The counts a fold keeps besides its state: they add up across partitions. */
export interface FoldCounts {
  /** Lines read (each line feed ends one; a last line without one counts). */
  lines: number;
  /** Records counted into the state. */
  records: number;
  /** Lines or records rejected: not JSON, not UTF-8, too long, or not a provider record. */
  rejected: number;
}

/**
 * Counts NDJSON lines, or records from any source, into an accumulator state: each line is
 * decoded and parsed as JSON, then read with `parseProviderRecord` (unless trusted) and added.
 * A line that cannot be read is rejected with an issue naming its line; blank lines are
 * skipped. The accumulator owns `state`, as in any fold.
 */
export class RecordFold implements LineSink, FoldCounts {
  state: unknown;
  lines = 0;
  records = 0;
  rejected = 0;
  readonly issues: LineIssue[] = [];
  readonly #accumulator: Accumulator<unknown, unknown>;
  readonly #options: FoldOptions;
  /** Rejects the line being read (made once, not once a line). */
  readonly #rejectLine = (code: 'invalid_utf8' | 'invalid_json'): void =>
    this.#reject([lineIssue(code, this.lines)]);

  constructor(accumulator: Accumulator<unknown, unknown>, options: FoldOptions) {
    this.#accumulator = accumulator;
    this.#options = options;
    this.state = accumulator.init();
  }

  line(buffer: Buffer, start: number, end: number, line: number, utf8: boolean): void {
    this.lines = line;
    const atFileStart = line === 1 && this.#options.atFileStart;
    const value = jsonOfLine(buffer, start, end, utf8, atFileStart, this.#rejectLine);
    if (value !== NOT_READ) this.value(value, line);
  }

  tooLong(line: number): void {
    this.lines = line;
    this.#reject([lineIssue('line_too_long', line, this.#options.maxLineBytes)]);
  }

  /** Counts one JSON value (a record from a line, or from a host's record source). */
  value(value: unknown, line: number): void {
    if (this.#options.trusted) {
      this.#add(value as ProviderRecord, line);
      return;
    }
    const parsed = parseProviderRecord(value);
    if (parsed.success) this.#add(parsed.data, line);
    else this.#reject(onLine(parsed.issues, line));
  }

  #add(record: ProviderRecord, line: number): void {
    try {
      this.state = this.#accumulator.add(this.state, record);
    } catch (error) {
      if (isGoldenThreadError(error)) {
        throw new GoldenThreadError(error.code, `line ${line}: ${error.message}`);
      }
      const reason = error instanceof Error ? error.message : String(error);
      // A record that passed parseProviderRecord and still breaks a metric is a bug to report;
      // in trusted mode it is a record that should not have been trusted.
      throw this.#options.trusted
        ? new GoldenThreadError(
            'invalid_argument',
            `line ${line}: the record could not be counted in trusted mode (${reason}); run without trusted to have each record checked and rejected with its issues.`,
          )
        : new GoldenThreadError(
            'invariant_violation',
            `line ${line}: a record that passed parseProviderRecord could not be counted (${reason}); please report this.`,
          );
    }
    this.records += 1;
  }

  #reject(issues: readonly LineIssue[]): void {
    this.rejected += 1;
    const room = this.#options.maxIssues - this.issues.length;
    if (room > 0) this.issues.push(...issues.slice(0, room));
  }
}
