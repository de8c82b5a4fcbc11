import { UTCDate } from '@date-fns/utc';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnyIsoDate } from '../../../test/arbitraries/core.js';
import type { IsoDate } from '../calendar.js';
import { DATE } from '../calendar.js';
import {
  dateOfDayNumber,
  dayNumber,
  dayNumberOfParts,
  daysInMonth,
  FIRST_DAY,
  formatPacked,
  inDateRange,
  LAST_DAY,
  packedDate,
  packedOfDayNumber,
} from './day-number.js';

/** The reference: the day number of a date by the JavaScript `Date` in UTC. */
function utcDayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = new UTCDate(0);
  utc.setUTCFullYear(y, m - 1, d);
  return utc.getTime() / 86_400_000;
}

describe('packedDate', () => {
  it('reads a date into year × 10000 + month × 100 + day', () => {
    expect(packedDate('2026-07-01')).toBe(20_260_701);
    expect(packedDate('0001-01-01')).toBe(10_101);
    expect(packedDate('9999-12-31')).toBe(99_991_231);
  });
  it('checks the calendar: leap days, month lengths, year 0', () => {
    expect(packedDate('2028-02-29')).toBe(20_280_229);
    expect(packedDate('2000-02-29')).toBe(20_000_229);
    expect(packedDate('1900-02-29')).toBeUndefined();
    expect(packedDate('2026-02-29')).toBeUndefined();
    expect(packedDate('2026-04-31')).toBeUndefined();
    expect(packedDate('2026-13-01')).toBeUndefined();
    expect(packedDate('2026-00-10')).toBeUndefined();
    expect(packedDate('2026-01-00')).toBeUndefined();
    expect(packedDate('0000-01-01')).toBeUndefined();
  });
  it('rejects text that is not YYYY-MM-DD, whatever character is out of place', () => {
    for (const bad of ['2026-7-01', '2026-07-1 ', '2026/07/01', '20260701xx', '', '２026-07-01']) {
      expect(packedDate(bad)).toBeUndefined();
    }
    const good = '2026-07-01';
    for (let i = 0; i < good.length; i += 1) {
      expect(packedDate(`${good.slice(0, i)}x${good.slice(i + 1)}`)).toBeUndefined();
      expect(packedDate(`${good.slice(0, i)}/${good.slice(i + 1)}`)).toBeUndefined();
    }
  });
});

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('0001-01-01')).toBe(FIRST_DAY);
    expect(dayNumber('9999-12-31')).toBe(LAST_DAY);
  });
  it('gives undefined for a date that is not on the calendar', () => {
    expect(dayNumber('2026-02-30')).toBeUndefined();
  });
});

describe('dayNumberOfParts', () => {
  it('counts on past the end of a month, as Date.UTC does', () => {
    expect(dayNumberOfParts(2026, 1, 32)).toBe(dayNumber('2026-02-01'));
    expect(dayNumberOfParts(2026, 3, 0)).toBe(dayNumber('2026-02-28'));
  });
});

describe('daysInMonth', () => {
  it('knows the Gregorian leap years', () => {
    expect([
      daysInMonth(2026, 2),
      daysInMonth(2028, 2),
      daysInMonth(1900, 2),
      daysInMonth(2000, 2),
    ]).toEqual([28, 29, 28, 29]);
    expect([4, 6, 9, 11].map((m) => daysInMonth(2026, m))).toEqual([30, 30, 30, 30]);
    expect([1, 3, 5, 7, 8, 10, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 31, 31, 31, 31, 31, 31,
    ]);
  });
});

describe('formatPacked', () => {
  it('pads the year, month and day', () => {
    expect(formatPacked(10_101)).toBe('0001-01-01');
    expect(formatPacked(9_870_605)).toBe('0987-06-05');
    expect(formatPacked(20_261_231)).toBe('2026-12-31');
  });
});

describe('dateOfDayNumber', () => {
  it('writes a day number as a date', () => {
    expect(dateOfDayNumber(0)).toBe('1970-01-01');
    expect(dateOfDayNumber(20_635)).toBe('2026-07-01');
  });
  it('saturates at the ends of the calendar', () => {
    expect(dateOfDayNumber(FIRST_DAY - 1)).toBe('0001-01-01');
    expect(dateOfDayNumber(Number.MIN_SAFE_INTEGER)).toBe('0001-01-01');
    expect(dateOfDayNumber(LAST_DAY + 1)).toBe('9999-12-31');
    expect(dateOfDayNumber(Number.MAX_SAFE_INTEGER)).toBe('9999-12-31');
  });
});

describe('inDateRange', () => {
  it('holds from 0001-01-01 to 9999-12-31, both included', () => {
    expect([FIRST_DAY - 1, FIRST_DAY, LAST_DAY, LAST_DAY + 1].map(inDateRange)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('properties', () => {
  test.prop([arbAnyIsoDate])(
    'dayNumber agrees with the JavaScript Date in UTC, years 0001–9999',
    (d) => {
      expect(dayNumber(d)).toBe(utcDayNumber(d));
    },
  );
  test.prop([arbAnyIsoDate])('writing a day number back gives the date read', (d) => {
    expect(dateOfDayNumber(dayNumber(d) as number)).toBe(d);
    expect(formatPacked(packedOfDayNumber(dayNumber(d) as number))).toBe(d);
  });
  test.prop([fc.integer({ min: FIRST_DAY, max: LAST_DAY })])(
    'reading a written day number gives it back',
    (n) => {
      expect(dayNumber(dateOfDayNumber(n))).toBe(n);
    },
  );
  test.prop([fc.string({ maxLength: 12 })])(
    'packedDate accepts exactly the pattern and the calendar',
    (text) => {
      const parsed = packedDate(text);
      if (parsed !== undefined) expect(DATE.test(text)).toBe(true);
      if (!DATE.test(text)) expect(parsed).toBeUndefined();
    },
  );
});
