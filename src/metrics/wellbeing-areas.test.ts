import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbRecordsWithAreas } from '../../test/arbitraries/metrics.js';
import { person, run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import type { Outcome } from '../outcomes/index.js';
import type { ProviderRecord } from './records.js';
import { wellbeingAreasMetric } from './wellbeing-areas.js';

const window = { from: '2026-07-01', to: '2026-10-01' } as const;

/** An agreed outcome that started in January 2026, with whatever the case needs. */
function outcome(id: string, personId: string, patch: Partial<Outcome> = {}): Outcome {
  return {
    id,
    personId,
    words: 'I want to see my sister every month',
    expressedBy: 'person',
    lifecycleStatus: 'active',
    timeframe: { start: '2026-01-05', reviewBy: '2026-12-01' },
    ...patch,
  };
}

const records: ProviderRecord[] = [
  person('p-a', '2025-01-06', {
    plan: {
      outcomes: [
        // Active all quarter, in two areas.
        outcome('a1', 'p-a', { wellbeingAreas: ['relationships', 'work_education_recreation'] }),
        // Achieved in the quarter.
        outcome('a2', 'p-a', {
          lifecycleStatus: 'completed',
          achievementStatus: 'achieved',
          achievedOn: '2026-08-10',
          wellbeingAreas: ['work_education_recreation'],
        }),
        // Never agreed: not counted.
        outcome('a3', 'p-a', { lifecycleStatus: 'proposed', wellbeingAreas: ['dignity'] }),
      ],
    },
  }),
  person('p-b', '2025-01-06', {
    plan: {
      outcomes: [
        outcome('b1', 'p-b', {
          lifecycleStatus: 'cancelled',
          achievementStatus: 'not-achieved',
          closedOn: '2026-09-01',
          cancelledReason: 'person_chose',
          wellbeingAreas: ['relationships'],
        }),
        // Completed without being achieved in the quarter, with no area.
        outcome('b2', 'p-b', {
          lifecycleStatus: 'completed',
          achievementStatus: 'not-achieved',
          closedOn: '2026-07-15',
        }),
        // Closed the day before the quarter: not active in it.
        outcome('b3', 'p-b', {
          lifecycleStatus: 'completed',
          achievementStatus: 'not-achieved',
          closedOn: '2026-06-30',
          wellbeingAreas: ['accommodation'],
        }),
      ],
    },
  }),
  person('p-c', '2025-01-06', {
    plan: {
      outcomes: [
        // Completed with no date: counted apart, not guessed into the quarter.
        outcome('c1', 'p-c', {
          lifecycleStatus: 'completed',
          achievementStatus: 'not-achieved',
          wellbeingAreas: ['health_and_emotional_wellbeing'],
        }),
        // Starts on the first day after the quarter.
        outcome('c2', 'p-c', {
          timeframe: { start: '2026-10-01', reviewBy: '2026-12-01' },
          wellbeingAreas: ['dignity'],
        }),
      ],
    },
  }),
  // Left before the quarter.
  person('p-d', '2025-01-06', {
    end: '2026-06-15',
    plan: { outcomes: [outcome('d1', 'p-d', { wellbeingAreas: ['dignity'] })] },
  }),
  person('p-e', '2025-01-06', {
    plan: {
      outcomes: [
        // Achieved in May and being sustained: still active.
        outcome('e1', 'p-e', {
          achievementStatus: 'sustaining',
          achievedOn: '2026-05-01',
          wellbeingAreas: ['control_over_daily_life'],
        }),
        outcome('e2', 'p-e', { lifecycleStatus: 'on-hold' }),
        // The same outcome sent twice: counted once.
        outcome('e2', 'p-e', { lifecycleStatus: 'on-hold' }),
      ],
    },
  }),
  { type: 'setting', settingId: 'house-1', restrictions: [] },
];

describe('wellbeingAreasMetric', () => {
  const result = run(wellbeingAreasMetric({ window }), records);

  describe('denominators', () => {
    it('counts people and outcomes active in the window', () => {
      expect(result.people).toBe(3);
      expect(result.outcomes).toBe(6);
    });
    it('counts outcomes that finished with no date apart', () => {
      expect(result.undated).toBe(1);
    });
  });

  describe('per area', () => {
    it('divides people with an outcome in the area by people with any active outcome', () => {
      expect(result.areas.relationships.people).toMatchObject({ numerator: 2, denominator: 3 });
      // Two outcomes in the area, one person: counted once.
      expect(result.areas.work_education_recreation.people).toMatchObject({
        numerator: 1,
        denominator: 3,
      });
    });
    it('gives the Wilson interval of each share (2 of 3: 0.2077 to 0.9385)', () => {
      const { people } = result.areas.relationships;
      expect(people.value).toBeCloseTo(2 / 3, 10);
      expect(people.lower).toBeCloseTo(0.2077, 4);
      expect(people.upper).toBeCloseTo(0.9385, 4);
    });
    it('divides active outcomes in the area by all active outcomes', () => {
      expect(result.areas.work_education_recreation.outcomes).toMatchObject({
        numerator: 2,
        denominator: 6,
      });
      expect(result.areas.control_over_daily_life.outcomes).toMatchObject({
        numerator: 1,
        denominator: 6,
      });
    });
    it('divides outcomes achieved in the window by active outcomes in the area (1 of 2: 0.0945 to 0.9055)', () => {
      const { achieved } = result.areas.work_education_recreation;
      expect(achieved).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
      expect(achieved.lower).toBeCloseTo(0.0945, 4);
      expect(achieved.upper).toBeCloseTo(0.9055, 4);
    });
    it('counts outcomes cancelled or completed without achievement as not achieved', () => {
      expect(result.areas.relationships.notAchieved).toMatchObject({
        numerator: 1,
        denominator: 2,
      });
      expect(result.areas.relationships).toMatchObject({ cancelled: 1, completedNotAchieved: 0 });
    });
    it('lists every area in statutory order, with a null share where it has no outcome', () => {
      expect(Object.keys(result.areas)).toEqual([
        'dignity',
        'health_and_emotional_wellbeing',
        'protection_from_abuse',
        'control_over_daily_life',
        'work_education_recreation',
        'social_and_economic',
        'relationships',
        'accommodation',
        'contribution_to_society',
      ]);
      expect(result.areas.dignity.people).toMatchObject({ numerator: 0, denominator: 3 });
      expect(result.areas.dignity.achieved.value).toBeNull();
      expect(result.areas.accommodation.outcomes.numerator).toBe(0);
    });
    it('labels each area in plain English', () => {
      expect(result.areas.control_over_daily_life.label).toBe('Control over day-to-day life');
    });
  });

  describe('outcomes with no area', () => {
    it('counts them apart, so none is left out', () => {
      expect(result.noArea).toMatchObject({
        label: 'No wellbeing area recorded',
        people: { numerator: 2, denominator: 3 },
        outcomes: { numerator: 2, denominator: 6 },
        achieved: { numerator: 0, denominator: 2 },
        notAchieved: { numerator: 1, denominator: 2 },
        completedNotAchieved: 1,
        cancelled: 0,
      });
    });
  });

  describe('edges', () => {
    it('has null shares when no outcome is active', () => {
      const empty = run(wellbeingAreasMetric({ window }), []);
      expect(empty.people).toBe(0);
      expect(empty.noArea.people.value).toBeNull();
    });
    it('counts an outcome closed on the last day of the window, and not one closed on the day after', () => {
      const closing = (closedOn: Outcome['closedOn']) =>
        run(wellbeingAreasMetric({ window }), [
          person('p-f', '2025-01-06', {
            plan: {
              outcomes: [
                outcome('f1', 'p-f', {
                  lifecycleStatus: 'cancelled',
                  ...(closedOn === undefined ? {} : { closedOn }),
                  wellbeingAreas: ['dignity'],
                }),
              ],
            },
          }),
        ]).areas.dignity;
      expect(closing('2026-09-30')).toMatchObject({ cancelled: 1, outcomes: { numerator: 1 } });
      expect(closing('2026-10-01')).toMatchObject({ cancelled: 0, outcomes: { numerator: 1 } });
      expect(closing('2026-07-01')).toMatchObject({ cancelled: 1 });
    });
    it('uses the confidence level asked for', () => {
      const wide = run(wellbeingAreasMetric({ window, confidence: 0.99 }), records);
      expect(wide.areas.relationships.people.confidence).toBe(0.99);
      expect(wide.areas.relationships.people.lower ?? 1).toBeLessThan(0.2077);
    });
    it('throws invalid_argument for a bad confidence and invalid_date for a bad window', () => {
      expect(thrownCode(() => wellbeingAreasMetric({ window, confidence: 1 }))).toBe(
        'invalid_argument',
      );
      expect(
        thrownCode(() =>
          wellbeingAreasMetric({ window: { from: '2026-02-30', to: '2026-10-01' } }),
        ),
      ).toBe('invalid_date');
    });
    it('keeps data-keyed state in an object without a prototype', () => {
      const metric = wellbeingAreasMetric({ window });
      expect(Object.getPrototypeOf(metric.init().areas)).toBeNull();
    });
  });

  describe('properties', () => {
    const metric = wellbeingAreasMetric({ window: { from: '2026-01-01', to: '2027-01-01' } });
    const fold = (part: readonly ProviderRecord[]) => part.reduce(metric.add, metric.init());
    test.prop([arbRecordsWithAreas(), fc.nat()], { numRuns: 40 })(
      'splitting the records in two and merging equals one pass',
      (rs, cut) => {
        const at = cut % (rs.length + 1);
        const merged = metric.merge(fold(rs.slice(0, at)), fold(rs.slice(at)));
        expect(metric.finish(merged)).toEqual(run(metric, rs));
      },
    );
    test.prop([arbRecordsWithAreas()], { numRuns: 40 })(
      'the order of the records does not matter',
      (rs) => {
        expect(run(metric, [...rs].reverse())).toEqual(run(metric, rs));
      },
    );
    test.prop([arbRecordsWithAreas()], { numRuns: 40 })('a state survives JSON unchanged', (rs) => {
      const state = fold(rs);
      const revived = JSON.parse(JSON.stringify(state));
      expect(metric.finish(metric.merge(metric.init(), revived))).toEqual(metric.finish(state));
      expect(metric.finish(revived)).toEqual(metric.finish(state));
    });
    test.prop([arbRecordsWithAreas()], { numRuns: 40 })(
      'every active outcome is in at least one area or in noArea, and achieved and not achieved never exceed it',
      (rs) => {
        const r = run(metric, rs);
        const inAreas = Object.values(r.areas).reduce((n, a) => n + a.outcomes.numerator, 0);
        expect(inAreas + r.noArea.outcomes.numerator).toBeGreaterThanOrEqual(r.outcomes);
        for (const a of [...Object.values(r.areas), r.noArea]) {
          expect(a.achieved.numerator + a.notAchieved.numerator).toBeLessThanOrEqual(
            a.outcomes.numerator,
          );
          expect(a.people.numerator).toBeLessThanOrEqual(a.outcomes.numerator);
        }
      },
    );
  });
});
