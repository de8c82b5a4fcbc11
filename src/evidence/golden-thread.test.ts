import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbEverydayRecords } from '../../test/arbitraries/evidence.js';
import { kitchenChain } from '../../test/fixtures/evidence.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { bedtimeAction, bedtimeFeedback, goodReview } from '../../test/fixtures/reviews.js';
import { thrownCode } from '../../test/support/thrown.js';
import { withTimeZone, ZONES } from '../../test/support/time-zone.js';
import type { IsoDate } from '../core/index.js';
import type { Outcome } from '../outcomes/index.js';
import type { Action, Feedback, Review } from '../reviews/index.js';
import { type GoldenThreadSources, goldenThread } from './golden-thread.js';
import type { EvidenceLink } from './links.js';
import type { EvidenceChain } from './schemas.js';
import { toEvidenceChain } from './to-evidence-chain.js';

// The "Why" case of issue #16: an outcome, a review whose decision and action name it,
// feedback and three ratings — recorded the way staff record them every day.
const outcome: Outcome = {
  ...goodOutcome,
  ratings: [
    ...(goodOutcome.ratings ?? []),
    {
      on: '2026-12-14',
      score: 4,
      ratedBy: 'person',
      example: 'Went alone to the afternoon session',
    },
  ],
};
const busFeedback: Feedback = {
  id: 'fb-bus',
  personId: 'p-aisha',
  on: '2026-11-02',
  from: 'person',
  words: 'The morning bus is too noisy for me',
};
const review: Review = {
  ...goodReview,
  feedbackAnswered: ['fb-bus'],
  actions: [
    {
      id: 'act-afternoon',
      description: 'Ask the art group about a place in the afternoon session',
      owner: { role: 'keyworker', name: 'Sam' },
      dueOn: '2026-11-30',
      status: 'done',
      completedOn: '2026-11-25',
      outcomeIds: [goodOutcome.id],
      feedbackIds: ['fb-bus'],
    },
  ],
};
const why: GoldenThreadSources = {
  outcomes: [outcome],
  reviews: [review],
  feedback: [busFeedback],
};
const asOf: IsoDate = '2026-12-20';

