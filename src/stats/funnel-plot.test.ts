import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGoldenThreadError } from '../core/index.js';
import { type FunnelUnit, funnelPlot } from './funnel-plot.js';

function expectRelative(actual: number | undefined, expected: number, tolerance: number): void {
  expect(actual).toBeDefined();
  const error = Math.abs((actual as number) - expected) / Math.max(Math.abs(expected), 1e-300);
  expect(error, `${actual} vs ${expected}`).toBeLessThan(tolerance);
}

/** P(X ≥ k) for X ~ Binomial(n, θ), by direct summation (independent of the library). */
function binomialUpper(k: number, n: number, theta: number): number {
  let sum = 0;
  let term = (1 - theta) ** n; // P(X = 0)
  for (let j = 0; j <= n; j += 1) {
    if (j >= k) sum += term;
    term *= ((n - j) / (j + 1)) * (theta / (1 - theta));
  }
  return Math.min(1, sum);
}

/** P(X ≤ k) for X ~ Binomial(n, θ), by direct summation. */
const binomialLower = (k: number, n: number, theta: number) =>
  1 - (k >= n ? 0 : binomialUpper(k + 1, n, theta));

const unit = (id: string, numerator: number, denominator: number): FunnelUnit => ({
  id,
  numerator,
  denominator,
});

