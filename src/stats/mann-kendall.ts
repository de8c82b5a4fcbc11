import { ascending, requireFiniteValues } from './arguments.js';
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
 * and `z`, `pValue` and `tau` are `null`. The cost is O(n²): fine for a series of months.
 * @param values - The series in time order; finite numbers.
 * @returns S, its tie-corrected variance, Z, the two-sided p-value, tau-b and the method.
 * @throws {@link GoldenThreadError} `invalid_argument` when a value is not finite.
 * @example
 * ```ts
 * mannKendall([1, 2, 3, 4, 5]);
 * // => { n: 5, s: 10, variance: 16.667, z: 2.205, pValue: 0.0275, tau: 1, … } (rounded)
 * ```
 * @category Statistics
 */
export function mannKendall(values: readonly number[]): MannKendall {
  requireFiniteValues('mannKendall', values);
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i += 1) {
    const xi = values[i] as number;
    for (let j = i + 1; j < n; j += 1) s += Math.sign((values[j] as number) - xi);
  }
  let tieTerm = 0;
  let tiedPairs = 0;
  const sorted = [...values].sort(ascending);
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
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const pairs = (n * (n - 1)) / 2;
  const method =
    'Mann–Kendall (tie-corrected variance, continuity-corrected normal approximation, two-sided); Kendall tau-b';
  if (variance <= 0) return { n, s, variance: 0, z: null, pValue: null, tau: null, method };
  const z = s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(variance);
  const pValue = Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
  const tau = s / Math.sqrt(pairs * (pairs - tiedPairs));
  return { n, s, variance, z, pValue, tau, method };
}
