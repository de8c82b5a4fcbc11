import { describe, expect, it } from 'vitest';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import type { IsoDate } from '../core/index.js';
import { checkOutcome } from './check-outcome.js';
import { checkOutcomes } from './check-outcomes.js';
import { gasSummary, gasTScore } from './gas.js';
import { findGenericPhrases } from './generic-phrases.js';
import { ratingTrend } from './rating-trend.js';
import { recordRating } from './record-rating.js';
import type { Outcome } from './schemas/index.js';
import { parseOutcome } from './schemas/index.js';

// Edges of each rule, and the exact path each finding points at: what a form or an audit
// screen uses to put the message next to the right field.
const at = (outcome: Outcome, asOf: IsoDate) => checkOutcome(outcome, { asOf });
const only = (outcome: Outcome, asOf: IsoDate) => at(outcome, asOf).map((f) => [f.code, f.path]);

describe('checkOutcome at the edges', () => {
  it('reports review_too_far only past the limit, pointing at the review-by date', () => {
    const exactly = {
      ...goodOutcome,
      timeframe: { start: '2026-09-14', reviewBy: '2027-09-14' },
    } as Outcome;
    expect(only(exactly, '2026-11-23')).toEqual([]);
    const over = {
      ...goodOutcome,
      timeframe: { start: '2026-09-14', reviewBy: '2027-09-15' },
    } as Outcome;
    expect(only(over, '2026-11-23')).toEqual([['review_too_far', ['timeframe', 'reviewBy']]]);
  });
  it('does not judge the timeframe of a completed outcome', () => {
    const done = {
      ...goodOutcome,
      lifecycleStatus: 'completed',
      timeframe: { start: '2026-09-14', reviewBy: '2028-01-01' },
    } as Outcome;
    expect(only(done, '2026-11-23')).toEqual([]);
  });
  it('counts an agreement made on asOf, and takes the later of two on the same day', () => {
    const today = [
      { party: 'person', response: 'agree', on: '2026-11-23' },
    ] as Outcome['agreements'];
    expect(only({ ...goodOutcome, agreements: today }, '2026-11-23')).toEqual([]);
    const sameDay = [
      { party: 'person', response: 'agree', on: '2026-11-01' },
      { party: 'person', response: 'disagree', on: '2026-11-01' },
    ] as Outcome['agreements'];
    expect(only({ ...goodOutcome, agreements: sameDay }, '2026-11-23')).toEqual([
      ['person_disagrees', ['agreements']],
    ]);
    const earlierThenLater = [
      { party: 'person', response: 'disagree', on: '2026-10-01' },
      { party: 'person', response: 'pending', on: '2026-11-01' },
      { party: 'person', response: 'agree', on: '2026-09-01' },
    ] as Outcome['agreements'];
    expect(only({ ...goodOutcome, agreements: earlierThenLater }, '2026-11-23')).toEqual([
      ['agreement_pending', ['agreements']],
    ]);
  });
  it('points agreement and ownership findings at their lists', () => {
    expect(only({ ...goodOutcome, agreements: [] }, '2026-11-23')).toEqual([
      ['not_agreed', ['agreements']],
    ]);
    expect(only({ ...goodOutcome, owners: [] }, '2026-11-23')).toEqual([['no_owner', ['owners']]]);
    expect(only({ ...goodOutcome, words: 'She wants to paint' }, '2026-11-23')).toEqual([
      ['words_about_person', ['words']],
    ]);
  });
  it('does not treat "to" at the end of the words as an aim written about the person', () => {
    expect(
      only({ ...goodOutcome, words: 'Painting and drawing, every day, close to' }, '2026-11-23'),
    ).toEqual([]);
  });
  it('reports stale ratings after 42 days, not at 42', () => {
    const longer = {
      ...goodOutcome,
      timeframe: { start: '2026-09-14', reviewBy: '2027-03-01' },
    } as Outcome;
    expect(only(longer, '2026-12-21')).toEqual([]);
    expect(only(longer, '2026-12-22')).toEqual([['ratings_stale', ['ratings']]]);
  });
  it('reports no_ratings only after 42 days, and not before the outcome starts', () => {
    const { ratings: _r, ...unrated } = goodOutcome;
    expect(only(unrated, '2026-10-26')).toEqual([]);
    expect(only(unrated, '2026-10-27')).toEqual([['no_ratings', ['ratings']]]);
    const future = {
      ...unrated,
      timeframe: { start: '2027-01-04', reviewBy: '2027-03-01' },
    } as Outcome;
    expect(only(future, '2026-11-23')).toEqual([]);
    expect(checkOutcome(unrated, { asOf: '2026-09-14', staleAfterDays: 0 })).toEqual([]);
    expect(only(unrated, '2026-10-27')).toEqual([['no_ratings', ['ratings']]]);
  });
  it('reports a fall of exactly fallingBy, and points at the ratings', () => {
    const ratings = [
      ...(goodOutcome.ratings ?? []),
      { on: '2026-11-20', score: 1, ratedBy: 'person', example: 'Bad week' },
    ] as Outcome['ratings'];
    expect(
      checkOutcome({ ...goodOutcome, ratings }, { asOf: '2026-11-23', fallingBy: 2 }).map((f) => [
        f.code,
        f.path,
      ]),
    ).toEqual([['rating_falling', ['ratings']]]);
  });
  it('judges ratings in date order, not stored order', () => {
    const ratings = [
      { on: '2026-11-20', score: 4, ratedBy: 'person', example: 'Great' },
      { on: '2026-11-01', score: 5, ratedBy: 'person', example: 'Better' },
      { on: '2026-10-01', score: 2, ratedBy: 'person', example: 'Start' },
    ] as Outcome['ratings'];
    expect(only({ ...goodOutcome, ratings }, '2026-11-23')).toEqual([
      ['rating_falling', ['ratings']],
    ]);
    expect(at({ ...goodOutcome, ratings }, '2026-11-23')[0]).toMatchObject({
      latest: 4,
      previous: 5,
    });
    expect(ratingTrend({ ...goodOutcome, ratings }, { asOf: '2026-11-01' })).toMatchObject({
      change: 3,
      count: 2,
    });
  });
});

