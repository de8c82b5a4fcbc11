import { requireOptions } from '../core/internal/index.js';
import { ascending, medianOfSorted, requireFiniteValues } from './arguments.js';
import type { SeriesOptions } from './series-options.js';
import { binomialQuantile } from './special-functions.js';

/**
 * The non-random patterns a run chart can show (the Anhøj rules).
 *
 * @example
 * ```ts
 * const signals: RunChartSignals = { longRun: true, fewCrossings: false };
 * ```
 * @category Statistics
 */
export interface RunChartSignals {
  /** The longest run is longer than `longestRunLimit`: a sustained shift. */
  readonly longRun: boolean;
  /** There are fewer crossings than `crossingsLimit`: the series stays on one side too long. */
  readonly fewCrossings: boolean;
}

/**
 * A run chart's centre line, runs, crossings and signals.
 *
 * @example
 * ```ts
 * const chart: RunChart = runChart([4, 6, 5, 7, 3]);
 * ```
 * @category Statistics
 */
export interface RunChart {
  /** The number of values. */
  readonly n: number;
  /** The median of the values (the centre line); `null` when there are no values. */
  readonly median: number | null;
  /** The number of values not exactly on the median: the ones the rules count. */
  readonly usefulObservations: number;
  /** The length of the longest run of useful values on one side of the median. */
  readonly longestRun: number;
  /** The number of times the series crosses the median (between useful values). */
  readonly crossings: number;
  /** `round(log₂(useful) + 3)`: a longer run signals; `null` with no useful values. */
  readonly longestRunLimit: number | null;
  /**
   * The lower 5 % quantile of Binomial(useful − 1, ½): fewer crossings signal; `null` with no
   * useful values.
   */
  readonly crossingsLimit: number | null;
  /** Which signals fire. */
  readonly signals: RunChartSignals;
  /** `true` when either signal fires: the series shows non-random variation. */
  readonly nonRandom: boolean;
  /** The method, for a reader to check. */
  readonly method: string;
}

/**
 * Reads a run chart — a series around its median — with the Anhøj rules, which work from
 * about 10 points and need no assumption about the data's distribution.
 *
 * @remarks
 * The centre line is the median. Values exactly on the median are not useful: they neither
 * break a run nor count in one, and they are left out of the crossings (Anhøj, as in the
 * `qicharts2` R package). With n useful values, the two rules (Anhøj J, Olesen AV. "Run
 * charts revisited: a simulation study of run chart rules for detection of non-random
 * variation in health care processes", PLoS ONE 2014;9(11):e113825) are:
 * - **long run**: the longest run of values on one side of the median is longer than
 *   `round(log₂(n) + 3)` (Schilling's expected longest run plus 3);
 * - **few crossings**: the number of times the line crosses the median is below the lower
 *   5 % quantile of Binomial(n − 1, ½), the smallest c with P(X ≤ c) ≥ 0.05 (R's
 *   `qbinom(0.05, n − 1, 0.5)`).
 * For example, with 24 useful values a run of more than 8, or fewer than 8 crossings,
 * signals. Together the two rules have about a 5–8 % false-signal rate whatever the number of
 * points. With no useful values (no values, or all the same) there is nothing to test: the
 * limits are `null` and no signal fires.
 * @param values - The series in time order; finite numbers.
 * @param options - `maxLength` (default 100,000).
 * @returns The median, the useful-observation count, longest run, crossings, the limits and
 * which signals fire, with the method.
 * @throws {@link GoldenThreadError} `invalid_argument` when `values` is not an array or is
 * longer than `maxLength`, or a value is not finite.
 * @example
 * ```ts
 * runChart([5, 6, 4, 7, 5, 6, 8, 9, 9, 10, 11, 12]);
 * // => { median: 7.5, usefulObservations: 12, longestRun: 6, crossings: 1, longestRunLimit: 7,
 * //      crossingsLimit: 3, signals: { longRun: false, fewCrossings: true }, nonRandom: true, … }
 * ```
 * @category Statistics
 */
export function runChart(values: readonly number[], options: SeriesOptions = {}): RunChart {
  requireOptions('runChart', options);
  requireFiniteValues('runChart', values, options.maxLength);
  const n = values.length;
  const method =
    'run chart (Anhøj rules): median centre line; longest run > round(log2(n) + 3) or crossings < qbinom(0.05, n − 1, 0.5), n = useful values';
  const median = n === 0 ? null : medianOfSorted([...values].sort(ascending));
  let useful = 0;
  let longestRun = 0;
  let crossings = 0;
  let run = 0;
  let previous = 0;
  const centre = median ?? 0;
  for (const v of values) {
    const side = Math.sign(v - centre);
    if (side === 0) continue;
    useful += 1;
    if (side === previous) run += 1;
    else {
      if (previous !== 0) crossings += 1;
      run = 1;
      previous = side;
    }
    if (run > longestRun) longestRun = run;
  }
  if (useful === 0) {
    return {
      n,
      median,
      usefulObservations: 0,
      longestRun: 0,
      crossings: 0,
      longestRunLimit: null,
      crossingsLimit: null,
      signals: { longRun: false, fewCrossings: false },
      nonRandom: false,
      method,
    };
  }
  const longestRunLimit = Math.round(Math.log2(useful) + 3);
  const crossingsLimit = binomialQuantile(0.05, useful - 1, 0.5);
  const signals = {
    longRun: longestRun > longestRunLimit,
    fewCrossings: crossings < crossingsLimit,
  };
  return {
    n,
    median,
    usefulObservations: useful,
    longestRun,
    crossings,
    longestRunLimit,
    crossingsLimit,
    signals,
    nonRandom: signals.longRun || signals.fewCrossings,
    method,
  };
}
