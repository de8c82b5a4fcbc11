import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbSupportPlan } from '../../test/arbitraries/reviews.js';
import { goodReview } from '../../test/fixtures/reviews.js';
import { person, run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import { addDays, addMonths, type IsoDate } from '../core/index.js';
import { type LifeEvent, type Review, reviewsDue, type SupportPlan } from '../reviews/index.js';
import type { PersonRecord } from './records.js';
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

  describe('timeliness counts only the schedule’s due dates', () => {
    // Reviewed on the 15th of every month from July 2025, on the default annual cadence.
    const monthly = person('p-m', '2025-06-02', {
      plan: {
        reviews: Array.from({ length: 15 }, (_, i) =>
          review('p-m', addMonths('2025-07-15', i), `rev-m-${i}`),
        ),
      },
    });
    const q3 = { from: '2026-07-01', to: '2026-10-01' } as const;

    it('counts nothing due in Q3 2026 for a person reviewed every month', () => {
      const result = run(reviewTimelinessMetric({ window: q3 }), [monthly]);
      expect(result.proportion).toMatchObject({ numerator: 0, denominator: 0, value: null });
      expect(result.overdueAtEnd.people).toMatchObject({ numerator: 0, denominator: 1 });
    });

    it('agrees with reviewsDue, which says the next review is due on 15 September 2027', () => {
      const { due } = reviewsDue(monthly.plan, { asOf: '2026-09-30' });
      expect(due.map((d) => d.dueOn)).toEqual(['2027-09-15']);
    });

    it('counts the one due date a year once that year comes', () => {
      const stopped = person('p-s', '2025-06-02', {
        plan: { reviews: [review('p-s', '2025-07-15'), review('p-s', '2025-08-15')] },
      });
      const result = run(reviewTimelinessMetric({ window: q3 }), [stopped]);
      expect(result.proportion).toMatchObject({ numerator: 0, denominator: 1 });
      expect(result.notHeld).toBe(1);
    });
  });

  describe('triggers raised in the window', () => {
    const admission = (id: string, on: IsoDate): LifeEvent => ({
      id,
      personId: 'p-t',
      on,
      kind: 'hospital_admission_unplanned',
      severity: 'high',
      summary: 'Admitted after a fall',
    });
    const records = [
      person('p-t', '2025-06-02', {
        plan: {
          events: [
            admission('a1', '2026-02-01'),
            admission('a2', '2026-05-01'),
            admission('a3', '2026-09-01'),
            { ...admission('a4', '2026-12-30'), kind: 'safeguarding_concern' },
          ],
          reviews: [
            review('p-t', '2025-07-15'),
            review('p-t', '2026-02-05', 'rev-t-feb'),
            { ...review('p-t', '2026-05-20', 'rev-t-may'), kind: 'responsive' },
          ],
        },
      }),
    ];

    it('counts how each was answered on the window’s last day', () => {
      const { triggers } = run(reviewTimelinessMetric({ window: year }), records);
      expect(triggers).toMatchObject({
        raised: 4,
        answeredLate: 1,
        missed: 0,
        overdue: 1,
        notYetDue: 1,
      });
      // On time ÷ those due by the end or answered: 1 of 3.
      expect(triggers.answeredOnTime).toMatchObject({ numerator: 1, denominator: 3 });
      expect(triggers.missedShare).toMatchObject({ numerator: 0, denominator: 3, value: 0 });
    });

    it('counts a trigger answered only by the routine review as missed, with its share', () => {
      // The May admission waited for the scheduled review on 20 May: nobody reviewed in response.
      const [record] = records;
      const routine = {
        ...record,
        plan: {
          ...record?.plan,
          reviews: record?.plan.reviews?.map((r) =>
            r.id === 'rev-t-may' ? { ...r, kind: 'scheduled' as const } : r,
          ),
        },
      } as PersonRecord;
      const { triggers } = run(reviewTimelinessMetric({ window: year }), [routine]);
      expect(triggers).toMatchObject({ raised: 4, answeredLate: 0, missed: 1 });
      // Missed ÷ those due by the end or answered: 1 of 3, Wilson 95 % 0.0615 to 0.7923.
      expect(triggers.missedShare).toMatchObject({ numerator: 1, denominator: 3 });
      expect(triggers.missedShare.value).toBeCloseTo(1 / 3, 12);
      expect(triggers.missedShare.lower).toBeCloseTo(0.06149, 4);
      expect(triggers.missedShare.upper).toBeCloseTo(0.79234, 4);
    });
  });

  describe('properties', () => {
    const arbWindow = fc
      .tuple(fc.integer({ min: 0, max: 450 }), fc.integer({ min: 1, max: 100 }))
      .map(([from, days]) => ({
        from: addDays('2025-01-06', from),
        to: addDays('2025-01-06', from + days),
      }));
    const arbCadence = fc.constantFrom(1, 3, 12);

    /** The due dates reviewsDue reports, for the schedule, on some day of the window. */
    const reportedInWindow = (
      plan: SupportPlan,
      w: { from: IsoDate; to: IsoDate },
      cadenceMonths: number,
    ) => {
      const schedule = { firstReviewWeeks: { from: 6, by: 8 }, cadenceMonths };
      const dates = new Set<IsoDate>();
      for (let d = w.from; d < w.to; d = addDays(d, 1)) {
        for (const entry of reviewsDue(plan, { asOf: d, schedule, rules: [] }).due) {
          if (entry.dueOn >= w.from && entry.dueOn < w.to) dates.add(entry.dueOn);
        }
      }
      return dates.size;
    };

    test.prop([arbSupportPlan, arbWindow, arbCadence])(
      'the due dates it counts are exactly those reviewsDue reports on some day of the window',
      (plan, w, cadenceMonths) => {
        const schedule = { firstReviewWeeks: { from: 6, by: 8 }, cadenceMonths };
        const result = run(reviewTimelinessMetric({ window: w, schedule, rules: [] }), [
          { type: 'person', plan },
        ]);
        expect(result.proportion.denominator).toBe(reportedInWindow(plan, w, cadenceMonths));
        expect(result.proportion.numerator + result.heldLate + result.notHeld).toBe(
          result.proportion.denominator,
        );
      },
    );
  });
});