const codes = (findings: readonly { code: string }[]) => findings.map((f) => f.code);

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('goldenThread', () => {
  describe('the golden thread from ordinary records (the "Why" case)', () => {
    const thread = goldenThread('p-aisha', why, { asOf });
    const [line] = thread.outcomes;
    it('draws input → decision → action → check for the outcome, in date order', () => {
      expect(line?.words).toBe('I want to go to the art group on my own');
      expect(line?.steps.map((s) => [s.on, s.kind, s.id])).toEqual([
        ['2026-09-14', 'input', 'o-aisha-art#words'],
        ['2026-10-12', 'rating', 'o-aisha-art#rating-2026-10-12'],
        ['2026-11-02', 'input', 'fb-bus'],
        ['2026-11-09', 'rating', 'o-aisha-art#rating-2026-11-09'],
        ['2026-11-16', 'input', 'rev-aisha-nov#views'],
        ['2026-11-16', 'input', 'rev-aisha-nov#what-works-1'],
        ['2026-11-16', 'input', 'rev-aisha-nov#what-is-difficult-1'],
        ['2026-11-16', 'input', 'rev-aisha-nov#what-would-you-change-1'],
        ['2026-11-16', 'decision', 'dec-1'],
        ['2026-11-16', 'action', 'act-afternoon'],
        ['2026-11-16', 'review', 'rev-aisha-nov'],
        ['2026-12-14', 'check', 'o-aisha-art#rating-2026-12-14'],
      ]);
    });
    it('writes each step in plain words, with the host record it came from', () => {
      const text = Object.fromEntries((line?.steps ?? []).map((s) => [s.id, s.text]));
      expect(text['rev-aisha-nov#what-is-difficult-1']).toBe(
        'What is difficult: Busy morning buses',
      );
      expect(text['o-aisha-art#rating-2026-10-12']).toBe('Rated 2: Went with Sam on the bus');
      expect(text['rev-aisha-nov']).toBe('improving: Wants to try the afternoon session');
      expect(text['o-aisha-art#rating-2026-12-14']).toBe(
        'Rated 4 (was 3): Went alone to the afternoon session (worked)',
      );
      expect(line?.steps.find((s) => s.id === 'fb-bus')?.source).toEqual({
        kind: 'feedback_record',
        id: 'fb-bus',
      });
      expect(line?.steps.every((s) => s.derived)).toBe(true);
    });
    it('finds nothing missing, and ends in the measured change', () => {
      expect(thread.findings).toEqual([]);
      expect(line?.trend).toMatchObject({ direction: 'improving', change: 2, count: 3 });
      expect(thread.chains).toMatchObject([
        { chainId: 'everyday:p-aisha', stage: 'check', complete: true, derived: true },
      ]);
    });
    it('is the same from a plan holding the outcome and review', () => {
      const plan = {
        id: 'plan-aisha',
        personId: 'p-aisha',
        start: '2026-09-14' as const,
        outcomes: [outcome],
        reviews: [review],
      };
      expect(goldenThread('p-aisha', { plan, feedback: [busFeedback] }, { asOf })).toEqual(thread);
    });
  });

  describe('what is missing', () => {
    it('reports a decision with no action, on the outcome it names', () => {
      const decided: Review = { ...review, actions: [] };
      const thread = goldenThread(
        'p-aisha',
        { ...why, reviews: [decided] },
        { asOf: '2026-11-30' },
      );
      expect(codes(thread.outcomes[0]?.findings ?? [])).toEqual([]);
      const later = goldenThread('p-aisha', { ...why, reviews: [decided] }, { asOf: '2026-12-01' });
      expect(later.outcomes[0]?.findings).toMatchObject([
        { code: 'chain_decision_without_action', linkId: 'dec-1', days: 15 },
      ]);
    });
    it('reports an action never checked, once six weeks have passed', () => {
      const unrated: Outcome = { ...outcome, ratings: outcome.ratings?.slice(0, 2) };
      const sources = { ...why, outcomes: [unrated] };
      expect(codes(goldenThread('p-aisha', sources, { asOf: '2027-01-06' }).findings)).toEqual([]);
      expect(goldenThread('p-aisha', sources, { asOf: '2027-01-07' }).findings).toMatchObject([
        { code: 'chain_action_unchecked', linkId: 'act-afternoon', completedOn: '2026-11-25' },
      ]);
    });
    it('reports an open action past its due date', () => {
      const open: Review = {
        ...review,
        actions: [{ ...(review.actions?.[0] as Action), status: 'open', completedOn: undefined }],
      };
      const thread = goldenThread('p-aisha', { ...why, reviews: [open] }, { asOf: '2026-12-01' });
      expect(codes(thread.findings)).toEqual(['chain_action_overdue']);
    });
    it('reports feedback nobody answered after 28 days, beside the outcomes', () => {
      const sources = { feedback: [bedtimeFeedback] };
      const early = goldenThread('p-aisha', sources, { asOf: '2026-10-28' });
      expect(early.otherSteps.map((s) => s.id)).toEqual(['fb-bedtime']);
      expect(early.findings).toEqual([]);
      expect(early.chains[0]).toMatchObject({ stage: 'input', complete: false });
      const late = goldenThread('p-aisha', sources, { asOf: '2026-10-29' });
      expect(late.findings).toMatchObject([
        { code: 'chain_input_without_decision', linkId: 'fb-bedtime', days: 29 },
      ]);
    });
    it('asks for a follow-up when a later review finds the change did not work', () => {
      const worse: Review = {
        id: 'rev-aisha-jan',
        personId: 'p-aisha',
        on: '2027-01-11',
        person: { involvement: 'led' },
        views: { words: 'The afternoon group is too far', expressedBy: 'person' },
        outcomes: [{ outcomeId: goodOutcome.id, progress: 'worsening' }],
      };
      const unrated: Outcome = { ...outcome, ratings: outcome.ratings?.slice(0, 2) };
      const sources = { ...why, outcomes: [unrated], reviews: [review, worse] };
      const thread = goldenThread('p-aisha', sources, { asOf: '2027-01-26' });
      expect(thread.outcomes[0]?.steps.at(-1)).toMatchObject({
        kind: 'check',
        text: 'Reviewed: worsening (did not work)',
      });
      expect(codes(thread.findings)).toEqual(
        ['chain_input_without_decision', 'chain_check_without_follow_up'].slice(1),
      );
      const followed: Review = {
        ...worse,
        decisions: [
          {
            id: 'dec-jan',
            text: 'Try the Tuesday group nearer home',
            outcomeIds: [goodOutcome.id],
          },
        ],
      };
      const after = goldenThread(
        'p-aisha',
        { ...sources, reviews: [review, followed] },
        { asOf: '2027-01-26' },
      );
      expect(codes(after.findings)).toEqual(['chain_decision_without_action']);
    });
    it('reports a decision with nothing the person said behind it', () => {
      const bare: Review = {
        id: 'rev-bare',
        personId: 'p-aisha',
        on: '2026-10-01',
        person: { involvement: 'not_involved' },
        decisions: [{ id: 'dec-continue', text: 'Continue current plan' }],
      };
      const thread = goldenThread('p-aisha', { reviews: [bare] }, { asOf });
      expect(thread.findings).toMatchObject([
        {
          code: 'chain_decision_without_input',
          linkId: 'dec-continue',
          reviewId: 'rev-bare',
          chainId: 'everyday:p-aisha',
        },
      ]);
      expect(thread.findings[0]?.message).toBe(
        'The review on 2026-10-01 decided “Continue current plan” with nothing recorded of what the person said: no views, no answers to the three questions and no feedback. Record what they said, or how they took part.',
      );
      expect(thread.otherSteps).toMatchObject([
        { kind: 'decision', id: 'dec-continue', chainId: null },
      ]);
      expect(thread.chains).toEqual([]);
    });
    it('reports an action that cannot be traced to anything said before it', () => {
      const early: Action = { ...bedtimeAction, dueOn: '2026-09-20', completedOn: '2026-09-18' };
      const thread = goldenThread(
        'p-aisha',
        { feedback: [bedtimeFeedback], actions: [early] },
        { asOf },
      );
      expect(codes(thread.findings)).toEqual([
        'chain_action_without_input',
        'chain_input_without_decision',
      ]);
      expect(thread.findings[0]).toMatchObject({ linkId: 'act-rota', dueOn: '2026-09-20' });
    });
    it('reports a decision about the person made without them', () => {
      const without: Review = { ...review, person: { involvement: 'not_involved' } };
      const thread = goldenThread('p-aisha', { ...why, reviews: [without] }, { asOf });
      expect(codes(thread.findings)).toEqual(['chain_person_absent_from_decision']);
    });
  });

  describe('you said, we did', () => {
    it('draws feedback → action, the decision it implies, and who took part', () => {
      const thread = goldenThread(
        'p-aisha',
        { feedback: [bedtimeFeedback], actions: [bedtimeAction] },
        { asOf: '2026-10-10' },
      );
      expect(thread.otherSteps.map((s) => [s.on, s.kind, s.id, s.text])).toEqual([
        ['2026-09-30', 'input', 'fb-bedtime', 'I want to choose when I go to bed'],
        [
          '2026-09-30',
          'decision',
          'act-rota#agreed',
          'Agreed: Move the evening rota so Aisha can choose her bedtime',
        ],
        [
          '2026-09-30',
          'action',
          'act-rota',
          'Move the evening rota so Aisha can choose her bedtime',
        ],
      ]);
      const chain = toEvidenceChain('p-aisha', {
        feedback: [bedtimeFeedback],
        actions: [bedtimeAction],
      });
      expect(chain?.links.find((l) => l.id === 'act-rota#agreed')).toMatchObject({
        personInvolvement: 'other_means',
        decidedBy: ['manager'],
      });
    });
    it('reports the change nobody checked: an action with no outcome is checked only by a check', () => {
      const thread = goldenThread(
        'p-aisha',
        { feedback: [bedtimeFeedback], actions: [bedtimeAction] },
        { asOf: '2026-11-15' },
      );
      expect(codes(thread.findings)).toEqual(['chain_action_unchecked']);
    });
    it('puts feedback on an outcome’s line when an action answering it supports the outcome', () => {
      const forArt: Action = { ...bedtimeAction, outcomeIds: [goodOutcome.id] };
      const thread = goldenThread(
        'p-aisha',
        { outcomes: [outcome], feedback: [bedtimeFeedback], actions: [forArt] },
        { asOf },
      );
      expect(thread.outcomes[0]?.steps.map((s) => s.id).slice(0, 4)).toEqual([
        'o-aisha-art#words',
        'fb-bedtime',
        'act-rota#agreed',
        'act-rota',
      ]);
      expect(
        thread.outcomes[0]?.steps.find((s) => s.id === 'o-aisha-art#rating-2026-11-09')?.kind,
      ).toBe('check');
    });
  });

  describe('chains built by hand', () => {
    const named: EvidenceChain = {
      ...kitchenChain,
      links: kitchenChain.links.map((l) =>
        l.id === 'dec-kitchen' ? { ...l, outcomeIds: [goodOutcome.id] } : l,
      ),
    };
    it('merge in: links about the person or naming their outcomes are steps too', () => {
      const thread = goldenThread('p-aisha', { ...why, chains: [named] }, { asOf });
      const steps = thread.outcomes[0]?.steps ?? [];
      expect(steps.find((s) => s.id === 'dec-kitchen')).toMatchObject({
        chainId: 'ch-kitchen',
        derived: false,
        kind: 'decision',
      });
      expect(thread.chains.map((c) => [c.chainId, c.derived])).toEqual([
        ['everyday:p-aisha', true],
        ['ch-kitchen', false],
      ]);
      expect(thread.chains[1]?.steps.map((s) => s.id)).toEqual(['in-aisha', 'dec-kitchen']);
    });
    it('follow a chain with links about the person, and leave out other people’s', () => {
      expect(
        goldenThread('p-ben', { chains: [kitchenChain] }, { asOf }).otherSteps.map((s) => s.id),
      ).toEqual(['in-ben']);
      const nobody = goldenThread('p-nobody', { ...why, chains: [kitchenChain] }, { asOf });
      expect(nobody).toEqual({
        personId: 'p-nobody',
        asOf,
        outcomes: [],
        otherSteps: [],
        chains: [],
        findings: [],
      });
    });
    it('keep the hand-built step where it is the same as a derived one', () => {
      const byHand: EvidenceChain = {
        id: 'ch-bus',
        title: 'Noisy bus',
        level: { kind: 'individual', personId: 'p-aisha' },
        links: [
          {
            type: 'input',
            id: 'in-bus',
            on: '2026-11-02',
            kind: 'feedback',
            from: 'person',
            words: 'The morning bus is too noisy for me',
            source: { kind: 'feedback_record', id: 'fb-bus' },
            level: { kind: 'individual', personId: 'p-aisha' },
            tags: { evidenceCategories: ['peoples_experience'] },
          },
        ],
      };
      const thread = goldenThread('p-aisha', { ...why, chains: [byHand] }, { asOf });
      const bus = thread.otherSteps.filter((s) => s.text === 'The morning bus is too noisy for me');
      expect(bus).toMatchObject([{ id: 'in-bus', chainId: 'ch-bus', derived: false }]);
      expect(thread.outcomes[0]?.steps.some((s) => s.id === 'fb-bus')).toBe(false);
      expect(codes(thread.findings)).toEqual(['chain_input_without_decision']);
    });
    it('judge a hand-built chain as it stood on asOf', () => {
      const thread = goldenThread('p-ben', { chains: [kitchenChain] }, { asOf: '2026-06-06' });
      expect(thread.chains[0]).toMatchObject({ stage: 'input', complete: false });
    });
  });

  describe('records', () => {
    it('reads each record once, from the plan or the lists, and an action of a review once', () => {
      const twice = goldenThread(
        'p-aisha',
        {
          plan: {
            id: 'plan-aisha',
            personId: 'p-aisha',
            start: '2026-09-14',
            outcomes: [outcome],
            reviews: [review],
          },
          outcomes: [outcome],
          reviews: [review],
          feedback: [busFeedback, busFeedback],
          actions: [...(review.actions ?? [])],
        },
        { asOf },
      );
      expect(twice).toEqual(goldenThread('p-aisha', why, { asOf }));
    });
    it('leaves out other people’s records and actions that are not theirs', () => {
      const ben = { ...busFeedback, id: 'fb-ben', personId: 'p-ben' };
      const stray: Action = { ...bedtimeAction, id: 'act-stray', feedbackIds: ['fb-ben'] };
      const thread = goldenThread(
        'p-aisha',
        { ...why, feedback: [busFeedback, ben], actions: [stray] },
        { asOf },
      );
      expect(thread).toEqual(goldenThread('p-aisha', why, { asOf }));
    });
    it('leaves out records after asOf and rates the trend as of then', () => {
      const thread = goldenThread('p-aisha', why, { asOf: '2026-11-20' });
      expect(thread.outcomes[0]?.steps.at(-1)?.on).toBe('2026-11-16');
      expect(thread.outcomes[0]?.trend.count).toBe(2);
    });
    it('keeps views that ask for no answer out of the chain when the review decided nothing', () => {
      const quiet: Review = { ...review, decisions: [], actions: [], feedbackAnswered: [] };
      const thread = goldenThread(
        'p-aisha',
        { outcomes: [outcome], reviews: [quiet] },
        { asOf: '2027-01-01' },
      );
      const on16 = thread.outcomes[0]?.steps.filter((s) => s.on === '2026-11-16') ?? [];
      expect(on16.map((s) => [s.id, s.chainId])).toEqual([
        ['rev-aisha-nov#views', null],
        ['rev-aisha-nov#what-works-1', null],
        ['rev-aisha-nov#what-is-difficult-1', 'everyday:p-aisha'],
        ['rev-aisha-nov#what-would-you-change-1', 'everyday:p-aisha'],
        ['rev-aisha-nov', null],
      ]);
      expect(codes(thread.findings)).toEqual([
        'chain_input_without_decision',
        'chain_input_without_decision',
      ]);
    });
  });

  describe('records the chain cannot hold', () => {
    it('shows an action marked done with no day it was done, outside the chain', () => {
      const undated = { ...bedtimeAction, completedOn: undefined } as unknown as Action;
      const thread = goldenThread(
        'p-aisha',
        { feedback: [bedtimeFeedback], actions: [undated] },
        { asOf: '2026-10-10' },
      );
      expect(thread.otherSteps.map((s) => [s.kind, s.id, s.chainId])).toEqual([
        ['input', 'fb-bedtime', 'everyday:p-aisha'],
        ['action', 'act-rota', null],
      ]);
    });
    it('implies one decision for a review that agreed actions and recorded no decision', () => {
      const agreed: Review = { ...review, decisions: [] };
      const chain = toEvidenceChain('p-aisha', { ...why, reviews: [agreed] });
      expect(chain?.links.find((l) => l.id === 'rev-aisha-nov#agreed')).toMatchObject({
        type: 'decision',
        text: 'Agreed at the review: Ask the art group about a place in the afternoon session',
        personInvolvement: 'led',
        outcomeIds: [goodOutcome.id],
      });
      expect(chain?.links.find((l) => l.id === 'act-afternoon')).toMatchObject({
        decisionIds: ['rev-aisha-nov#agreed'],
      });
    });
  });

  describe('arguments', () => {
    it('throws GoldenThreadError for a bad asOf, allowance, person or sources', () => {
      expect(
        thrownCode(() => goldenThread('p-aisha', why, { asOf: '2026-02-30' as IsoDate })),
      ).toBe('invalid_date');
      expect(
        thrownCode(() => goldenThread('p-aisha', why, { asOf, policy: { actionWithinDays: 0.5 } })),
      ).toBe('invalid_argument');
      expect(thrownCode(() => goldenThread(7 as unknown as string, why, { asOf }))).toBe(
        'invalid_argument',
      );
      for (const bad of [null, [], 'x', { reviews: {} }, { plan: 3 }]) {
        expect(
          thrownCode(() =>
            goldenThread('p-aisha', bad as unknown as GoldenThreadSources, { asOf }),
          ),
        ).toBe('invalid_argument');
      }
    });
  });

  describe('properties', () => {
    const at = fc
      .nat(400)
      .map(
        (n) =>
          `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}` as IsoDate,
      );
    const allSteps = (t: ReturnType<typeof goldenThread>) => [
      ...t.outcomes.flatMap((o) => o.steps),
      ...t.otherSteps,
    ];
    test.prop([arbEverydayRecords, at])(
      'every outcome’s steps, and the other steps, are in date order',
      (records, day) => {
        const thread = goldenThread('p-1', records, { asOf: day });
        for (const steps of [...thread.outcomes.map((o) => o.steps), thread.otherSteps]) {
          const days = steps.map((s) => s.on);
          expect(days).toEqual([...days].sort());
          expect(days.every((d) => d <= day)).toBe(true);
        }
      },
    );
    test.prop([arbEverydayRecords, arbEverydayRecords, at])(
      'adding a record never removes a step',
      (records, more, day) => {
        const extra: GoldenThreadSources = {
          ...records,
          feedback: [...records.feedback, ...more.feedback.map((f) => ({ ...f, id: `x-${f.id}` }))],
          reviews: [
            ...records.reviews,
            ...more.reviews.map((r) => ({
              ...r,
              id: `x-${r.id}`,
              ...(r.actions === undefined
                ? {}
                : { actions: r.actions.map((a) => ({ ...a, id: `x-${a.id}` })) }),
              ...(r.decisions === undefined
                ? {}
                : { decisions: r.decisions.map((d) => ({ ...d, id: `x-${d.id}` })) }),
            })),
          ],
          actions: [...records.actions, ...more.actions.map((a) => ({ ...a, id: `x-${a.id}` }))],
        };
        // A step is known by the record it shows. A record may come to be shown as another
        // kind of step (a rating that now checks a change) or on an earlier day (an outcome's
        // words, once an earlier decision is about it), but never fewer times.
        const key = (s: { source: { kind: string; id: string } }) =>
          `${s.source.kind}:${s.source.id}`;
        const tally = (steps: readonly { source: { kind: string; id: string } }[]) => {
          const out = new Map<string, number>();
          for (const s of steps) out.set(key(s), (out.get(key(s)) ?? 0) + 1);
          return out;
        };
        const before = tally(allSteps(goldenThread('p-1', records, { asOf: day })));
        const after = tally(allSteps(goldenThread('p-1', extra, { asOf: day })));
        for (const [k, n] of before) expect(after.get(k) ?? 0).toBeGreaterThanOrEqual(n);
      },
    );
    test.prop([arbEverydayRecords, at])(
      'derived and hand-built chains merge without duplicates: the derived chain given by hand replaces it step for step',
      (records, day) => {
        const derived = toEvidenceChain('p-1', records);
        fc.pre(derived !== null);
        const alone = goldenThread('p-1', records, { asOf: day });
        const byHand = { ...(derived as EvidenceChain), id: 'by-hand' };
        const merged = goldenThread('p-1', { ...records, chains: [byHand] }, { asOf: day });
        const strip = (t: ReturnType<typeof goldenThread>) =>
          allSteps(t).map(({ chainId, derived: _d, ...s }) => ({
            ...s,
            inChain: chainId !== null,
          }));
        const ids = (t: ReturnType<typeof goldenThread>) =>
          allSteps(t).map((s) => `${s.kind}:${s.id}`);
        expect(new Set(ids(merged)).size).toBe(new Set(ids(alone)).size);
        expect(
          allSteps(merged)
            .filter((s) => s.chainId !== null)
            .every((s) => !s.derived),
        ).toBe(true);
        expect(
          strip(merged)
            .map((s) => `${s.kind}:${s.id}:${s.inChain}`)
            .sort(),
        ).toEqual(
          strip(alone)
            .map((s) => `${s.kind}:${s.id}:${s.inChain}`)
            .sort(),
        );
      },
    );
    test.prop([arbEverydayRecords, at])(
      'never changes its sources, and returns a deeply frozen thread',
      (records, day) => {
        const before = JSON.stringify(records);
        const thread = goldenThread('p-1', { ...records, chains: [kitchenChain] }, { asOf: day });
        expect(JSON.stringify(records)).toBe(before);
        expect(isDeepFrozen(thread)).toBe(true);
        expect(Object.isFrozen(records.feedback)).toBe(false);
      },
    );
    test.prop([arbEverydayRecords, fc.constantFrom(...ZONES)])(
      'does not depend on the time zone',
      (records, zone) => {
        const here = goldenThread('p-1', records, { asOf: '2026-09-01' });
        expect(
          withTimeZone(zone, () => goldenThread('p-1', records, { asOf: '2026-09-01' })),
        ).toEqual(here);
      },
    );
    test.prop([arbEverydayRecords, fc.boolean()])(
      'the order records are given in does not matter',
      (records, flip) => {
        const reversed = {
          outcomes: [...records.outcomes].reverse(),
          feedback: [...records.feedback].reverse(),
          reviews: [...records.reviews].reverse(),
          actions: [...records.actions].reverse(),
        };
        const sources = flip
          ? {
              plan: {
                id: 'plan-1',
                personId: 'p-1',
                start: '2025-01-01' as const,
                outcomes: reversed.outcomes,
                reviews: reversed.reviews,
              },
              feedback: reversed.feedback,
              actions: reversed.actions,
            }
          : reversed;
        expect(goldenThread('p-1', sources, { asOf: '2026-12-31' })).toEqual(
          goldenThread('p-1', records, { asOf: '2026-12-31' }),
        );
      },
    );
    test.prop([arbEverydayRecords])(
      'every finding is about a step on the thread or a record left unlinked',
      (records) => {
        const thread = goldenThread('p-1', records, { asOf: '2027-06-01' });
        const on = new Set(allSteps(thread).map((s) => `${s.chainId}:${s.id}`));
        for (const f of thread.findings) {
          const unlinked =
            f.code === 'chain_decision_without_input' || f.code === 'chain_action_without_input';
          if (!unlinked) expect(on.has(`${f.chainId}:${f.linkId}`)).toBe(true);
        }
      },
    );
  });
});

