import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { thrownCode } from '../../test/support/thrown.js';
import { proportionInterval } from './proportion-interval.js';

describe('proportionInterval', () => {
  it('matches hand-checked Wilson intervals', () => {
    // Computed from the formula with z = 1.959964 (test/reference/metrics_reference.py style).
    const nine = proportionInterval(9, 12);
    expect(nine.value).toBe(0.75);
    expect(nine.lower).toBeCloseTo(0.4676947, 6);
    expect(nine.upper).toBeCloseTo(0.9110583, 6);
    const one = proportionInterval(1, 3);
    expect(one.lower).toBeCloseTo(0.0614919, 6);
    expect(one.upper).toBeCloseTo(0.7923404, 6);
  });

  it('pins the bound at 0 of n and n of n', () => {
    expect(proportionInterval(0, 5)).toMatchObject({ lower: 0 });
    expect(proportionInterval(0, 5).upper).toBeCloseTo(0.4344825, 6);
    expect(proportionInterval(5, 5)).toMatchObject({ upper: 1 });
    expect(proportionInterval(5, 5).lower).toBeCloseTo(0.5655175, 6);
  });

  it('has null value and bounds for a denominator of 0', () => {
    expect(proportionInterval(0, 0)).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
      lower: null,
      upper: null,
      confidence: 0.95,
      method: 'Wilson score interval',
    });
  });

  it('rejects fractional counts, a numerator above the denominator and a bad confidence', () => {
    expect(thrownCode(() => proportionInterval(1.5, 3))).toBe('invalid_argument');
    expect(thrownCode(() => proportionInterval(4, 3))).toBe('invalid_argument');
    expect(thrownCode(() => proportionInterval(1, 3, { confidence: 0 }))).toBe('invalid_argument');
  });
});

describe('properties', () => {
  const arbCounts = fc
    .integer({ min: 1, max: 10_000 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  test.prop([arbCounts])('the interval holds the proportion and stays within 0 to 1', ([x, n]) => {
    const p = proportionInterval(x, n);
    expect(p.lower).toBeGreaterThanOrEqual(0);
    expect(p.upper).toBeLessThanOrEqual(1);
    expect(p.lower as number).toBeLessThanOrEqual((p.value as number) + 1e-12);
    expect(p.upper as number).toBeGreaterThanOrEqual((p.value as number) - 1e-12);
  });

  test.prop([arbCounts])('the interval narrows as confidence falls', ([x, n]) => {
    const wide = proportionInterval(x, n, { confidence: 0.99 });
    const narrow = proportionInterval(x, n, { confidence: 0.8 });
    expect(narrow.upper as number).toBeLessThanOrEqual((wide.upper as number) + 1e-12);
    expect(narrow.lower as number).toBeGreaterThanOrEqual((wide.lower as number) - 1e-12);
  });

  test.prop([arbCounts])('x of n mirrors n − x of n', ([x, n]) => {
    const p = proportionInterval(x, n);
    const q = proportionInterval(n - x, n);
    expect(p.lower as number).toBeCloseTo(1 - (q.upper as number), 10);
  });
});
