/**
 * The option every statistic on a series takes: how long a series it accepts.
 *
 * @example
 * ```ts
 * const options: SeriesOptions = { maxLength: 1_000_000 }; // a long daily series, on purpose
 * ```
 * @category Statistics
 */
export interface SeriesOptions {
  /**
   * The most values (or points) accepted, checked before any work is done: a whole number of
   * at least 1. Default 100,000 — 270 years of daily figures, far above any care series — so
   * that a runaway input is refused with a clear error instead of tying up the process.
   */
  readonly maxLength?: number;
}
