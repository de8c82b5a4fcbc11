import { GoldenThreadError } from '../core/index.js';
import { describeValue } from '../core/internal/index.js';

/**
 * Writes a p-value for a report, the way medical journals ask (for example the BMJ's and the
 * NEJM's guidance to authors): never "p = 0.000", never more digits than mean anything.
 *
 * @remarks
 * Below 0.001: `p < 0.001`. From 0.001 to below 0.01: three decimals (`p = 0.004`). From 0.01
 * up to 0.99: two decimals (`p = 0.03`, `p = 0.27`). Above 0.99: `p > 0.99`. Rounding is to the
 * nearest, so 0.0496 is written `p = 0.05` — read the interval beside it, not the second
 * decimal. `null` (a p-value that could not be computed) is written `p not available`.
 * @param p - A p-value from 0 to 1, or `null`.
 * @returns The text, such as `p < 0.001` or `p = 0.04`.
 * @throws {@link GoldenThreadError} `invalid_argument` when `p` is not a number from 0 to 1
 * (or `null`).
 * @example
 * ```ts
 * formatPValue(0.00004); // => 'p < 0.001'
 * formatPValue(0.0042); // => 'p = 0.004'
 * formatPValue(0.0772); // => 'p = 0.08'
 * formatPValue(1); // => 'p > 0.99'
 * formatPValue(null); // => 'p not available'
 * ```
 * @category Statistics
 */
export function formatPValue(p: number | null): string {
  if (p === null) return 'p not available';
  if (!(typeof p === 'number' && p >= 0 && p <= 1)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `formatPValue: p must be a number from 0 to 1 (or null), but it is ${describeValue(p)}.`,
    );
  }
  if (p < 0.001) return 'p < 0.001';
  if (p > 0.99) return 'p > 0.99';
  if (p < 0.01) return `p = ${p.toFixed(3)}`;
  return `p = ${p.toFixed(2)}`;
}
