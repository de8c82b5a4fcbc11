import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbLifeEvent, arbReview, arbSupportPlan } from '../../test/arbitraries/reviews.js';
import { admission, aishaPlan, bedtimeAction, goodReview } from '../../test/fixtures/reviews.js';
import { DEFAULT_REVIEW_SCHEDULE, defaultReviewTriggerRules } from './default-rules.js';
import {
  parseFeedback,
  parseLifeEvent,
  parseReview,
  parseReviewSchedule,
  parseReviewTriggerRule,
  parseSupportPlan,
  ReviewScheduleSchema,
  ReviewTriggerRuleSchema,
  reviewIssueCatalogue,
} from './schemas/index.js';

const issues = (result: {
  success: boolean;
  issues?: readonly { code: string; path: readonly (string | number)[] }[];
}) => (result.success ? [] : (result.issues ?? []).map((i) => [i.code, i.path.join('.')]));

describe('review schemas', () => {
  describe('parseLifeEvent', () => {
    it('accepts built-in and host kinds', () => {
      expect(parseLifeEvent(admission).success).toBe(true);
      expect(parseLifeEvent({ ...admission, kind: 'host:new_tenancy' }).success).toBe(true);
    });

    it('reports unknown_event_kind for a misspelt kind or a bad host kind', () => {
      const result = parseLifeEvent({ ...admission, kind: 'incidnet' });
      expect(issues(result)).toEqual([['unknown_event_kind', 'kind']]);
      expect(result.success ? '' : result.issues[0]?.message).toBe(
        '"kind" is not a kind of life event the library knows. Use a built-in kind such as "incident", or a kind of your own starting with "host:".',
      );
      expect(issues(parseLifeEvent({ ...admission, kind: 'host:Has Spaces' }))).toEqual([
        ['unknown_event_kind', 'kind'],
      ]);
      expect(issues(parseLifeEvent({ ...admission, kind: 7 }))).toEqual([
        ['unknown_event_kind', 'kind'],
      ]);
    });

    it('reports a bad severity and a missing summary', () => {
      const { summary: _s, ...rest } = admission;
      expect(issues(parseLifeEvent({ ...rest, severity: 'huge' }))).toEqual([
        ['invalid_value', 'severity'],
        ['required', 'summary'],
      ]);
    });
  });

  describe('parseFeedback', () => {
    it('accepts feedback and rejects an unknown giver', () => {
      const fb = { id: 'fb', personId: 'p', on: '2026-01-01', from: 'person', words: 'More music' };
      expect(parseFeedback(fb).success).toBe(true);
      expect(issues(parseFeedback({ ...fb, from: 'neighbour' }))).toEqual([
        ['invalid_value', 'from'],
      ]);
    });
  });

  describe('parseReview', () => {
    it('accepts a full review', () => {
      expect(parseReview(goodReview)).toEqual({ success: true, data: goodReview });
    });

    it('accepts why it was held, a friend taking part and a decision that says it changes nothing', () => {
      const review = {
        ...goodReview,
        kind: 'responsive',
        others: [{ role: 'friend', name: 'Dave', how: 'present' }],
        decisions: [{ id: 'd1', text: 'Carry on with Tuesdays', changesPlan: false }],
      };
      expect(parseReview(review)).toEqual({ success: true, data: review });
      expect(issues(parseReview({ ...goodReview, kind: 'routine' }))).toEqual([
        ['invalid_value', 'kind'],
      ]);
      expect(
        issues(
          parseReview({ ...goodReview, decisions: [{ id: 'd', text: 't', changesPlan: 'no' }] }),
        ),
      ).toEqual([['invalid_type', 'decisions.0.changesPlan']]);
    });

    it('reports completed_on_without_done and done_without_completed_on', () => {
      const actions = [
        { ...bedtimeAction, dueOn: '2026-11-20', completedOn: '2026-11-18', status: 'open' },
        { ...bedtimeAction, id: 'b', dueOn: '2026-11-20', completedOn: undefined, status: 'done' },
      ];
      expect(issues(parseReview({ ...goodReview, actions }))).toEqual([
        ['completed_on_without_done', 'actions.0.completedOn'],
        ['done_without_completed_on', 'actions.1.completedOn'],
      ]);
    });

    it('reports an action due or done before the review', () => {
      const result = parseReview({ ...goodReview, actions: [bedtimeAction] });
      expect(issues(result)).toEqual([
        ['action_due_before_agreed', 'actions.0.dueOn'],
        ['action_done_before_agreed', 'actions.0.completedOn'],
      ]);
      expect(result.success ? '' : result.issues[0]?.message).toBe(
        '"actions[0].dueOn" is before the day the action was agreed (2026-11-16).',
      );
    });

    it('reports duplicate_id for repeated actions, decisions and outcome entries', () => {
      const [action] = goodReview.actions ?? [];
      const [decision] = goodReview.decisions ?? [];
      const [entry] = goodReview.outcomes ?? [];
      const review = {
        ...goodReview,
        actions: [action, action],
        decisions: [decision, decision],
        outcomes: [entry, entry],
      };
      expect(issues(parseReview(review))).toEqual([
        ['duplicate_id', 'actions.1'],
        ['duplicate_id', 'decisions.1'],
        ['duplicate_id', 'outcomes.1'],
      ]);
    });

    it('reports every problem at once, even with a bad date', () => {
      const review = { ...goodReview, on: 'yesterday', person: { involvement: 'watched' } };
      expect(issues(parseReview(review))).toEqual([
        ['invalid_format', 'on'],
        ['invalid_value', 'person.involvement'],
      ]);
    });
  });

  describe('parseSupportPlan', () => {
    it('accepts a plan with outcomes, events and reviews', () => {
      expect(parseSupportPlan({ ...aishaPlan, reviews: [goodReview] }).success).toBe(true);
    });

    it('accepts the supporters the person chose, with their wish about reviews', () => {
      const supporters = [
        { role: 'family', name: 'Mum', atReviews: 'wanted' },
        { role: 'friend', atReviews: 'not_wanted' },
      ];
      expect(parseSupportPlan({ ...aishaPlan, supporters }).success).toBe(true);
      expect(
        issues(
          parseSupportPlan({
            ...aishaPlan,
            supporters: [{ role: 'keyworker', atReviews: 'maybe' }],
          }),
        ),
      ).toEqual([
        ['invalid_value', 'supporters.0.role'],
        ['invalid_value', 'supporters.0.atReviews'],
      ]);
    });

    it('gives a required issue for a plan with no start date', () => {
      const { start: _start, ...noStart } = aishaPlan;
      const result = parseSupportPlan(noStart);
      expect(issues(result)).toEqual([['required', 'start']]);
      expect(result.success ? '' : result.issues[0]?.message).toBe('"start" is required.');
    });

    it('reports plan_end_before_start and other_person_record', () => {
      const plan = {
        ...aishaPlan,
        end: '2026-09-01',
        events: [{ ...admission, personId: 'p-ben' }],
      };
      expect(issues(parseSupportPlan(plan))).toEqual([
        ['plan_end_before_start', 'end'],
        ['other_person_record', 'events.0.personId'],
      ]);
    });

    it('reports outcome issues inside the plan with their own codes', () => {
      const [outcome] = aishaPlan.outcomes ?? [];
      const bad = { ...outcome, ratings: [{ on: '2026-10-01', score: 9, ratedBy: 'person' }] };
      expect(issues(parseSupportPlan({ ...aishaPlan, outcomes: [bad] }))).toEqual([
        ['score_outside_scale', 'outcomes.0.ratings.0.score'],
      ]);
    });

    it('accepts repeated event ids (reviewsDue reports them)', () => {
      expect(parseSupportPlan({ ...aishaPlan, events: [admission, admission] }).success).toBe(true);
    });
  });

  describe('trigger rules and schedules', () => {
    it('ships default rules and schedule that pass their schemas, with unique ids', () => {
      for (const rule of defaultReviewTriggerRules)
        expect(ReviewTriggerRuleSchema.parse(rule)).toEqual(rule);
      expect(new Set(defaultReviewTriggerRules.map((r) => r.id)).size).toBe(
        defaultReviewTriggerRules.length,
      );
      expect(ReviewScheduleSchema.parse(DEFAULT_REVIEW_SCHEDULE)).toEqual(DEFAULT_REVIEW_SCHEDULE);
      expect(Object.isFrozen(defaultReviewTriggerRules[0])).toBe(true);
    });

    it('parses a provider rule and reports a bad one', () => {
      const rule = {
        on: 'events',
        id: 'r',
        description: 'Falls',
        kinds: ['host:fall'],
        dueWithinDays: 3,
        urgency: 'urgent',
      };
      expect(parseReviewTriggerRule(rule).success).toBe(true);
      expect(issues(parseReviewTriggerRule({ ...rule, kinds: [], urgency: 'asap' }))).toEqual([
        ['invalid_value', 'urgency'],
        ['too_small', 'kinds'],
      ]);
      expect(issues(parseReviewTriggerRule({ ...rule, on: 'moon' }))).toEqual([
        ['invalid_union', 'on'],
      ]);
    });

    it('accepts which reviews the cadence counts from, and rejects anything else', () => {
      const schedule = { firstReviewWeeks: { from: 6, by: 8 }, cadenceMonths: 12 };
      for (const cadenceFrom of ['any_review', 'scheduled_review'])
        expect(parseReviewSchedule({ ...schedule, cadenceFrom }).success).toBe(true);
      expect(issues(parseReviewSchedule({ ...schedule, cadenceFrom: 'last' }))).toEqual([
        ['invalid_value', 'cadenceFrom'],
      ]);
    });

    it('reports first_review_window_reversed and a cadence over 12 months', () => {
      expect(
        issues(parseReviewSchedule({ firstReviewWeeks: { from: 9, by: 8 }, cadenceMonths: 13 })),
      ).toEqual([
        ['too_big', 'cadenceMonths'],
        ['first_review_window_reversed', 'firstReviewWeeks.from'],
      ]);
    });

    it('documents every issue code', () => {
      expect(Object.keys(reviewIssueCatalogue).sort()).toEqual([
        'action_done_before_agreed',
        'action_due_before_agreed',
        'completed_on_without_done',
        'done_without_completed_on',
        'duplicate_id',
        'first_review_window_reversed',
        'other_person_record',
        'plan_end_before_start',
        'unknown_event_kind',
      ]);
    });
  });

  describe('properties', () => {
    test.prop([arbSupportPlan], { numRuns: 50 })(
      'a parsed plan survives a JSON round trip unchanged',
      (plan) => {
        const parsed = parseSupportPlan(JSON.parse(JSON.stringify(plan)));
        expect(parsed).toEqual({ success: true, data: plan });
      },
    );

    test.prop([fc.anything()])('the parsers never throw, whatever the input', (input) => {
      for (const parse of [
        parseLifeEvent,
        parseFeedback,
        parseReview,
        parseSupportPlan,
        parseReviewTriggerRule,
        parseReviewSchedule,
      ]) {
        expect(() => parse(input)).not.toThrow();
      }
    });

    test.prop([arbReview('p-1'), arbLifeEvent('p-1')])(
      'a review or event with a changed date stays valid or gives a date issue',
      (review, event) => {
        const r = parseReview({ ...review, on: '2026-02-30' });
        const e = parseLifeEvent({ ...event, on: '2026-02-30' });
        expect(issues(r)).toContainEqual(['invalid_date', 'on']);
        expect(issues(e)).toEqual([['invalid_date', 'on']]);
      },
    );
  });
});
