import { describe, expect, it } from 'vitest';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { person, run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import { goalAchievementMetric } from './goal-achievement.js';

const quarter = { from: '2026-07-01', to: '2026-10-01' } as const;
const outcome = (id: string, personId: string, extra: object = {}) => ({
  ...goodOutcome,
  id,
  personId,
  ...extra,
});

describe('goalAchievementMetric', () => {
  const records = [
    person('p-a', '2026-01-05', {
      plan: {
        outcomes: [
          outcome('o-a1', 'p-a', { achievementStatus: 'achieved', achievedOn: '2026-08-10' }),
          outcome('o-a2', 'p-a', { achievementStatus: 'achieved', achievedOn: '2026-09-30' }),
        ],
      },
    }),
    person('p-b', '2026-01-05', { plan: { outcomes: [outcome('o-b', 'p-b')] } }),
    person('p-c', '2026-01-05', {
      plan: { outcomes: [outcome('o-c', 'p-c', { lifecycleStatus: 'proposed' })] },
    }),
    person('p-d', '2025-01-06', {
      end: '2026-06-30',
      plan: {
        outcomes: [
          outcome('o-d', 'p-d', { achievementStatus: 'achieved', achievedOn: '2026-06-01' }),
        ],
      },
    }),
    person('p-e', '2026-01-05', {
      plan: { outcomes: [outcome('o-e', 'p-e', { achievementStatus: 'sustaining' })] },
    }),
    person('p-f', '2026-01-05', {
      plan: {
        outcomes: [
          outcome('o-f', 'p-f', { achievementStatus: 'achieved', achievedOn: '2026-10-01' }),
        ],
      },
    }),
  ];
  const result = run(goalAchievementMetric({ window: quarter }), records);

  it('divides people achieving an outcome in the window by people with an agreed outcome', () => {
    // p-a achieved twice in the quarter; p-b, p-e and p-f did not (p-f on the day after).
    expect(result.proportion).toMatchObject({ numerator: 1, denominator: 4, value: 0.25 });
    expect(result.outcomesAchieved).toBe(2);
  });

  it('counts people supported with no agreed outcome apart', () => {
    expect(result.peopleWithoutOutcomes).toBe(1);
  });

  it('leaves out people whose support ended before the window', () => {
    expect(result.people + result.peopleWithoutOutcomes).toBe(5);
  });

  it('counts achievements without a date instead of guessing their window', () => {
    expect(result.achievedWithoutDate).toBe(1);
  });

  it('gives the Wilson interval of the proportion', () => {
    const one = run(goalAchievementMetric({ window: quarter }), records.slice(0, 3));
    // 1 of 2 people: Wilson 95 % interval 0.0945 to 0.9055 (hand-checked).
    expect(one.proportion.lower).toBeCloseTo(0.094531, 5);
    expect(one.proportion.upper).toBeCloseTo(0.905469, 5);
  });

  it('has a null value and interval when no one has an outcome', () => {
    expect(run(goalAchievementMetric({ window: quarter }), []).proportion).toMatchObject({
      value: null,
      lower: null,
      upper: null,
    });
  });

  it('rejects a bad confidence level', () => {
    expect(thrownCode(() => goalAchievementMetric({ window: quarter, confidence: 1 }))).toBe(
      'invalid_argument',
    );
  });
});
