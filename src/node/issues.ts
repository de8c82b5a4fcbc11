import {
  type CatalogueEntry,
  composeCatalogue,
  type IssueCatalogue,
  type ParseIssue,
  type ParseIssueOf,
  renderMessage,
} from '../core/index.js';
import { deepFreeze } from '../core/internal/index.js';

/**
 * The details of each issue the NDJSON readers add to the record parser's: one member per
 * code, so `switch (issue.code)` narrows them.
 *
 * @example
 * ```ts
 * const details: NdjsonIssueDetails['line_too_long'] = { line: 12, maximum: 33_554_432 };
 * ```
 * @category Back-end jobs
 */
export interface NdjsonIssueDetails {
  /** A line that is not one JSON value (a cut-off record, two records on a line, stray text). */
  readonly invalid_json: {
    /** The line, counted from 1. */
    readonly line: number;
  };
  /** A line whose bytes are not UTF-8 text (a file saved in another encoding, say Latin-1). */
  readonly invalid_utf8: {
    /** The line, counted from 1. */
    readonly line: number;
  };
  /** A line longer than the reader's `maxLineBytes`: it is skipped, not read into memory. */
  readonly line_too_long: {
    /** The line, counted from 1. */
    readonly line: number;
    /** The most bytes a line may have. */
    readonly maximum: number;
  };
}

/**
 * A code the NDJSON readers report for a line they could not read as JSON.
 *
 * @example
 * ```ts
 * const code: NdjsonIssueCode = 'invalid_json';
 * ```
 * @category Back-end jobs
 */
export type NdjsonIssueCode = keyof NdjsonIssueDetails;

/**
 * An issue with one NDJSON line, typed per code.
 *
 * @example
 * ```ts
 * const issue: NdjsonIssue = { code: 'invalid_json', path: [], line: 12, message: 'Line 12 is not valid JSON.' };
 * ```
 * @category Back-end jobs
 */
export type NdjsonIssue = ParseIssueOf<NdjsonIssueDetails>;

/**
 * A problem with one line of an NDJSON file (or one record of a source): the record parser's
 * issue, or an {@link NdjsonIssue}, with the `line` it is on. Like every parse issue it never
 * copies a value from the input.
 *
 * @example
 * ```ts
 * const issue: LineIssue = { code: 'required', path: ['plan', 'start'], message: '"plan.start" is required.', line: 12 };
 * ```
 * @category Back-end jobs
 */
export type LineIssue = (ParseIssue | NdjsonIssue) & {
  /** The line of the file, counted from 1 (for a record source: the record's place in its partition). */
  readonly line: number;
};

/**
 * The codes the NDJSON readers report, with their default English messages.
 *
 * @example
 * ```ts
 * ndjsonIssueCatalogue.invalid_json.description;
 * ```
 * @category Back-end jobs
 */
export const ndjsonIssueCatalogue: IssueCatalogue<NdjsonIssueDetails> = /* @__PURE__ */ deepFreeze({
  invalid_json: {
    message: 'Line {line} is not valid JSON.',
    description:
      'A line that is not one JSON value: a record cut off by a failed export, two records on one line, or text that is not JSON. The line is skipped and counted as rejected.',
  },
  invalid_utf8: {
    message: 'Line {line} is not UTF-8 text.',
    description:
      'A line whose bytes are not valid UTF-8, such as a file saved as Latin-1 or Windows-1252. It is rejected rather than read with replacement characters, which would change what the record says. Save the export as UTF-8.',
  },
  line_too_long: {
    message: 'Line {line} is longer than {maximum} bytes.',
    description:
      'A line longer than the reader allows (`maxLineBytes`): usually a file that is not NDJSON (one big JSON array, or no line breaks). It is skipped without being read into memory.',
  },
});

/**
 * Every code `golden-thread/node` can report with the line it is on: the NDJSON codes (the
 * record parser's own codes are in the main entry point's `messageCatalogue`).
 *
 * @example
 * ```ts
 * const every = { ...messageCatalogue, ...nodeMessageCatalogue };
 * every.invalid_json?.kind; // => 'issue'
 * ```
 * @category Back-end jobs
 */
export const nodeMessageCatalogue: Readonly<Record<string, CatalogueEntry>> = composeCatalogue({
  issues: [ndjsonIssueCatalogue],
  findings: [],
});

/** Builds the issue for a line that could not be read. */
export function lineIssue(
  code: NdjsonIssueCode,
  line: number,
  maximum?: number,
): NdjsonIssue & { readonly line: number } {
  const base = maximum === undefined ? { code, path: [], line } : { code, path: [], line, maximum };
  const message = renderMessage(ndjsonIssueCatalogue[code].message, { ...base, message: '' });
  return Object.freeze({ ...base, message }) as NdjsonIssue & { readonly line: number };
}

/** The record parser's issues for one line, each with the line it is on. */
export function onLine(issues: readonly ParseIssue[], line: number): LineIssue[] {
  return issues.map((issue) => Object.freeze({ ...issue, line }));
}
