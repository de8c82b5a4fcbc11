import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arbFeedback,
  arbLifeEvent,
  arbOutcomeOf,
  arbReview,
} from '../../test/arbitraries/reviews.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { admission, bedtimeFeedback, goodReview } from '../../test/fixtures/reviews.js';
import type { Outcome } from '../outcomes/index.js';
import {
  checkReviewQuality,
  type ReviewQualityCheck,
  type ReviewQualityContext,
} from './check-review-quality.js';
import { reviewFindings } from './findings.js';
import type { Review } from './schemas.js';

const context: ReviewQualityContext = {
  outcomes: [goodOutcome],
  events: [admission],
  feedback: [bedtimeFeedback],
  involvementWanted: ['family'],
};
const codes = (review: Review, ctx: ReviewQualityContext = context) =>
  checkReviewQuality(review, ctx).findings.map((f) => f.code);
const previous: Review = {
  id: 'rev-aisha-aug',
  personId: 'p-aisha',
  on: '2026-08-10',
  person: { involvement: 'present' },
  views: { words: 'I want to do more art', expressedBy: 'person' },
  actions: [
    {
      id: 'act-bus-pass',
      description: 'Apply for a bus pass',
      owner: { role: 'keyworker' },
      dueOn: '2026-09-01',
      status: 'open',
    },
    {
      id: 'act-later',
      description: 'Look at evening classes',
      owner: { role: 'person' },
      dueOn: '2026-12-01',
      status: 'open',
    },
    {
      id: 'act-done',
      description: 'Buy paints',
      owner: { role: 'family' },
      dueOn: '2026-08-20',
      status: 'done',
      completedOn: '2026-08-18',
    },
  ],
};

