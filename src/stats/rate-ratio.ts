import { GoldenThreadError } from '../core/index.js';
import {
  requireConfidence,
  requireCount,
  requireNonNegative,
  requireRecord,
} from '../core/internal/index.js';
import { requireFiniteResult } from './arguments.js';
import { binomialCdf, binomialUpperTail, inverseRegularizedBeta } from './special-functions.js';

/**
 * A count of events over an exposure, for one period of a before/after comparison.
 *
 * @example
 * ```ts
 * const before: RatePeriod = { count: 12, exposure: 184 }; // 12 incidents in 184 support days
 * ```
 * @category Statistics
 */
export interface RatePeriod {
  /** The number of events: a whole number ≥ 0. */
  readonly count: number;
  /** The exposure (support days, person-days, months), ≥ 0, in the same unit for both periods. */
  readonly exposure: number;
}

/**
 * Options for {@link rateRatio}.
 *
 * @example
 * ```ts
 * const options: RateRatioOptions = { confidence: 0.9 };
 * ```
 * @category Statistics
 */
export interface RateRatioOptions {
  /** The confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
}

/**
 * One period of a {@link RateRatio}, with its rate.
 *
 * @example
 * ```ts
 * const period: RatePeriodRate = { count: 12, exposure: 6, rate: 2 };
 * ```
 * @category Statistics
 */
export interface RatePeriodRate extends RatePeriod {
  /** `count / exposure`; `null` when the exposure is 0. */
  readonly rate: number | null;
}

/**
 * An incidence rate ratio (after ÷ before) with its exact interval and p-value.
 *
 * @example
 * ```ts
 * const comparison: RateRatio = rateRatio({ count: 12, exposure: 6 }, { count: 4, exposure: 6 });
 * ```
 * @category Statistics
 */
export interface RateRatio {
  /** The first period, with its rate. */
  readonly before: RatePeriodRate;
  /** The second period, with its rate. */
  readonly after: RatePeriodRate;
  /**
   * The rate after divided by the rate before: below 1 means fewer events per unit of
   * exposure after the change. `null` when the before count is 0 (no rate to divide by) or
   * an exposure is 0.
   */
  readonly ratio: number | null;
  /** The interval's lower bound; 0 when the after count is 0; `null` when an exposure is 0. */
  readonly lower: number | null;
  /**
   * The interval's upper bound; `null` when it is unbounded (the before count is 0) or an
   * exposure is 0.
   */
  readonly upper: number | null;
  /**
   * The exact two-sided p-value for "the rate did not change" (small values mean the change
   * is unlikely to be chance); `null` when an exposure is 0.
   */
  readonly pValue: number | null;
  /** The confidence level used. */
  readonly confidence: number;
  /** The method, for a reader to check. */
  readonly method: string;
}

const METHOD =
  'incidence rate ratio (after ÷ before), exact conditional binomial interval (Clopper–Pearson) and two-sided p-value (twice the smaller tail)';

function period(fn: string, name: string, p: RatePeriod): RatePeriodRate {
  requireRecord(fn, name, p);
  const count = requireCount(fn, `${name}.count`, p.count);
  const exposure = requireNonNegative(fn, `${name}.exposure`, p.exposure);
  if (exposure === 0 && count > 0) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: ${name} has ${count} events over an exposure of 0; check the exposure.`,
    );
  }
  return {
    count,
    exposure,
    rate: exposure === 0 ? null : requireFiniteResult(fn, count / exposure),
  };
}

/**
 * Compares the rate of events in two periods — did incidents fall after a change? — with an
 * exact confidence interval and p-value for the incidence rate ratio.
 *
 * @remarks
 * The ratio is **after ÷ before**: `(a / Eₐ) / (b / E_b)` for counts a (after) and b (before)
 * over exposures Eₐ and E_b. Below 1 means fewer events per unit of exposure after.
 *
 * The interval and p-value are exact and conditional on the total n = a + b: given n, the
 * after count is Binomial(n, π) with `π = θEₐ / (θEₐ + E_b)`, where θ is the true ratio. The
 * Clopper–Pearson interval for π (beta quantiles `B⁻¹(α/2; a, n − a + 1)` and
 * `B⁻¹(1 − α/2; a + 1, n − a)`) is turned into one for the ratio by
 * `θ = π / (1 − π) × E_b / Eₐ`. The p-value tests θ = 1 (π₀ = Eₐ / (Eₐ + E_b)) with the
 * binomial test, two-sided by **doubling the smaller tail**, capped at 1. We use that
 * convention rather than the minimum-likelihood one (R's `binom.test` and `poisson.test`)
 * because it agrees with the interval: the interval leaves out 1 exactly when the p-value is
 * below 1 − confidence, so a reader never sees a "significant" p-value beside an interval that
 * includes "no change". It can be larger than the minimum-likelihood p-value when the
 * exposures differ.
 *
 * Zero counts are answered honestly, never with `NaN` or `Infinity`: with no events before,
 * the ratio is `null` and the upper bound is `null` (unbounded), but the lower bound still
 * says how large the increase at least is; with no events after, the ratio and the lower
 * bound are 0. With no events at all, nothing can be concluded: the ratio is `null`, the
 * interval is 0 to unbounded (`null`) and the p-value is 1. A period with an exposure of 0
 * has no rate, and the comparison's ratio, bounds and p-value are all `null`.
 * @param before - The count and exposure of the first period.
 * @param after - The count and exposure of the second period (same exposure unit).
 * @param options - `confidence` (default 0.95).
 * @returns Both periods' rates, the ratio after ÷ before, its interval, the p-value and the
 * method.
 * @throws {@link GoldenThreadError} `invalid_argument` when a count is negative, fractional
 * or not finite; an exposure is negative or not finite, or 0 with a count above 0; or the
 * confidence is not strictly between 0 and 1.
 * @example
 * ```ts
 * // 12 incidents in the 6 months before a new support plan, 4 in the 6 months after:
 * rateRatio({ count: 12, exposure: 6 }, { count: 4, exposure: 6 });
 * // => { ratio: 0.333, lower: 0.078, upper: 1.100, pValue: 0.077, … } (to 3 d.p.)
 * ```
 * @category Statistics
 */
export function rateRatio(
  before: RatePeriod,
  after: RatePeriod,
  options: RateRatioOptions = {},
): RateRatio {
  const fn = 'rateRatio';
  const b = period(fn, 'before', before);
  const a = period(fn, 'after', after);
  const confidence = requireConfidence(fn, options.confidence);
  if (a.exposure === 0 || b.exposure === 0) {
    return {
      before: b,
      after: a,
      ratio: null,
      lower: null,
      upper: null,
      pValue: null,
      confidence,
      method: METHOD,
    };
  }
  const n = a.count + b.count;
  const tail = (1 - confidence) / 2;
  // θ = π / (1 − π) × E_b / Eₐ.
  const scale = b.exposure / a.exposure;
  const ratio = b.count === 0 ? null : requireFiniteResult(fn, (a.count / b.count) * scale);
  const piLower = a.count === 0 ? 0 : inverseRegularizedBeta(tail, a.count, n - a.count + 1);
  const lower = requireFiniteResult(fn, (piLower / (1 - piLower)) * scale);
  // 1 − π_U, solved directly so that an upper bound near π = 1 keeps its precision.
  const oneMinusPiUpper = b.count === 0 ? 0 : inverseRegularizedBeta(tail, b.count, a.count + 1);
  const upper =
    oneMinusPiUpper === 0
      ? null
      : requireFiniteResult(fn, ((1 - oneMinusPiUpper) / oneMinusPiUpper) * scale);
  const pi0 = a.exposure / (a.exposure + b.exposure);
  const smallerTail = Math.min(binomialCdf(a.count, n, pi0), binomialUpperTail(a.count, n, pi0));
  const pValue = Math.min(1, 2 * smallerTail);
  return { before: b, after: a, ratio, lower, upper, pValue, confidence, method: METHOD };
}
