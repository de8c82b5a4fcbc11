/**
 * Argument checks shared by the statistics functions (internal to `stats`). Each throws
 * `GoldenThreadError('invalid_argument', '<fn>: …')`, the library's convention for a
 * programmer error passed to a pure numeric function.
 */
import { GoldenThreadError } from '../core/index.js';

function fail(fn: string, message: string): never {
  throw new GoldenThreadError('invalid_argument', `${fn}: ${message}`);
}

/** A series of finite numbers. */
export function requireFiniteValues(fn: string, values: readonly number[]): readonly number[] {
  for (const [index, value] of values.entries()) {
    if (!Number.isFinite(value)) {
      fail(fn, `value ${index} is ${String(value)}; every value must be a finite number.`);
    }
  }
  return values;
}

/** Points { x, y } with finite coordinates. */
export function requireFinitePoints<P extends { readonly x: number; readonly y: number }>(
  fn: string,
  points: readonly P[],
): readonly P[] {
  for (const [index, point] of points.entries()) {
    if (!(Number.isFinite(point.x) && Number.isFinite(point.y))) {
      fail(
        fn,
        `point ${index} is (${String(point.x)}, ${String(point.y)}); both x and y must be finite numbers.`,
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
