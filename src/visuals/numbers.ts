/**
 * Deterministic number formatting for coordinates and labels (internal to `visuals`): fixed
 * decimals, no `-0`, no exponent, never `NaN`.
 */
import { GoldenThreadError } from '../core/index.js';

/**
 * Writes a finite number with at most `decimals` decimals, trailing zeros dropped: `1.5`,
 * `-2`, `0` (never `-0`), `12345678901234567890` (never `1e+19`).
 */
export function formatNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) {
    throw new GoldenThreadError(
      'invariant_violation',
      `visuals: tried to write ${String(value)} as a number; please report this.`,
    );
  }
  if (Math.abs(value) >= 1e15) return BigInt(Math.round(value)).toString();
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** A coordinate in the SVG's user space: two decimals. */
export const px = (value: number): string => formatNumber(value, 2);
