import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbRatio } from '../../test/arbitraries/core.js';
import { GoldenThreadError } from './errors.js';
import { ratio } from './ratio.js';
import { parseRatio } from './schemas.js';

describe('ratio', () => {
  it('keeps the parts and divides', () => {
    expect(ratio(9, 12)).toEqual({ numerator: 9, denominator: 12, value: 0.75 });
  });
  it('gives value null, not NaN or 0, when the denominator is 0', () => {
    expect(ratio(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(ratio(3, 0).value).toBeNull();
  });
  it('accepts fractional exposure', () => {
    expect(ratio(3, 1.5).value).toBe(2);
  });
  it('returns a frozen value', () => {
    expect(Object.isFrozen(ratio(1, 2))).toBe(true);
  });
  it('throws invalid_argument for negative, NaN or infinite parts', () => {
    for (const [n, d] of [
      [-1, 2],
      [1, -2],
      [Number.NaN, 1],
      [1, Number.POSITIVE_INFINITY],
    ] as const) {
      expect(() => ratio(n, d)).toThrow(GoldenThreadError);
    }
    expect(() => ratio(1, 5e-324)).toThrow(/too large to represent/);
    expect(() => ratio(-1, 2)).toThrow(
      'ratio: the numerator must be a finite number of at least 0, but it is the number -1.',
    );
  });
});

describe('parseRatio', () => {
  it('accepts a consistent stored ratio', () => {
    expect(parseRatio({ numerator: 3, denominator: 4, value: 0.75 })).toEqual({
      success: true,
      data: { numerator: 3, denominator: 4, value: 0.75 },
    });
    expect(parseRatio({ numerator: 0, denominator: 0, value: null }).success).toBe(true);
  });
  it('reports inconsistent_ratio when the value disagrees with the parts', () => {
    expect(parseRatio({ numerator: 1, denominator: 0, value: 0 })).toMatchObject({
      success: false,
      issues: [
        {
          code: 'inconsistent_ratio',
          path: ['value'],
          expected: 'null',
          message: '"value" must equal numerator ÷ denominator (null).',
        },
      ],
    });
    expect(parseRatio({ numerator: 1, denominator: 4, value: 0.5 })).toMatchObject({
      success: false,
      issues: [{ code: 'inconsistent_ratio', expected: 0.25 }],
    });
    expect(parseRatio({ numerator: 1, denominator: 4, value: null })).toMatchObject({
      success: false,
      issues: [{ code: 'inconsistent_ratio' }],
    });
  });
  it('reports a negative part, a missing value and extra fields', () => {
    expect(parseRatio({ numerator: -1, denominator: 4, value: -0.25 })).toMatchObject({
      success: false,
      issues: [{ code: 'too_small', path: ['numerator'] }],
    });
    expect(parseRatio({ numerator: 1, denominator: 4 })).toMatchObject({
      success: false,
      issues: [{ code: 'required', path: ['value'] }],
    });
    expect(parseRatio({ numerator: 1, denominator: 4, value: 0.25, percent: 25 })).toMatchObject({
      success: false,
      issues: [{ code: 'unrecognized_keys', keys: ['percent'] }],
    });
  });

  describe('properties', () => {
    test.prop([fc.nat(), fc.nat()])('ratio output always passes parseRatio', (n, d) => {
      expect(parseRatio(ratio(n, d)).success).toBe(true);
    });
    test.prop([arbRatio])('value is null exactly when the denominator is 0, and never NaN', (r) => {
      const made = ratio(r.numerator, r.denominator);
      expect(made.value === null).toBe(r.denominator === 0);
      expect(Number.isNaN(made.value)).toBe(false);
    });
    test.prop([arbRatio])('JSON round-trip is identity', (r) => {
      const made = ratio(r.numerator, r.denominator);
      expect(parseRatio(JSON.parse(JSON.stringify(made)))).toEqual({ success: true, data: made });
    });
    test.prop([fc.anything()])('parseRatio never throws', (value) => {
      expect(typeof parseRatio(value).success).toBe('boolean');
    });
  });
});
