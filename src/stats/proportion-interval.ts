import { GoldenThreadError, type Ratio, ratio } from '../core/index.js';
import { describeValue, requireConfidence } from '../core/internal/index.js';
import { normalQuantile } from './special-functions.js';

/**
 * Options for {@link proportionInterval}.
 *
 * @example
 * ```ts
 * const options: ProportionIntervalOptions = { confidence: 0.9 };
 * ```
 * @category Statistics
 */
export interface ProportionIntervalOptions {
  /** The confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
}

/**
 * A proportion with its parts and its confidence interval.
 *
 * @example
 * ```ts
 * const onTime: Proportion = proportionInterval(9, 12);
 * onTime.value; // => 0.75
 * ```
 * @category Statistics
 */
export interface Proportion extends Ratio {
  /** The lower bound; `null` when the denominator is 0. */
  readonly lower: number | null;
  /** The upper bound; `null` when the denominator is 0. */
  readonly upper: number | null;
  /** The confidence level used. */
  readonly confidence: number;
  /** The method, for a reader to check. */
  readonly method: 'Wilson score interval';
}

/**
 * Gives a proportion ("9 of 12 reviews were on time") with its Wilson score confidence
 * interval.
 *
 * @remarks With z the normal quantile for the confidence, p = x/n, the Wilson (1927) interval
 * is `(p + z²/2n ± z·√(p(1 − p)/n + z²/4n²)) / (1 + z²/n)`. Unlike the textbook `p ± z·√…`
 * it stays inside 0–1 and does not collapse to a single point at 0 of n or n of n, which
 * matters for the small denominators of one service; it is the method the Office for Health
 * Improvement and Disparities uses for proportions in its public health profiles. With a
 * denominator of 0 the value and bounds are `null`.
 * @param numerator - How many had the property: a whole number from 0 to `denominator`.
 * @param denominator - How many there were: a whole number of at least 0.
 * @param options - The confidence level (default 0.95).
 * @returns The ratio's parts and value with the interval.
 * @throws {@link GoldenThreadError} `invalid_argument` when a count is not a whole number,
 * the numerator exceeds the denominator, or the confidence is not strictly between 0 and 1.
 * @example
 * ```ts
 * proportionInterval(9, 12);
 * // => { numerator: 9, denominator: 12, value: 0.75, lower: 0.4677…, upper: 0.9111…, confidence: 0.95, method: 'Wilson score interval' }
 * ```
 * @category Statistics
 */
export function proportionInterval(
  numerator: number,
  denominator: number,
  options: ProportionIntervalOptions = {},
): Proportion {
  const fn = 'proportionInterval';
  const confidence = requireConfidence(fn, options.confidence);
  for (const [name, value] of [
    ['numerator', numerator],
    ['denominator', denominator],
  ] as const) {
    if (!(Number.isSafeInteger(value) && value >= 0)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `${fn}: the ${name} must be a whole number of at least 0, but it is ${describeValue(value)}.`,
      );
    }
  }
  if (numerator > denominator) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: the numerator (${numerator}) is larger than the denominator (${denominator}).`,
    );
  }
  const parts = ratio(numerator, denominator);
  const method = 'Wilson score interval' as const;
  if (denominator === 0) return { ...parts, lower: null, upper: null, confidence, method };
  const n = denominator;
  const p = numerator / n;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const scale = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / scale;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / scale;
  // At 0 of n and n of n the exact bound is 0 (or 1); rounding must not move it.
  const lower = numerator === 0 ? 0 : Math.max(0, centre - half);
  const upper = numerator === n ? 1 : Math.min(1, centre + half);
  return { ...parts, lower, upper, confidence, method };
}
