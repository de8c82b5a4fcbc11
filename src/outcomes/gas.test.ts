import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { type GasGoal, gasAttainment, gasSummary, gasTScore } from './gas.js';
import type { Outcome } from './schemas/index.js';

const levels = {
  muchLess: 'Does not go',
  less: 'Goes with staff',
  expected: 'Goes alone once a month',
  more: 'Twice a month',
  muchMore: 'Every week',
};
const gasOutcome = (
  id: string,
  baseline: -2 | -1 | 0,
  weight: number,
  ...rated: (-2 | -1 | 0 | 1 | 2)[]
): Outcome => ({
  ...goodOutcome,
  id,
  gas: { levels, baseline, weight },
  ratings: rated.map((gasLevel, i) => ({
    on: `2026-1${i}-01` as `${number}-${number}-${number}`,
    score: 3,
    ratedBy: 'person',
    gasLevel,
  })),
});

const arbGoal: fc.Arbitrary<GasGoal> = fc.record({
  level: fc.integer({ min: -2, max: 2 }),
  weight: fc.integer({ min: 1, max: 9 }),
});

describe('gasTScore', () => {
  it('reproduces the published worked example: 55', () => {
    const scores = [-2, 0, -1, 2, 0, 1];
    const weights = [3, 5, 1, 4, 2, 6];
    expect(gasTScore(scores.map((level, i) => ({ level, weight: weights[i] ?? 0 })))).toBe(55);
  });
  it('gives 60 for a single goal one level above expected', () => {
    expect(gasTScore([{ level: 1 }])).toBe(60);
  });
  it('matches hand-checked values', () => {
    // [2, 2], unit weights, ρ = 0.3: 50 + 10·4 / √(0.7·2 + 0.3·4) = 50 + 40/√2.6
    expect(gasTScore([{ level: 2 }, { level: 2 }])).toBeCloseTo(50 + 40 / Math.sqrt(2.6), 9);
    // ρ = 0: 50 + 10·2/√2
    expect(gasTScore([{ level: 1 }, { level: 1 }], { rho: 0 })).toBeCloseTo(64.142135624, 9);
    expect(gasTScore([{ level: 1 }, { level: -1 }])).toBe(50);
  });
  it('returns null, not NaN, for no goals or all-zero weights', () => {
    expect(gasTScore([])).toBeNull();
    expect(
      gasTScore([
        { level: 2, weight: 0 },
        { level: -1, weight: 0 },
      ]),
    ).toBeNull();
  });
  it('ignores a zero-weight goal', () => {
    expect(gasTScore([{ level: 1 }, { level: -2, weight: 0 }])).toBe(60);
  });
  describe('with weights at the edges of floating point', () => {
    it('gives 60 for one goal at +1 with a weight of 1e-200 (the weight cannot underflow)', () => {
      expect(gasTScore([{ level: 1, weight: 1e-200 }])).toBe(60);
      expect(gasTScore([{ level: 1, weight: Number.MIN_VALUE }])).toBe(60);
    });
    it('gives 62.40 for two goals at +1 with weights of 1e200 (the sums cannot overflow)', () => {
      // 50 + 10·2/√(0.7·2 + 0.3·4) = 50 + 20/√2.6 = 62.4035…
      expect(
        gasTScore([
          { level: 1, weight: 1e200 },
          { level: 1, weight: 1e200 },
        ]),
      ).toBeCloseTo(50 + 20 / Math.sqrt(2.6), 9);
      expect(gasTScore([{ level: -2, weight: Number.MAX_VALUE }])).toBe(30);
    });
    it('gives the published 55 when the weights are multiplied by 1e300', () => {
      const scores = [-2, 0, -1, 2, 0, 1];
      const weights = [3, 5, 1, 4, 2, 6];
      expect(
        gasTScore(scores.map((level, i) => ({ level, weight: (weights[i] ?? 0) * 1e300 }))),
      ).toBe(55);
    });
  });
  it('throws invalid_argument when goals is not an array or a goal is missing', () => {
    expect(() => gasTScore(null as never)).toThrow(
      'gasTScore: goals must be an array of { level, weight }, but it is null.',
    );
    expect(() => gasTScore([null as never])).toThrow(/goal 0 has level undefined/);
  });
  it('throws invalid_argument for a bad level, weight or rho', () => {
    expect(() => gasTScore([{ level: 3 }])).toThrow(/level 3/);
    expect(() => gasTScore([{ level: 0.5 }])).toThrow(/level 0.5/);
    expect(() => gasTScore([{ level: 0, weight: -1 }])).toThrow(/weight -1/);
    expect(() => gasTScore([{ level: 0, weight: Number.NaN }])).toThrow(/weight NaN/);
    expect(() => gasTScore([{ level: 0 }], { rho: 1.5 })).toThrow(/rho/);
  });

  describe('properties', () => {
    test.prop([fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 10 })])(
      'is 50 when every goal is met as expected',
      (weights) => {
        expect(gasTScore(weights.map((weight) => ({ level: 0, weight })))).toBe(50);
      },
    );
    test.prop([fc.array(arbGoal, { minLength: 1, maxLength: 10 }), fc.nat()])(
      'increases when any level increases',
      (goals, pick) => {
        const index = pick % goals.length;
        const goal = goals[index] as GasGoal;
        if (goal.level === 2) return;
        const raised = goals.map((g, i) => (i === index ? { ...g, level: g.level + 1 } : g));
        expect(gasTScore(raised) as number).toBeGreaterThan(gasTScore(goals) as number);
      },
    );
    test.prop([fc.array(arbGoal, { minLength: 1, maxLength: 10 })])(
      'does not depend on the order of the goals',
      (goals) => {
        expect(gasTScore([...goals].reverse())).toBeCloseTo(gasTScore(goals) as number, 9);
      },
    );
    test.prop([
      fc.array(arbGoal, { minLength: 1, maxLength: 10 }),
      fc.double({ min: 0.01, max: 100, noNaN: true }),
    ])('does not change when every weight is scaled by the same positive number', (goals, c) => {
      const scaled = goals.map((g) => ({ ...g, weight: (g.weight ?? 1) * c }));
      expect(gasTScore(scaled)).toBeCloseTo(gasTScore(goals) as number, 6);
    });
    test.prop([
      fc.array(arbGoal, { minLength: 1, maxLength: 10 }),
      fc.integer({ min: -300, max: 300 }),
    ])('is the same whatever power of ten the weights are given in', (goals, power) => {
      const scaled = goals.map((g) => ({ ...g, weight: (g.weight ?? 1) * 10 ** power }));
      const t = gasTScore(scaled) as number;
      expect(Number.isFinite(t)).toBe(true);
      expect(t).toBeCloseTo(gasTScore(goals) as number, 6);
    });
    test.prop([fc.array(arbGoal, { maxLength: 10 }), fc.double({ min: 0, max: 1, noNaN: true })])(
      'is null or a finite number, never NaN',
      (goals, rho) => {
        const t = gasTScore(goals, { rho });
        if (t === null) return;
        expect(Number.isFinite(t)).toBe(true);
      },
    );
  });
});

