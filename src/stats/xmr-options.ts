/**
 * The options of `xmrChart`, checked and with their defaults filled in (internal to `stats`).
 */
import { GoldenThreadError } from '../core/index.js';
import {
  deepFreeze,
  describeValue,
  requireOptions,
  requireWholeNumber,
} from '../core/internal/index.js';
import { DEFAULT_MAX_LENGTH } from './arguments.js';
import type {
  ImprovementDirection,
  TwoOfThreeReading,
  XmrChartOptions,
  XmrMeasure,
} from './xmr-chart.js';

const IMPROVEMENTS: readonly ImprovementDirection[] = ['increase', 'decrease', 'neither'];
const MEASURES: readonly XmrMeasure[] = ['count', 'rate', 'percentage', 'proportion', 'unbounded'];
const READINGS: readonly TwoOfThreeReading[] = ['making-data-count', 'western-electric'];

/** The natural bounds of each kind of measure: `null` where there is none. */
export const BOUNDS: Readonly<
  Record<XmrMeasure, { readonly lower: number | null; readonly upper: number | null }>
> = deepFreeze({
  count: { lower: 0, upper: null },
  rate: { lower: 0, upper: null },
  percentage: { lower: 0, upper: 100 },
  proportion: { lower: 0, upper: 1 },
  unbounded: { lower: null, upper: null },
});

function fail(message: string): never {
  throw new GoldenThreadError('invalid_argument', `xmrChart: ${message}`);
}

function oneOf<T extends string>(
  name: string,
  value: T | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  const chosen = value ?? fallback;
  if (!allowed.includes(chosen)) {
    const quoted = allowed.map((a) => `'${a}'`);
    const list = `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) as string}`;
    fail(`${name} must be ${list}, but it is ${describeValue(chosen)}.`);
  }
  return chosen;
}

/** The points where new limits begin: whole numbers, increasing, inside the series. */
function recalculations(value: readonly number[] | undefined, n: number): readonly number[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    fail(`recalculateAt must be a list of point positions, but it is ${describeValue(value)}.`);
  let previous = 0;
  for (const [i, at] of value.entries()) {
    if (!(Number.isSafeInteger(at) && at > previous && at < n)) {
      fail(
        `recalculateAt[${i}] is ${describeValue(at)}; each entry must be the position (from 0) of the first point of a new period: a whole number after the one before it, from 1 to ${Math.max(1, n - 1)} for ${n} points.`,
      );
    }
    previous = at;
  }
  return [...value];
}

/**
 * Checks the options and fills in the defaults: run lengths 7, screening off, 15 points for
 * reliable limits, an unbounded measure, limits held at the measure's bounds, one period,
 * every point of a period in its baseline, two of three read as Making Data Count does.
 */
export function resolveXmrOptions(options: XmrChartOptions, n: number): Required<XmrChartOptions> {
  requireOptions('xmrChart', options);
  const fn = 'xmrChart';
  const baselinePoints = options.baselinePoints ?? null;
  return {
    improvement: oneOf('improvement', options.improvement, IMPROVEMENTS, undefined as never),
    shiftLength: requireWholeNumber(fn, 'shiftLength', options.shiftLength, 7, 2),
    trendLength: requireWholeNumber(fn, 'trendLength', options.trendLength, 7, 2),
    screenOutliers: options.screenOutliers ?? false,
    minimumPoints: requireWholeNumber(fn, 'minimumPoints', options.minimumPoints, 15, 2),
    measure: oneOf('measure', options.measure, MEASURES, 'unbounded'),
    limitsAtBounds: options.limitsAtBounds ?? true,
    recalculateAt: recalculations(options.recalculateAt, n),
    baselinePoints:
      baselinePoints === null
        ? null
        : requireWholeNumber(fn, 'baselinePoints', baselinePoints, 2, 2),
    twoOfThree: oneOf('twoOfThree', options.twoOfThree, READINGS, 'making-data-count'),
    maxLength: options.maxLength ?? DEFAULT_MAX_LENGTH,
  };
}

/** Throws when a value lies outside the measure's natural bounds (a count of −1). */
export function requireWithinBounds(values: readonly number[], measure: XmrMeasure): void {
  const { lower, upper } = BOUNDS[measure];
  if (lower === null && upper === null) return;
  for (const [index, value] of values.entries()) {
    if ((lower !== null && value < lower) || (upper !== null && value > upper)) {
      const range = upper === null ? `at least ${lower}` : `from ${lower} to ${upper}`;
      fail(
        `value ${index} is ${value}, but a ${measure} is ${range}; check the value or the measure.`,
      );
    }
  }
}
