import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProviderRecords } from '../../test/arbitraries/metrics.js';
import { person, run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import type { IsoDate } from '../core/index.js';
import type { LifeEvent, Review } from '../reviews/index.js';
import { rateRatio } from '../stats/index.js';
import { changeImpactMetric } from './change-impact.js';

const year = { from: '2026-01-01', to: '2027-01-01' } as const;

const event = (
  personId: string,
  id: string,
  on: string,
  kind: LifeEvent['kind'] = 'incident',
): LifeEvent =>
  ({
    id,
    personId,
    on,
    kind,
    severity: 'medium',
    summary: 'Shouted at staff at teatime',
  }) as LifeEvent;
const review = (
  personId: string,
  id: string,
  on: IsoDate,
  decisions: NonNullable<Review['decisions']>,
  involvement: Review['person']['involvement'] = 'led',
): Review => ({ id, personId, on, person: { involvement }, decisions });

// Aisha: a review on 1 April 2026 that moved the evening rota (and a second decision that
// changes nothing). 90 days before: 1 January to 31 March; 90 days after: 2 April to 30 June.
const aisha = person('p-a', '2025-01-01', {
  plan: {
    reviews: [
      review('p-a', 'rv-a', '2026-04-01', [
        { id: 'd-rota', text: 'Move the evening rota so Aisha chooses her bedtime' },
        { id: 'd-same', text: 'Continue current plan' },
      ]),
    ],
    events: [
      event('p-a', 'e0', '2025-12-31'), // 91 days before: outside
      event('p-a', 'e1', '2026-01-01'), // 90 days before: inside
      event('p-a', 'e2', '2026-02-10'),
      event('p-a', 'e3', '2026-03-31'),
      event('p-a', 'e4', '2026-04-01'), // the decision day: neither side
      event('p-a', 'e5', '2026-04-02'),
      event('p-a', 'e6', '2026-06-30'), // the 90th day after: inside
      event('p-a', 'e7', '2026-07-01'), // the 91st: outside
      event('p-a', 'e8', '2026-05-05', 'hospital_admission_unplanned'), // another kind
      event('p-a', 'e2', '2026-02-10'), // the same event twice: counted once
    ],
  },
});
// Ben: support from 1 May to 15 July 2026, so both sides of his 1 June decision are clipped:
// 31 days before (May), 44 after (2 June to 15 July).
const ben = person('p-b', '2026-05-01', {
  end: '2026-07-15',
  plan: {
    reviews: [
      review(
        'p-b',
        'rv-b',
        '2026-06-01',
        [{ id: 'd-walk', text: 'No changes to the plan', changesPlan: true }],
        'present',
      ),
    ],
    events: [
      event('p-b', 'b0', '2026-04-15'), // before his support
      event('p-b', 'b1', '2026-05-20'),
      event('p-b', 'b2', '2026-07-01'),
      event('p-b', 'b3', '2026-07-20'), // after his support
    ],
  },
});
// Cara: a decision taken without her (not counted), one before the year (not counted), and
// one on 15 December, whose after side is cut at the year's end: 16 days.
const cara = person('p-c', '2025-01-01', {
  plan: {
    reviews: [
      review('p-c', 'rv-c0', '2025-12-01', [{ id: 'd-old', text: 'Start a new day centre' }]),
      review(
        'p-c',
        'rv-c1',
        '2026-06-01',
        [{ id: 'd-without', text: 'Stop the Friday trips' }],
        'not_involved',
      ),
      review('p-c', 'rv-c2', '2026-12-15', [{ id: 'd-music', text: 'Book music therapy weekly' }]),
    ],
    events: [
      event('p-c', 'c1', '2026-10-01'),
      event('p-c', 'c2', '2026-12-20'),
      event('p-c', 'c3', '2027-01-05'), // after the year
    ],
  },
});

describe('changeImpactMetric', () => {
  describe('three people’s co-produced decisions over a year', () => {
    const result = run(changeImpactMetric({ window: year }), [aisha, ben, cara]);
    it('counts the co-produced decisions that change a plan', () => {
      expect(result.decisionCount).toBe(3);
    });
    it('pools events and person-days before and after every decision', () => {
      // Before: 3 + 1 + 1 = 5 over 90 + 31 + 90 = 211 days; after: 2 + 1 + 1 = 4 over
      // 90 + 44 + 16 = 150 days. Ratio (4 / 150) ÷ (5 / 211) = 844 / 750.
      expect(result.rateRatio).toEqual(
        rateRatio({ count: 5, exposure: 211 }, { count: 4, exposure: 150 }),
      );
      expect(result.rateRatio.ratio).toBeCloseTo(844 / 750, 12);
    });
    it('lists each decision with its counts and ratio, most events first', () => {
      expect(result.decisions.map((d) => [d.decisionId, d.before, d.after, d.ratio])).toEqual([
        ['d-rota', { count: 3, days: 90 }, { count: 2, days: 90 }, 2 / 3],
        ['d-walk', { count: 1, days: 31 }, { count: 1, days: 44 }, 31 / 44],
        ['d-music', { count: 1, days: 90 }, { count: 1, days: 16 }, 90 / 16],
      ]);
      expect(result.decisions[0]).toMatchObject({
        personId: 'p-a',
        planId: 'plan-p-a',
        reviewId: 'rv-a',
        on: '2026-04-01',
        text: 'Move the evening rota so Aisha chooses her bedtime',
      });
    });
    it('raises a caution with fewer than 10 events in all', () => {
      expect(result.caution).toBe(true);
      expect(result.cautionMessage).toBe(
        'Only 9 events before and after the decisions together (fewer than 10): too few to tell a change from chance. Read the interval, not the ratio.',
      );
    });
    it('says the kinds and days it counted', () => {
      expect(result.kinds).toEqual(['incident']);
      expect(result.days).toBe(90);
    });
  });

  describe('the caution rule at its boundary', () => {
    it('raises no caution at 10 events', () => {
      const more = person('p-d', '2025-01-01', {
        plan: {
          reviews: [
            review('p-d', 'rv-d', '2026-03-01', [{ id: 'd-d', text: 'Try a quieter room' }]),
          ],
          events: [event('p-d', 'x1', '2026-03-05')],
        },
      });
      const result = run(changeImpactMetric({ window: year }), [aisha, ben, cara, more]);
      expect(result.caution).toBe(false);
      expect(result.cautionMessage).toBeNull();
    });
    it('says so when no decision was recorded', () => {
      const result = run(changeImpactMetric({ window: year }), [person('p-e', '2025-01-01')]);
      expect(result.caution).toBe(true);
      expect(result.cautionMessage).toBe(
        'No co-produced decision that changes a plan was recorded in the window, so there is nothing to compare.',
      );
      expect(result.rateRatio.ratio).toBeNull();
    });
    it('says so when no day before the decisions was observed', () => {
      const first = person('p-f', '2026-03-01', {
        plan: {
          reviews: [
            review('p-f', 'rv-f', '2026-03-01', [{ id: 'd-f', text: 'Start Tuesday swimming' }]),
          ],
        },
      });
      const result = run(changeImpactMetric({ window: year }), [first]);
      expect(result.decisions[0]?.before).toEqual({ count: 0, days: 0 });
      expect(result.cautionMessage).toBe(
        'No day was observed before the decisions (support had not started, or the window ended), so there is nothing to compare.',
      );
    });
  });

  describe('options', () => {
    it('counts the kinds and days asked for', () => {
      const result = run(
        changeImpactMetric({ window: year, kinds: ['hospital_admission_unplanned'], days: 30 }),
        [aisha],
      );
      // 30 days after 1 April: 2 April to 1 May; the admission on 5 May is outside.
      expect(result.decisions[0]?.after).toEqual({ count: 0, days: 30 });
      expect(result.decisions[0]?.ratio).toBeNull();
      expect(result.kinds).toEqual(['hospital_admission_unplanned']);
    });
    it('keeps the first `limit` decisions', () => {
      const result = run(changeImpactMetric({ window: year, limit: 2 }), [cara, ben, aisha]);
      expect(result.decisions.map((d) => d.decisionId)).toEqual(['d-rota', 'd-walk']);
      expect(result.decisionCount).toBe(3);
    });
    it('throws for no kinds', () => {
      expect(thrownCode(() => changeImpactMetric({ window: year, kinds: [] }))).toBe(
        'invalid_argument',
      );
    });
    it('throws for days below 1', () => {
      expect(thrownCode(() => changeImpactMetric({ window: year, days: 0 }))).toBe(
        'invalid_argument',
      );
    });
    it('throws for a fractional limit', () => {
      expect(thrownCode(() => changeImpactMetric({ window: year, limit: 1.5 }))).toBe(
        'invalid_argument',
      );
    });
  });

  describe('properties', () => {
    const metric = changeImpactMetric({
      window: { from: '2025-06-01', to: '2026-12-01' },
      limit: 3,
    });
    test.prop([arbProviderRecords(), fc.nat()], { numRuns: 40 })(
      'splitting the records in two and merging equals one pass',
      (rs, cut) => {
        const at = cut % (rs.length + 1);
        const fold = (part: typeof rs) => part.reduce(metric.add, metric.init());
        const merged = metric.merge(fold(rs.slice(0, at)), fold(rs.slice(at)));
        expect(metric.finish(merged)).toEqual(run(metric, rs));
      },
    );
    test.prop([arbProviderRecords()], { numRuns: 40 })(
      'the order of records does not matter',
      (rs) => {
        expect(run(metric, [...rs].reverse())).toEqual(run(metric, rs));
      },
    );
    test.prop([arbProviderRecords()], { numRuns: 40 })('a state survives JSON unchanged', (rs) => {
      const state = rs.reduce(metric.add, metric.init());
      const revived = JSON.parse(JSON.stringify(state));
      expect(metric.finish(metric.merge(metric.init(), revived))).toEqual(metric.finish(state));
    });
    test.prop([arbProviderRecords()], { numRuns: 40 })(
      'a ratio with zero counts is never NaN',
      (rs) => {
        const { rateRatio: pooled, decisions } = run(metric, rs);
        for (const value of [pooled.ratio, pooled.lower, pooled.upper, pooled.pValue]) {
          expect(value === null || Number.isFinite(value)).toBe(true);
        }
        for (const d of decisions) expect(d.ratio === null || Number.isFinite(d.ratio)).toBe(true);
      },
    );
  });
});
