import { describe, expect, it } from 'vitest';
import { goodReview } from '../../test/fixtures/reviews.js';
import { person, run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import type { IsoDate } from '../core/index.js';
import type { LifeEvent, Review } from '../reviews/index.js';
import { reviewTimelinessMetric } from './review-timeliness.js';

const year = { from: '2026-01-01', to: '2027-01-01' } as const;
const review = (personId: string, on: IsoDate, id = `rev-${personId}-${on}`): Review => ({
  ...goodReview,
  id,
  personId,
  on,
});

// Default schedule: first review from week 6, due by week 8; then every 12 months.
const records = [
  // First review due 2 March 2026, held 23 February: on time.
  person('p-a', '2026-01-05', { plan: { reviews: [review('p-a', '2026-02-23')] } }),
  // Due 4 August 2026 (a year after the last review), held 20 August: 16 days late.
  person('p-b', '2025-06-02', {
    plan: { reviews: [review('p-b', '2025-08-04'), review('p-b', '2026-08-20')] },
  }),
  // Due 20 April 2026 and never held: overdue by 255 days on 31 December.
  person('p-c', '2025-03-03', { plan: { reviews: [review('p-c', '2025-04-20')] } }),
  // Due 1 March 2026, but the plan ended on 28 February: not counted.
  person('p-d', '2025-01-06', {
    end: '2026-02-28',
    plan: { reviews: [review('p-d', '2025-03-01')] },
  }),
];

describe('reviewTimelinessMetric', () => {
  const result = run(reviewTimelinessMetric({ window: year }), records);

  it('divides scheduled reviews held by their due day by those due in the window', () => {
    expect(result.proportion).toMatchObject({ numerator: 1, denominator: 3 });
    expect(result.heldLate).toBe(1);
    expect(result.notHeld).toBe(1);
    expect(result.daysLate).toMatchObject({ count: 1, total: 16, max: 16 });
  });

  it('lists the reviews overdue on the last day, most overdue first', () => {
    expect(result.overdueAtEnd.people).toMatchObject({ numerator: 1, denominator: 3 });
    expect(result.overdueAtEnd.byReason).toEqual({ first_review: 0, scheduled: 1, rule: 0 });
    expect(result.overdueAtEnd.mostOverdue).toEqual([
      {
        personId: 'p-c',
        planId: 'plan-p-c',
        groups: {},
        reason: 'scheduled',
        ruleId: null,
        urgency: 'routine',
        dueOn: '2026-04-20',
        daysOverdue: 255,
      },
    ]);
    expect(result.overdueAtEnd.daysOverdue).toMatchObject({ count: 1, median: 255 });
  });

  it('counts a review a trigger rule asked for among the overdue', () => {
    const admission: LifeEvent = {
      id: 'ev-1',
      personId: 'p-a',
      on: '2026-12-01',
      kind: 'hospital_admission_unplanned',
      severity: 'high',
      summary: 'Admitted after a fall',
    };
    const withEvent = person('p-a', '2026-01-05', {
      plan: { reviews: [review('p-a', '2026-02-23')], events: [admission] },
    });
    const overdue = run(reviewTimelinessMetric({ window: year }), [withEvent]).overdueAtEnd;
    expect(overdue.byReason.rule).toBe(1);
    expect(overdue.mostOverdue[0]).toMatchObject({ reason: 'rule', ruleId: expect.any(String) });
  });

  it('keeps only as many overdue reviews as the limit', () => {
    const many = [1, 2, 3].map((i) =>
      person(`p-${i}`, '2025-03-03', { plan: { reviews: [review(`p-${i}`, '2025-04-20')] } }),
    );
    const limited = run(reviewTimelinessMetric({ window: year, limit: 2 }), many);
    expect(limited.overdueAtEnd.mostOverdue.map((r) => r.personId)).toEqual(['p-1', 'p-2']);
    expect(limited.overdueAtEnd.daysOverdue.count).toBe(3);
  });

  it('rejects a negative limit', () => {
    expect(thrownCode(() => reviewTimelinessMetric({ window: year, limit: -1 }))).toBe(
      'invalid_argument',
    );
  });
});
