import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnyIsoDate } from '../../../test/arbitraries/core.js';
import { thrownCode } from '../../../test/support/thrown.js';
import {
  requireCalendarDate,
  requireCount,
  requireIterable,
  requireList,
  requireOptions,
  requireRecord,
  requireText,
  requireWholeNumber,
} from './require.js';

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

describe('requireRecord, requireList, requireText and requireIterable', () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  it('return the value when it is the right kind', () => {
    const record = { a: 1 };
    const items = [1];
    expect(requireRecord('f', 'x', record)).toBe(record);
    expect(requireOptions('f', record)).toBe(record);
    expect(requireList('f', 'x', items)).toBe(items);
    expect(requireText('f', 'x', '')).toBe('');
    expect(requireIterable('f', 'x', items)).toBe(items);
    const generator = (function* () {})();
    expect(requireIterable('f', 'x', generator)).toBe(generator);
  });
  it('throw invalid_argument naming the function and the argument', () => {
    expect(() => requireRecord('checkThing', 'plan', [])).toThrow(
      'checkThing: plan must be an object, but it is a list.',
    );
    expect(() => requireOptions('checkThing', null as never)).toThrow(
      'checkThing: options must be an object, but it is null.',
    );
    expect(() => requireList('checkThing', 'outcomes', {})).toThrow(
      'checkThing: outcomes must be a list, but it is an object.',
    );
    expect(() => requireText('checkThing', 'code', 7)).toThrow(
      'checkThing: code must be text, but it is the number 7.',
    );
    expect(() => requireIterable('checkThing', 'records', 'abc')).toThrow(
      'checkThing: records must be a list of records, but it is "abc".',
    );
    for (const bad of [undefined, null, 0, 'x', true, () => 1]) {
      expect(thrownCode(() => requireRecord('f', 'x', bad))).toBe('invalid_argument');
      expect(thrownCode(() => requireList('f', 'x', bad))).toBe('invalid_argument');
      expect(thrownCode(() => requireIterable('f', 'x', bad))).toBe('invalid_argument');
    }
  });
  it('refuse a revoked proxy (on which even Array.isArray throws) as an object that cannot be read', () => {
    for (const check of [requireRecord, requireList, requireIterable]) {
      expect(() => check('f', 'x', proxy)).toThrow(
        'f: x must be ' +
          (check === requireRecord
            ? 'an object'
            : check === requireList
              ? 'a list'
              : 'a list of records') +
          ', but it is an object that cannot be read.',
      );
    }
  });
  it('describe a number option by its value and anything else by its kind', () => {
    expect(() => requireCount('f', 'n', -1)).toThrow(
      'f: n must be a whole number of at least 0, but it is -1.',
    );
    expect(() => requireCount('f', 'n', proxy as never)).toThrow(
      'f: n must be a whole number of at least 0, but it is an object that cannot be read.',
    );
  });
  describe('properties', () => {
    test.prop([fc.anything()])('requireList accepts exactly the arrays', (value) => {
      expect(thrownCode(() => requireList('f', 'x', value))).toBe(
        Array.isArray(value) ? undefined : 'invalid_argument',
      );
    });
    test.prop([fc.anything()])(
      'requireRecord accepts exactly the objects that are not lists',
      (value) => {
        const record = typeof value === 'object' && value !== null && !Array.isArray(value);
        expect(thrownCode(() => requireRecord('f', 'x', value))).toBe(
          record ? undefined : 'invalid_argument',
        );
      },
    );
  });
});
