import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbIsoDate } from '../../test/arbitraries/core.js';
import { withTimeZone, ZONES } from '../../test/support/time-zone.js';
import type { IsoDate } from './calendar.js';
import { daysBetween } from './date-arithmetic.js';
import { GoldenThreadError } from './errors.js';
import { type MonthNumber, quarterLabel, startOfQuarter } from './quarters.js';

const arbMonth = fc.integer({ min: 1, max: 12 }) as fc.Arbitrary<MonthNumber>;

describe('startOfQuarter', () => {
  it('gives the first day of the calendar quarter', () => {
    expect(startOfQuarter('2026-01-01')).toBe('2026-01-01');
    expect(startOfQuarter('2026-03-31')).toBe('2026-01-01');
    expect(startOfQuarter('2026-05-20')).toBe('2026-04-01');
    expect(startOfQuarter('2026-12-31')).toBe('2026-10-01');
  });
  it('follows the UK financial year when it starts in April', () => {
    expect(startOfQuarter('2026-04-01', { yearStartMonth: 4 })).toBe('2026-04-01');
    expect(startOfQuarter('2026-02-10', { yearStartMonth: 4 })).toBe('2026-01-01');
    expect(startOfQuarter('2026-12-25', { yearStartMonth: 4 })).toBe('2026-10-01');
  });
  it('reaches back into the previous year when quarters straddle it', () => {
    expect(startOfQuarter('2026-01-15', { yearStartMonth: 12 })).toBe('2025-12-01');
    expect(startOfQuarter('2026-02-28', { yearStartMonth: 2 })).toBe('2026-02-01');
  });
  it('throws invalid_argument for a month outside 1–12', () => {
    expect(() => startOfQuarter('2026-01-15', { yearStartMonth: 13 as MonthNumber })).toThrow(
      GoldenThreadError,
    );
    expect(() => startOfQuarter('2026-01-15', { yearStartMonth: 0 as MonthNumber })).toThrow(
      /yearStartMonth/,
    );
  });
  it('throws invalid_date for an unparsed string', () => {
    expect(() => startOfQuarter('2026-02-31' as IsoDate)).toThrow(/startOfQuarter/);
  });
});

describe('startOfQuarter at the ends of the calendar', () => {
  it('gives 0001-01-01 for a quarter that began before the calendar', () => {
    expect(startOfQuarter('0001-01-15', { yearStartMonth: 2 })).toBe('0001-01-01');
    expect(startOfQuarter('0001-01-31', { yearStartMonth: 12 })).toBe('0001-01-01');
  });
  it('gives the quarter of the last day', () => {
    expect(startOfQuarter('9999-12-31')).toBe('9999-10-01');
    expect(startOfQuarter('9999-12-31', { yearStartMonth: 2 })).toBe('9999-11-01');
  });
});

describe('quarterLabel', () => {
  it('labels calendar quarters', () => {
    expect(quarterLabel('2026-05-20')).toBe('2026-Q2');
    expect(quarterLabel('2026-12-31')).toBe('2026-Q4');
  });
  it('labels financial-year quarters by the years they span', () => {
    expect(quarterLabel('2026-05-20', { yearStartMonth: 4 })).toBe('2026/27-Q1');
    expect(quarterLabel('2027-02-10', { yearStartMonth: 4 })).toBe('2026/27-Q4');
    expect(quarterLabel('2000-03-31', { yearStartMonth: 4 })).toBe('1999/00-Q4');
  });
  it('labels the quarters at the ends of the calendar', () => {
    expect(quarterLabel('0001-01-01')).toBe('0001-Q1');
    expect(quarterLabel('0001-01-15', { yearStartMonth: 2 })).toBe('0000/01-Q4');
    expect(quarterLabel('9999-12-31')).toBe('9999-Q4');
    expect(quarterLabel('9999-12-31', { yearStartMonth: 4 })).toBe('9999/00-Q3');
  });

  describe('properties', () => {
    test.prop([arbIsoDate, arbMonth])(
      'the quarter starts on or before the date and less than 92 days before',
      (d, m) => {
        const start = startOfQuarter(d, { yearStartMonth: m });
        const gap = daysBetween(start, d);
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThan(92);
      },
    );
    test.prop([arbIsoDate, arbMonth])('startOfQuarter is idempotent', (d, m) => {
      const start = startOfQuarter(d, { yearStartMonth: m });
      expect(startOfQuarter(start, { yearStartMonth: m })).toBe(start);
    });
    test.prop([arbIsoDate, arbMonth])(
      'a date and the start of its quarter share a label',
      (d, m) => {
        const options = { yearStartMonth: m };
        expect(quarterLabel(startOfQuarter(d, options), options)).toBe(quarterLabel(d, options));
      },
    );
    test.prop([arbIsoDate, arbIsoDate])('calendar labels sort in time order', (a, b) => {
      if (a <= b) expect(quarterLabel(a) <= quarterLabel(b)).toBe(true);
    });
    test.prop([arbIsoDate, arbIsoDate])('financial-year labels sort in time order', (a, b) => {
      const fy = { yearStartMonth: 4 } as const;
      if (a <= b) expect(quarterLabel(a, fy) <= quarterLabel(b, fy)).toBe(true);
    });
    test.prop([arbIsoDate, arbMonth, fc.constantFrom(...ZONES)])(
      'results are equal across time zones',
      (d, m, zone) => {
        const here = [
          startOfQuarter(d, { yearStartMonth: m }),
          quarterLabel(d, { yearStartMonth: m }),
        ];
        expect(
          withTimeZone(zone, () => [
            startOfQuarter(d, { yearStartMonth: m }),
            quarterLabel(d, { yearStartMonth: m }),
          ]),
        ).toEqual(here);
      },
    );
  });
});
