import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbSupportPlan } from '../../test/arbitraries/reviews.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { aishaPlan, goodReview } from '../../test/fixtures/reviews.js';
import { thrownCode } from '../../test/support/thrown.js';
import { withTimeZone, ZONES } from '../../test/support/time-zone.js';
import { addDays, type IsoDate } from '../core/index.js';
import type { Outcome } from '../outcomes/index.js';
import { DEFAULT_REVIEW_SCHEDULE, defaultReviewTriggerRules } from './default-rules.js';
import { reviewsDueNotices } from './notices.js';
import { reviewsDue } from './reviews-due.js';
import {
  DueReviewSchema,
  type LifeEvent,
  type Review,
  type ReviewTriggerRule,
  type SupportPlan,
} from './schemas/index.js';

const AS_OF: IsoDate = '2026-11-23';
const plan = (over: Partial<SupportPlan> = {}): SupportPlan => ({
  id: 'plan-1',
  personId: 'p-aisha',
  start: '2026-01-05',
  ...over,
});
const event = (id: string, on: IsoDate, over: Partial<LifeEvent> = {}): LifeEvent => ({
  id,
  personId: 'p-aisha',
  on,
  kind: 'incident',
  severity: 'low',
  summary: 'Shouted at a housemate at tea time',
  ...over,
});
const review = (id: string, on: IsoDate, over: Partial<Review> = {}): Review => ({
  id,
  personId: 'p-aisha',
  on,
  person: { involvement: 'present' },
  ...over,
});
const ruleIds = (p: SupportPlan, asOf: IsoDate = AS_OF, rules = defaultReviewTriggerRules) =>
  reviewsDue(p, { asOf, rules }).due.map((d) =>
    d.reason.kind === 'rule' ? d.reason.ruleId : d.reason.kind,
  );
const onlyRule = (rule: ReviewTriggerRule) => [rule];

