import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProviderRecords } from '../../test/arbitraries/metrics.js';
import { person, run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import type { Outcome } from '../outcomes/index.js';
import type { Action, Review } from '../reviews/index.js';
import { evidenceCoverageMetric } from './evidence-coverage.js';

const quarter = { from: '2026-07-01', to: '2026-10-01' } as const;

const outcome = (id: string, words: string, extra: Partial<Outcome> = {}): Outcome => ({
  id,
  personId: 'p-a',
  words,
  expressedBy: 'person',
  lifecycleStatus: 'active',
  ...extra,
});
const action = (id: string, outcomeId: string, extra: Partial<Action> = {}): Action => ({
  id,
  description: `Action ${id}`,
  owner: { role: 'keyworker' },
  dueOn: '2026-06-30',
  status: 'done',
  completedOn: '2026-06-20',
  outcomeIds: [outcomeId],
  ...extra,
});

// Aisha's June review, written as staff write it: her views, the outcomes looked at, a
// decision and an action for each of three outcomes.
const juneReview: Review = {
  id: 'rv-june',
  personId: 'p-a',
  on: '2026-06-10',
  person: { involvement: 'led' },
  views: { words: 'I want to swim again and see my sister more.', expressedBy: 'person' },
  outcomes: [
    { outcomeId: 'o-swim', progress: 'in-progress' },
    { outcomeId: 'o-sister', progress: 'in-progress' },
    { outcomeId: 'o-cook', progress: 'in-progress' },
    { outcomeId: 'o-bus', progress: 'in-progress' },
  ],
  decisions: [
    { id: 'd-swim', text: 'Try the Tuesday swimming club', outcomeIds: ['o-swim'] },
    { id: 'd-sister', text: 'Plan a monthly visit to her sister', outcomeIds: ['o-sister'] },
    { id: 'd-cook', text: 'Book a place on the cookery course', outcomeIds: ['o-cook'] },
  ],
  actions: [
    action('a-swim', 'o-swim'),
    action('a-cook', 'o-cook', { completedOn: '2026-09-01', dueOn: '2026-09-15' }),
  ],
};
const aisha = person('p-a', '2026-01-05', {
  plan: {
    reviews: [juneReview],
    outcomes: [
      // Complete: said, decided, done (20 June) and checked by a higher rating on 20 August.
      outcome('o-swim', 'I want to swim again', {
        ratings: [
          { on: '2026-05-01', score: 2, ratedBy: 'person' },
          { on: '2026-08-20', score: 3, ratedBy: 'person' },
        ],
      }),
      // Decided, but nothing done: breaks at the action.
      outcome('o-sister', 'I want to see my sister more'),
      // Done on 1 September, not yet checked: breaks at the check.
      outcome('o-cook', 'I want to learn to cook a roast'),
      // Looked at and talked about, nothing decided: breaks at the decision.
      outcome('o-bus', 'I want to take the bus on my own'),
      // Never talked about at a review: nothing said is linked to it, so it breaks at the start.
      outcome('o-garden', 'I want to grow tomatoes'),
      // Not active at the quarter's end: not counted.
      outcome('o-old', 'I want to move to my own flat', { lifecycleStatus: 'completed' }),
      outcome('o-later', 'I want to go to college', {
        timeframe: { start: '2026-10-01', reviewBy: '2027-01-01' },
      }),
    ],
  },
});
// Support ended before the quarter's last day: not counted.
const ended = person('p-b', '2025-01-05', {
  end: '2026-09-29',
  plan: { outcomes: [{ ...outcome('o-b', 'I want a dog'), personId: 'p-b' }] },
});

describe('evidenceCoverageMetric', () => {
  describe('a person with five active outcomes, one thread complete', () => {
    const result = run(evidenceCoverageMetric({ window: quarter }), [aisha, ended]);
    it('divides active outcomes with a complete thread by active outcomes', () => {
      expect(result.proportion).toMatchObject({ numerator: 1, denominator: 5, value: 0.2 });
    });
    it('counts each incomplete thread at the first step missing', () => {
      expect(result.brokenAt).toEqual({ input: 1, decision: 1, action: 1, check: 1 });
    });
    it('names the earlier step when steps are missing equally often', () => {
      expect(result.mostOftenMissing).toBe('input');
    });
    it('gives the Wilson interval for 1 of 5', () => {
      // Wilson 95 %: (0.2 + z²/10 ± z√(0.032 + z²/100)) / (1 + z²/5), z = 1.959964.
      expect(result.proportion.lower).toBeCloseTo(0.03622, 4);
      expect(result.proportion.upper).toBeCloseTo(0.62447, 4);
    });
  });

  describe('reading the threads as of the window’s last day', () => {
    it('leaves out a check made after the window', () => {
      const early = run(
        evidenceCoverageMetric({ window: { from: '2026-07-01', to: '2026-08-01' } }),
        [aisha],
      );
      // By 31 July the swimming club had not been checked (the rating came on 20 August);
      // the cookery course was agreed but not yet done (1 September), so not checked either.
      expect(early.proportion).toMatchObject({ numerator: 0, denominator: 5 });
      expect(early.brokenAt).toEqual({ input: 1, decision: 1, action: 1, check: 2 });
      expect(early.mostOftenMissing).toBe('check');
    });
  });

  describe('nothing to count', () => {
    it('has no value and names no step', () => {
      const none = run(evidenceCoverageMetric({ window: quarter }), [ended]);
      expect(none.proportion).toMatchObject({ numerator: 0, denominator: 0, value: null });
      expect(none.mostOftenMissing).toBeNull();
    });
  });

  describe('bad options', () => {
    it('throws for a window that ends before it starts', () => {
      expect(
        thrownCode(() =>
          evidenceCoverageMetric({ window: { from: '2026-10-01', to: '2026-07-01' } }),
        ),
      ).toBe('invalid_argument');
    });
    it('throws for a confidence of 1', () => {
      expect(thrownCode(() => evidenceCoverageMetric({ window: quarter, confidence: 1 }))).toBe(
        'invalid_argument',
      );
    });
  });

  describe('properties', () => {
    const metric = evidenceCoverageMetric({ window: { from: '2026-01-01', to: '2027-01-01' } });
    test.prop([arbProviderRecords(6), fc.nat()], { numRuns: 25 })(
      'splitting the records in two and merging equals one pass',
      (rs, cut) => {
        const at = cut % (rs.length + 1);
        const fold = (part: typeof rs) => part.reduce(metric.add, metric.init());
        const merged = metric.merge(fold(rs.slice(0, at)), fold(rs.slice(at)));
        expect(metric.finish(merged)).toEqual(run(metric, rs));
      },
    );
    test.prop([arbProviderRecords(6)], { numRuns: 25 })(
      'the order of records does not matter',
      (rs) => {
        expect(run(metric, [...rs].reverse())).toEqual(run(metric, rs));
      },
    );
    test.prop([arbProviderRecords(6)], { numRuns: 25 })('a state survives JSON unchanged', (rs) => {
      const state = rs.reduce(metric.add, metric.init());
      const revived = JSON.parse(JSON.stringify(state));
      expect(metric.finish(metric.merge(metric.init(), revived))).toEqual(metric.finish(state));
    });
    test.prop([arbProviderRecords(6)], { numRuns: 25 })(
      'complete and broken threads add up to the outcomes counted',
      (rs) => {
        const { proportion, brokenAt } = run(metric, rs);
        const broken = Object.values(brokenAt).reduce((a, b) => a + b, 0);
        expect(proportion.numerator + broken).toBe(proportion.denominator);
      },
    );
  });
});
