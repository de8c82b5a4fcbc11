import {
  ascending,
  medianOfSorted,
  requireFinitePoints,
  requireFiniteResult,
} from './arguments.js';

/**
 * A point of a series: `x` is usually the time (month number), `y` the measure.
 *
 * @example
 * ```ts
 * const point: SeriesPoint = { x: 3, y: 12 }; // month 3: 12 community activities
 * ```
 * @category Statistics
 */
export interface SeriesPoint {
  /** The position on the horizontal axis (for example the month number). */
  readonly x: number;
  /** The value measured there. */
  readonly y: number;
}

/**
 * A robust straight-line trend: the Theil–Sen slope and its intercept.
 *
 * @example
 * ```ts
 * const trend: TheilSen = theilSen([{ x: 1, y: 2 }, { x: 2, y: 4 }]);
 * ```
 * @category Statistics
 */
export interface TheilSen {
  /** The number of points. */
  readonly n: number;
  /** The number of pairs of points with different x, whose slopes were used. */
  readonly pairs: number;
  /** The median of the pairwise slopes; `null` when fewer than two distinct x values. */
  readonly slope: number | null;
  /** The median of `yᵢ − slope·xᵢ`; `null` when the slope is `null`. */
  readonly intercept: number | null;
  /** The method, for a reader to check. */
  readonly method: 'Theil–Sen (median of pairwise slopes; intercept median of y − slope·x)';
}

/**
 * Fits a straight-line trend that one or two odd months cannot drag about: the Theil–Sen
 * estimator.
 *
 * @remarks
 * The slope is the median of `(yⱼ − yᵢ) / (xⱼ − xᵢ)` over every pair of points i < j, pairs
 * with equal x being skipped (Sen, 1968). The intercept is the median of `yᵢ − slope·xᵢ`
 * over all points (Conover's convention, used by R's `mblm` and SciPy's `theilslopes`), so
 * the line passes through the "middle" of the residuals. Up to about 29 % of the points can
 * be wild without carrying the slope away (its breakdown point), and with five or more
 * points on a line a single outlier does not move it at all. Every pair is compared, so the
 * cost is O(n²) in the number of points — fine for a series of months, not for raw events.
 * With fewer than two distinct x values there is no slope: `slope` and `intercept` are
 * `null` (not a throw).
 * @param points - The points, in any order; x and y finite.
 * @returns The slope, intercept, number of points and pairs used, and the method.
 * @throws {@link GoldenThreadError} `invalid_argument` when a coordinate is not finite, or
 * the values are so large that a slope overflows.
 * @example
 * ```ts
 * theilSen([1, 2, 3, 4, 40].map((y, x) => ({ x, y })));
 * // => { slope: 1, intercept: 1, n: 5, pairs: 10, … } — the 40 does not move the line
 * theilSen([{ x: 1, y: 5 }]).slope; // => null
 * ```
 * @category Statistics
 */
export function theilSen(points: readonly SeriesPoint[]): TheilSen {
  const fn = 'theilSen';
  requireFinitePoints(fn, points);
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i += 1) {
    const p = points[i] as SeriesPoint;
    for (let j = i + 1; j < points.length; j += 1) {
      const q = points[j] as SeriesPoint;
      if (q.x !== p.x) slopes.push(requireFiniteResult(fn, (q.y - p.y) / (q.x - p.x)));
    }
  }
  const method = 'Theil–Sen (median of pairwise slopes; intercept median of y − slope·x)';
  if (slopes.length === 0) {
    return { n: points.length, pairs: 0, slope: null, intercept: null, method };
  }
  const slope = medianOfSorted(slopes.sort(ascending));
  const residuals = points.map((p) => requireFiniteResult(fn, p.y - slope * p.x)).sort(ascending);
  const intercept = medianOfSorted(residuals);
  return { n: points.length, pairs: slopes.length, slope, intercept, method };
}
