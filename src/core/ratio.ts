import * as z from 'zod';
import { GoldenThreadError } from './errors.js';
import { createParser } from './parse.js';

/**
 * A ratio that keeps its parts: `value` is `numerator / denominator`, or `null` when the
 * denominator is 0 (nothing to measure) — never `NaN`, never a silent 0.
 *
 * @remarks Keeping the numerator and denominator lets a reader judge small numbers ("1 of 2")
 * and lets partial results be added up exactly.
 * @category Ratios
 */
export interface Ratio {
  /** What was counted (reviews on time, uses of a restriction, …). */
  readonly numerator: number;
  /** What it is counted against (reviews due, support days, …). */
  readonly denominator: number;
  /** `numerator / denominator`, or `null` when the denominator is 0. */
  readonly value: number | null;
}

const RELATIVE_TOLERANCE = 1e-9;

/**
 * The zod schema of a stored {@link Ratio}: non-negative finite parts, and a `value` that
 * agrees with them (`null` exactly when the denominator is 0).
 *
 * @example
 * ```ts
 * RatioSchema.safeParse({ numerator: 3, denominator: 4, value: 0.75 }).success; // => true
 * ```
 * @category Ratios
 */
export const RatioSchema = z
  .strictObject({
    numerator: z.number().min(0),
    denominator: z.number().min(0),
    value: z.number().nullable(),
  })
  .superRefine((r, ctx) => {
    const expected = r.denominator === 0 ? null : r.numerator / r.denominator;
    const agrees =
      expected === null || r.value === null
        ? expected === r.value
        : Math.abs(expected - r.value) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(expected));
    if (!agrees) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        input: r.value,
        params: { code: 'inconsistent_ratio', expected: expected === null ? 'null' : expected },
        message: 'The value must equal numerator ÷ denominator (null when the denominator is 0).',
      });
    }
  });

/**
 * Reads an untrusted stored ratio.
 *
 * @param input - Anything.
 * @returns The typed ratio, or issues (`invalid_type`, `too_small` for a negative part,
 * `inconsistent_ratio` when `value` disagrees with its parts, `unrecognized_keys`, …).
 * @example
 * ```ts
 * parseRatio({ numerator: 1, denominator: 0, value: 0 });
 * // => { success: false, issues: [{ code: 'inconsistent_ratio', path: ['value'], … }] }
 * ```
 * @category Ratios
 */
export const parseRatio = createParser(RatioSchema);

function part(value: number, name: string): number {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `ratio: the ${name} must be a finite number of at least 0, but it is ${String(value)}.`,
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
