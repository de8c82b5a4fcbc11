import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnsweredFeedbackRecords } from '../../test/arbitraries/metrics.js';
import { person, run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import type { Action, Feedback } from '../reviews/index.js';
import { youSaidWeDidMetric } from './you-said-we-did.js';

const quarter = { from: '2026-07-01', to: '2026-10-01' } as const;

const said = (id: string, on: string, personId = 'p-a'): Feedback =>
  ({ id, personId, on, from: 'person', words: `Feedback ${id}` }) as Feedback;
const answer = (
  id: string,
  feedbackIds: string[],
  status: Action['status'],
  completedOn?: string,
): Action =>
  ({
    id,
    description: `Answer ${id}`,
    owner: { role: 'keyworker' },
    dueOn: '2026-12-01',
    status,
    feedbackIds,
    ...(completedOn === undefined ? {} : { completedOn }),
  }) as Action;

const records = [
  person('p-a', '2026-01-05', {
    feedback: [
      said('f1', '2026-07-02'), // done 12 July: 10 days
      said('f2', '2026-07-10'), // two actions, the last done 9 August: 30 days
      said('f3', '2026-08-01'), // an action still open
      said('f4', '2026-08-15'), // nothing answers it
      said('f5', '2026-09-01'), // its only action dropped
      said('f6', '2026-06-20'), // before the quarter: not counted
      said('f7', '2026-09-20'), // done on 5 October, after the quarter: still open at its end
      said('f1', '2026-07-02'), // the same feedback twice: counted once
    ],
    actions: [
      answer('x1', ['f1'], 'done', '2026-07-12'),
      answer('x2', ['f2'], 'done', '2026-07-20'),
      answer('x3', ['f2'], 'done', '2026-08-09'),
      answer('x4', ['f3'], 'open'),
      answer('x5', ['f5'], 'dropped'),
      answer('x6', ['f6'], 'done', '2026-06-25'),
      answer('x7', ['f7'], 'done', '2026-10-05'),
    ],
  }),
  // Feedback answered by an action agreed at a review.
  person('p-b', '2026-01-05', {
    feedback: [said('g1', '2026-07-05', 'p-b')],
    plan: {
      reviews: [
        {
          id: 'rv-b',
          personId: 'p-b',
          on: '2026-07-15',
          person: { involvement: 'present' },
          actions: [answer('r1', ['g1'], 'done', '2026-07-19')],
          feedbackAnswered: ['g1'],
        },
      ],
    },
  }),
  { type: 'setting' as const, settingId: 'house-1', restrictions: [] },
];

describe('youSaidWeDidMetric', () => {
  describe('feedback from two people over a quarter', () => {
    const result = run(youSaidWeDidMetric({ window: quarter }), records);
    it('divides feedback acted on by the quarter’s end by feedback given in it', () => {
      // Given: f1, f2, f3, f4, f5, f7, g1 = 7; acted on: f1, f2, g1 = 3.
      expect(result.proportion).toMatchObject({ numerator: 3, denominator: 7 });
      expect(result.proportion.value).toBeCloseTo(3 / 7, 12);
    });
    it('gives the Wilson interval for 3 of 7', () => {
      expect(result.proportion.lower).toBeCloseTo(0.15822, 4);
      expect(result.proportion.upper).toBeCloseTo(0.74954, 4);
    });
    it('measures days to action to the last action done', () => {
      // f1: 10 days, f2: 30 days (the later of its two actions), g1: 14 days.
      expect(result.daysToAction).toEqual({ count: 3, total: 54, mean: 18, median: 14, max: 30 });
    });
    it('counts feedback still open at the quarter’s end, and why', () => {
      expect(result.inProgress).toBe(2); // f3, and f7 (done after the quarter)
      expect(result.noAction).toBe(1); // f4
      expect(result.open).toBe(3);
    });
    it('reports feedback whose every action was dropped, and keeps it in the denominator', () => {
      expect(result.dropped).toBe(1);
    });
  });

  describe('an action done on the day the feedback was given', () => {
    it('counts 0 days', () => {
      const sameDay = person('p-c', '2026-01-05', {
        feedback: [said('h1', '2026-08-03', 'p-c')],
        actions: [answer('y1', ['h1'], 'done', '2026-08-03')],
      });
      const result = run(youSaidWeDidMetric({ window: quarter }), [sameDay]);
      expect(result.daysToAction.median).toBe(0);
      expect(result.proportion.value).toBe(1);
    });
  });

  describe('no feedback', () => {
    it('has no value, never NaN', () => {
      const result = run(youSaidWeDidMetric({ window: quarter }), [person('p-d', '2026-01-05')]);
      expect(result.proportion).toMatchObject({ numerator: 0, denominator: 0, value: null });
      expect(result.daysToAction).toEqual({
        count: 0,
        total: 0,
        mean: null,
        median: null,
        max: null,
      });
    });
  });

  describe('bad options', () => {
    it('throws for a window that is not a calendar date', () => {
      expect(
        thrownCode(() =>
          youSaidWeDidMetric({ window: { from: '2026-02-30', to: '2026-07-01' } as never }),
        ),
      ).toBe('invalid_date');
    });
    it('throws for options that are not an object', () => {
      expect(thrownCode(() => youSaidWeDidMetric(null as never))).toBe('invalid_argument');
    });
  });

  describe('properties', () => {
    const metric = youSaidWeDidMetric({ window: { from: '2026-01-01', to: '2027-01-01' } });
    test.prop([arbAnsweredFeedbackRecords(), fc.nat()], { numRuns: 40 })(
      'splitting the records in two and merging equals one pass',
      (rs, cut) => {
        const at = cut % (rs.length + 1);
        const fold = (part: typeof rs) => part.reduce(metric.add, metric.init());
        const merged = metric.merge(fold(rs.slice(0, at)), fold(rs.slice(at)));
        expect(metric.finish(merged)).toEqual(run(metric, rs));
      },
    );
    test.prop([arbAnsweredFeedbackRecords()], { numRuns: 40 })(
      'the order of records does not matter',
      (rs) => {
        expect(run(metric, [...rs].reverse())).toEqual(run(metric, rs));
      },
    );
    test.prop([arbAnsweredFeedbackRecords()], { numRuns: 40 })(
      'a state survives JSON unchanged',
      (rs) => {
        const state = rs.reduce(metric.add, metric.init());
        const revived = JSON.parse(JSON.stringify(state));
        expect(metric.finish(metric.merge(metric.init(), revived))).toEqual(metric.finish(state));
      },
    );
    test.prop([arbAnsweredFeedbackRecords()], { numRuns: 40 })(
      'answered, open and dropped feedback add up to the feedback given',
      (rs) => {
        const r = run(metric, rs);
        expect(r.proportion.numerator + r.open + r.dropped).toBe(r.proportion.denominator);
        expect(r.daysToAction.count).toBe(r.proportion.numerator);
      },
    );
  });
});
