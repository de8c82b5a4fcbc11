import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnyIsoDate, arbIsoDate } from '../../test/arbitraries/core.js';
import { thrownCode } from '../../test/support/thrown.js';
import { addDays, addMonths, daysBetween, type IsoDate } from '../core/index.js';
import type { MetricsWindow } from './window.js';
import {
  dayAfter,
  dayOf,
  monthDays,
  monthsOf,
  overlapDays,
  previousWindow,
  requireWindow,
  sharedDays,
  spreadOverMonths,
} from './window.js';

const QUARTER: MetricsWindow = { from: '2026-07-01', to: '2026-10-01' };

/** The reference: the days of [start, end] in the window, counted one day at a time. */
function countDays(window: MetricsWindow, start: IsoDate, end?: IsoDate): number {
  let n = 0;
  for (let day = window.from; day < window.to; day = addDays(day, 1)) {
    if (day >= start && (end === undefined || day <= end)) n += 1;
  }
  return n;
}

describe('requireWindow', () => {
  it('returns the window, checked', () => {
    expect(requireWindow('f', QUARTER)).toEqual(QUARTER);
  });
  it('throws invalid_argument when from is not before to', () => {
    expect(thrownCode(() => requireWindow('f', { from: '2026-10-01', to: '2026-10-01' }))).toBe(
      'invalid_argument',
    );
  });
  it('throws invalid_date for a date that is not on the calendar', () => {
    expect(
      thrownCode(() => requireWindow('f', { from: '2026-02-30' as IsoDate, to: '2026-10-01' })),
    ).toBe('invalid_date');
  });
});

describe('dayOf', () => {
  it('reads a date as its day number', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(dayOf('2026-07-01') - dayOf('2026-06-30')).toBe(1);
  });
  it('throws invalid_date for a record that skipped its parser, without echoing it', () => {
    expect(thrownCode(() => dayOf('2026-02-30' as IsoDate))).toBe('invalid_date');
    expect(() => dayOf('2026-02-30' as IsoDate)).toThrow(
      /^governance metrics: a record holds something other than a calendar date \(YYYY-MM-DD\) where a date belongs; read records with parseProviderRecord first\.$/,
    );
    expect(thrownCode(() => dayOf(7 as unknown as IsoDate))).toBe('invalid_date');
  });
});