describe('checkOutcomes at the edges', () => {
  const active = (id: string, start: IsoDate, reviewBy: IsoDate): Outcome => ({
    ...goodOutcome,
    id,
    timeframe: { start, reviewBy },
  });
  it('counts outcomes touching the first or the last day of the quarter', () => {
    const plan = [
      active('a', '2026-09-01', '2026-10-01'),
      active('b', '2026-12-31', '2027-02-01'),
      active('c', '2026-11-01', '2026-12-01'),
      active('d', '2026-09-01', '2026-09-30'),
      active('e', '2027-01-01', '2027-02-01'),
    ];
    const found = checkOutcomes(plan, { asOf: '2026-11-23', maxActivePriorities: 2 }).filter(
      (f) => f.code === 'too_many_priorities',
    );
    expect(found).toMatchObject([{ outcomeIds: ['a', 'b', 'c'] }]);
  });
});

describe('generic phrases at the edges', () => {
  it('matches across commas, quotation marks and spaces, but not across a dash between words', () => {
    expect(findGenericPhrases('be ,,  "happy"!!', ['be happy'])).toEqual(['be ,,  "happy']);
    expect(findGenericPhrases('be -- happy', ['be happy'])).toEqual([]);
    expect(findGenericPhrases('Improve well-being', ['improve wellbeing'])).toEqual([
      'Improve well-being',
    ]);
  });
  it('never matches across the end of a sentence', () => {
    expect(findGenericPhrases('I want to be. Happy days at the seaside', ['be happy'])).toEqual([]);
  });
});

describe('GAS at the edges', () => {
  it('accepts rho of exactly 0 and 1, and rejects just outside', () => {
    expect(gasTScore([{ level: 1 }], { rho: 0 })).toBe(60);
    expect(gasTScore([{ level: 1 }, { level: 1 }], { rho: 1 })).toBe(60);
    expect(() => gasTScore([{ level: 1 }], { rho: -0.01 })).toThrow(/rho/);
    expect(() => gasTScore([{ level: 1 }], { rho: 1.01 })).toThrow(/rho/);
  });
  it('accepts levels −2 and 2 and rejects −3', () => {
    expect(gasTScore([{ level: -2 }])).toBe(30);
    expect(gasTScore([{ level: 2 }])).toBe(70);
    expect(() => gasTScore([{ level: -3 }])).toThrow(/level -3/);
  });
  it('uses the weights, not just the levels', () => {
    expect(
      gasTScore([
        { level: 2, weight: 3 },
        { level: -2, weight: 1 },
      ]),
    ).toBeCloseTo(50 + 40 / Math.sqrt(0.7 * 10 + 0.3 * 16), 9);
  });
  it('passes rho through to both scores in a summary', () => {
    const levels = { muchLess: 'a', less: 'b', expected: 'c', more: 'd', muchMore: 'e' };
    const outcomes = ['x', 'y'].map(
      (id) =>
        ({
          ...goodOutcome,
          id,
          gas: { levels, baseline: -1 as const },
          ratings: [{ on: '2026-11-01', score: 3, ratedBy: 'person', gasLevel: 1 }],
        }) as Outcome,
    );
    const summary = gasSummary(outcomes, { rho: 0 });
    expect(summary.tScore).toBeCloseTo(50 + 20 / Math.sqrt(2), 9);
    expect(summary.baselineTScore).toBeCloseTo(50 - 20 / Math.sqrt(2), 9);
    expect(summary.method).toBe('Kiresuk–Sherman T-score, ρ = 0');
    expect(gasSummary([outcomes[0] as Outcome], { asOf: '2026-10-01' }).excluded).toEqual([
      { outcomeId: 'x', reason: 'no_gas_rating' },
    ]);
  });
});

