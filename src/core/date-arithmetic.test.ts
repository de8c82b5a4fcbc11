import { UTCDate } from '@date-fns/utc';
import { test } from '@fast-check/vitest';
import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  differenceInCalendarDays,
} from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnyIsoDate, arbDayCount, arbIsoDate } from '../../test/arbitraries/core.js';
import { thrownCode } from '../../test/support/thrown.js';
import { withTimeZone, ZONES } from '../../test/support/time-zone.js';
import type { IsoDate } from './calendar.js';
import { isIsoDate } from './calendar.js';
import { addDays, addMonths, addWeeks, daysBetween } from './date-arithmetic.js';
import { isGoldenThreadError } from './errors.js';

describe('addDays', () => {
  it('adds across the UK clock changes without losing a day', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });
  it('handles leap years and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-05-05', 0)).toBe('2026-05-05');
  });
  it('throws invalid_date for an unparsed string', () => {
    expect(thrownCode(() => addDays('2026-02-30' as IsoDate, 1))).toBe('invalid_date');
    expect(thrownCode(() => addDays('soon' as IsoDate, 1))).toBe('invalid_date');
  });
  it('throws invalid_argument for a fractional or non-finite amount', () => {
    expect(thrownCode(() => addDays('2026-01-01', 1.5))).toBe('invalid_argument');
    expect(thrownCode(() => addDays('2026-01-01', Number.NaN))).toBe('invalid_argument');
    expect(thrownCode(() => addDays('2026-01-01', Number.POSITIVE_INFINITY))).toBe(
      'invalid_argument',
    );
  });
  it('throws date_out_of_range past the year 9999 or before 0001', () => {
    expect(thrownCode(() => addDays('9999-12-31', 1))).toBe('date_out_of_range');
    expect(thrownCode(() => addDays('0001-01-01', -1))).toBe('date_out_of_range');
  });
  it('names the function in the error message', () => {
    expect(() => addDays('bad' as IsoDate, 1)).toThrow(
      /^addDays: the date must be a calendar date .* but it is "bad"; parse it with parseIsoDate first\.$/,
    );
  });
});

describe('addWeeks', () => {
  it('puts a first review six and eight weeks after a plan starts', () => {
    expect(addWeeks('2026-01-05', 6)).toBe('2026-02-16');
    expect(addWeeks('2026-01-05', 8)).toBe('2026-03-02');
  });
  it('throws invalid_argument for a fractional amount', () => {
    expect(thrownCode(() => addWeeks('2026-01-05', 0.5))).toBe('invalid_argument');
  });
});