describe('dayAfter', () => {
  it('is the next day, or never for a span still going', () => {
    expect(dayAfter('2026-07-01')).toBe(dayOf('2026-07-02'));
    expect(dayAfter('9999-12-31')).toBe(dayOf('9999-12-31') + 1);
    expect(dayAfter(undefined)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('sharedDays', () => {
  it('counts the overlap of two half-open ranges, zero when they miss', () => {
    expect(sharedDays(10, 20, 0, 15)).toBe(5);
    expect(sharedDays(10, 20, 12, 14)).toBe(2);
    expect(sharedDays(10, 20, 20, 30)).toBe(0);
    expect(sharedDays(10, 20, 0, 10)).toBe(0);
    expect(sharedDays(10, 20, 5, Number.POSITIVE_INFINITY)).toBe(10);
  });
});

describe('overlapDays', () => {
  it('counts the days a plan shares with the window, both ends of the plan included', () => {
    expect(overlapDays(QUARTER, '2026-06-01')).toBe(92);
    expect(overlapDays(QUARTER, '2026-07-01', '2026-07-01')).toBe(1);
    expect(overlapDays(QUARTER, '2026-09-30', '2026-12-01')).toBe(1);
    expect(overlapDays(QUARTER, '2026-10-01')).toBe(0);
    expect(overlapDays(QUARTER, '2026-01-01', '2026-06-30')).toBe(0);
  });
  it('never throws for plans at the ends of the calendar', () => {
    expect(overlapDays(QUARTER, '0001-01-01', '9999-12-31')).toBe(92);
    expect(overlapDays({ from: '9999-12-01', to: '9999-12-31' }, '9999-01-01', '9999-12-31')).toBe(
      30,
    );
    expect(overlapDays({ from: '0001-01-01', to: '0001-02-01' }, '0001-01-01', '0001-01-01')).toBe(
      1,
    );
  });
});

describe('monthsOf', () => {
  it('lists every month the window touches', () => {
    expect(monthsOf(QUARTER)).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(monthsOf({ from: '2026-07-15', to: '2026-08-02' })).toEqual(['2026-07', '2026-08']);
    expect(monthsOf({ from: '2026-12-31', to: '2027-01-01' })).toEqual(['2026-12']);
  });
  it('reaches December 9999 without throwing', () => {
    expect(monthsOf({ from: '9999-11-15', to: '9999-12-31' })).toEqual(['9999-11', '9999-12']);
  });
});

describe('monthDays', () => {
  it('gives each month with the day where its part of the window begins', () => {
    const monthly = monthDays({ from: '2026-07-15', to: '2026-09-10' });
    expect(monthly.months).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(monthly.bounds).toEqual(
      ['2026-07-15', '2026-08-01', '2026-09-01', '2026-09-10'].map((d) => dayOf(d as IsoDate)),
    );
  });
});

describe('spreadOverMonths', () => {
  it('adds each month’s shared days, or one for each month touched', () => {
    const monthly = monthDays(QUARTER);
    const days: Record<string, [number, number]> = {};
    const total = spreadOverMonths(
      monthly,
      dayOf('2026-07-30'),
      dayAfter('2026-09-01'),
      days,
      'days',
    );
    expect(total).toBe(34);
    expect(days).toEqual({ '2026-07': [0, 2], '2026-08': [0, 31], '2026-09': [0, 1] });
    const people: Record<string, [number, number]> = { '2026-08': [3, 1] };
    spreadOverMonths(monthly, dayOf('2026-08-31'), Number.POSITIVE_INFINITY, people, 'one');
    expect(people).toEqual({ '2026-08': [3, 2], '2026-09': [0, 1] });
  });
  it('adds nothing for a span outside the window', () => {
    const into: Record<string, [number, number]> = {};
    expect(
      spreadOverMonths(
        monthDays(QUARTER),
        dayOf('2026-10-01'),
        Number.POSITIVE_INFINITY,
        into,
        'days',
      ),
    ).toBe(0);
    expect(
      spreadOverMonths(
        monthDays(QUARTER),
        dayOf('2026-01-01'),
        dayAfter('2026-06-30'),
        into,
        'one',
      ),
    ).toBe(0);
    expect(into).toEqual({});
  });
});

describe('previousWindow', () => {
  it('gives the quarter before a quarter, and as many days before any other window', () => {
    expect(previousWindow(QUARTER)).toEqual({ from: '2026-04-01', to: '2026-07-01' });
    expect(previousWindow({ from: '2026-01-01', to: '2027-01-01' })).toEqual({
      from: '2025-01-01',
      to: '2026-01-01',
    });
    expect(previousWindow({ from: '2026-09-28', to: '2026-10-05' })).toEqual({
      from: '2026-09-21',
      to: '2026-09-28',
    });
  });
  it('stops at 0001-01-01 rather than throwing', () => {
    expect(previousWindow({ from: '0001-02-01', to: '0001-05-01' })).toEqual({
      from: '0001-01-01',
      to: '0001-02-01',
    });
    expect(previousWindow({ from: '0001-01-01', to: '0001-04-01' })).toEqual({
      from: '0001-01-01',
      to: '0001-01-01',
    });
    expect(previousWindow({ from: '0001-01-05', to: '0001-01-20' })).toEqual({
      from: '0001-01-01',
      to: '0001-01-05',
    });
  });
});

const arbWindow: fc.Arbitrary<MetricsWindow> = fc
  .tuple(arbIsoDate, fc.integer({ min: 1, max: 120 }))
  .map(([from, days]) => ({ from, to: addDays(from, days) }));
const arbSpan = fc
  .tuple(arbIsoDate, fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }))
  .map(([start, days]) => ({ start, end: days === undefined ? undefined : addDays(start, days) }));

describe('properties', () => {
  test.prop([arbWindow, arbSpan])('overlapDays counts the days one by one would', (w, span) => {
    expect(overlapDays(w, span.start, span.end)).toBe(countDays(w, span.start, span.end));
  });
  test.prop([arbWindow, arbSpan])('the months’ shared days add up to the window’s', (w, span) => {
    const into: Record<string, [number, number]> = {};
    const total = spreadOverMonths(
      monthDays(w),
      dayOf(span.start),
      dayAfter(span.end),
      into,
      'days',
    );
    expect(total).toBe(overlapDays(w, span.start, span.end));
    expect(Object.values(into).reduce((n, [, d]) => n + d, 0)).toBe(total);
    for (const [month, [, days]] of Object.entries(into)) {
      const first = `${month}-01` as IsoDate;
      const next = addMonths(first, 1);
      const part = {
        from: first > w.from ? first : w.from,
        to: next < w.to ? next : w.to,
      };
      expect(days).toBe(overlapDays(part, span.start, span.end));
    }
  });
  test.prop([arbWindow])(
    'the previous window ends where the window starts and is as long or as many months',
    (w) => {
      const before = previousWindow(w);
      expect(before.to).toBe(w.from);
      if (!(w.from.endsWith('-01') && w.to.endsWith('-01'))) {
        expect(daysBetween(before.from, before.to)).toBe(daysBetween(w.from, w.to));
      }
    },
  );
  test.prop([arbAnyIsoDate, arbAnyIsoDate])(
    'overlapDays never throws and is never negative, years 0001–9999',
    (a, b) => {
      const [start, end] = a <= b ? [a, b] : [b, a];
      expect(overlapDays(QUARTER, start, end)).toBeGreaterThanOrEqual(0);
    },
  );
});
