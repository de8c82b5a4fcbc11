import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbSupportPlan } from '../../test/arbitraries/reviews.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { withTimeZone, ZONES } from '../../test/support/time-zone.js';
import { addDays, type IsoDate } from '../core/index.js';
import type { Outcome } from '../outcomes/index.js';
import { reviewsDue } from './reviews-due.js';
import {
  type LifeEvent,
  RaisedTriggerSchema,
  type Review,
  type SupportPlan,
} from './schemas/index.js';
import { triggerHistory } from './trigger-history.js';

const event = (id: string, on: IsoDate, over: Partial<LifeEvent> = {}): LifeEvent => ({
  id,
  personId: 'p-1',
  on,
  kind: 'hospital_admission_unplanned',
  severity: 'high',
  summary: 'Admitted after a fall',
  ...over,
});
const review = (id: string, on: IsoDate, over: Partial<Review> = {}): Review => ({
  id,
  personId: 'p-1',
  on,
  person: { involvement: 'present' },
  ...over,
});
// Started 5 January 2026; first review held 16 February, so the next routine review is due
// on 16 February 2027.
const plan = (over: Partial<SupportPlan> = {}): SupportPlan => ({
  id: 'plan-1',
  personId: 'p-1',
  start: '2026-01-05',
  ...over,
  reviews: [review('r-first', '2026-02-16'), ...(over.reviews ?? [])],
});
const statuses = (p: SupportPlan, asOf: IsoDate) =>
  triggerHistory(p, { asOf }).triggers.map((t) => [t.ruleId, t.raisedOn, t.status]);

