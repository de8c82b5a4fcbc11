import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPValue } from './format-p-value.js';

describe('formatPValue', () => {
  it.each([
    [0, 'p < 0.001'],
    [0.000_999_9, 'p < 0.001'],
    [0.001, 'p = 0.001'],
    [0.0042, 'p = 0.004'],
    [0.0099, 'p = 0.010'],
    [0.01, 'p = 0.01'],
    [0.0496, 'p = 0.05'],
    [0.0772, 'p = 0.08'],
    [0.27, 'p = 0.27'],
    [0.99, 'p = 0.99'],
    [0.9901, 'p > 0.99'],
    [1, 'p > 0.99'],
    [null, 'p not available'],
  ])('writes %s as %s', (p, text) => {
    expect(formatPValue(p)).toBe(text);
  });
  it.each([[-0.01], [1.5], [Number.NaN], ['0.05']])('throws invalid_argument for %o', (p) => {
    expect(() => formatPValue(p as never)).toThrow(/^formatPValue: p must be a number from 0 to 1/);
  });

  describe('properties', () => {
    test.prop([fc.double({ min: 0, max: 1, noNaN: true })])(
      'never writes p = 0.000 or p = 1.00, and always starts with p',
      (p) => {
        const text = formatPValue(p);
        expect(text).toMatch(/^p (<|=|>) /);
        expect(text).not.toMatch(/= 0\.0+$|= 1\.0+$/);
      },
    );
  });
});
