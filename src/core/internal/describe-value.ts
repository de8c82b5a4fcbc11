const MAX_QUOTED = 40;

/**
 * Describes a value a caller passed, for a programmer-error message: by its kind, and quoted
 * whole only when it is short text (never cut mid-word or mid-quote).
 *
 * `describeValue(new Date())` → `a Date object`; `describeValue('2026-13-01')` →
 * `"2026-13-01"`; `describeValue(20260701)` → `the number 20260701`; a long string →
 * `text of 120 characters`.
 */
export function describeValue(value: unknown): string {
  // Even looking at a hostile value (a revoked proxy) can throw.
  try {
    return describe(value);
  } catch {
    return 'an object that cannot be read';
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing (undefined)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    return quoted.length <= MAX_QUOTED ? quoted : `text of ${value.length} characters`;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `the number ${String(value)}` : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return 'a bigint';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a Date object';
  return 'an object';
}
