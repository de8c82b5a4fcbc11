import { requireOptions } from '../core/internal/index.js';
import { requireFinitePoints, requireFiniteResult } from './arguments.js';
import type { SeriesOptions } from './series-options.js';
import type { SeriesPoint } from './theil-sen.js';

/**
 * A least-squares straight line and how much of the variation it explains.
 *
 * @example
 * ```ts
 * const fit: OrdinaryLeastSquares = ordinaryLeastSquares([{ x: 0, y: 1 }, { x: 1, y: 3 }]);
 * ```
 * @category Statistics
 */
export interface OrdinaryLeastSquares {
  /** The number of points. */
  readonly n: number;
  /** `Sxy / Sxx`; `null` when fewer than two distinct x values. */
  readonly slope: number | null;
  /** `ȳ − slope·x̄`; `null` when the slope is `null`. */
  readonly intercept: number | null;
  /**
   * The coefficient of determination `Sxy² / (Sxx·Syy)`, from 0 to 1; `null` when the slope
   * is `null` or every y is the same (there is no variation to explain).
   */
  readonly rSquared: number | null;
  /** The method, for a reader to check. */
  readonly method: 'ordinary least squares';
}

/**
 * Fits the ordinary least-squares straight line `y = intercept + slope·x` and reports r².
 *
 * @remarks
 * With means x̄ and ȳ, `Sxx = Σ(xᵢ − x̄)²`, `Syy = Σ(yᵢ − ȳ)²` and `Sxy = Σ(xᵢ − x̄)(yᵢ − ȳ)`
 * (computed about the means, which keeps the sums accurate): `slope = Sxy / Sxx`,
 * `intercept = ȳ − slope·x̄`, `r² = Sxy² / (Sxx·Syy)`. Least squares is pulled about by a
 * single unusual value; compare it with {@link theilSen} before reading much into a trend.
 * With fewer than two distinct x values there is no line: `slope`, `intercept` and `rSquared`
 * are `null` (not a throw). When every y is the same the line is flat and exact, but r² is
 * undefined (0 ÷ 0) and is `null`.
 * @param points - The points, in any order; x and y finite.
 * @param options - `maxLength` (default 100,000).
 * @returns The slope, intercept, r², number of points and the method.
 * @throws {@link GoldenThreadError} `invalid_argument` when `points` is not an array or is
 * longer than `maxLength`, a point is not an object or a coordinate is not finite, or the
 * values are so large that the sums overflow.
 * @example
 * ```ts
 * ordinaryLeastSquares([{ x: 1, y: 3 }, { x: 2, y: 5 }, { x: 3, y: 7 }]);
 * // => { n: 3, slope: 2, intercept: 1, rSquared: 1, method: 'ordinary least squares' }
 * ```
 * @category Statistics
 */
export function ordinaryLeastSquares(
  points: readonly SeriesPoint[],
  options: SeriesOptions = {},
): OrdinaryLeastSquares {
  const fn = 'ordinaryLeastSquares';
  requireOptions(fn, options);
  requireFinitePoints(fn, points, options.maxLength);
  const n = points.length;
  const method = 'ordinary least squares';
  let sumX = 0;
  let sumY = 0;
  for (const p of points) {
    sumX += p.x;
    sumY += p.y;
  }
  const meanX = requireFiniteResult(fn, sumX / Math.max(n, 1));
  const meanY = requireFiniteResult(fn, sumY / Math.max(n, 1));
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of points) {
    const dx = p.x - meanX;
    const dy = p.y - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  requireFiniteResult(fn, sxx + syy + Math.abs(sxy));
  if (sxx === 0) return { n, slope: null, intercept: null, rSquared: null, method };
  const slope = requireFiniteResult(fn, sxy / sxx);
  const intercept = requireFiniteResult(fn, meanY - slope * meanX);
  const rSquared = syy === 0 ? null : Math.min(1, (sxy / sxx) * (sxy / syy));
  return { n, slope, intercept, rSquared, method };
}
