import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDateOf, daysBetween } from '../core/index.js';
import { dayNumber, isoDate, ukDateTime, ukOffset } from './days.js';

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

describe('dayNumber and isoDate', () => {
  it('count days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11017);
    expect(isoDate(-1)).toBe('1969-12-31');
    expect(isoDate(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });
  describe('properties', () => {
    test.prop([fc.integer({ min: -700_000, max: 2_900_000 })])(
      'isoDate then dayNumber is the identity, and agrees with addDays',
      (n) => {
        const date = isoDate(n);
        expect(dayNumber(date)).toBe(n);
        expect(daysBetween('1970-01-01', date)).toBe(n);
        expect(addDays('1970-01-01', n)).toBe(date);
      },
    );
  });
});

describe('ukOffset', () => {
  it('is +01:00 in British Summer Time and +00:00 outside it', () => {
    expect(ukOffset(dayNumber('2026-03-28'))).toBe('+00:00');
    expect(ukOffset(dayNumber('2026-03-29'))).toBe('+01:00'); // last Sunday of March
    expect(ukOffset(dayNumber('2026-10-24'))).toBe('+01:00');
    expect(ukOffset(dayNumber('2026-10-25'))).toBe('+00:00'); // last Sunday of October
  });
  describe('properties', () => {
    test.prop([
      fc.integer({ min: dayNumber('1996-01-01'), max: dayNumber('2037-12-31') }),
      fc.integer({ min: 3, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
    ])(
      'a UK local time written with its offset reads back as the same London time and day',
      (day, hour, minute) => {
        const at = ukDateTime(day, hour, minute);
        const local = LONDON.format(new Date(Date.parse(at)));
        expect(local).toBe(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
        expect(calendarDateOf(at as `${number}-${number}-${number}T${string}`)).toBe(isoDate(day));
      },
    );
  });
});
