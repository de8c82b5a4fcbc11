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
import { withTimeZone, ZONES } from '../../test/support/time-zone.js';
import { checkOutcome, type Outcome } from '../outcomes/index.js';
import {
  checkReviewQuality,
  REVIEW_QUALITY_CHECKS,
  type ReviewQualityCheck,
  type ReviewQualityContext,
} from './check-review-quality.js';
import { reviewFindings } from './findings.js';
import { REVIEW_QUALITY_RULES } from './rules/index.js';
import type { LifeEvent, Review } from './schemas/index.js';

const context: ReviewQualityContext = {
  outcomes: [goodOutcome],
  events: [admission],
  feedback: [bedtimeFeedback],
  supporters: [{ role: 'family', name: 'Mum', atReviews: 'wanted' }],
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

describe('REVIEW_QUALITY_CHECKS', () => {
  it('lists every governance check once, in the rule table’s order', () => {
    const every: Record<ReviewQualityCheck, true> = {
      person_views: true,
      outcomes_current: true,
      changes_actioned: true,
      involvement: true,
      previous_actions: true,
      events_discussed: true,
      feedback_answered: true,
    };
    expect([...REVIEW_QUALITY_CHECKS].sort()).toEqual(Object.keys(every).sort());
    expect(REVIEW_QUALITY_CHECKS[0]).toBe('person_views');
  });

  it('has every finding code reported by exactly one rule', () => {
    const codes = REVIEW_QUALITY_RULES.flatMap((r) => r.codes);
    expect([...codes].sort()).toEqual(Object.keys(reviewFindings).sort());
  });
});

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

    it('reports outcome_generic with the phrase when the outcome check finds its wording generic', () => {
      const { indicator: _i, ...vague } = { ...goodOutcome, words: 'Increase independence' };
      const [finding] = checkReviewQuality(goodReview, { ...context, outcomes: [vague] }).findings;
      expect(finding).toMatchObject({ code: 'outcome_generic', phrase: 'Increase independence' });
      // The outcome check quotes the words as the person's record writes them (issue #17).
      expect(finding?.message).toContain('"Increase independence"');
    });

    it('agrees with checkOutcome: a generic aim turned into a measurable indicator is not generic', () => {
      const translated: Outcome = { ...goodOutcome, words: 'Increase independence' };
      const outcomeCodes = checkOutcome(translated, { asOf: goodReview.on }).map((f) => f.code);
      expect(outcomeCodes).toContain('generic_wording_translated');
      expect(outcomeCodes).not.toContain('generic_wording');
      expect(codes(goodReview, { ...context, outcomes: [translated] })).toEqual([]);
    });
  });

  describe('changes and actions', () => {
    // No events in view, so that only the checks of this group speak.
    const quiet: ReviewQualityContext = { ...context, events: [] };
    const noChange: Review = { ...goodReview, decisions: [], actions: [] };

    it('reports changes_without_actions when the person wants a change and nothing was decided', () => {
      expect(codes(noChange, quiet)).toEqual(['changes_without_actions']);
    });

    it('reports it when an outcome no longer matters and nothing was decided', () => {
      const review: Review = {
        ...noChange,
        difficult: [],
        wantsToChange: [],
        outcomes: [{ outcomeId: goodOutcome.id, stillMeaningful: 'no', progress: 'no-change' }],
      };
      expect(codes(review, quiet)).toEqual(['changes_without_actions']);
    });

    it('does not count "continue current plan" as the change the person asked for', () => {
      const review: Review = {
        ...noChange,
        decisions: [{ id: 'd1', text: 'Continue current plan' }],
      };
      expect(codes(review, quiet)).toEqual(['changes_without_actions']);
      const marked: Review = {
        ...noChange,
        decisions: [{ id: 'd1', text: 'Afternoon sessions from December', changesPlan: true }],
      };
      expect(codes(marked, quiet)).toEqual([]);
    });

    it('reports plan_only_approved with no change, no comment and no words from the person', () => {
      const approved: Review = {
        id: 'rev-approved',
        personId: 'p-aisha',
        on: '2026-11-16',
        person: { involvement: 'present' },
        others: [{ role: 'family', how: 'present' }],
        views: { words: 'Happy with the plan', expressedBy: 'staff' },
        outcomes: [{ outcomeId: goodOutcome.id, stillMeaningful: 'yes', progress: 'improving' }],
        eventsDiscussed: ['ev-admission'],
        feedbackAnswered: ['fb-bedtime'],
      };
      const quality = checkReviewQuality(approved, quiet);
      expect(quality.findings).toEqual([
        expect.objectContaining({ code: 'views_not_in_persons_words' }),
        expect.objectContaining({ code: 'plan_only_approved', personsWords: 'none' }),
      ]);
      expect(quality.checks.changes_actioned).toBe('failed');
    });

    it('reports plan_only_approved for a plan written beforehand and agreed to: “Yes, that is fine”', () => {
      const agreed: Review = {
        ...noChange,
        views: { words: 'Yes, that is fine.', expressedBy: 'person' },
        improved: [],
        difficult: [],
        wantsToChange: [],
        outcomes: [{ outcomeId: goodOutcome.id, stillMeaningful: 'yes', progress: 'no-change' }],
        decisions: [{ id: 'd1', text: 'Continue current plan' }],
      };
      const [finding] = checkReviewQuality(agreed, quiet).findings;
      expect(finding).toMatchObject({ code: 'plan_only_approved', personsWords: 'assent_only' });
      expect(finding?.message).toBe(
        'The person only agreed ("yes, that is fine") and nothing changed at this review. It looks like a plan written beforehand that the person was asked to approve; ask what they think, and let their answers shape the plan.',
      );
    });

    it('leaves a person’s own words alone, even when they are content and nothing changes', () => {
      const content: Review = {
        ...noChange,
        views: { words: 'I’m happy, I like my room and my new job', expressedBy: 'person' },
        difficult: [],
        wantsToChange: [],
        outcomes: [{ outcomeId: goodOutcome.id, stillMeaningful: 'yes', progress: 'improving' }],
        decisions: [{ id: 'd1', text: 'Continue current plan' }],
      };
      expect(codes(content, quiet)).toEqual([]);
      const agreedButChanged: Review = {
        ...content,
        views: { words: 'Yes, that is fine', expressedBy: 'person' },
        decisions: [{ id: 'd1', text: 'Switch to the afternoon session' }],
      };
      expect(codes(agreedButChanged, quiet)).toEqual([]);
    });

    it('reports continued_without_progress for “Continue current plan” with no progress discussed', () => {
      const stamp: Review = {
        ...noChange,
        difficult: [],
        wantsToChange: [],
        outcomes: [{ outcomeId: goodOutcome.id, stillMeaningful: 'yes' }],
        decisions: [{ id: 'd1', text: 'Continue current plan' }],
      };
      const quality = checkReviewQuality(stamp, quiet);
      expect(quality.findings.map((f) => f.code)).toEqual(['continued_without_progress']);
      expect(quality.checks.changes_actioned).toBe('failed');
      const looked: Review = {
        ...stamp,
        outcomes: [{ outcomeId: goodOutcome.id, stillMeaningful: 'yes', progress: 'improving' }],
      };
      expect(codes(looked, quiet)).toEqual([]);
    });
  });

  describe('the supporters the person chose', () => {
    it('reports wanted_involvement_missing for each wanted supporter who took no part', () => {
      const quality = checkReviewQuality(goodReview, {
        ...context,
        supporters: [
          { role: 'advocate', atReviews: 'wanted' },
          { role: 'family', name: 'mum', atReviews: 'wanted' },
          { role: 'friend', name: 'Dave', atReviews: 'wanted' },
        ],
      });
      expect(quality.findings).toEqual([
        expect.objectContaining({
          code: 'wanted_involvement_missing',
          role: 'friend',
          name: 'Dave',
        }),
        expect.objectContaining({ code: 'wanted_involvement_missing', role: 'advocate' }),
      ]);
      expect(quality.findings.map((f) => f.message)).toEqual([
        'The person wants Dave (friend) involved in reviews, but Dave did not take part.',
        'The person wants their advocate involved in reviews, but no advocate took part.',
      ]);
      expect(quality.checks.involvement).toBe('failed');
    });

    it('accepts a wanted friend recorded by name, and a family member recorded without one', () => {
      const review: Review = {
        ...goodReview,
        others: [
          { role: 'friend', name: 'Dave', how: 'present' },
          { role: 'family', how: 'present' },
        ],
      };
      const supporters = [
        { role: 'friend', name: 'dave ', atReviews: 'wanted' },
        { role: 'family', name: 'Mum', atReviews: 'wanted' },
      ] as const;
      expect(codes(review, { ...context, supporters })).toEqual([]);
    });

    it('reports unwanted_supporter_present for a supporter the person did not want, identified', () => {
      const supporters = [
        { role: 'family', name: 'Mum', atReviews: 'not_wanted' },
        { role: 'advocate', atReviews: 'not_wanted' },
      ] as const;
      const quality = checkReviewQuality(goodReview, { ...context, supporters });
      expect(quality.findings).toEqual([
        expect.objectContaining({
          code: 'unwanted_supporter_present',
          role: 'family',
          name: 'Mum',
        }),
      ]);
      expect(quality.findings[0]?.message).toBe(
        'The person said they do not want Mum (family) at their reviews, but they took part. Check the person agreed this time, and record why.',
      );
    });

    it('does not take an unnamed participant for a named supporter the person did not want', () => {
      const review: Review = { ...goodReview, others: [{ role: 'family', how: 'present' }] };
      const supporters = [{ role: 'family', name: 'Dad', atReviews: 'not_wanted' }] as const;
      expect(codes(review, { ...context, supporters })).toEqual([]);
    });

    it('is not applicable when the plan records no supporters', () => {
      const { supporters: _s, ...rest } = context;
      expect(checkReviewQuality(goodReview, rest).checks.involvement).toBe('not_applicable');
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
      const significant = custom.findings.filter(
        (f) => f.code === 'significant_event_not_discussed',
      );
      expect(significant.map((f) => f['eventId'])).toEqual(['critical-move', 'medium-incident']);
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

  describe('a significant event discussed with nothing decided or done', () => {
    const fatherDied: LifeEvent = {
      id: 'ev-dad',
      personId: 'p-aisha',
      on: '2026-10-30',
      kind: 'family_contact_change',
      severity: 'high',
      summary: 'Her father died',
    };
    const talkedOnly: Review = {
      ...goodReview,
      difficult: ['Missing Dad'],
      wantsToChange: [],
      decisions: [{ id: 'd1', text: 'Continue current plan' }],
      actions: [],
      eventsDiscussed: ['ev-admission', 'ev-dad'],
    };

    it('reports event_without_decision for each significant event discussed', () => {
      const quality = checkReviewQuality(talkedOnly, {
        ...context,
        events: [admission, fatherDied],
      });
      const found = quality.findings.filter((f) => f.code === 'event_without_decision');
      expect(found.map((f) => f['eventId'])).toEqual(['ev-admission', 'ev-dad']);
      expect(found[1]?.message).toBe(
        'A significant event on 2026-10-30 (family contact change) was talked about, but nothing was decided or done. Agree with the person what changes, and record it as a decision or an action.',
      );
      expect(quality.checks.events_discussed).toBe('failed');
    });

    it('leaves alone a review that agreed what happens next', () => {
      const acted: Review = {
        ...talkedOnly,
        actions: [
          {
            id: 'act-bereavement',
            description: 'Ask Aisha if she would like bereavement support, and find a counsellor',
            owner: { role: 'keyworker', name: 'Sam' },
            dueOn: '2026-11-30',
            status: 'open',
          },
        ],
      };
      expect(codes(acted, { ...context, events: [admission, fatherDied] })).toEqual([]);
    });
  });

  describe('events that asked for a review', () => {
    const complaint: LifeEvent = {
      id: 'ev-complaint',
      personId: 'p-aisha',
      on: '2026-10-01',
      kind: 'complaint',
      severity: 'low',
      summary: 'Complained that staff were late for the art group',
    };

    it('reports trigger_event_not_recorded for an event a rule counts that the review does not list', () => {
      const quality = checkReviewQuality(goodReview, {
        ...context,
        events: [admission, complaint],
      });
      expect(quality.findings).toEqual([
        expect.objectContaining({
          code: 'trigger_event_not_recorded',
          severity: 'warning',
          eventId: 'ev-complaint',
          kind: 'complaint',
          ruleId: 'complaint',
          path: ['eventsDiscussed'],
        }),
      ]);
      expect(quality.findings[0]?.message).toBe(
        'This review was held after an event that asks for a review (complaint, 2026-10-01), but does not record that it was talked about. Add it to the events discussed, or talk it through with the person.',
      );
    });

    it('leaves alone events it lists, events no rule counts, and events outside the rules given', () => {
      const listed: Review = {
        ...goodReview,
        eventsDiscussed: ['ev-admission', 'ev-complaint'],
      };
      expect(codes(listed, { ...context, events: [admission, complaint] })).toEqual([]);
      const minor = { ...complaint, kind: 'family_feedback' as const };
      expect(codes(goodReview, { ...context, events: [admission, minor] })).toEqual([]);
      expect(codes(goodReview, { ...context, events: [admission, complaint], rules: [] })).toEqual(
        [],
      );
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
        supporters: fc.array(
          fc.record(
            {
              role: fc.constantFrom('family', 'advocate', 'friend', 'other'),
              name: fc.constantFrom('Mum', 'Dave', 'Sam'),
              atReviews: fc.constantFrom('wanted', 'not_wanted'),
            },
            { requiredKeys: ['role', 'atReviews'] },
          ),
          { maxLength: 3 },
        ),
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

    test.prop([arbCase])('gives the same result in every time zone', ([review, ctx]) => {
      const expected = checkReviewQuality(review, ctx);
      for (const zone of ZONES)
        withTimeZone(zone, () => expect(checkReviewQuality(review, ctx)).toEqual(expected));
    });

    test.prop([arbCase])(
      'names only checks of the rule table, and only codes of the catalogue',
      ([review, ctx]) => {
        const { checks, findings } = checkReviewQuality(review, ctx);
        expect(Object.keys(checks)).toEqual([...REVIEW_QUALITY_CHECKS]);
        for (const f of findings) expect(f.message.length).toBeGreaterThan(0);
      },
    );

    test.prop([arbCase])('never mutates its inputs', ([review, ctx]) => {
      const copies = structuredClone([review, ctx]);
      checkReviewQuality(review, ctx);
      expect([review, ctx]).toEqual(copies);
    });
  });
});
