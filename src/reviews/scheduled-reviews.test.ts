import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbSupportPlan } from '../../test/arbitraries/reviews.js';
import { thrownCode } from '../../test/support/thrown.js';
import { withTimeZone, ZONES } from '../../test/support/time-zone.js';
import { addDays, addMonths, type IsoDate } from '../core/index.js';
import { DEFAULT_REVIEW_SCHEDULE } from './default-rules.js';
import { reviewsDue } from './reviews-due.js';
import { scheduledReviews } from './scheduled-reviews.js';
import { type Review, ScheduledReviewSchema, type SupportPlan } from './schemas/index.js';

const review = (id: string, on: IsoDate, over: Partial<Review> = {}): Review => ({
  id,
  personId: 'p-1',
  on,
  person: { involvement: 'present' },
  ...over,
});
const plan = (over: Partial<SupportPlan> = {}): SupportPlan => ({
  id: 'plan-1',
  personId: 'p-1',
  start: '2026-01-05',
  ...over,
});

describe('scheduledReviews', () => {
  describe('a plan reviewed at week 7, then a year and three weeks later', () => {
    const p = plan({ reviews: [review('r1', '2026-02-16'), review('r2', '2027-03-08')] });
    const { scheduled, notices } = scheduledReviews(p, { asOf: '2027-04-01' });

    it('lists each due date with the review that met it and whether it was on time', () => {
      expect(scheduled).toEqual([
        {
          reason: 'first_review',
          from: '2026-01-05',
          dueOn: '2026-03-02',
          heldOn: '2026-02-16',
          status: 'held_on_time',
        },
        {
          reason: 'scheduled',
          from: '2026-02-16',
          dueOn: '2027-02-16',
          heldOn: '2027-03-08',
          status: 'held_late',
        },
        {
          reason: 'scheduled',
          from: '2027-03-08',
          dueOn: '2028-03-08',
          heldOn: null,
          status: 'upcoming',
        },
      ]);
      expect(notices).toEqual([]);
    });

    it('marks the one still to be held overdue once its day has passed', () => {
      const later = scheduledReviews(p, { asOf: '2028-03-09' }).scheduled.at(-1);
      expect(later).toMatchObject({ heldOn: null, status: 'overdue' });
    });
  });

  describe('a person reviewed every month on an annual cadence', () => {
    const reviews = Array.from({ length: 15 }, (_, i) =>
      review(`r${i}`, addMonths('2025-07-15', i)),
    );
    const p = plan({ start: '2025-06-02', reviews });

    it('has one due date after each review, each met a month later, and the next a year on', () => {
      const { scheduled } = scheduledReviews(p, { asOf: '2026-09-30' });
      expect(scheduled).toHaveLength(16);
      expect(scheduled.at(-1)).toMatchObject({ dueOn: '2027-09-15', heldOn: null });
      expect(scheduled.slice(1, -1).every((s) => s.status === 'held_on_time')).toBe(true);
    });
  });

  describe('the schedule options', () => {
    it('does not count a review before week 6 as the first review', () => {
      const { scheduled } = scheduledReviews(plan({ reviews: [review('r1', '2026-02-01')] }), {
        asOf: '2026-02-10',
      });
      expect(scheduled).toEqual([
        expect.objectContaining({ reason: 'first_review', heldOn: null, status: 'upcoming' }),
      ]);
    });

    it('with cadenceFrom scheduled_review, lets a responsive review meet nothing', () => {
      const p = plan({
        reviews: [
          review('r1', '2026-02-16', { kind: 'scheduled' }),
          review('r2', '2026-06-01', { kind: 'responsive' }),
        ],
      });
      const schedule = { ...DEFAULT_REVIEW_SCHEDULE, cadenceFrom: 'scheduled_review' as const };
      expect(scheduledReviews(p, { asOf: '2026-07-01', schedule }).scheduled.at(-1)).toMatchObject({
        from: '2026-02-16',
        dueOn: '2027-02-16',
      });
      expect(scheduledReviews(p, { asOf: '2026-07-01' }).scheduled.at(-1)).toMatchObject({
        from: '2026-06-01',
        dueOn: '2027-06-01',
      });
    });

    it('leaves out due dates after the plan ends', () => {
      const p = plan({ end: '2026-12-31', reviews: [review('r1', '2026-02-16')] });
      expect(scheduledReviews(p, { asOf: '2026-12-31' }).scheduled).toHaveLength(1);
    });

    it('reports reviews after asOf and repeated ids, as reviewsDue does', () => {
      const p = plan({
        reviews: [
          review('r1', '2026-02-16'),
          review('r1', '2026-02-20'),
          review('r9', '2027-01-01'),
        ],
      });
      expect(scheduledReviews(p, { asOf: '2026-06-01' }).notices.map((n) => n.code)).toEqual([
        'duplicate_review_id',
        'review_after_as_of',
      ]);
    });

    it('throws invalid_argument for a schedule out of range', () => {
      const schedule = { ...DEFAULT_REVIEW_SCHEDULE, cadenceMonths: 13 };
      expect(thrownCode(() => scheduledReviews(plan(), { asOf: '2026-01-05', schedule }))).toBe(
        'invalid_argument',
      );
      const bad = { ...DEFAULT_REVIEW_SCHEDULE, cadenceFrom: 'sometimes' as 'any_review' };
      expect(
        thrownCode(() => scheduledReviews(plan(), { asOf: '2026-01-05', schedule: bad })),
      ).toBe('invalid_argument');
    });
  });

  describe('properties', () => {
    const arbAsOf = fc.integer({ min: 0, max: 500 }).map((n) => addDays('2025-01-06', n));
    const arbSchedule = fc.record({
      firstReviewWeeks: fc.constant({ from: 6, by: 8 }),
      cadenceMonths: fc.constantFrom(1, 3, 12),
      cadenceFrom: fc.constantFrom('any_review' as const, 'scheduled_review' as const),
    });

    test.prop([arbSupportPlan, arbAsOf, arbSchedule])(
      'every entry passes its schema, and only the last can still be to come',
      (p, asOf, schedule) => {
        const { scheduled } = scheduledReviews(p, { asOf, schedule });
        for (const s of scheduled) expect(ScheduledReviewSchema.safeParse(s).success).toBe(true);
        expect(scheduled.slice(0, -1).every((s) => s.heldOn !== null)).toBe(true);
      },
    );

    test.prop([arbSupportPlan, arbAsOf, arbSchedule])(
      'the scheduled review reviewsDue lists is the one still to come',
      (p, asOf, schedule) => {
        const next = scheduledReviews(p, { asOf, schedule }).scheduled.at(-1);
        const listed = reviewsDue(p, { asOf, schedule, rules: [] }).due;
        if (p.end !== undefined && p.end < asOf) expect(listed).toEqual([]);
        else if (next === undefined || next.heldOn !== null) expect(listed).toEqual([]);
        else expect(listed.map((d) => [d.triggeredOn, d.dueOn])).toEqual([[next.from, next.dueOn]]);
      },
    );

    test.prop([arbSupportPlan, arbAsOf])(
      'with cadenceFrom scheduled_review, responsive reviews change nothing on the schedule',
      (p, asOf) => {
        const schedule = { ...DEFAULT_REVIEW_SCHEDULE, cadenceFrom: 'scheduled_review' as const };
        const marked = (p.reviews ?? []).map((r, i) => ({
          ...r,
          kind: i % 2 === 0 ? ('scheduled' as const) : ('responsive' as const),
        }));
        const withAll = scheduledReviews({ ...p, reviews: marked }, { asOf, schedule });
        const scheduledOnly = marked.filter((r) => r.kind === 'scheduled');
        const without = scheduledReviews({ ...p, reviews: scheduledOnly }, { asOf, schedule });
        expect(withAll.scheduled).toEqual(without.scheduled);
      },
    );

    test.prop([arbSupportPlan, arbAsOf])('gives the same result in every time zone', (p, asOf) => {
      const expected = scheduledReviews(p, { asOf });
      for (const zone of ZONES)
        withTimeZone(zone, () => expect(scheduledReviews(p, { asOf })).toEqual(expected));
    });

    test.prop([arbSupportPlan, arbAsOf])('never mutates the plan', (p, asOf) => {
      const copy = structuredClone(p);
      scheduledReviews(p, { asOf });
      expect(p).toEqual(copy);
    });
  });
});
