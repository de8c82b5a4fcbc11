import { requireOptions } from '../core/internal/index.js';
import { requireFiniteValues } from './arguments.js';
import type { SeriesOptions } from './series-options.js';
import { erfc } from './special-functions.js';

/**
 * The Mann–Kendall test for a monotonic trend in a series.
 *
 * @example
 * ```ts
 * const test: MannKendall = mannKendall([3, 4, 4, 6, 7]);
 * ```
 * @category Statistics
 */
export interface MannKendall {
  /** The number of values. */
  readonly n: number;
  /** S = Σᵢ<ⱼ sign(xⱼ − xᵢ): positive when later values tend to be higher. */
  readonly s: number;
  /** The variance of S under "no trend", corrected for tied values. */
  readonly variance: number;
  /** The normal score with continuity correction; `null` when the variance is 0. */
  readonly z: number | null;
  /** The two-sided p-value from the normal approximation; `null` when the variance is 0. */
  readonly pValue: number | null;
  /**
   * Kendall's tau-b between the values and time, from −1 to 1; `null` when fewer than two
   * values or every value is the same.
   */
  readonly tau: number | null;
  /** The method, for a reader to check. */
  readonly method: string;
}

/**
 * Options for {@link mannKendall}.
 *
 * @example
 * ```ts
 * const options: MannKendallOptions = { maxLength: 1_000_000 };
 * ```
 * @category Statistics
 */
export interface MannKendallOptions extends SeriesOptions {}

/**
 * Tests whether a series tends to go up or down over time, without assuming a straight line
 * or normal data: the Mann–Kendall trend test.
 *
 * @remarks
 * `S = Σ_{i<j} sign(xⱼ − xᵢ)` over every pair of values in time order. Under "no trend" S
 * has mean 0 and variance `[n(n − 1)(2n + 5) − Σₜ t(t − 1)(2t + 5)] / 18`, where each t is
 * the size of a group of tied values (Kendall, 1975). The score uses a continuity correction
 * — `Z = (S − 1)/√Var` when S > 0, `(S + 1)/√Var` when S < 0, and 0 when S = 0 — and the
 * two-sided p-value is `2·(1 − Φ(|Z|))` from the normal approximation, which is close enough
 * from about 10 values; with fewer, read the p-value as a rough guide only. `tau` is
 * Kendall's **tau-b**, `S / √(n₀(n₀ − n₁))` with `n₀ = n(n − 1)/2` and `n₁ = Σₜ t(t − 1)/2`,
 * which allows for tied values (time itself has no ties); without ties it equals tau-a,
 * `S / n₀`. With fewer than two values, or when every value is the same, the variance is 0
 * and `z`, `pValue` and `tau` are `null`.
 *
 * Cost: O(n log n) time, O(n) memory, by Knight's (1966) algorithm: S = C − D, where D, the
 * number of pairs i < j with xᵢ > xⱼ, is counted by merge sort (each value taken from the
 * right half before larger ones on the left adds the number of those still waiting), and
 * C + D = n(n − 1)/2 − Σₜ t(t − 1)/2, the tied pairs counted from runs of the sorted values
 * the same merge sort leaves behind. A million values take well under a second; `maxLength`
 * (default 100,000) is checked before any work.
 * @param values - The series in time order; finite numbers.
 * @param options - `maxLength` (default 100,000).
 * @returns S, its tie-corrected variance, Z, the two-sided p-value, tau-b and the method.
 * @throws {@link GoldenThreadError} `invalid_argument` when `values` is not an array or is
 * longer than `maxLength`, or a value is not finite.
 * @example
 * ```ts
 * mannKendall([1, 2, 3, 4, 5]);
 * // => { n: 5, s: 10, variance: 16.667, z: 2.205, pValue: 0.0275, tau: 1, … } (rounded)
 * ```
 * @category Statistics
 */
export function mannKendall(
  values: readonly number[],
  options: MannKendallOptions = {},
): MannKendall {
  requireOptions('mannKendall', options);
  requireFiniteValues('mannKendall', values, options.maxLength);
  const n = values.length;
  const { sorted, inversions } = sortCountingInversions(values);
  let tieTerm = 0;
  let tiedPairs = 0;
  let run = 1;
  for (let i = 1; i <= n; i += 1) {
    if (i < n && sorted[i] === sorted[i - 1]) {
      run += 1;
      continue;
    }
    tieTerm += run * (run - 1) * (2 * run + 5);
    tiedPairs += (run * (run - 1)) / 2;
    run = 1;
  }
  const pairs = n < 2 ? 0 : (n * (n - 1)) / 2;
  // Concordant − discordant = (pairs − tied − discordant) − discordant.
  const s = pairs - tiedPairs - 2 * inversions;
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const method =
    'Mann–Kendall (tie-corrected variance, continuity-corrected normal approximation, two-sided); Kendall tau-b';
  if (variance <= 0) return { n, s, variance: 0, z: null, pValue: null, tau: null, method };
  const z = s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(variance);
  const pValue = Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
  const tau = s / Math.sqrt(pairs * (pairs - tiedPairs));
  return { n, s, variance, z, pValue, tau, method };
}

/**
 * Sorts the values (bottom-up merge sort) and counts the pairs i < j with values[i] >
 * values[j] on the way: when a value from the right half is merged before the left half's
 * remaining values, each of those is larger and earlier. Equal values are not counted.
 */
function sortCountingInversions(values: readonly number[]): {
  sorted: Float64Array;
  inversions: number;
} {
  const n = values.length;
  let from = Float64Array.from(values);
  let to = new Float64Array(n);
  let inversions = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const mid = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
      let i = start;
      let j = mid;
      let k = start;
      while (i < mid && j < end) {
        if ((from[j] as number) < (from[i] as number)) {
          inversions += mid - i;
          to[k++] = from[j++] as number;
        } else to[k++] = from[i++] as number;
      }
      while (i < mid) to[k++] = from[i++] as number;
      while (j < end) to[k++] = from[j++] as number;
    }
    [from, to] = [to, from];
  }
  return { sorted: from, inversions };
}