describe('reviewsDue', () => {
  describe('a new plan with an unplanned admission (Aisha)', () => {
    const { due, notices } = reviewsDue(aishaPlan, { asOf: AS_OF });

    it('lists the admission review and the first review, soonest due first', () => {
      expect(due).toEqual([
        {
          reason: {
            kind: 'rule',
            ruleId: 'unplanned_admission',
            description: 'An unplanned hospital admission',
            eventIds: ['ev-admission'],
            outcomeIds: [],
          },
          triggeredOn: '2026-10-20',
          dueOn: '2026-10-27',
          urgency: 'urgent',
          overdue: true,
          daysUntilDue: -27,
        },
        {
          reason: { kind: 'first_review', planStart: '2026-09-14' },
          triggeredOn: '2026-09-14',
          dueOn: '2026-11-09',
          urgency: 'routine',
          overdue: true,
          daysUntilDue: -14,
        },
      ]);
      expect(notices).toEqual([]);
    });

    it('is not overdue on the due day itself', () => {
      const first = reviewsDue(aishaPlan, { asOf: '2026-11-09', rules: [] }).due[0];
      expect(first).toMatchObject({ dueOn: '2026-11-09', overdue: false, daysUntilDue: 0 });
    });
  });

  describe('after a person-led review that discussed the admission', () => {
    it('lists only the next scheduled review, 12 months on', () => {
      const { due } = reviewsDue({ ...aishaPlan, reviews: [goodReview] }, { asOf: AS_OF });
      expect(due).toEqual([
        {
          reason: { kind: 'scheduled', lastReviewOn: '2026-11-16' },
          triggeredOn: '2026-11-16',
          dueOn: '2027-11-16',
          urgency: 'routine',
          overdue: false,
          daysUntilDue: 358,
        },
      ]);
    });
  });

  describe('the schedule', () => {
    it('does not count a review before week 6 as the first review', () => {
      const early = review('rev-early', '2026-02-09'); // week 5
      const { due } = reviewsDue(plan({ reviews: [early] }), { asOf: '2026-02-10', rules: [] });
      expect(due.map((d) => [d.reason.kind, d.dueOn])).toEqual([['first_review', '2026-03-02']]);
    });

    it('counts a review from week 6 as the first review', () => {
      const week6 = review('rev-6', '2026-02-16');
      const { due } = reviewsDue(plan({ reviews: [week6] }), { asOf: '2026-02-17', rules: [] });
      expect(due.map((d) => [d.reason.kind, d.dueOn])).toEqual([['scheduled', '2027-02-16']]);
    });

    it('counts from the latest review held, whatever prompted it', () => {
      const held = [review('rev-a', '2026-03-01'), review('rev-b', '2026-06-10')];
      const schedule = { ...DEFAULT_REVIEW_SCHEDULE, cadenceMonths: 3 };
      const { due } = reviewsDue(plan({ reviews: held }), {
        asOf: '2026-07-01',
        rules: [],
        schedule,
      });
      expect(due[0]).toMatchObject({
        reason: { kind: 'scheduled', lastReviewOn: '2026-06-10' },
        dueOn: '2026-09-10',
      });
    });

    it('ends a month cadence on the last day of a shorter month', () => {
      const schedule = { ...DEFAULT_REVIEW_SCHEDULE, cadenceMonths: 1 };
      const at = (on: IsoDate) =>
        reviewsDue(plan({ start: '2025-11-01', reviews: [review('r', on)] }), {
          asOf: on,
          rules: [],
          schedule,
        }).due[0]?.dueOn;
      expect(at('2026-01-31')).toBe('2026-02-28');
      expect(at('2026-03-31')).toBe('2026-04-30');
    });

    it('lands on 29 February in a leap year', () => {
      const schedule = { ...DEFAULT_REVIEW_SCHEDULE, cadenceMonths: 1 };
      const p = plan({ start: '2027-11-01', reviews: [review('r', '2028-01-31')] });
      expect(reviewsDue(p, { asOf: '2028-02-01', rules: [], schedule }).due[0]?.dueOn).toBe(
        '2028-02-29',
      );
      const yearly = plan({ start: '2027-11-01', reviews: [review('r', '2028-02-29')] });
      expect(reviewsDue(yearly, { asOf: '2028-03-01', rules: [] }).due[0]?.dueOn).toBe(
        '2029-02-28',
      );
    });

    it('gives the same dates across the clock changes in every time zone', () => {
      // 2026-03-02 + 8 weeks crosses the start of British Summer Time (29 March);
      // 2026-10-05 + 8 weeks crosses its end (25 October).
      for (const zone of ZONES) {
        withTimeZone(zone, () => {
          const spring = reviewsDue(plan({ start: '2026-03-02' }), {
            asOf: '2026-03-29',
            rules: [],
          });
          expect(spring.due[0]).toMatchObject({ dueOn: '2026-04-27', daysUntilDue: 29 });
          const autumn = reviewsDue(plan({ start: '2026-10-05' }), {
            asOf: '2026-10-25',
            rules: [],
          });
          expect(autumn.due[0]).toMatchObject({ dueOn: '2026-11-30', daysUntilDue: 36 });
        });
      }
    });

    it('ignores reviews from before the plan started', () => {
      const old = review('rev-old', '2025-12-01');
      const { due } = reviewsDue(plan({ reviews: [old] }), { asOf: '2026-01-10', rules: [] });
      expect(due.map((d) => d.reason.kind)).toEqual(['first_review']);
    });

    it('lists nothing once the plan has ended', () => {
      const ended = plan({
        end: '2026-02-01',
        events: [event('e1', '2026-01-20', { kind: 'safeguarding_concern' })],
      });
      expect(reviewsDue(ended, { asOf: '2026-02-02' }).due).toEqual([]);
      // The first review would fall due on 2 March, after the plan ends: it is not listed.
      expect(reviewsDue(ended, { asOf: '2026-02-01' }).due.map((d) => d.reason.kind)).toEqual([
        'rule',
      ]);
    });
  });

  describe('each default rule', () => {
    const cases: [string, Partial<LifeEvent>][] = [
      ['safeguarding', { kind: 'safeguarding_concern' }],
      ['unplanned_admission', { kind: 'hospital_admission_unplanned' }],
      ['serious_incident', { kind: 'incident', severity: 'high' }],
      ['significant_change', { kind: 'medication_change', severity: 'medium' }],
      ['complaint', { kind: 'complaint' }],
      ['family_feedback', { kind: 'family_feedback', severity: 'medium' }],
      ['planned_admission', { kind: 'hospital_admission_planned' }],
      ['new_personal_goal', { kind: 'new_personal_goal' }],
    ];
    for (const [ruleId, over] of cases) {
      it(`fires ${ruleId} with its due date and urgency`, () => {
        const rule = defaultReviewTriggerRules.find((r) => r.id === ruleId);
        const p = plan({ events: [event('e1', '2026-06-01', over)] });
        const due = reviewsDue(p, { asOf: '2026-06-02' }).due.find(
          (d) => d.reason.kind === 'rule' && d.reason.ruleId === ruleId,
        );
        expect(due).toMatchObject({
          triggeredOn: '2026-06-01',
          dueOn: addDays('2026-06-01', rule?.dueWithinDays ?? -1),
          urgency: rule?.urgency,
          reason: { eventIds: ['e1'] },
        });
      });
    }

    it('leaves out events below the rule’s severity', () => {
      const p = plan({
        events: [
          event('e1', '2026-06-01', { kind: 'medication_change', severity: 'low' }),
          event('e2', '2026-06-01', { kind: 'incident', severity: 'medium' }),
          event('e3', '2026-06-01', { kind: 'family_feedback', severity: 'low' }),
        ],
      });
      expect(ruleIds(p, '2026-06-02')).toEqual(['first_review']);
    });

    it('fires repeated_incidents on the third incident within 28 days', () => {
      const p = plan({
        events: [event('a', '2026-06-01'), event('b', '2026-06-15'), event('c', '2026-06-28')],
      });
      const due = reviewsDue(p, { asOf: '2026-07-01' }).due.find((d) => d.reason.kind === 'rule');
      expect(due).toMatchObject({
        reason: { ruleId: 'repeated_incidents', eventIds: ['a', 'b', 'c'] },
        triggeredOn: '2026-06-28',
        dueOn: '2026-07-12',
        urgency: 'soon',
      });
    });

    it('does not fire repeated_incidents when the third is 28 days after the first', () => {
      const p = plan({
        events: [event('a', '2026-06-01'), event('b', '2026-06-15'), event('c', '2026-06-29')],
      });
      expect(ruleIds(p, '2026-07-01')).toEqual(['first_review']);
    });

    it('fires falling_rating when an open outcome’s rating falls', () => {
      const falling: Outcome = {
        ...goodOutcome,
        personId: 'p-aisha',
        ratings: [
          { on: '2026-10-12', score: 3, ratedBy: 'person' },
          { on: '2026-11-09', score: 2, ratedBy: 'person' },
        ],
      };
      const p = plan({ start: '2026-09-14', outcomes: [falling] });
      expect(reviewsDue(p, { asOf: AS_OF }).due.find((d) => d.reason.kind === 'rule')).toEqual({
        reason: {
          kind: 'rule',
          ruleId: 'falling_rating',
          description: 'A progress rating fell',
          eventIds: [],
          outcomeIds: [goodOutcome.id],
        },
        triggeredOn: '2026-11-09',
        dueOn: '2026-12-07',
        urgency: 'soon',
        overdue: false,
        daysUntilDue: 14,
      });
    });
  });

  describe('falling ratings', () => {
    const rated = (
      id: string,
      scores: [IsoDate, number][],
      over: Partial<Outcome> = {},
    ): Outcome => ({
      ...goodOutcome,
      id,
      personId: 'p-aisha',
      ratings: scores.map(([on, score]) => ({ on, score, ratedBy: 'person' })),
      ...over,
    });
    const fall: [IsoDate, number][] = [
      ['2026-03-01', 4],
      ['2026-04-01', 2],
      ['2026-05-01', 5],
    ];

    it('still asks for a review after the score recovers', () => {
      const { due } = reviewsDue(plan({ outcomes: [rated('o1', fall)] }), { asOf: '2026-05-02' });
      expect(due.find((d) => d.reason.kind === 'rule')).toMatchObject({
        triggeredOn: '2026-04-01',
      });
    });

    it('is answered by the next review held on or after the fall', () => {
      const p = plan({ outcomes: [rated('o1', fall)], reviews: [review('r1', '2026-04-10')] });
      expect(ruleIds(p, '2026-05-02')).toEqual(['scheduled']);
    });

    it('with answeredBy discussed, is answered only by a review that looked at the outcome', () => {
      const p = plan({ outcomes: [rated('o1', fall)], reviews: [review('r1', '2026-04-10')] });
      const discussed = (q: SupportPlan) =>
        reviewsDue(q, { asOf: '2026-05-02', answeredBy: 'discussed' }).due.map(
          (d) => d.reason.kind,
        );
      expect(discussed(p)).toEqual(['rule', 'scheduled']);
      const looked = review('r1', '2026-04-10', {
        outcomes: [{ outcomeId: 'o1', stillMeaningful: 'yes' }],
      });
      expect(discussed(plan({ outcomes: [rated('o1', fall)], reviews: [looked] }))).toEqual([
        'scheduled',
      ]);
    });

    it('ignores closed outcomes, falls smaller than drop, and ratings before the plan', () => {
      const outcomes = [
        rated('closed', fall, { lifecycleStatus: 'completed' }),
        rated('small', [
          ['2026-03-01', 4],
          ['2026-04-01', 3],
        ]),
        rated('before', [
          ['2025-11-01', 5],
          ['2025-12-01', 1],
        ]),
      ];
      const rules = onlyRule({
        on: 'falling_rating',
        id: 'big-fall',
        description: 'A fall of two points',
        drop: 2,
        dueWithinDays: 7,
        urgency: 'urgent',
      });
      expect(
        reviewsDue(plan({ outcomes }), { asOf: '2026-05-02', rules }).due.map((d) => d.reason.kind),
      ).toEqual(['first_review']);
    });

    it('compares the first and last of the last ratings, and lists each outcome once', () => {
      const rules = onlyRule({
        on: 'falling_rating',
        id: 'three',
        description: 'Down over three ratings',
        last: 3,
        dueWithinDays: 28,
        urgency: 'soon',
      });
      const slow = rated('slow', [
        ['2026-03-01', 4],
        ['2026-04-01', 4],
        ['2026-05-01', 3],
      ]);
      const other = rated('other', [
        ['2026-02-01', 5],
        ['2026-02-15', 5],
        ['2026-03-01', 2],
      ]);
      const due = reviewsDue(plan({ outcomes: [slow, other] }), {
        asOf: '2026-05-02',
        rules,
      }).due.find((d) => d.reason.kind === 'rule');
      expect(due).toMatchObject({
        triggeredOn: '2026-03-01',
        reason: { outcomeIds: ['other', 'slow'] },
      });
    });
  });

  describe('answering a trigger with a review', () => {
    const incident = event('e1', '2026-06-01', { severity: 'high' });
    const discussedPolicy = (p: SupportPlan, asOf: IsoDate) =>
      reviewsDue(p, { asOf, answeredBy: 'discussed' }).due.map((d) =>
        d.reason.kind === 'rule' ? d.reason.ruleId : d.reason.kind,
      );

    it('answers a trigger with the first review held on or after it, listed or not', () => {
      for (const on of ['2026-06-01', '2026-06-03'] as const) {
        const p = plan({ events: [incident], reviews: [review('r1', on)] });
        expect(ruleIds(p, '2026-06-10')).toEqual(['scheduled']);
      }
    });

    it('does not answer it with a review before the event', () => {
      const p = plan({
        events: [incident],
        reviews: [review('r1', '2026-05-30', { eventsDiscussed: ['e1'] })],
      });
      expect(ruleIds(p, '2026-06-10')).toContain('serious_incident');
    });

    it('with answeredBy discussed, answers it only with a review that lists the event', () => {
      const silent = plan({ events: [incident], reviews: [review('r1', '2026-06-03')] });
      expect(discussedPolicy(silent, '2026-06-10')).toContain('serious_incident');
      const listed = plan({
        events: [incident],
        reviews: [review('r1', '2026-06-01', { eventsDiscussed: ['e1'] })],
      });
      expect(discussedPolicy(listed, '2026-06-10')).not.toContain('serious_incident');
    });

    it('takes events before the plan started as covered by the plan', () => {
      const p = plan({ events: [event('e0', '2026-01-04', { kind: 'safeguarding_concern' })] });
      expect(ruleIds(p, '2026-01-10')).toEqual(['first_review']);
    });
  });

  describe('answered, not discussed: what a practitioner expects', () => {
    const admission = event('ev-admit', '2026-07-10', {
      kind: 'hospital_admission_unplanned',
      severity: 'high',
      summary: 'Admitted after a seizure',
    });

    it('does not call an admission answered by a review four days later "777 days overdue"', () => {
      const p = plan({
        events: [admission],
        reviews: [review('rev-jul', '2026-07-14'), review('rev-annual', '2027-07-06')],
      });
      const { due } = reviewsDue(p, { asOf: '2028-09-01' });
      expect(due).toEqual([
        {
          reason: { kind: 'scheduled', lastReviewOn: '2027-07-06' },
          triggeredOn: '2027-07-06',
          dueOn: '2028-07-06',
          urgency: 'routine',
          overdue: true,
          daysUntilDue: -57,
        },
      ]);
    });

    it('keeps it overdue only when the policy says a review must record discussing it', () => {
      const p = plan({ events: [admission], reviews: [review('rev-jul', '2026-07-14')] });
      const rule = reviewsDue(p, { asOf: '2028-09-01', answeredBy: 'discussed' }).due.find(
        (d) => d.reason.kind === 'rule',
      );
      expect(rule).toMatchObject({ dueOn: '2026-07-17', daysUntilDue: -777 });
    });

    it('clears a serious incident reviewed five days later, with ten reviews since that never list it', () => {
      const incident = event('ev-serious', '2024-05-07', { severity: 'high' });
      const reviews = [review('rv-0', '2024-05-12')];
      for (let i = 1; i <= 10; i += 1)
        reviews.push(review(`rv-${i}`, addDays('2024-05-12', 80 * i)));
      const p = plan({ start: '2024-01-08', events: [incident], reviews });
      expect(ruleIds(p, '2026-09-30')).toEqual(['scheduled']);
    });

    it('lets a responsive review leave the schedule alone when cadenceFrom says so', () => {
      const schedule = { ...DEFAULT_REVIEW_SCHEDULE, cadenceFrom: 'scheduled_review' as const };
      const p = plan({
        events: [admission],
        reviews: [
          review('rev-annual', '2026-03-01', { kind: 'scheduled' }),
          review('rev-after-admission', '2026-07-14', { kind: 'responsive' }),
        ],
      });
      const scheduled = (s?: typeof schedule) =>
        reviewsDue(p, { asOf: '2026-08-01', ...(s ? { schedule: s } : {}) }).due.map(
          (d) => d.dueOn,
        );
      expect(scheduled()).toEqual(['2027-07-14']);
      expect(scheduled(schedule)).toEqual(['2027-03-01']);
    });
  });

  describe('host-defined kinds and rules', () => {
    it('fires a host rule on a host kind', () => {
      const rules = onlyRule({
        on: 'events',
        id: 'missed-days',
        description: 'Missed day service twice in a fortnight',
        kinds: ['host:missed_day_service'],
        atLeast: 2,
        withinDays: 14,
        dueWithinDays: 10,
        urgency: 'soon',
      });
      const p = plan({
        events: [
          event('m1', '2026-06-01', { kind: 'host:missed_day_service' }),
          event('m2', '2026-06-10', { kind: 'host:missed_day_service' }),
        ],
      });
      expect(
        reviewsDue(p, { asOf: '2026-06-11', rules }).due.find((d) => d.reason.kind === 'rule'),
      ).toMatchObject({
        reason: { ruleId: 'missed-days', eventIds: ['m1', 'm2'] },
        dueOn: '2026-06-20',
      });
    });

    it('lists only the schedule with no rules', () => {
      const p = plan({ events: [event('e1', '2026-06-01', { kind: 'safeguarding_concern' })] });
      expect(ruleIds(p, '2026-06-02', [])).toEqual(['first_review']);
    });
  });

  describe('ordering', () => {
    it('orders by due date, then urgency, then reason, then rule id', () => {
      const rules: ReviewTriggerRule[] = [
        {
          on: 'events',
          id: 'zeta',
          description: 'z',
          kinds: ['complaint'],
          dueWithinDays: 0,
          urgency: 'soon',
        },
        {
          on: 'events',
          id: 'alpha',
          description: 'a',
          kinds: ['complaint'],
          dueWithinDays: 0,
          urgency: 'soon',
        },
        {
          on: 'events',
          id: 'beta',
          description: 'b',
          kinds: ['complaint'],
          dueWithinDays: 0,
          urgency: 'immediate',
        },
        {
          on: 'events',
          id: 'gamma',
          description: 'g',
          kinds: ['complaint'],
          dueWithinDays: 56,
          urgency: 'routine',
        },
      ];
      const p = plan({ events: [event('c1', '2026-01-05', { kind: 'complaint' })] });
      expect(ruleIds(p, '2026-01-06', rules)).toEqual([
        'beta',
        'alpha',
        'zeta',
        'first_review',
        'gamma',
      ]);
    });
  });

  describe('records it cannot use', () => {
    it('ignores and reports events and reviews after asOf', () => {
      const p = plan({
        events: [event('late', '2026-06-05', { kind: 'safeguarding_concern' })],
        reviews: [review('r-late', '2026-06-06')],
      });
      const { due, notices } = reviewsDue(p, { asOf: '2026-06-01' });
      expect(due.map((d) => d.reason.kind)).toEqual(['first_review']);
      expect(notices.map((n) => [n.code, n.severity, n.path])).toEqual([
        ['event_after_as_of', 'info', ['events', 0, 'on']],
        ['review_after_as_of', 'info', ['reviews', 0, 'on']],
      ]);
      expect(notices[0]).toMatchObject({
        planId: 'plan-1',
        eventId: 'late',
        on: '2026-06-05',
        asOf: '2026-06-01',
      });
      expect(notices[0]?.message).toBe(
        'The event "late" is dated 2026-06-05, after 2026-06-01; it was left out of the review triggers.',
      );
    });

    it('counts a repeated event id once and reports it', () => {
      const copy = event('a', '2026-06-01');
      const p = plan({ events: [copy, copy, copy] });
      const { due, notices } = reviewsDue(p, { asOf: '2026-06-02' });
      expect(due.map((d) => d.reason.kind)).toEqual(['first_review']);
      expect(notices).toEqual([
        expect.objectContaining({
          code: 'duplicate_event_id',
          severity: 'warning',
          eventId: 'a',
          count: 3,
        }),
      ]);
    });

    it('keeps the earliest, then most severe, of events sharing an id', () => {
      const p = plan({
        events: [
          event('a', '2026-06-03', { kind: 'safeguarding_concern' }),
          event('a', '2026-06-01', { kind: 'incident', severity: 'low' }),
          event('a', '2026-06-01', { kind: 'incident', severity: 'high' }),
        ],
      });
      expect(ruleIds(p, '2026-06-04')).toEqual(['first_review', 'serious_incident']);
    });

    it('treats reviews sharing an id as one held on the earliest day, covering what any covered', () => {
      const p = plan({
        events: [event('e1', '2026-03-01', { kind: 'complaint' })],
        reviews: [
          review('r', '2026-03-20'),
          review('r', '2026-03-10', { eventsDiscussed: ['e1'] }),
        ],
      });
      const { due, notices } = reviewsDue(p, { asOf: '2026-04-01' });
      expect(due.map((d) => [d.reason.kind, d.dueOn])).toEqual([['scheduled', '2027-03-10']]);
      expect(notices).toEqual([
        expect.objectContaining({ code: 'duplicate_review_id', reviewId: 'r', count: 2 }),
      ]);
    });
  });

  describe('bad options', () => {
    it('throws invalid_date for a bad asOf', () => {
      expect(thrownCode(() => reviewsDue(aishaPlan, { asOf: '2026-02-30' as IsoDate }))).toBe(
        'invalid_date',
      );
    });

    it('throws invalid_argument for a cadence over 12 months or a reversed first window', () => {
      const cadence = { ...DEFAULT_REVIEW_SCHEDULE, cadenceMonths: 13 };
      expect(thrownCode(() => reviewsDue(aishaPlan, { asOf: AS_OF, schedule: cadence }))).toBe(
        'invalid_argument',
      );
      const reversed = { firstReviewWeeks: { from: 9, by: 8 }, cadenceMonths: 12 };
      expect(thrownCode(() => reviewsDue(aishaPlan, { asOf: AS_OF, schedule: reversed }))).toBe(
        'invalid_argument',
      );
    });

    it('throws invalid_argument for rules sharing an id or with numbers out of range', () => {
      const [first] = defaultReviewTriggerRules;
      if (first === undefined) throw new Error('no default rules');
      expect(thrownCode(() => reviewsDue(aishaPlan, { asOf: AS_OF, rules: [first, first] }))).toBe(
        'invalid_argument',
      );
      const negative = { ...first, dueWithinDays: -1 };
      expect(thrownCode(() => reviewsDue(aishaPlan, { asOf: AS_OF, rules: [negative] }))).toBe(
        'invalid_argument',
      );
      const zeroWindow = {
        ...first,
        on: 'events' as const,
        kinds: ['incident' as const],
        withinDays: 0,
      };
      expect(thrownCode(() => reviewsDue(aishaPlan, { asOf: AS_OF, rules: [zeroWindow] }))).toBe(
        'invalid_argument',
      );
      const oneRating: ReviewTriggerRule = {
        on: 'falling_rating',
        id: 'x',
        description: 'x',
        last: 1,
        dueWithinDays: 1,
        urgency: 'soon',
      };
      expect(thrownCode(() => reviewsDue(aishaPlan, { asOf: AS_OF, rules: [oneRating] }))).toBe(
        'invalid_argument',
      );
    });
  });

  describe('properties', () => {
    const arbAsOf = fc.integer({ min: 0, max: 500 }).map((n) => addDays('2025-01-06', n));
    const key = (d: { reason: { kind: string; ruleId?: string } }) =>
      d.reason.kind === 'rule' ? `rule:${d.reason.ruleId ?? ''}` : d.reason.kind;

    test.prop([arbSupportPlan, arbAsOf])(
      'every due review passes its schema and every notice is catalogued',
      (p, asOf) => {
        const { due, notices } = reviewsDue(p, { asOf });
        for (const d of due) expect(DueReviewSchema.safeParse(d).success).toBe(true);
        for (const n of notices) expect(Object.keys(reviewsDueNotices)).toContain(n.code);
      },
    );

    test.prop([arbSupportPlan, arbAsOf, fc.infiniteStream(fc.nat())])(
      'results do not depend on the order of events, reviews and outcomes',
      (p, asOf, stream) => {
        const shuffle = <T>(items: readonly T[] = []) => {
          const keyed = items.map((item) => ({ item, k: stream.next().value as number }));
          return keyed.sort((a, b) => a.k - b.k).map(({ item }) => item);
        };
        const shuffled = {
          ...p,
          events: shuffle(p.events),
          reviews: shuffle(p.reviews),
          outcomes: shuffle(p.outcomes),
        };
        expect(reviewsDue(shuffled, { asOf }).due).toEqual(reviewsDue(p, { asOf }).due);
      },
    );

    test.prop([arbSupportPlan, arbAsOf, fc.integer({ min: 0, max: 400 })])(
      'a later asOf never removes an overdue review that has not been held',
      (p, asOf, extra) => {
        const later = addDays(asOf, extra);
        const { end: _end, ...open } = p;
        const notHeldSince = { ...open, reviews: (p.reviews ?? []).filter((r) => r.on <= asOf) };
        const before = reviewsDue(notHeldSince, { asOf }).due.filter((d) => d.overdue);
        const after = reviewsDue(notHeldSince, { asOf: later }).due;
        for (const d of before) {
          expect(after).toContainEqual(
            expect.objectContaining({
              dueOn: d.dueOn,
              overdue: true,
              reason: expect.objectContaining({ kind: d.reason.kind }),
            }),
          );
          expect(after.map(key)).toContain(key(d));
        }
      },
    );

    test.prop([
      arbSupportPlan,
      arbAsOf,
      fc.integer({ min: 0, max: 500 }),
      fc.constantFrom(...defaultKinds()),
    ])('adding an event never removes a due review', (p, asOf, offset, kind) => {
      const added: LifeEvent = {
        id: 'ev-added-only-once',
        personId: p.personId,
        on: addDays('2025-01-06', offset),
        kind,
        severity: 'critical',
        summary: 'Added',
      };
      const before = reviewsDue(p, { asOf }).due;
      const after = reviewsDue({ ...p, events: [...(p.events ?? []), added] }, { asOf }).due;
      for (const d of before) {
        const same = after.find((a) => key(a) === key(d));
        expect(same).toBeDefined();
        expect((same?.dueOn ?? '') <= d.dueOn).toBe(true);
      }
    });

    test.prop([arbSupportPlan, arbAsOf, fc.nat(), fc.integer({ min: 0, max: 60 })])(
      'holding a review that covers an event clears that trigger',
      (p, asOf, pick, after) => {
        const candidates = (p.events ?? []).filter((e) => e.on >= p.start && e.on <= asOf);
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length] as LifeEvent;
        const heldOn = addDays(target.on, after) > asOf ? asOf : addDays(target.on, after);
        const covering = review('rev-covering-once', heldOn, {
          personId: p.personId,
          eventsDiscussed: [target.id],
        });
        const { due } = reviewsDue({ ...p, reviews: [...(p.reviews ?? []), covering] }, { asOf });
        for (const d of due)
          if (d.reason.kind === 'rule') expect(d.reason.eventIds).not.toContain(target.id);
      },
    );

    test.prop([arbSupportPlan, arbAsOf, fc.integer({ min: 0, max: 500 })])(
      'holding a review on day d answers every trigger raised on or before d',
      (p, asOf, offset) => {
        const d = addDays('2025-01-06', offset);
        fc.pre(d >= p.start && d <= asOf);
        const held = review('rev-held-on-d', d, { personId: p.personId });
        const { due } = reviewsDue({ ...p, reviews: [...(p.reviews ?? []), held] }, { asOf });
        for (const entry of due) {
          if (entry.reason.kind === 'rule') expect(entry.triggeredOn > d).toBe(true);
        }
      },
    );

    test.prop([arbSupportPlan, arbAsOf, fc.constantFrom('any_review', 'scheduled_review')])(
      'no due review is older than the last review held, unless the policy asks for it',
      (p, asOf, cadenceFrom) => {
        const schedule = { ...DEFAULT_REVIEW_SCHEDULE, cadenceFrom };
        const { due } = reviewsDue(p, { asOf, schedule });
        const held = (p.reviews ?? []).filter((r) => r.on >= p.start && r.on <= asOf);
        const last = held
          .map((r) => r.on)
          .sort()
          .at(-1);
        fc.pre(last !== undefined && (p.end === undefined || p.end >= asOf));
        for (const entry of due) {
          if (entry.reason.kind === 'rule')
            expect(entry.triggeredOn > (last as IsoDate)).toBe(true);
          // The schedule asks for an older one only for a first review still to come (every
          // review was before week 6), or when responsive reviews leave the schedule alone.
          if (entry.reason.kind === 'scheduled' && cadenceFrom === 'any_review')
            expect(entry.triggeredOn).toBe(last);
        }
      },
    );

    test.prop([arbSupportPlan, arbAsOf])(
      'the discussed policy answers no trigger the next-review policy leaves open',
      (p, asOf) => {
        const open = (answeredBy: 'next_review' | 'discussed') =>
          reviewsDue(p, { asOf, answeredBy }).due.flatMap((d) =>
            d.reason.kind === 'rule' ? [...d.reason.eventIds, ...d.reason.outcomeIds] : [],
          );
        const strict = new Set(open('discussed'));
        for (const id of open('next_review')) expect(strict.has(id)).toBe(true);
      },
    );

    test.prop([arbSupportPlan, arbAsOf, fc.constantFrom('next_review', 'discussed')])(
      'gives the same result in every time zone',
      (p, asOf, answeredBy) => {
        const expected = reviewsDue(p, { asOf, answeredBy });
        for (const zone of ZONES)
          withTimeZone(zone, () => expect(reviewsDue(p, { asOf, answeredBy })).toEqual(expected));
      },
    );

    test.prop([arbSupportPlan, arbAsOf])('never mutates the plan', (p, asOf) => {
      const copy = structuredClone(p);
      reviewsDue(p, { asOf });
      expect(p).toEqual(copy);
    });
  });
});

function defaultKinds() {
  return defaultReviewTriggerRules.flatMap((r) => (r.on === 'events' ? [...r.kinds] : []));
}