describe('funnelPlot', () => {
  describe('against published exact values', () => {
    // Public Health England's funnel method (PHEindicatormethods, tests/testthat/
    // testdata_funnel_ratio_outputs.csv, from PHE's Excel tool): for O observed events the
    // limits pass through O ÷ E at these expected counts E. A rate of 1 per unit of exposure
    // makes the exposure the expected count. PHE's bisection stops at 1e-7, hence 1e-5.
    const phe: [number, number, number, number, number][] = [
      // O, E on the lower 95 %, upper 95 %, lower 99.8 %, upper 99.8 % limit
      [1, 5.571644585, 0.025317898, 9.233410143, 0.001000547],
      [2, 7.224687515, 0.242209467, 11.22886836, 0.04540199],
      [3, 8.767273828, 0.618671905, 13.06224507, 0.190533306],
      [6, 13.0594765, 2.201894435, 18.0616374, 1.107104434],
    ];
    it.each(phe)('passes through PHE’s points for %i events (rates)', (o, l95, u95, l998, u998) => {
      const units = [unit('a', 0, l95), unit('b', 0, u95), unit('c', 0, l998), unit('d', 0, u998)];
      const plot = funnelPlot(units, { kind: 'rate', target: 1 });
      expectRelative(plot.units[0]?.limits?.lower95, o / l95, 1e-5);
      expectRelative(plot.units[1]?.limits?.upper95, o / u95, 1e-5);
      expectRelative(plot.units[2]?.limits?.lower998, o / l998, 1e-5);
      expectRelative(plot.units[3]?.limits?.upper998, o / u998, 1e-5);
    });
    // Clopper–Pearson ("exact") 95 % intervals of Newcombe's (1998, Statistics in Medicine
    // 17:857) examples: 81/263 0.2527–0.3676, 15/148 0.0578–0.1617, 1/29 0.0009–0.1776, here to
    // full precision from SciPy (test/reference/stats_reference.py). With the target at a
    // bound, k of n lies exactly on the funnel's 95 % limit at n.
    const newcombe: [number, number, number, number][] = [
      [81, 263, 0.25273674558527126, 0.36762192260135135],
      [15, 148, 0.05784401008344857, 0.161650490349479],
      [1, 29, 0.000872646883579922, 0.1776442954887229],
    ];
    it.each(newcombe)(
      'puts %i of %i on the 95 %% limit at its exact bounds (proportions)',
      (k, n, lo, hi) => {
        const upper = funnelPlot([unit('a', k, n)], { kind: 'proportion', target: lo });
        const lower = funnelPlot([unit('a', k, n)], { kind: 'proportion', target: hi });
        expectRelative(upper.units[0]?.limits?.upper95, k / n, 1e-9);
        expectRelative(lower.units[0]?.limits?.lower95, k / n, 1e-9);
      },
    );
  });

  describe('with hand-checked proportions', () => {
    // Binomial(10, 0.2): P(X ≥ 5) = 1 − 0.96721 = 0.0328, P(X ≥ 6) = 1 − 0.99363 = 0.0064,
    // P(X ≥ 7) = 120·0.2⁷·0.8³ + 45·0.2⁸·0.8² + 10·0.2⁹·0.8 + 0.2¹⁰ = 0.000864;
    // P(X = 0) = 0.8¹⁰ = 0.107, so no count is unusually low.
    const plot = funnelPlot(
      [unit('five', 5, 10), unit('six', 6, 10), unit('seven', 7, 10), unit('none', 0, 10)],
      { kind: 'proportion', target: 0.2, improvement: 'increase' },
    );
    it('places each unit as the exact one-sided test does', () => {
      expect(plot.units.map((u) => u.outside)).toEqual([
        null,
        { side: 'high', beyond: 0.95 },
        { side: 'high', beyond: 0.998 },
        null,
      ]);
      expect(plot.units.map((u) => u.variation)).toEqual([
        'common_cause',
        'improvement',
        'improvement',
        'common_cause',
      ]);
      expect(plot.outliers.map((u) => u.id)).toEqual(['six', 'seven']);
    });
    it('draws the 95 % limit between 5 and 6 of 10, and the lower limits at 0', () => {
      const limits = plot.units[0]?.limits;
      expect(limits?.upper95).toBeGreaterThan(0.5);
      expect(limits?.upper95).toBeLessThan(0.6);
      expect(limits?.upper998).toBeGreaterThan(0.6);
      expect(limits?.upper998).toBeLessThan(0.7);
      expect(limits).toMatchObject({ denominator: 10, lower95: 0, lower998: 0 });
    });
    it('names its method and the target it used', () => {
      expect(plot).toMatchObject({
        kind: 'proportion',
        per: 1,
        target: 0.2,
        targetSource: 'given',
      });
      expect(plot.totals).toEqual({ numerator: 18, denominator: 40 });
      expect(plot.method).toBe(
        "funnel plot: exact binomial limits (the exact one-sided test's boundary, continued between whole counts) at 95 % and 99.8 % around the target given",
      );
      expect(plot.overdispersion).toBeNull();
    });
  });

  describe('with hand-checked rates', () => {
    // 2 per 1,000 days over 1,000 days: Poisson(2). P(X ≥ 5) = 0.0527, P(X ≥ 6) = 0.0166,
    // P(X ≥ 8) = 0.00110, P(X ≥ 9) = 0.00024; P(X = 0) = e⁻² = 0.135.
    const plot = funnelPlot(
      [unit('a', 5, 1000), unit('b', 6, 1000), unit('c', 8, 1000), unit('d', 9, 1000)],
      { kind: 'rate', per: 1000, target: 2, improvement: 'decrease' },
    );
    it('places each unit as the exact Poisson test does, on the per-1,000 scale', () => {
      expect(plot.units.map((u) => u.value)).toEqual([5, 6, 8, 9]);
      expect(plot.units.map((u) => u.outside?.beyond ?? null)).toEqual([null, 0.95, 0.95, 0.998]);
      expect(plot.units[3]?.variation).toBe('concern');
      expect(plot.units[0]?.limits).toMatchObject({ lower95: 0, lower998: 0 });
      expect(plot.method).toContain('exact Poisson limits (rates per 1000)');
    });
  });

  describe('with the pooled figure as the target', () => {
    const units = [
      { id: 'elm', label: 'Elm House', numerator: 2, denominator: 12 },
      { id: 'oak', label: 'Oak Lodge', numerator: 30, denominator: 120 },
      { id: 'ash', label: 'Ash Court', numerator: 48, denominator: 110 },
      { id: 'birch', label: 'Birch Road', numerator: 15, denominator: 60 },
    ];
    const plot = funnelPlot(units, { kind: 'proportion', improvement: 'decrease' });
    it('compares every unit with the overall figure, 95 of 302', () => {
      expect(plot.target).toBe(95 / 302);
      expect(plot.targetSource).toBe('pooled');
      expect(plot.outliers.map((u) => [u.label, u.outside, u.variation])).toEqual([
        ['Ash Court', { side: 'high', beyond: 0.95 }, 'concern'],
      ]);
      // 48 of 110 against 0.3146: P(X ≥ 48) < 0.025 but not < 0.001.
      expect(binomialUpper(48, 110, 95 / 302)).toBeLessThan(0.025);
      expect(binomialUpper(48, 110, 95 / 302)).toBeGreaterThan(0.001);
    });
    it('draws the limits over the units’ range for a picture', () => {
      expect(plot.curve.length).toBeGreaterThan(40);
      expect(plot.curve[0]?.denominator).toBe(9); // ⌊0.8 × 12⌋
      expect(plot.curve.at(-1)?.denominator).toBe(132); // ⌈1.1 × 120⌉
      expect(plot.curve.every((c) => Number.isInteger(c.denominator))).toBe(true);
    });
  });

  describe('when a unit has no denominator', () => {
    it('keeps it, with no figure or limits, and leaves it out of the target', () => {
      const plot = funnelPlot([unit('a', 3, 10), unit('b', 0, 0)], { kind: 'proportion' });
      expect(plot.target).toBe(0.3);
      expect(plot.units[1]).toEqual({
        id: 'b',
        label: 'b',
        numerator: 0,
        denominator: 0,
        value: null,
        limits: null,
        outside: null,
        variation: null,
      });
    });
    it('has no target and no limits when no unit has one', () => {
      const plot = funnelPlot([unit('a', 0, 0)], { kind: 'rate' });
      expect(plot).toMatchObject({ target: null, curve: [], outliers: [] });
      expect(plot.units[0]?.limits).toBeNull();
    });
  });

  describe('with overdispersion allowed for (additive random effects)', () => {
    // Three services of 100 at 0.1, 0.3 and 0.5; pooled 0.3. On the asin √p scale:
    // y₀ = 0.5796, y = 0.3218, 0.5796, 0.7854, s = 1/(2√100) = 0.05, so z = −5.156, 0, 4.116;
    // φ = (26.58 + 0 + 16.94)/3 = 14.51; w = 400 each: Σw − Σw²/Σw = 1200 − 400 = 800;
    // τ² = (3 × 14.51 − 2)/800 = 0.0519. Limits at 100: sin²(0.5796 ± 1.96·√(0.0025 + 0.0519)).
    const units = [unit('a', 10, 100), unit('b', 30, 100), unit('c', 50, 100)];
    const exact = funnelPlot(units, { kind: 'proportion' });
    const allowed = funnelPlot(units, { kind: 'proportion', overdispersion: 'additive' });
    it('estimates φ and τ² as Spiegelhalter describes', () => {
      expect(allowed.overdispersion?.phi).toBeCloseTo(14.51, 2);
      expect(allowed.overdispersion?.tau2).toBeCloseTo(0.0519, 4);
      expect(allowed.overdispersion).toMatchObject({ units: 3, winsorised: 0, applied: true });
    });
    it('widens the limits so that real differences between services are not all alarms', () => {
      const spread = Math.sqrt(0.0025 + (allowed.overdispersion?.tau2 ?? 0));
      const y0 = Math.asin(Math.sqrt(0.3));
      expect(allowed.units[0]?.limits?.lower95).toBeCloseTo(
        Math.sin(y0 - 1.959964 * spread) ** 2,
        5,
      );
      expect(allowed.units[0]?.limits?.upper95).toBeCloseTo(
        Math.sin(y0 + 1.959964 * spread) ** 2,
        5,
      );
      expect(exact.outliers.map((u) => u.id)).toEqual(['a', 'c']);
      expect(allowed.outliers).toEqual([]);
      expect(allowed.method).toMatch(/additive random effects \(DerSimonian–Laird .* τ² = 0\.0519/);
    });
    it('keeps the exact limits when the units vary no more than chance', () => {
      const even = funnelPlot([unit('a', 30, 100), unit('b', 31, 100), unit('c', 29, 100)], {
        kind: 'proportion',
        overdispersion: 'additive',
      });
      expect(even.overdispersion).toMatchObject({ tau2: 0, applied: false });
      expect(even.units[0]?.limits).toEqual(
        funnelPlot([unit('a', 30, 100), unit('b', 31, 100), unit('c', 29, 100)], {
          kind: 'proportion',
        }).units[0]?.limits,
      );
      expect(even.method).toContain('none found: exact limits kept');
    });
    it('winsorises the most extreme tenth of the z-scores at each end', () => {
      const many = Array.from({ length: 20 }, (_, i) => unit(`u${i}`, 5 + i * 2, 100));
      const plot = funnelPlot(many, { kind: 'rate', per: 100, overdispersion: 'additive' });
      expect(plot.overdispersion).toMatchObject({ units: 20, winsorised: 4 });
    });
  });

  describe('with bad arguments', () => {
    it.each([
      [
        [unit('a', 1, 2)],
        { kind: 'count' },
        "funnelPlot: kind must be 'proportion' or 'rate', but it is \"count\".",
      ],
      [
        [unit('a', 1, 2)],
        { kind: 'proportion', per: 100 },
        'funnelPlot: per applies to rates only.',
      ],
      [
        [unit('a', 1, 2)],
        { kind: 'rate', per: 0 },
        'funnelPlot: per must be a finite number greater than 0, but it is the number 0.',
      ],
      [
        [unit('a', 1, 2)],
        { kind: 'rate', improvement: 'up' },
        "funnelPlot: improvement must be 'increase', 'decrease' or 'neither', but it is \"up\".",
      ],
      [
        [unit('a', 1, 2)],
        { kind: 'rate', overdispersion: 'multiplicative' },
        "funnelPlot: overdispersion must be 'none' or 'additive', but it is \"multiplicative\".",
      ],
      [
        [unit('a', 1, 2)],
        { kind: 'rate', curvePoints: 1001 },
        'funnelPlot: curvePoints must be at most 1000, but it is 1001.',
      ],
      [
        [unit('a', 1, 2)],
        { kind: 'proportion', target: 1.5 },
        'funnelPlot: target must be a proportion from 0 to 1, but it is the number 1.5.',
      ],
      [
        [unit('a', 1, 2)],
        { kind: 'rate', target: -1 },
        'funnelPlot: target must be a finite rate of at least 0, but it is the number -1.',
      ],
      [null, { kind: 'rate' }, 'funnelPlot: units must be an array, but it is null.'],
      [
        [unit('a', 1, 2), unit('b', 1, 2)],
        { kind: 'rate', maxLength: 1 },
        'funnelPlot: units has 2 entries, more than maxLength (1); pass a larger maxLength to allow it, or summarise the series first (for example by month).',
      ],
      [
        [7],
        { kind: 'rate' },
        'funnelPlot: units[0] is the number 7; each unit must be an object { id, numerator, denominator }.',
      ],
      [
        [unit('', 1, 2)],
        { kind: 'rate' },
        'funnelPlot: units[0].id must be non-empty text, but it is "".',
      ],
      [
        [unit('a', 1, 2), unit('a', 1, 2)],
        { kind: 'rate' },
        'funnelPlot: units[1] has the same id as an earlier unit; each unit needs its own id.',
      ],
      [
        [{ ...unit('a', 1, 2), label: 3 }],
        { kind: 'rate' },
        'funnelPlot: units[0].label must be text, but it is the number 3.',
      ],
      [
        [unit('a', 1.5, 2)],
        { kind: 'rate' },
        'funnelPlot: units[0].numerator must be a whole number of at least 0, but it is the number 1.5.',
      ],
      [
        [unit('a', 1, 2.5)],
        { kind: 'proportion' },
        'funnelPlot: units[0].denominator must be a whole number of at least 0, but it is the number 2.5.',
      ],
      [
        [unit('a', 1, Number.POSITIVE_INFINITY)],
        { kind: 'rate' },
        'funnelPlot: units[0].denominator must be a finite number of at least 0, but it is Infinity.',
      ],
      [
        [unit('a', 3, 2)],
        { kind: 'proportion' },
        'funnelPlot: units[0] has a numerator (3) larger than its denominator (2).',
      ],
      [
        [unit('a', 3, 0)],
        { kind: 'rate' },
        'funnelPlot: units[0] has 3 events over an exposure of 0; check the exposure.',
      ],
      [[unit('a', 1, 2)], null, 'funnelPlot: options must be an object, but it is null.'],
    ])('throws invalid_argument for %o with %o', (units, options, message) => {
      let caught: unknown;
      try {
        funnelPlot(units as never, options as never);
      } catch (error) {
        caught = error;
      }
      expect(isGoldenThreadError(caught) && caught.code).toBe('invalid_argument');
      expect((caught as Error).message).toBe(message);
    });
  });

  describe('properties', () => {
    const arbTheta = fc.double({ min: 0.005, max: 0.995, noNaN: true });
    test.prop([arbTheta, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 })])(
      'limits widen as the denominator shrinks (proportions)',
      (target, a, b) => {
        fc.pre(a !== b);
        const [small, large] = a < b ? [a, b] : [b, a];
        const plot = funnelPlot([unit('s', 0, small), unit('l', 0, large)], {
          kind: 'proportion',
          target,
        });
        const s = plot.units[0]?.limits;
        const l = plot.units[1]?.limits;
        for (const key of ['upper95', 'upper998'] as const)
          expect(s?.[key]).toBeGreaterThanOrEqual((l?.[key] as number) - 1e-12);
        for (const key of ['lower95', 'lower998'] as const)
          expect(s?.[key]).toBeLessThanOrEqual((l?.[key] as number) + 1e-12);
      },
    );
    test.prop([
      fc.double({ min: 0.01, max: 50, noNaN: true }),
      fc.double({ min: 0.1, max: 5000, noNaN: true }),
      fc.double({ min: 0.1, max: 5000, noNaN: true }),
    ])('limits widen as the exposure shrinks (rates)', (target, a, b) => {
      fc.pre(a !== b);
      const [small, large] = a < b ? [a, b] : [b, a];
      const plot = funnelPlot([unit('s', 0, small), unit('l', 0, large)], { kind: 'rate', target });
      const s = plot.units[0]?.limits;
      const l = plot.units[1]?.limits;
      for (const key of ['upper95', 'upper998'] as const)
        expect(s?.[key]).toBeGreaterThanOrEqual((l?.[key] as number) * (1 - 1e-12));
      for (const key of ['lower95', 'lower998'] as const)
        expect(s?.[key]).toBeLessThanOrEqual((l?.[key] as number) * (1 + 1e-12) + 1e-300);
    });
    test.prop([arbTheta, fc.integer({ min: 1, max: 120 }), fc.nat()])(
      'a unit is beyond a limit exactly when its exact one-sided tail is below 2.5 % (0.1 %)',
      (target, n, pick) => {
        const k = pick % (n + 1);
        const placed = funnelPlot([unit('u', k, n)], { kind: 'proportion', target }).units[0];
        const high = binomialUpper(k, n, target);
        const low = binomialLower(k, n, target);
        // Stay clear of ties with the tail level, where rounding may decide.
        fc.pre([high, low].every((p) => Math.abs(p - 0.025) > 1e-9 && Math.abs(p - 0.001) > 1e-9));
        const expected =
          high < 0.001
            ? { side: 'high', beyond: 0.998 }
            : high < 0.025
              ? { side: 'high', beyond: 0.95 }
              : low < 0.001
                ? { side: 'low', beyond: 0.998 }
                : low < 0.025
                  ? { side: 'low', beyond: 0.95 }
                  : null;
        expect(placed?.outside).toEqual(expected);
      },
    );
    test.prop([
      fc.array(
        fc.record({
          numerator: fc.integer({ min: 0, max: 200 }),
          extra: fc.integer({ min: 0, max: 800 }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
      fc.boolean(),
    ])(
      'never gives NaN or Infinity, and the limits are ordered around the target',
      (rows, additive) => {
        const units = rows.map((r, i) => unit(`u${i}`, r.numerator, r.numerator + r.extra));
        const plot = funnelPlot(units, {
          kind: 'proportion',
          overdispersion: additive ? 'additive' : 'none',
          curvePoints: 12,
        });
        for (const limits of [
          ...plot.curve,
          ...plot.units.flatMap((u) => (u.limits === null ? [] : [u.limits])),
        ]) {
          const { lower998, lower95, upper95, upper998 } = limits;
          for (const v of [lower998, lower95, upper95, upper998])
            expect(Number.isFinite(v)).toBe(true);
          expect(lower998).toBeLessThanOrEqual(lower95);
          expect(lower95).toBeLessThanOrEqual(upper95);
          expect(upper95).toBeLessThanOrEqual(upper998);
          expect(lower95).toBeLessThanOrEqual((plot.target as number) + 1e-12);
          expect(upper95).toBeGreaterThanOrEqual((plot.target as number) - 1e-12);
        }
        const { phi, tau2 } = plot.overdispersion ?? { phi: 0, tau2: 0 };
        expect(Number.isFinite(phi) && Number.isFinite(tau2)).toBe(true);
      },
    );
    test.prop([fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 10 })])(
      'the order of the units does not change where each lies',
      (counts) => {
        const units = counts.map((c, i) => unit(`u${i}`, c, 40));
        const forward = funnelPlot(units, { kind: 'rate' }).units;
        const backward = funnelPlot([...units].reverse(), { kind: 'rate' }).units;
        expect([...backward].reverse()).toEqual(forward);
      },
    );
  });
});