describe('gasAttainment', () => {
  it('returns the latest rated level, ignoring ratings without one', () => {
    const outcome = gasOutcome('o', -1, 1, -1, 0);
    expect(gasAttainment(outcome)).toEqual({ level: 0, on: '2026-11-01' });
    expect(gasAttainment(outcome, '2026-10-15')).toEqual({ level: -1, on: '2026-10-01' });
    expect(gasAttainment(goodOutcome)).toBeNull();
  });
});

describe('gasSummary', () => {
  it('scores the latest levels against the baselines and lists what it left out', () => {
    const summary = gasSummary([
      gasOutcome('a', -1, 2, -1, 1),
      gasOutcome('b', -2, 1, 0),
      { ...goodOutcome, id: 'c' },
      gasOutcome('d', -1, 1),
    ]);
    // reached: a = +1 (w 2), b = 0 (w 1): Σwx = 2, Σw² = 5, Σw = 3 → 50 + 20/√(3.5 + 2.7)
    expect(summary.tScore).toBeCloseTo(50 + 20 / Math.sqrt(6.2), 9);
    // baseline: a = −1 (w 2), b = −2 (w 1): Σwx = −4 → 50 − 40/√6.2
    expect(summary.baselineTScore).toBeCloseTo(50 - 40 / Math.sqrt(6.2), 9);
    expect(summary.change).toBeCloseTo(60 / Math.sqrt(6.2), 9);
    expect(summary.included).toEqual(['a', 'b']);
    expect(summary.excluded).toEqual([
      { outcomeId: 'c', reason: 'no_gas' },
      { outcomeId: 'd', reason: 'no_gas_rating' },
    ]);
    expect(summary.method).toBe('Kiresuk–Sherman T-score, ρ = 0.3');
  });
  it('returns nulls when nothing can be scored', () => {
    expect(gasSummary([])).toMatchObject({
      tScore: null,
      baselineTScore: null,
      change: null,
      included: [],
      excluded: [],
    });
  });
  it('leaves out an outcome entered in error', () => {
    expect(
      gasSummary([{ ...gasOutcome('x', -1, 1, 1), lifecycleStatus: 'entered-in-error' }]).excluded,
    ).toEqual([{ outcomeId: 'x', reason: 'no_gas' }]);
  });
});
