import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbIsoDateTime } from '../../test/arbitraries/core.js';
import { thrownCode } from '../../test/support/thrown.js';
import { withTimeZone, ZONES } from '../../test/support/time-zone.js';
import type { IsoDateTime } from './calendar.js';
import { calendarDateOf } from './calendar-date-of.js';
import { daysBetween } from './date-arithmetic.js';

describe('calendarDateOf', () => {
  it('uses British Summer Time in summer', () => {
    expect(calendarDateOf('2026-07-01T23:30:00Z')).toBe('2026-07-02');
    expect(calendarDateOf('2026-07-01T22:59:59Z')).toBe('2026-07-01');
  });
  it('uses Greenwich Mean Time in winter', () => {
    expect(calendarDateOf('2026-12-01T23:30:00Z')).toBe('2026-12-01');
  });
  it('changes at the moment the clocks change', () => {
    expect(calendarDateOf('2026-03-28T23:59:59Z')).toBe('2026-03-28');
    expect(calendarDateOf('2026-03-29T00:30:00Z')).toBe('2026-03-29');
    expect(calendarDateOf('2026-10-24T23:30:00Z')).toBe('2026-10-25');
    expect(calendarDateOf('2026-10-25T23:30:00Z')).toBe('2026-10-25');
  });
  it('reads the offset written in the instant', () => {
    expect(calendarDateOf('2026-07-02T00:30:00+01:00')).toBe('2026-07-02');
    expect(calendarDateOf('2026-07-01T20:00:00-05:00')).toBe('2026-07-02');
  });
  it('uses another time zone when asked', () => {
    expect(calendarDateOf('2026-07-01T23:30:00Z', { timeZone: 'UTC' })).toBe('2026-07-01');
    expect(calendarDateOf('2026-07-01T13:30:00Z', { timeZone: 'Pacific/Kiritimati' })).toBe(
      '2026-07-02',
    );
  });
  it('handles historic offsets with seconds', () => {
    expect(calendarDateOf('1800-01-01T00:00:30Z')).toBe('1799-12-31');
  });
  it('throws invalid_argument for an unknown time zone', () => {
    expect(
      thrownCode(() => calendarDateOf('2026-07-01T23:30:00Z', { timeZone: 'Mars/Olympus' })),
    ).toBe('invalid_argument');
  });
  it('throws invalid_date for a date-time without an offset', () => {
    expect(thrownCode(() => calendarDateOf('2026-07-01T23:30:00' as IsoDateTime))).toBe(
      'invalid_date',
    );
  });
  it('throws date_out_of_range before the year 0001', () => {
    expect(thrownCode(() => calendarDateOf('0001-01-01T00:00:00+14:00'))).toBe('date_out_of_range');
  });
  it('throws date_out_of_range after the year 9999, and keeps the last day itself', () => {
    expect(thrownCode(() => calendarDateOf('9999-12-31T23:30:00-05:00'))).toBe('date_out_of_range');
    expect(calendarDateOf('9999-12-31T23:30:00Z')).toBe('9999-12-31');
    expect(calendarDateOf('9999-12-31T23:30:00-05:00', { timeZone: 'America/New_York' })).toBe(
      '9999-12-31',
    );
  });

  describe('properties', () => {
    test.prop([arbIsoDateTime])('is the UTC date or one day either side of it', (instant) => {
      const utcDate = new Date(instant)
        .toISOString()
        .slice(0, 10) as `${number}-${number}-${number}`;
      expect(Math.abs(daysBetween(utcDate, calendarDateOf(instant)))).toBeLessThanOrEqual(1);
    });
    test.prop([arbIsoDateTime])('in UTC it is the UTC date', (instant) => {
      expect(calendarDateOf(instant, { timeZone: 'UTC' })).toBe(
        new Date(instant).toISOString().slice(0, 10),
      );
    });
    test.prop([arbIsoDateTime, fc.constantFrom(...ZONES)])(
      'results are equal across process time zones',
      (instant, zone) => {
        expect(withTimeZone(zone, () => calendarDateOf(instant))).toBe(calendarDateOf(instant));
      },
    );
    test.prop([fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2038, 0, 1) - 1 })], {
      numRuns: 2000,
    })('the UK summer-time rule read directly agrees with the runtime’s time-zone rules', (ms) => {
      const instant = new Date(ms).toISOString() as IsoDateTime;
      const byIntl = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Europe/London',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(ms);
      expect(calendarDateOf(instant)).toBe(byIntl);
    });
    it('changes day at the clock changes exactly as the runtime does', () => {
      // Around 01:00 UTC on 29 March and 25 October 2026, and midnight in each season.
      for (const instant of [
        '2026-03-28T23:59:59Z',
        '2026-03-29T00:59:59Z',
        '2026-03-29T23:00:00Z',
        '2026-10-24T22:59:59Z',
        '2026-10-24T23:00:00Z',
        '2026-10-25T00:59:59Z',
        '2026-10-25T23:59:59Z',
      ] as IsoDateTime[]) {
        const byIntl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
          Date.parse(instant),
        );
        expect(calendarDateOf(instant), instant).toBe(byIntl);
      }
    });
  });
});
