/**
 * The centre line and limits of one period of an XmR chart (internal to `stats`).
 */
import { requireFiniteResult } from './arguments.js';
import type { XmrChartOptions, XmrPeriod } from './xmr-chart.js';
import { BOUNDS } from './xmr-options.js';

/** 3 / d₂ with d₂ = 1.128 for moving ranges of two: three sigma for individual values. */
export const LIMIT = 2.66;
/** D₄ for moving ranges of two: the upper limit of the moving-range chart (Nelson 1982). */
export const SCREEN = 3.267;

/** A period's moving ranges, each point's (null at the period's first point). */
export function movingRanges(
  values: readonly number[],
  start: number,
  end: number,
): (number | null)[] {
  const ranges: (number | null)[] = [];
  for (let i = start; i < end; i += 1) {
    ranges.push(i === start ? null : Math.abs((values[i] as number) - (values[i - 1] as number)));
  }
  return ranges;
}

/** The mean of the baseline's moving ranges, and which were screened out. */
function meanMovingRange(
  ranges: readonly (number | null)[],
  baseline: number,
  screen: boolean,
): { mean: number | null; excluded: boolean[] } {
  const excluded: boolean[] = new Array(ranges.length).fill(false);
  let count = 0;
  let sum = 0;
  for (let i = 1; i < baseline; i += 1) {
    count += 1;
    sum += ranges[i] as number;
  }
  if (count === 0) return { mean: null, excluded };
  const mean = requireFiniteResult('xmrChart', sum / count);
  if (!screen) return { mean, excluded };
  const threshold = SCREEN * mean;
  let kept = 0;
  let keptSum = 0;
  for (let i = 1; i < baseline; i += 1) {
    const r = ranges[i] as number;
    if (r > threshold) excluded[i] = true;
    else {
      kept += 1;
      keptSum += r;
    }
  }
  return { mean: keptSum / kept, excluded };
}

/** Moves a limit beyond the measure's natural bound to the bound. */
function held(value: number, bound: number | null, side: 'lower' | 'upper'): number {
  if (bound === null) return value;
  return side === 'lower' ? Math.max(value, bound) : Math.min(value, bound);
}

/**
 * One period's centre line, limits and 2σ lines from its baseline (the first `baselinePoints`
 * points, or all of them), held at the measure's bounds when `limitsAtBounds`.
 */
export function periodLimits(
  values: readonly number[],
  start: number,
  end: number,
  options: Required<XmrChartOptions>,
): { period: XmrPeriod; ranges: (number | null)[]; excluded: boolean[] } {
  const baseline = Math.min(end - start, options.baselinePoints ?? end - start);
  let sum = 0;
  for (let i = start; i < start + baseline; i += 1) sum += values[i] as number;
  const mean = requireFiniteResult('xmrChart', sum / baseline);
  const ranges = movingRanges(values, start, end);
  const { mean: movingRangeMean, excluded } = meanMovingRange(
    ranges,
    baseline,
    options.screenOutliers,
  );
  const bounds = options.limitsAtBounds ? BOUNDS[options.measure] : { lower: null, upper: null };
  const half =
    movingRangeMean === null ? null : requireFiniteResult('xmrChart', LIMIT * movingRangeMean);
  const raw =
    half === null
      ? null
      : {
          upper: requireFiniteResult('xmrChart', mean + half),
          lower: requireFiniteResult('xmrChart', mean - half),
          upper2: mean + (2 / 3) * half,
          lower2: mean - (2 / 3) * half,
        };
  const period: XmrPeriod = {
    start,
    end,
    baselinePoints: baseline,
    mean,
    movingRangeMean,
    excludedMovingRanges: excluded.filter(Boolean).length,
    upperProcessLimit: raw === null ? null : held(raw.upper, bounds.upper, 'upper'),
    lowerProcessLimit: raw === null ? null : held(raw.lower, bounds.lower, 'lower'),
    upperTwoSigma: raw === null ? null : held(raw.upper2, bounds.upper, 'upper'),
    lowerTwoSigma: raw === null ? null : held(raw.lower2, bounds.lower, 'lower'),
    atBound: {
      lower: raw !== null && bounds.lower !== null && raw.lower < bounds.lower,
      upper: raw !== null && bounds.upper !== null && raw.upper > bounds.upper,
    },
  };
  return { period, ranges, excluded };
}