describe('checkReviewQuality', () => {
  describe('a person-led review that answered everything', () => {
    const quality = checkReviewQuality(goodReview, context);

    it('reports nothing and passes every applicable check', () => {
      expect(quality.findings).toEqual([]);
      expect(quality.passed).toBe(true);
      expect(quality.checks).toEqual({
        person_views: 'passed',
        outcomes_current: 'passed',
        changes_actioned: 'passed',
        involvement: 'passed',
        previous_actions: 'not_applicable',
        events_discussed: 'passed',
        feedback_answered: 'passed',
      });
    });

    it('marks checks without context not_applicable', () => {
      const bare = checkReviewQuality({ ...goodReview, outcomes: [] });
      expect(bare.checks).toMatchObject({
        outcomes_current: 'not_applicable',
        involvement: 'not_applicable',
        events_discussed: 'not_applicable',
        feedback_answered: 'not_applicable',
      });
      expect(bare.passed).toBe(true);
    });
  });

  describe('the person’s views', () => {
    it('reports person_not_involved when the review was held without them', () => {
      const quality = checkReviewQuality(
        { ...goodReview, person: { involvement: 'not_involved' } },
        context,
      );
      expect(quality.findings).toEqual([
        expect.objectContaining({
          code: 'person_not_involved',
          severity: 'error',
          path: ['person'],
          reviewId: 'rev-aisha-nov',
        }),
      ]);
      expect(quality.checks.person_views).toBe('failed');
      expect(quality.passed).toBe(false);
    });

    it('accepts taking part by other means', () => {
      const review: Review = {
        ...goodReview,
        person: { involvement: 'other_means', means: 'Talking mat' },
      };
      expect(codes(review)).toEqual([]);
    });

    it('reports person_views_missing when no views are recorded', () => {
      const { views: _views, ...review } = goodReview;
      expect(codes(review)).toEqual(['person_views_missing']);
    });

    it('notes views_not_in_persons_words without failing the check', () => {
      const quality = checkReviewQuality(
        { ...goodReview, views: { words: 'She seems happy', expressedBy: 'staff' } },
        context,
      );
      expect(quality.findings).toEqual([
        expect.objectContaining({
          code: 'views_not_in_persons_words',
          severity: 'info',
          expressedBy: 'staff',
        }),
      ]);
      expect(quality.checks.person_views).toBe('passed');
      expect(quality.findings[0]?.message).toContain('by staff');
    });
  });

  describe('outcomes individual and current', () => {
    const second: Outcome = {
      ...goodOutcome,
      id: 'o-aisha-cook',
      words: 'I want to cook my own tea',
    };

    it('reports outcome_not_reviewed for an open outcome nobody looked at', () => {
      const quality = checkReviewQuality(goodReview, {
        ...context,
        outcomes: [goodOutcome, second],
      });
      expect(quality.findings).toEqual([
        expect.objectContaining({
          code: 'outcome_not_reviewed',
          outcomeId: 'o-aisha-cook',
          words: 'I want to cook my own tea',
        }),
      ]);
      expect(quality.checks.outcomes_current).toBe('failed');
    });

    it('does not expect closed outcomes, outcomes starting later, or other people’s outcomes', () => {
      const outcomes: Outcome[] = [
        goodOutcome,
        { ...second, lifecycleStatus: 'completed' },
        { ...second, id: 'o-later', timeframe: { start: '2026-12-01', reviewBy: '2027-03-01' } },
        { ...second, id: 'o-other', personId: 'p-ben' },
      ];
      expect(codes(goodReview, { ...context, outcomes })).toEqual([]);
    });

    it('reports meaning_not_asked for an outcome entry without stillMeaningful', () => {
      const review: Review = {
        ...goodReview,
        outcomes: [{ outcomeId: goodOutcome.id, note: 'Going well' }],
      };
      expect(checkReviewQuality(review, context).findings).toEqual([
        expect.objectContaining({
          code: 'meaning_not_asked',
          path: ['outcomes', 0, 'stillMeaningful'],
          outcomeId: goodOutcome.id,
        }),
      ]);
    });

    it('reports outcome_service_led for an outcome written by staff', () => {
      const staff: Outcome = { ...goodOutcome, expressedBy: 'staff' };
      expect(codes(goodReview, { ...context, outcomes: [staff] })).toEqual(['outcome_service_led']);
    });

    it('reports outcome_generic with the phrase for a generic outcome', () => {
      const generic: Outcome = { ...goodOutcome, words: 'Increase independence' };
      const [finding] = checkReviewQuality(goodReview, {
        ...context,
        outcomes: [generic],
      }).findings;
      // findGenericPhrases quotes the words as the person's record writes them (issue #17).
      expect(finding).toMatchObject({ code: 'outcome_generic', phrase: 'Increase independence' });
      expect(finding?.message).toContain('"Increase independence"');
    });
  });

  describe('changes and actions', () => {
    const noChange: Review = { ...goodReview, decisions: [], actions: [] };

    it('reports changes_without_actions when the person wants a change and nothing was decided', () => {
      expect(codes(noChange)).toEqual(['changes_without_actions']);
    });

    it('reports it when an outcome no longer matters and nothing was decided', () => {
      const review: Review = {
        ...noChange,
        difficult: [],
        wantsToChange: [],
        outcomes: [{ outcomeId: goodOutcome.id, stillMeaningful: 'no' }],
      };
      expect(codes(review)).toEqual(['changes_without_actions']);
    });

    it('reports plan_only_approved with no change, no comment and no words from the person', () => {
      const approved: Review = {
        id: 'rev-approved',
        personId: 'p-aisha',
        on: '2026-11-16',
        person: { involvement: 'present' },
        others: [{ role: 'family', how: 'present' }],
        views: { words: 'Happy with the plan', expressedBy: 'staff' },
        outcomes: [{ outcomeId: goodOutcome.id, stillMeaningful: 'yes' }],
        eventsDiscussed: ['ev-admission'],
        feedbackAnswered: ['fb-bedtime'],
      };
      const quality = checkReviewQuality(approved, context);
      expect(quality.findings.map((f) => f.code)).toEqual([
        'views_not_in_persons_words',
        'plan_only_approved',
      ]);
      expect(quality.checks.changes_actioned).toBe('failed');
    });

    it('does not call a review with the person’s own words merely approved', () => {
      const review: Review = {
        ...noChange,
        difficult: [],
        wantsToChange: [],
        outcomes: [{ outcomeId: goodOutcome.id, stillMeaningful: 'yes' }],
      };
      expect(codes(review)).toEqual([]);
    });
  });

  describe('family and advocates', () => {
    it('reports wanted_involvement_missing for each wanted role that took no part', () => {
      const quality = checkReviewQuality(goodReview, {
        ...context,
        involvementWanted: ['advocate', 'family', 'advocate'],
      });
      expect(quality.findings).toEqual([
        expect.objectContaining({ code: 'wanted_involvement_missing', role: 'advocate' }),
      ]);
      expect(quality.findings[0]?.message).toBe(
        'The person wants their advocate involved in reviews, but no advocate took part.',
      );
    });
  });

  describe('actions from the previous review', () => {
    it('reports previous_action_not_done for open actions due by this review', () => {
      const quality = checkReviewQuality(goodReview, { ...context, previousReview: previous });
      expect(quality.findings).toEqual([
        expect.objectContaining({
          code: 'previous_action_not_done',
          path: ['previousReview', 'actions', 0],
          actionId: 'act-bus-pass',
          dueOn: '2026-09-01',
        }),
      ]);
      expect(quality.checks.previous_actions).toBe('failed');
    });

    it('ignores a "previous" review of someone else or held later', () => {
      const other = { ...previous, personId: 'p-ben' };
      const later = { ...previous, on: '2026-11-20' as const };
      expect(
        checkReviewQuality(goodReview, { ...context, previousReview: other }).checks
          .previous_actions,
      ).toBe('not_applicable');
      expect(
        checkReviewQuality(goodReview, { ...context, previousReview: later }).checks
          .previous_actions,
      ).toBe('not_applicable');
    });
  });

  describe('significant events', () => {
    const { eventsDiscussed: _discussed, ...silent } = goodReview;

    it('reports significant_event_not_discussed for a significant event since the last review', () => {
      const [finding] = checkReviewQuality(silent, context).findings;
      expect(finding).toMatchObject({
        code: 'significant_event_not_discussed',
        severity: 'error',
        eventId: 'ev-admission',
        on: '2026-10-20',
        kind: 'hospital_admission_unplanned',
      });
      expect(finding?.message).toContain('(hospital admission unplanned)');
    });

    it('counts events of a significant kind at any severity, and others from the severity up', () => {
      const events = [
        {
          ...admission,
          id: 'low-safeguarding',
          kind: 'safeguarding_concern' as const,
          severity: 'low' as const,
        },
        {
          ...admission,
          id: 'medium-incident',
          kind: 'incident' as const,
          severity: 'medium' as const,
        },
        {
          ...admission,
          id: 'critical-move',
          kind: 'host:house_move' as const,
          severity: 'critical' as const,
        },
      ];
      const found = checkReviewQuality(silent, { ...context, events }).findings.map(
        (f) => f['eventId'],
      );
      expect(found).toEqual(['critical-move', 'low-safeguarding']);
      const custom = checkReviewQuality(silent, {
        ...context,
        events,
        significantSeverity: 'medium',
        significantKinds: [],
      });
      expect(custom.findings.map((f) => f['eventId'])).toEqual([
        'critical-move',
        'medium-incident',
      ]);
    });

    it('leaves out events before the previous review, on the review day, or already discussed last time', () => {
      const events = [
        { ...admission, id: 'before', on: '2026-08-01' as const },
        { ...admission, id: 'same-day', on: '2026-11-16' as const },
        { ...admission, id: 'discussed-last-time', on: '2026-08-10' as const },
        { ...admission, id: 'not-hers', personId: 'p-ben' },
      ];
      const last = { ...previous, actions: [], eventsDiscussed: ['discussed-last-time'] };
      expect(codes(silent, { ...context, events, previousReview: last })).toEqual([]);
    });

    it('reports a repeated event once', () => {
      expect(codes(silent, { ...context, events: [admission, admission] })).toEqual([
        'significant_event_not_discussed',
      ]);
    });
  });

  describe('feedback', () => {
    it('reports feedback_not_answered for feedback with no action and no answer', () => {
      const { feedbackAnswered: _answered, ...review } = goodReview;
      expect(checkReviewQuality(review, context).findings).toEqual([
        expect.objectContaining({
          code: 'feedback_not_answered',
          feedbackId: 'fb-bedtime',
          from: 'person',
        }),
      ]);
    });

    it('counts feedback answered by an action of this or the previous review', () => {
      const { feedbackAnswered: _answered, ...review } = goodReview;
      const last: Review = {
        ...previous,
        on: '2026-09-01',
        actions: [
          {
            id: 'a',
            description: 'Talk about bedtimes',
            owner: { role: 'manager' },
            dueOn: '2026-12-01',
            status: 'open',
            feedbackIds: ['fb-bedtime'],
          },
        ],
      };
      expect(codes(review, { ...context, previousReview: last })).toEqual([]);
    });
  });

  describe('properties', () => {
    const arbContext: fc.Arbitrary<ReviewQualityContext> = fc.record(
      {
        outcomes: fc.array(arbOutcomeOf('p-1'), { maxLength: 3 }),
        previousReview: arbReview('p-1', '2026-01-05', 200),
        events: fc.array(arbLifeEvent('p-1', '2026-01-05', 500), { maxLength: 6 }),
        feedback: fc.array(arbFeedback('p-1', '2026-01-05', 500), { maxLength: 4 }),
        involvementWanted: fc.subarray(['family', 'advocate'] as ('family' | 'advocate')[]),
      },
      { requiredKeys: [] },
    );
    const arbCase = fc.tuple(arbReview('p-1', '2026-01-05', 500), arbContext);

    test.prop([arbCase])(
      'a check fails exactly when a warning or error of that check was found',
      ([review, ctx]) => {
        const { findings, checks, passed } = checkReviewQuality(review, ctx);
        for (const f of findings) {
          expect(Object.keys(reviewFindings)).toContain(f.code);
          expect(f.reviewId).toBe(review.id);
        }
        const failing = (Object.keys(checks) as ReviewQualityCheck[]).filter(
          (c) => checks[c] === 'failed',
        );
        expect(passed).toBe(failing.length === 0);
        if (findings.every((f) => f.severity === 'info')) expect(failing).toEqual([]);
        else expect(failing.length).toBeGreaterThan(0);
      },
    );

    test.prop([arbCase])('the order of the context lists does not matter', ([review, ctx]) => {
      const reversed = {
        ...ctx,
        ...(ctx.outcomes ? { outcomes: [...ctx.outcomes].reverse() } : {}),
        ...(ctx.events ? { events: [...ctx.events].reverse() } : {}),
        ...(ctx.feedback ? { feedback: [...ctx.feedback].reverse() } : {}),
      };
      expect(checkReviewQuality(review, reversed)).toEqual(checkReviewQuality(review, ctx));
    });

    test.prop([arbCase, fc.constantFrom('led', 'present', 'other_means')])(
      'recording the person’s own views and involvement never adds a finding',
      ([review, ctx], involvement) => {
        const before = new Set(checkReviewQuality(review, ctx).findings.map((f) => f.code));
        const better: Review = {
          ...review,
          person: { involvement },
          views: { words: 'I want to go swimming again', expressedBy: 'person' },
        };
        for (const f of checkReviewQuality(better, ctx).findings) expect(before).toContain(f.code);
      },
    );

    test.prop([arbCase])('never mutates its inputs', ([review, ctx]) => {
      const copies = structuredClone([review, ctx]);
      checkReviewQuality(review, ctx);
      expect([review, ctx]).toEqual(copies);
    });
  });
});
