import { describe, expect, it } from 'vitest';
import { thrownCode } from '../../test/support/thrown.js';
import { communityParticipationMetric } from './community-participation.js';
import { eventRateMetric } from './event-rate.js';
import { governanceMetrics } from './governance-metrics.js';
import { MAX_SERIES_MONTHS, seriesMonths } from './limits.js';

describe('seriesMonths', () => {
  it('lists the months a window covers, up to the limit', () => {
    expect(seriesMonths('f', { from: '2026-07-15', to: '2026-10-01' })).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
    expect(seriesMonths('f', { from: '1926-10-01', to: '2026-10-01' })).toHaveLength(
      MAX_SERIES_MONTHS,
    );
  });
  it('refuses a window of more than 1,200 months with limit_exceeded, before listing them', () => {
    expect(() => seriesMonths('f', { from: '1926-09-01', to: '2026-10-01' })).toThrow(
      'f: the window from 1926-09-01 to 2026-10-01 covers more than 1200 months, the most a monthly series may hold; use a shorter window.',
    );
  });
});

describe('monthly metrics on a window far too long (issue #19)', () => {
  // A typing mistake, a window ending in the year 9000, used to exhaust memory.
  const window = { from: '2026-01-01', to: '9000-01-01' } as const;
  it('refuse it up front instead of running out of memory', () => {
    expect(thrownCode(() => communityParticipationMetric({ window }))).toBe('limit_exceeded');
    expect(thrownCode(() => eventRateMetric({ window, kinds: ['incident'] }))).toBe(
      'limit_exceeded',
    );
    expect(
      thrownCode(() =>
        governanceMetrics({ window: { from: '2026-07-01', to: '2026-10-01' }, trendMonths: 19000 }),
      ),
    ).toBe('limit_exceeded');
  });
  it('accept the longest window allowed', () => {
    expect(() =>
      governanceMetrics({ window: { from: '2026-07-01', to: '2026-10-01' }, trendMonths: 1200 }),
    ).not.toThrow();
  });
});
