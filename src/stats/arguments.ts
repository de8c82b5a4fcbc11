/**
 * Argument checks shared by the statistics functions (internal to `stats`). Each throws
 * `GoldenThreadError('invalid_argument', '<fn>: …')`, the library's convention for a
 * programmer error passed to a pure numeric function.
 */
import { GoldenThreadError } from '../core/index.js';
import { describeValue } from '../core/internal/index.js';

function fail(fn: string, message: string): never {
  throw new GoldenThreadError('invalid_argument', `${fn}: ${message}`);
}

/**
 * The default for `maxLength`: the longest series a statistic accepts unless told otherwise.
 * A hundred thousand values is 270 years of daily figures — far above any care series — and
 * keeps the slowest statistic (Theil–Sen, O(n log n)) well under a second.
 */
export const DEFAULT_MAX_LENGTH = 100_000;

/** Whether a value is an array; `false` for a revoked proxy (on which `Array.isArray` throws). */
function isList(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Checks up front that `values` is an array no longer than `maxLength` (default
 * {@link DEFAULT_MAX_LENGTH}), before any work is done on it.
 */
export function requireSeries<T>(
  fn: string,
  name: string,
  values: readonly T[],
  maxLength: number | undefined,
): readonly T[] {
  const max = maxLength ?? DEFAULT_MAX_LENGTH;
  if (!(Number.isSafeInteger(max) && max >= 1)) {
    fail(fn, `maxLength must be a whole number of at least 1, but it is ${String(max)}.`);
  }
  if (!isList(values)) {
    fail(fn, `${name} must be an array, but it is ${describeValue(values)}.`);
  }
  if (values.length > max) {
    fail(
      fn,
      `${name} has ${values.length} entries, more than maxLength (${max}); pass a larger maxLength to allow it, or summarise the series first (for example by month).`,
    );
  }
  return values;
}

/** A number as it is (NaN, Infinity); anything else by its kind, never its text. */
function shown(value: unknown): string {
  return typeof value === 'number' ? String(value) : describeValue(value);
}

/** A series of finite numbers, no longer than `maxLength`. */
export function requireFiniteValues(
  fn: string,
  values: readonly number[],
  maxLength?: number,
): readonly number[] {
  requireSeries(fn, 'values', values, maxLength);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    if (!Number.isFinite(value)) {
      fail(fn, `value ${index} is ${shown(value)}; every value must be a finite number.`);
    }
  }
  return values;
}

/** Points { x, y } with finite coordinates, no more than `maxLength`. */
export function requireFinitePoints<P extends { readonly x: number; readonly y: number }>(
  fn: string,
  points: readonly P[],
  maxLength?: number,
): readonly P[] {
  requireSeries(fn, 'points', points, maxLength);
  for (let index = 0; index < points.length; index += 1) {
    const point = points[index] as P | null | undefined;
    if (typeof point !== 'object' || point === null) {
      fail(fn, `point ${index} is ${describeValue(point)}; each point must be an object { x, y }.`);
    }
    if (!(Number.isFinite(point.x) && Number.isFinite(point.y))) {
      fail(
        fn,
        `point ${index} is (${shown(point.x)}, ${shown(point.y)}); both x and y must be finite numbers.`,
      );
    }
  }
  return points;
}

/** A computed number that must be finite (inputs so large that arithmetic overflows). */
export function requireFiniteResult(fn: string, value: number): number {
  if (!Number.isFinite(value)) {
    fail(fn, 'the values are too large to compute with; rescale them (for example to thousands).');
  }
  return value;
}

/** The median of a sorted, non-empty list. */
export function medianOfSorted(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : (sorted[mid - 1] as number) / 2 + upper / 2;
}

/** Ascending numeric comparison for `Array.prototype.sort`. */
export const ascending = (a: number, b: number): number => a - b;