describe('addMonths', () => {
  it('uses the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
  });
  it('keeps the day of the month where it exists', () => {
    expect(addMonths('2026-05-15', 12)).toBe('2027-05-15');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
  it('throws invalid_argument for a fractional amount and date_out_of_range past 9999', () => {
    expect(thrownCode(() => addMonths('2026-01-31', 1.2))).toBe('invalid_argument');
    expect(thrownCode(() => addMonths('9999-12-01', 1))).toBe('date_out_of_range');
  });
});

describe('daysBetween', () => {
  it('counts calendar days in either direction', () => {
    expect(daysBetween('2026-03-01', '2026-03-15')).toBe(14);
    expect(daysBetween('2026-03-15', '2026-03-01')).toBe(-14);
    expect(daysBetween('2026-03-29', '2026-03-29')).toBe(0);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });
  it('throws invalid_date for an unparsed string', () => {
    expect(thrownCode(() => daysBetween('2026-01-01', '2026-13-01' as IsoDate))).toBe(
      'invalid_date',
    );
  });
});

/** The reference: a date as a UTC midnight, for date-fns. */
function utc(d: IsoDate): UTCDate {
  const date = new UTCDate(0);
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  date.setUTCFullYear(y, m - 1, day);
  return date;
}
/** A UTC date back as text, or `undefined` outside 0001–9999. */
function text(date: Date): IsoDate | undefined {
  const y = date.getUTCFullYear();
  if (y < 1 || y > 9999) return undefined;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(y, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}` as IsoDate;
}
/** Our answer, or `undefined` when it reports date_out_of_range. */
function orOutOfRange(fn: () => IsoDate): IsoDate | undefined {
  try {
    return fn();
  } catch (error) {
    if (isGoldenThreadError(error) && error.code === 'date_out_of_range') return undefined;
    throw error;
  }
}

describe('at the edges of the calendar', () => {
  it('adds and counts up to 0001-01-01 and 9999-12-31 themselves', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDays('0001-01-02', -1)).toBe('0001-01-01');
    expect(addMonths('9999-11-30', 1)).toBe('9999-12-30');
    expect(addMonths('0001-02-28', -1)).toBe('0001-01-28');
    expect(addWeeks('9999-12-24', 1)).toBe('9999-12-31');
    expect(daysBetween('0001-01-01', '9999-12-31')).toBe(3_652_058);
  });
  it('reports date_out_of_range one step past either end, and for huge amounts', () => {
    expect(thrownCode(() => addMonths('0001-01-31', -1))).toBe('date_out_of_range');
    expect(thrownCode(() => addWeeks('9999-12-25', 1))).toBe('date_out_of_range');
    expect(thrownCode(() => addDays('2026-01-01', Number.MAX_SAFE_INTEGER))).toBe(
      'date_out_of_range',
    );
    expect(thrownCode(() => addMonths('2026-01-01', Number.MIN_SAFE_INTEGER))).toBe(
      'date_out_of_range',
    );
  });
  it('says what went wrong in the message', () => {
    expect(() => addMonths('9999-12-01', 1)).toThrow(
      /^addMonths: the result falls outside the years 0001–9999\.$/,
    );
    expect(() => addMonths('2026-02-30' as IsoDate, 1)).toThrow(
      /^addMonths: the date must be a calendar date/,
    );
    expect(() => daysBetween('x' as IsoDate, '2026-01-01')).toThrow(
      /^daysBetween: each date must be a calendar date .* but one is "x"; parse it with parseIsoDate first\.$/,
    );
  });
  it('throws invalid_date for a value that is not text at all', () => {
    expect(thrownCode(() => addDays(20260101 as unknown as IsoDate, 1))).toBe('invalid_date');
    expect(thrownCode(() => addMonths(null as unknown as IsoDate, 1))).toBe('invalid_date');
    expect(thrownCode(() => daysBetween('2026-01-01', undefined as unknown as IsoDate))).toBe(
      'invalid_date',
    );
  });
});

describe('properties', () => {
  test.prop([arbAnyIsoDate, fc.integer({ min: -4_000_000, max: 4_000_000 })])(
    'addDays agrees with date-fns addDays on UTC dates, years 0001–9999',
    (d, n) => {
      expect(orOutOfRange(() => addDays(d, n))).toBe(text(addDaysFns(utc(d), n)));
    },
  );
  test.prop([arbAnyIsoDate, fc.integer({ min: -130_000, max: 130_000 })])(
    'addMonths agrees with date-fns addMonths on UTC dates, years 0001–9999',
    (d, n) => {
      expect(orOutOfRange(() => addMonths(d, n))).toBe(text(addMonthsFns(utc(d), n)));
    },
  );
  test.prop([arbAnyIsoDate, fc.integer({ min: -600_000, max: 600_000 })])(
    'addWeeks agrees with date-fns addDays of seven times as many, years 0001–9999',
    (d, n) => {
      expect(orOutOfRange(() => addWeeks(d, n))).toBe(text(addDaysFns(utc(d), 7 * n)));
    },
  );
  test.prop([arbIsoDate, arbDayCount])('adding n days then -n days is identity', (d, n) => {
    expect(addDays(addDays(d, n), -n)).toBe(d);
  });
  test.prop([arbIsoDate, arbDayCount])('daysBetween undoes addDays', (d, n) => {
    expect(daysBetween(d, addDays(d, n))).toBe(n);
  });
  test.prop([arbAnyIsoDate, arbAnyIsoDate])(
    'daysBetween agrees with date-fns differenceInCalendarDays on UTC dates, years 0001–9999',
    (a, b) => {
      expect(daysBetween(a, b)).toBe(differenceInCalendarDays(utc(b), utc(a)));
    },
  );
  test.prop([arbAnyIsoDate, arbAnyIsoDate])('daysBetween is antisymmetric', (a, b) => {
    expect(daysBetween(a, b)).toBe(-daysBetween(b, a) || 0);
  });
  test.prop([arbIsoDate, arbIsoDate, arbIsoDate])('daysBetween adds up along a path', (a, b, c) => {
    expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
  });
  test.prop([arbIsoDate, fc.integer({ min: -5000, max: 5000 })])(
    'addWeeks is addDays of seven times as many',
    (d, n) => {
      expect(addWeeks(d, n)).toBe(addDays(d, 7 * n));
    },
  );
  test.prop([arbIsoDate, fc.integer({ min: -1200, max: 1200 })])(
    'addMonths moves the month exactly and never overshoots the day',
    (d, n) => {
      const result = addMonths(d, n);
      const [y, m, day] = d.split('-').map(Number) as [number, number, number];
      const [ry, rm, rday] = result.split('-').map(Number) as [number, number, number];
      expect(ry * 12 + rm - (y * 12 + m)).toBe(n);
      expect(rday).toBeLessThanOrEqual(day);
      expect(isIsoDate(result)).toBe(true);
    },
  );
  test.prop([arbIsoDate, arbDayCount, fc.constantFrom(...ZONES)])(
    'results are equal across time zones',
    (d, n, zone) => {
      const here = [
        addDays(d, n),
        addWeeks(d, n % 1000),
        addMonths(d, n % 1000),
        daysBetween(d, addDays(d, n)),
      ];
      const there = withTimeZone(zone, () => [
        addDays(d, n),
        addWeeks(d, n % 1000),
        addMonths(d, n % 1000),
        daysBetween(d, addDays(d, n)),
      ]);
      expect(there).toEqual(here);
    },
  );
  test.prop([arbIsoDate, arbDayCount])('a later date is never before an earlier one', (d, n) => {
    const later = addDays(d, Math.abs(n));
    expect(later >= d).toBe(true);
  });
});
