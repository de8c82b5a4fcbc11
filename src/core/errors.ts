/**
 * The reasons a {@link GoldenThreadError} can carry.
 *
 * - `invalid_argument`: a value that the types allow but the function cannot use (a
 *   fractional number of days, a negative count, an unknown time zone).
 * - `invalid_date`: a string passed as an `IsoDate` or `IsoDateTime` that is not one; parse
 *   it at the boundary with `parseIsoDate` / `parseIsoDateTime` first.
 * - `date_out_of_range`: date arithmetic that would leave the years 0001–9999.
 * - `limit_exceeded`: an input larger than a documented resource limit (a series longer
 *   than `maxSeriesLength`, a window longer than the metric allows); split the work or raise
 *   the limit, which is an option.
 * - `invalid_state`: an accumulator state given to `merge` or `finish` that its schema
 *   rejects (a count deleted, negative, fractional or past `Number.MAX_SAFE_INTEGER`, sums
 *   that do not agree); read stored or received states with `parseMetricState` first.
 * - `invariant_violation`: an internal rule of the library was broken; please report it.
 *
 * @example
 * ```ts
 * if (isGoldenThreadError(error) && error.code === 'invalid_date') reportBug(error);
 * ```
 * @category Core
 */
export type GoldenThreadErrorCode =
  | 'invalid_argument'
  | 'invalid_date'
  | 'date_out_of_range'
  | 'limit_exceeded'
  | 'invalid_state'
  | 'invariant_violation';

const BRAND = 'golden-thread/error';

/**
 * The one error class the library throws, and only for programmer errors.
 *
 * @remarks
 * Expected problems with data are never thrown: parsers return `{ success: false, issues }`
 * and checks return findings. This error means the calling code broke a documented
 * precondition that TypeScript could not catch (for example `addDays(date, 1.5)`, or a string
 * typed as `IsoDate` that was never parsed). Its `code` is stable; its `message` names the
 * function and the offending argument. Use {@link isGoldenThreadError} rather than
 * `instanceof` when the library may be loaded twice (ESM and CommonJS copies).
 *
 * @example
 * ```ts
 * try {
 *   addDays('2026-02-30' as IsoDate, 1);
 * } catch (error) {
 *   if (isGoldenThreadError(error)) console.error(error.code); // 'invalid_date'
 * }
 * ```
 * @category Core
 */
export class GoldenThreadError extends Error {
  /** The stable reason for the error. */
  readonly code: GoldenThreadErrorCode;
  /** Marks instances across copies of the library; see {@link isGoldenThreadError}. */
  readonly brand: typeof BRAND = BRAND;

  /**
   * Creates the error.
   *
   * @param code - The stable reason.
   * @param message - A sentence naming the function and the argument at fault.
   * @param options - `cause`: the error that led to this one, if any.
   */
  constructor(
    code: GoldenThreadErrorCode,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GoldenThreadError';
    this.code = code;
  }
}

/**
 * Says whether a caught value is a {@link GoldenThreadError}, from this or any other copy of
 * the library.
 *
 * @param error - Anything caught in a `catch` block.
 * @returns `true` when `error` was thrown by golden-thread.
 * @example
 * ```ts
 * isGoldenThreadError(new GoldenThreadError('invalid_argument', 'x')); // => true
 * isGoldenThreadError(new Error('x')); // => false
 * ```
 * @category Core
 */
export function isGoldenThreadError(error: unknown): error is GoldenThreadError {
  // Reading a hostile value (a revoked proxy) can itself throw: that is not our error.
  try {
    return (
      error instanceof Error &&
      (error as Partial<GoldenThreadError>).brand === BRAND &&
      typeof (error as Partial<GoldenThreadError>).code === 'string'
    );
  } catch {
    return false;
  }
}