describe('schema rules at the edges', () => {
  const issues = (input: unknown) => {
    const r = parseOutcome(input);
    return r.success ? [] : r.issues.map((i) => [i.code, i.path.join('.')]);
  };
  it('allows a scale 100 points wide and rejects 101', () => {
    expect(issues({ ...goodOutcome, ratingScale: { min: 0, max: 100 } })).toEqual([]);
    expect(issues({ ...goodOutcome, ratingScale: { min: 0, max: 101 } })).toEqual([
      ['scale_too_wide', 'ratingScale.max'],
    ]);
    expect(issues({ ...goodOutcome, ratings: [], ratingScale: { min: 3, max: 2 } })).toEqual([
      ['scale_min_not_below_max', 'ratingScale.max'],
    ]);
  });
  it('reports a label below the scale and keeps labels inside it', () => {
    const labels = [
      { score: 0, label: 'Below' },
      { score: 1, label: 'Low' },
      { score: 5, label: 'High' },
    ];
    expect(issues({ ...goodOutcome, ratingScale: { min: 1, max: 5, labels } })).toEqual([
      ['label_outside_scale', 'ratingScale.labels.0.score'],
    ]);
  });
  it('checks scores against the default scale when the outcome’s own is malformed, without double reports', () => {
    const ratings = [{ on: '2026-10-12', score: 0, ratedBy: 'person' }];
    expect(issues({ ...goodOutcome, ratings })).toEqual([
      ['score_outside_scale', 'ratings.0.score'],
    ]);
    expect(issues({ ...goodOutcome, ratings, ratingScale: { min: 5, max: 1 } })).toEqual([
      ['scale_min_not_below_max', 'ratingScale.max'],
    ]);
    expect(
      issues({ ...goodOutcome, ratings: [{ on: '2026-10-12', score: 2.5, ratedBy: 'person' }] }),
    ).toEqual([['invalid_type', 'ratings.0.score']]);
  });
  it('reports an achieved date on an outcome without an achievement status, and allows one on the start day', () => {
    const { achievementStatus: _a, ...unknown } = goodOutcome;
    expect(issues({ ...unknown, achievedOn: '2026-11-01' })).toEqual([
      ['achieved_on_without_achievement', 'achievedOn'],
    ]);
    expect(
      issues({ ...goodOutcome, achievementStatus: 'achieved', achievedOn: '2026-09-14' }),
    ).toEqual([]);
  });
  it('allows zero and rejects negative amounts only for counted measures', () => {
    expect(
      issues({ ...goodOutcome, indicator: { ...goodOutcome.indicator, baseline: 0 } }),
    ).toEqual([]);
    expect(
      issues({ ...goodOutcome, indicator: { ...goodOutcome.indicator, baseline: -1 } }),
    ).toEqual([['negative_amount', 'indicator.baseline']]);
    expect(issues({ ...goodOutcome, indicator: { description: 'Mood', baseline: -1 } })).toEqual(
      [],
    );
  });
  it('reports a non-object outcome once, at the root', () => {
    expect(issues([goodOutcome])).toEqual([['invalid_type', '']]);
  });
});

describe('recordRating at the edges', () => {
  it('reports the 1,000-rating limit as inclusive', () => {
    const full = {
      ...goodOutcome,
      ratings: Array.from({ length: 1000 }, () => goodOutcome.ratings?.[0]),
    } as Outcome;
    expect(recordRating(full, { on: '2026-11-30', score: 3, ratedBy: 'person' })).toMatchObject({
      success: false,
      issues: [{ inclusive: true }],
    });
  });
});
