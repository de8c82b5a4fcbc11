import { describe, expect, it } from 'vitest';
import { person, run } from '../../test/support/metrics.js';
import type { IsoDate } from '../core/index.js';
import { communityParticipationMetric } from './community-participation.js';

const quarter = { from: '2026-07-01', to: '2026-10-01' } as const;
const on = (...days: IsoDate[]) => days.map((d) => ({ on: d }));

describe('communityParticipationMetric', () => {
  const records = [
    person('p-a', '2026-01-05', {
      activities: on(
        '2026-07-02',
        '2026-07-09',
        '2026-08-06',
        '2026-09-03',
        '2026-09-10',
        '2026-09-17',
        '2026-10-01',
      ),
    }),
    person('p-b', '2026-08-10', { activities: on('2026-08-12', '2026-09-14') }),
    person('p-c', '2026-01-05'),
  ];
  const result = run(communityParticipationMetric({ window: quarter }), records);

  it('divides each month’s activities by the people supported that month', () => {
    expect(
      result.monthly.map((m) => [m.month, m.perPerson.numerator, m.perPerson.denominator]),
    ).toEqual([
      ['2026-07', 2, 2],
      ['2026-08', 2, 3],
      ['2026-09', 4, 3],
    ]);
  });

  it('divides all activities by person-months for the overall figure', () => {
    expect(result.perPersonPerMonth).toMatchObject({ numerator: 8, denominator: 8, value: 1 });
  });

  it('counts the people taking part at all', () => {
    expect(result.peopleTakingPart).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it('gives the Theil–Sen slope and Mann–Kendall test of the monthly values', () => {
    // Monthly values 1, 2/3, 4/3: pairwise slopes −1/3, 1/6, 1/3 → median 1/6.
    expect(result.trend.slope.slope).toBeCloseTo(1 / 6, 12);
    expect(result.trend.test.s).toBe(1);
    expect(result.chart.options.improvement).toBe('increase');
  });
});