describe('triggerHistory', () => {
  describe('how an admission was answered', () => {
    it('answered_on_time: a review within the rule’s seven days, listed or not', () => {
      const p = plan({ events: [event('e1', '2026-07-10')], reviews: [review('r', '2026-07-14')] });
      const [t] = triggerHistory(p, { asOf: '2028-09-01' }).triggers;
      expect(t).toEqual({
        ruleId: 'unplanned_admission',
        description: 'An unplanned hospital admission',
        urgency: 'urgent',
        raisedOn: '2026-07-10',
        dueOn: '2026-07-17',
        eventIds: ['e1'],
        outcomeIds: [],
        answeredOn: '2026-07-14',
        status: 'answered_on_time',
      });
    });

    it('answered_on_time also for a review on the day of the event', () => {
      const p = plan({ events: [event('e1', '2026-07-10')], reviews: [review('r', '2026-07-10')] });
      expect(statuses(p, '2026-08-01')).toEqual([
        ['unplanned_admission', '2026-07-10', 'answered_on_time'],
      ]);
    });

    it('answered_late: a review held in response, after the due day', () => {
      const p = plan({
        events: [event('e1', '2026-07-10')],
        reviews: [review('r', '2026-07-30', { kind: 'responsive' })],
      });
      expect(statuses(p, '2026-08-01')).toEqual([
        ['unplanned_admission', '2026-07-10', 'answered_late'],
      ]);
    });

    it('missed: nobody reviewed in response, and the routine review answered it', () => {
      const recorded = plan({
        events: [event('e1', '2026-07-10')],
        reviews: [review('r', '2026-11-20', { kind: 'scheduled' })],
      });
      expect(statuses(recorded, '2026-12-01')).toEqual([
        ['unplanned_admission', '2026-07-10', 'missed'],
      ]);
      // When the review does not say why it was held: missed only if it came once the
      // routine review was due (16 February 2027).
      const unsaid = (on: IsoDate) =>
        plan({ events: [event('e1', '2026-07-10')], reviews: [review('r', on)] });
      expect(statuses(unsaid('2026-11-20'), '2027-03-01')[0]?.[2]).toBe('answered_late');
      expect(statuses(unsaid('2027-02-20'), '2027-03-01')[0]?.[2]).toBe('missed');
    });

    it('overdue, then open: not answered, past its due day or not yet', () => {
      const p = plan({ events: [event('e1', '2026-07-10')] });
      expect(statuses(p, '2026-07-20')).toEqual([['unplanned_admission', '2026-07-10', 'overdue']]);
      expect(statuses(p, '2026-07-12')).toEqual([['unplanned_admission', '2026-07-10', 'open']]);
    });
  });

  describe('a longer history', () => {
    const p = plan({
      events: [
        event('e1', '2026-03-01'),
        event('e2', '2026-05-10', { kind: 'complaint', severity: 'low' }),
        event('e3', '2026-09-01', { kind: 'safeguarding_concern' }),
      ],
      reviews: [review('r2', '2026-03-05'), review('r3', '2026-06-05')],
    });

    it('lists each trigger once, in the order raised, with the review that answered it', () => {
      expect(
        triggerHistory(p, { asOf: '2026-10-01' }).triggers.map((t) => [
          t.ruleId,
          t.answeredOn,
          t.status,
        ]),
      ).toEqual([
        ['unplanned_admission', '2026-03-05', 'answered_on_time'],
        ['complaint', '2026-06-05', 'answered_on_time'],
        ['safeguarding', null, 'overdue'],
      ]);
    });

    it('with answeredBy discussed, answers a trigger only by a review that lists its event', () => {
      const listed = {
        ...p,
        reviews: [...(p.reviews ?? []), review('r4', '2026-09-10', { eventsDiscussed: ['e3'] })],
      };
      const history = triggerHistory(listed, { asOf: '2026-10-01', answeredBy: 'discussed' });
      expect(history.triggers.map((t) => [t.ruleId, t.answeredOn])).toEqual([
        ['unplanned_admission', null],
        ['complaint', null],
        ['safeguarding', '2026-09-10'],
      ]);
    });

    it('stops at the plan’s end', () => {
      const ended = { ...p, end: '2026-08-31' as const };
      expect(triggerHistory(ended, { asOf: '2026-10-01' }).triggers).toHaveLength(2);
    });
  });

  it('follows a falling rating to the review that answered it', () => {
    const rated: Outcome = {
      ...goodOutcome,
      personId: 'p-1',
      ratings: [
        { on: '2026-03-01', score: 4, ratedBy: 'person' },
        { on: '2026-04-01', score: 3, ratedBy: 'person' },
      ],
    };
    const p = plan({ outcomes: [rated], reviews: [review('r', '2026-04-20')] });
    expect(triggerHistory(p, { asOf: '2026-05-01' }).triggers).toEqual([
      expect.objectContaining({
        ruleId: 'falling_rating',
        raisedOn: '2026-04-01',
        dueOn: '2026-04-29',
        outcomeIds: [goodOutcome.id],
        answeredOn: '2026-04-20',
        status: 'answered_on_time',
      }),
    ]);
  });

  describe('properties', () => {
    const arbAsOf = fc.integer({ min: 0, max: 500 }).map((n) => addDays('2025-01-06', n));
    const arbPolicy = fc.constantFrom('next_review' as const, 'discussed' as const);

    test.prop([arbSupportPlan, arbAsOf, arbPolicy])(
      'the unanswered triggers are exactly the rule reviews reviewsDue lists',
      (p, asOf, answeredBy) => {
        fc.pre(p.end === undefined || p.end >= asOf);
        const open = triggerHistory(p, { asOf, answeredBy })
          .triggers.filter((t) => t.answeredOn === null)
          .map((t) => [t.ruleId, t.raisedOn, t.dueOn, t.eventIds, t.outcomeIds])
          .sort();
        const due = reviewsDue(p, { asOf, answeredBy })
          .due.flatMap((d) =>
            d.reason.kind === 'rule'
              ? [[d.reason.ruleId, d.triggeredOn, d.dueOn, d.reason.eventIds, d.reason.outcomeIds]]
              : [],
          )
          .sort();
        expect(open).toEqual(due);
      },
    );

    test.prop([arbSupportPlan, arbAsOf, arbPolicy])(
      'every trigger passes its schema, and is answered on or after it was raised',
      (p, asOf, answeredBy) => {
        for (const t of triggerHistory(p, { asOf, answeredBy }).triggers) {
          expect(RaisedTriggerSchema.safeParse(t).success).toBe(true);
          if (t.answeredOn !== null) expect(t.answeredOn >= t.raisedOn).toBe(true);
          expect((t.status === 'open' || t.status === 'overdue') === (t.answeredOn === null)).toBe(
            true,
          );
        }
      },
    );

    test.prop([arbSupportPlan, arbAsOf, fc.integer({ min: 1, max: 200 })])(
      'a later asOf never un-answers a trigger',
      (p, asOf, extra) => {
        const { end: _end, ...open } = p;
        const before = triggerHistory(open, { asOf }).triggers.filter((t) => t.answeredOn !== null);
        const after = triggerHistory(open, { asOf: addDays(asOf, extra) }).triggers;
        for (const t of before) expect(after).toContainEqual(t);
      },
    );

    test.prop([arbSupportPlan, arbAsOf])('gives the same result in every time zone', (p, asOf) => {
      const expected = triggerHistory(p, { asOf });
      for (const zone of ZONES)
        withTimeZone(zone, () => expect(triggerHistory(p, { asOf })).toEqual(expected));
    });

    test.prop([arbSupportPlan, arbAsOf])('never mutates the plan', (p, asOf) => {
      const copy = structuredClone(p);
      triggerHistory(p, { asOf });
      expect(p).toEqual(copy);
    });
  });
});
