import { GoldenThreadError } from './errors.js';
import { describeValue } from './internal/describe-value.js';
import type { Ratio } from './schemas.js';

function part(value: number, name: string): number {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `ratio: the ${name} must be a finite number of at least 0, but it is ${describeValue(value)}.`,
    );
  }
  return value;
}

/**
 * Makes a {@link Ratio} from its parts.
 *
 * @param numerator - What was counted; a finite number ≥ 0.
 * @param denominator - What it is counted against; a finite number ≥ 0.
 * @returns A frozen ratio, with `value: null` when `denominator` is 0.
 * @throws {@link GoldenThreadError} `invalid_argument` when a part is negative, `NaN` or
 * infinite, or when the quotient overflows (a denominator such as `5e-324`).
 * @example
 * ```ts
 * ratio(9, 12); // => { numerator: 9, denominator: 12, value: 0.75 }
 * ratio(0, 0); // => { numerator: 0, denominator: 0, value: null }
 * ```
 * @category Ratios
 */
export function ratio(numerator: number, denominator: number): Ratio {
  const n = part(numerator, 'numerator');
  const d = part(denominator, 'denominator');
  const value = d === 0 ? null : n / d;
  if (value !== null && !Number.isFinite(value)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `ratio: ${String(n)} ÷ ${String(d)} is too large to represent; check the denominator's units.`,
    );
  }
  return Object.freeze({ numerator: n, denominator: d, value });
}
