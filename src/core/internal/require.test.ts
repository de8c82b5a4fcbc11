import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnyIsoDate } from '../../../test/arbitraries/core.js';
import { thrownCode } from '../../../test/support/thrown.js';
import { requireCalendarDate, requireWholeNumber } from './require.js';

describe('requireCalendarDate', () => {
  it('returns a calendar date and throws invalid_date with the option named', () => {
    expect(requireCalendarDate('f', 'asOf', '2026-11-23')).toBe('2026-11-23');
    expect(() => requireCalendarDate('checkThing', 'asOf', '2026-11-31')).toThrow(
      `checkThing: asOf must be a calendar date written as YYYY-MM-DD (such as '2026-07-01'), but it is "2026-11-31".`,
    );
    // A value is described by its kind, never cut mid-word (issue #20).
    expect(() =>
      requireCalendarDate('governanceMetrics', 'window.from', new Date(Date.UTC(2026, 6, 1))),
    ).toThrow(
      `governanceMetrics: window.from must be a calendar date written as YYYY-MM-DD (such as '2026-07-01'), but it is a Date object.`,
    );
    expect(thrownCode(() => requireCalendarDate('f', 'asOf', undefined))).toBe('invalid_date');
  });

  describe('properties', () => {
    test.prop([arbAnyIsoDate])('returns every calendar date unchanged', (d) => {
      expect(requireCalendarDate('f', 'd', d)).toBe(d);
    });
  });
});

describe('requireWholeNumber', () => {
  it('uses the default when the option is missing', () => {
    expect(requireWholeNumber('f', 'n', undefined, 42)).toBe(42);
    expect(requireWholeNumber('f', 'n', 0, 42)).toBe(0);
  });
  it('throws invalid_argument below the least value, or for fractions and non-finite numbers', () => {
    expect(() => requireWholeNumber('checkThing', 'days', 0, 3, 1)).toThrow(
      'checkThing: days must be a whole number of at least 1, but it is 0.',
    );
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(thrownCode(() => requireWholeNumber('f', 'n', bad, 1))).toBe('invalid_argument');
    }
    expect(requireWholeNumber('f', 'n', 1, 3, 1)).toBe(1);
  });

  describe('properties', () => {
    test.prop([fc.nat(), fc.nat({ max: 100 })])(
      'accepts exactly the whole numbers at or above the least value',
      (n, least) => {
        expect(thrownCode(() => requireWholeNumber('f', 'n', n, 0, least))).toBe(
          n >= least ? undefined : 'invalid_argument',
        );
      },
    );
  });
});
