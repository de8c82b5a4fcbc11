/**
 * A successful result: the parsed, typed value.
 *
 * @example
 * ```ts
 * const result = parseIsoDate('2026-03-14');
 * if (result.success) result.data; // => '2026-03-14'
 * ```
 * @category Parsing
 */
export interface Success<T> {
  /** Always `true`. */
  readonly success: true;
  /** The typed value. */
  readonly data: T;
}

/**
 * A failed result: every problem found, never just the first.
 *
 * @example
 * ```ts
 * const result = parseIsoDate('2026-02-30');
 * if (!result.success) result.issues[0]?.code; // => 'invalid_date'
 * ```
 * @category Parsing
 */
export interface Failure<I> {
  /** Always `false`. */
  readonly success: false;
  /** The problems, in a stable order; never empty. */
  readonly issues: readonly I[];
}

/**
 * The outcome of reading untrusted input, shaped like zod's `safeParse` result: check
 * `success`, then use `data` or `issues`.
 *
 * @example
 * ```ts
 * const result: Result<IsoDate, ParseIssue> = parseIsoDate(form.start);
 * if (result.success) schedule(result.data);
 * else showErrors(result.issues);
 * ```
 * @category Parsing
 */
export type Result<T, I> = Success<T> | Failure<I>;
