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
  });
});