describe('toEvidenceChain', () => {
  it('derives one individual-level chain, deeply frozen, passing its schema', () => {
    const chain = toEvidenceChain('p-aisha', why);
    expect(chain).toMatchObject({
      id: 'everyday:p-aisha',
      level: { kind: 'individual', personId: 'p-aisha' },
    });
    expect(isDeepFrozen(chain)).toBe(true);
    const link = (id: string) => chain?.links.find((l) => l.id === id) as EvidenceLink;
    expect(link('dec-1')).toMatchObject({
      basedOn: [
        'rev-aisha-nov#views',
        'rev-aisha-nov#what-works-1',
        'rev-aisha-nov#what-is-difficult-1',
        'rev-aisha-nov#what-would-you-change-1',
        'fb-bus',
        'o-aisha-art#words',
      ],
      personInvolvement: 'led',
      decidedBy: ['The person', 'Sam (keyworker)', 'Mum (family)'],
    });
    expect(link('act-afternoon')).toMatchObject({
      decisionIds: ['dec-1'],
      on: '2026-11-16',
      owner: 'Sam',
    });
    expect(link('o-aisha-art#rating-2026-12-14')).toMatchObject({
      actionIds: ['act-afternoon'],
      result: 'worked',
      method: 'outcome_data',
    });
  });
  it('gives null when there is nothing to link', () => {
    expect(toEvidenceChain('p-aisha', { outcomes: [outcome] })).toBeNull();
    expect(toEvidenceChain('p-aisha', {})).toBeNull();
  });
  it('keeps the host’s ids unique: a decision id used at two reviews is qualified', () => {
    const again: Review = {
      ...review,
      id: 'rev-aisha-dec',
      on: '2026-12-16',
      actions: [],
      feedbackAnswered: [],
    };
    const chain = toEvidenceChain('p-aisha', { ...why, reviews: [review, again] });
    expect(chain?.links.filter((l) => l.type === 'decision').map((l) => l.id)).toEqual([
      'dec-1',
      'rev-aisha-dec#dec-1',
    ]);
  });
  it('rates a change by the score before it: the same score is partly, or worked for an outcome to maintain', () => {
    const same: Outcome = {
      ...outcome,
      ratings: [
        ...(outcome.ratings ?? []).slice(0, 2),
        { on: '2026-12-14', score: 3, ratedBy: 'person' },
      ],
    };
    const link = (o: Outcome) =>
      toEvidenceChain('p-aisha', { ...why, outcomes: [o] })?.links.find((l) => l.type === 'check');
    expect(link(same)).toMatchObject({ result: 'partly' });
    const keep: Outcome = {
      ...same,
      indicator: {
        ...(same.indicator as NonNullable<Outcome['indicator']>),
        direction: 'maintain',
      },
    };
    expect(link(keep)).toMatchObject({ result: 'worked' });
    const lower: Outcome = {
      ...same,
      ratings: [
        ...(same.ratings ?? []).slice(0, 2),
        { on: '2026-12-14', score: 1, ratedBy: 'person' },
      ],
    };
    expect(link(lower)).toMatchObject({ result: 'did_not_work' });
  });
  it('maps each review progress code to what it says about a change', () => {
    const result = (progress: NonNullable<NonNullable<Review['outcomes']>[number]['progress']>) => {
      const later: Review = {
        id: 'rev-later',
        personId: 'p-aisha',
        on: '2026-12-10',
        person: { involvement: 'led' },
        outcomes: [{ outcomeId: goodOutcome.id, progress }],
      };
      const chain = toEvidenceChain('p-aisha', {
        ...why,
        outcomes: [{ ...outcome, ratings: [] }],
        reviews: [review, later],
      });
      return chain?.links.find((l) => l.type === 'check' && l.id === 'rev-later#check-o-aisha-art');
    };
    expect(result('improving')).toMatchObject({ result: 'worked' });
    expect(result('achieved')).toMatchObject({ result: 'worked' });
    expect(result('sustaining')).toMatchObject({ result: 'worked' });
    expect(result('no-change')).toMatchObject({ result: 'partly' });
    for (const p of ['worsening', 'not-achieved', 'no-progress', 'not-attainable'] as const) {
      expect(result(p)).toMatchObject({ result: 'did_not_work' });
    }
    expect(result('in-progress')).toBeUndefined();
  });
  it('throws GoldenThreadError for records that are not an object of lists', () => {
    expect(thrownCode(() => toEvidenceChain('p-1', null as unknown as GoldenThreadSources))).toBe(
      'invalid_argument',
    );
  });
  describe('properties', () => {
    test.prop([arbEverydayRecords])(
      'the derived chain passes EvidenceChainSchema',
      async (records) => {
        const { parseEvidenceChain } = await import('./schemas.js');
        const chain = toEvidenceChain('p-1', records);
        if (chain !== null) {
          const parsed = parseEvidenceChain(chain);
          expect(parsed.success ? [] : parsed.issues).toEqual([]);
        }
      },
    );
    test.prop([arbEverydayRecords])(
      'every record the chain links keeps its host id or names it as its source',
      (records) => {
        const chain = toEvidenceChain('p-1', records);
        for (const f of records.feedback) {
          expect(
            chain?.links.some(
              (l) =>
                l.type === 'input' && l.source.kind === 'feedback_record' && l.source.id === f.id,
            ),
          ).toBe(true);
        }
      },
    );
  });
});
