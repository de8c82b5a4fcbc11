import { GoldenThreadError } from '../core/index.js';
import {
  requireConfidence,
  requireCount,
  requireNonNegative,
  requirePositive,
} from '../core/internal/index.js';
import { requireFiniteResult } from './arguments.js';
import { inverseRegularizedGammaP, inverseRegularizedGammaQ } from './special-functions.js';

/**
 * Options for {@link poissonInterval}.
 *
 * @example
 * ```ts
 * const options: PoissonIntervalOptions = { confidence: 0.95, exposure: 412, per: 1000 };
 * ```
 * @category Statistics
 */
export interface PoissonIntervalOptions {
  /** The confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
  /**
   * The exposure the count happened over (support days, person-days, months), at least 0.
   * When given, the result also has the rate and its interval.
   */
  readonly exposure?: number;
  /** The rate is given per this many units of exposure (1000 for "per 1,000 days"). Default 1. */
  readonly per?: number;
}

/**
 * A rate per unit of exposure with its exact interval.
 *
 * @example
 * ```ts
 * const rate: PoissonRate = { exposure: 412, per: 1000, value: 7.28, lower: 1.5, upper: 21.28 };
 * ```
 * @category Statistics
 */
export interface PoissonRate {
  /** The exposure the count happened over. */
  readonly exposure: number;
  /** The rate is per this many units of exposure. */
  readonly per: number;
  /** `count / exposure × per`; `null` when the exposure is 0 (there was nothing to measure). */
  readonly value: number | null;
  /** The interval's lower bound on the rate scale; `null` when the exposure is 0. */
  readonly lower: number | null;
  /** The interval's upper bound on the rate scale; `null` when the exposure is 0. */
  readonly upper: number | null;
}

/**
 * An exact confidence interval for a count of events.
 *
 * @example
 * ```ts
 * const interval: PoissonInterval = poissonInterval(3, { confidence: 0.95 });
 * ```
 * @category Statistics
 */
export interface PoissonInterval {
  /** The count observed. */
  readonly count: number;
  /** The confidence level used. */
  readonly confidence: number;
  /** The lower bound for the expected count; 0 when the count is 0. */
  readonly lower: number;
  /** The upper bound for the expected count (always finite, even for a count of 0). */
  readonly upper: number;
  /** The rate and its interval, when an exposure was given; otherwise `null`. */
  readonly rate: PoissonRate | null;
  /** The method, for a reader to check. */
  readonly method: 'exact Poisson (Garwood)';
}

/**
 * Gives the exact (Garwood) confidence interval for a count of events, and for the rate per
 * unit of exposure when the exposure is given.
 *
 * @remarks
 * For a count k and confidence 1 − α, the Garwood (1936) interval for the expected count μ is
 * `lower = ½·χ²(α/2; 2k)` and `upper = ½·χ²(1 − α/2; 2k + 2)` — equivalently the gamma
 * quantiles `lower = G⁻¹(α/2; k)` and `upper = G⁻¹(1 − α/2; k + 1)` — with `lower = 0` when
 * k = 0. It is "exact": each bound is the μ at which the observed count sits exactly α/2 in
 * the tail of a Poisson(μ) distribution, so the interval never covers less often than
 * promised. That makes it the honest choice for the small counts social care has (falls,
 * incidents and restraints in a month), where the usual `k ± 1.96·√k` gives a negative lower
 * bound and a zero-width interval at 0. The rate and its bounds are the count's divided by
 * the exposure and multiplied by `per`. With an exposure of 0 there is no rate: its value
 * and bounds are `null`, never `NaN` or `Infinity`.
 * @param count - The number of events: a whole number ≥ 0.
 * @param options - `confidence` (default 0.95), `exposure` (optional, ≥ 0) and `per`
 * (default 1).
 * @returns The interval for the count and, when an exposure is given, for the rate, with the
 * method named.
 * @throws {@link GoldenThreadError} `invalid_argument` when the count is negative, fractional
 * or not finite; the confidence is not strictly between 0 and 1; the exposure is negative or
 * not finite, or 0 with a count above 0; or `per` is not a finite number above 0.
 * @example
 * ```ts
 * poissonInterval(0).upper; // => 3.6889 (to 4 d.p.): "no falls" is consistent with up to 3.7
 * poissonInterval(10); // => { count: 10, lower: 4.7954, upper: 18.3904, … } (to 4 d.p.)
 * poissonInterval(3, { exposure: 412, per: 1000 }).rate;
 * // => { exposure: 412, per: 1000, value: 7.28, lower: 1.50, upper: 21.28 } (to 2 d.p.)
 * ```
 * @category Statistics
 */
export function poissonInterval(
  count: number,
  options: PoissonIntervalOptions = {},
): PoissonInterval {
  const fn = 'poissonInterval';
  const k = requireCount(fn, 'count', count);
  const confidence = requireConfidence(fn, options.confidence);
  const per = requirePositive(fn, 'per', options.per ?? 1);
  const tail = (1 - confidence) / 2;
  const lower = k === 0 ? 0 : inverseRegularizedGammaP(tail, k);
  const upper = inverseRegularizedGammaQ(tail, k + 1);
  let rate: PoissonRate | null = null;
  if (options.exposure !== undefined) {
    const exposure = requireNonNegative(fn, 'exposure', options.exposure);
    if (exposure === 0) {
      if (k > 0) {
        throw new GoldenThreadError(
          'invalid_argument',
          `${fn}: a count of ${k} cannot happen over an exposure of 0; check the exposure.`,
        );
      }
      rate = { exposure, per, value: null, lower: null, upper: null };
    } else {
      const scale = per / exposure;
      requireFiniteResult(fn, upper * scale);
      rate = { exposure, per, value: k * scale, lower: lower * scale, upper: upper * scale };
    }
  }
  return { count: k, confidence, lower, upper, rate, method: 'exact Poisson (Garwood)' };
}
