import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbAnyIsoDate } from '../../test/arbitraries/core.js';
import { thrownCode } from '../../test/support/thrown.js';
import { withTimeZone, ZONES } from '../../test/support/time-zone.js';
import type { IsoDate } from './calendar.js';
import { formatLongDate } from './long-date.js';

describe('formatLongDate', () => {
  it('writes day, month name and year without a leading zero', () => {
    expect(formatLongDate('2026-10-03')).toBe('3 October 2026');
    expect(formatLongDate('2028-02-29')).toBe('29 February 2028');
    expect(formatLongDate('2026-12-31')).toBe('31 December 2026');
    expect(formatLongDate('0001-01-01')).toBe('1 January 1');
  });

  it('throws invalid_date for a string that is not a calendar date', () => {
    expect(thrownCode(() => formatLongDate('2026-02-30' as IsoDate))).toBe('invalid_date');
  });

  describe('properties', () => {
    test.prop([arbAnyIsoDate])('gives the same text in every time zone', (date) => {
      const expected = formatLongDate(date);
      for (const zone of ZONES)
        withTimeZone(zone, () => expect(formatLongDate(date)).toBe(expected));
    });

    test.prop([arbAnyIsoDate])('names the date’s own day, month and year', (date) => {
      const [year, month, day] = date.split('-').map(Number);
      const text = formatLongDate(date);
      expect(text.startsWith(`${day} `)).toBe(true);
      expect(text.endsWith(` ${year}`)).toBe(true);
      const name = new Date(Date.UTC(2000, (month ?? 1) - 1, 1)).toLocaleString('en-GB', {
        month: 'long',
        timeZone: 'UTC',
      });
      expect(text).toContain(name);
    });
  });
});
