/**
 * A successful result: the parsed, typed value.
 *
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
