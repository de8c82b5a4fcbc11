import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGoldenThreadError } from '../core/index.js';
import { poissonInterval } from './poisson-interval.js';

// Reference bounds: test/reference/metrics_reference.py, which finds each Garwood bound by
// bisection (to 1e-40, mpmath at 50 digits) on the exact finite Poisson sum
// P(X ≤ k; μ) = e^(−μ) Σ_{j ≤ k} μʲ/j! — independent of the incomplete gamma code. The
// published 95 % values (Garwood 1936; e.g. the tables in Ulm, Am J Epidemiol 1990) agree to
// the 4 decimals they give: 0 → [0, 3.6889], 1 → [0.0253, 5.5716], 10 → [4.7954, 18.3904].
function expectRelative(actual: number | null, expected: number, tolerance = 1e-9): void {
  expect(actual).not.toBeNull();
  const a = actual as number;
  const error = expected === 0 ? Math.abs(a) : Math.abs(a - expected) / expected;
  expect(error, `${a} vs ${expected}`).toBeLessThan(tolerance);
}

const count = fc.integer({ min: 0, max: 500 });
const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });

describe('poissonInterval', () => {
  describe('with the published 95 % values', () => {
    it('gives [0, 3.6889] for a count of 0', () => {
      const interval = poissonInterval(0);
      expect(interval.lower).toBe(0);
      expect(interval.upper).toBeCloseTo(3.6889, 4);
    });
    it('gives [0.0253, 5.5716] for a count of 1', () => {
      const interval = poissonInterval(1, { confidence: 0.95 });
      expect(interval.lower).toBeCloseTo(0.0253, 4);
      expect(interval.upper).toBeCloseTo(5.5716, 4);
    });
    it('gives [4.7954, 18.3904] for a count of 10', () => {
      const interval = poissonInterval(10);
      expect(interval.lower).toBeCloseTo(4.7954, 4);
      expect(interval.upper).toBeCloseTo(18.3904, 4);
    });
  });

  describe('against bisection on exact Poisson sums', () => {
    it('matches to 1e-9 relative error', () => {
      const cases: [number, number, number, number][] = [
        [0, 0.95, 0, 3.6888794541139354],
        [1, 0.95, 0.025317807984289897, 5.571643390938897],
        [3, 0.95, 0.6186721228956015, 8.767273069742325],
        [10, 0.95, 4.795388696132434, 18.39035604201778],
        [5, 0.9, 1.97014956805953, 10.513034908741533],
        [2, 0.99, 0.1034945467480911, 9.273792089255544],
        [50, 0.95, 37.110963737461866, 65.91876666433681],
        [0, 0.9, 0, 2.995732273553991],
      ];
      for (const [k, level, lower, upper] of cases) {
        const interval = poissonInterval(k, { confidence: level });
        expectRelative(interval.lower, lower);
        expectRelative(interval.upper, upper);
      }
    });
    it('has the closed form −ln(α/2) as the upper bound for a count of 0', () => {
      expectRelative(poissonInterval(0, { confidence: 0.9 }).upper, -Math.log(0.05));
    });
  });

  describe('with very large counts', () => {
    it('matches SciPy’s gammaincinv to 1e-12 from 10⁵ to 10¹⁴ (the bounds keep their width)', () => {
      // test/reference/stats_reference.py. At 10¹² the old series lost half the lower half-width.
      const cases: [number, number, number][] = [
        [100_000, 99381.15266374472, 100621.74473974388],
        [1e9, 999938021.4439279, 1000061981.4504089],
        [1e12, 999998040036.9626, 1000001959965.9316],
        [1e14, 99999980400361.11, 100000019599641.8],
      ];
      for (const [k, lower, upper] of cases) {
        const interval = poissonInterval(k);
        expectRelative(interval.lower, lower, 1e-12);
        expectRelative(interval.upper, upper, 1e-12);
        // The half-widths are 1.96·√k to within 0.1 %.
        expect((k - interval.lower) / (1.96 * Math.sqrt(k))).toBeCloseTo(1, 2);
        expect((interval.upper - k) / (1.96 * Math.sqrt(k))).toBeCloseTo(1, 2);
      }
    });
    it('stays finite and ordered at the largest safe count', () => {
      const k = Number.MAX_SAFE_INTEGER;
      const { lower, upper } = poissonInterval(k, { exposure: 1, per: 1 });
      expect(lower).toBeLessThan(k);
      expect(upper).toBeGreaterThan(k);
      expect((upper - lower) / (2 * 1.96 * Math.sqrt(k))).toBeCloseTo(1, 3);
    });
  });

  describe('with an exposure', () => {
    it('gives the rate and its bounds per unit, scaled by per', () => {
      // 3 falls in 412 support days, per 1,000 days.
      const { rate } = poissonInterval(3, { exposure: 412, per: 1000 });
      expectRelative(rate?.value ?? null, 7.281553398058252);
      expectRelative(rate?.lower ?? null, (0.6186721228956015 / 412) * 1000);
      expectRelative(rate?.upper ?? null, (8.767273069742325 / 412) * 1000);
      expect(rate).toMatchObject({ exposure: 412, per: 1000 });
    });
    it('uses per = 1 by default', () => {
      expect(poissonInterval(4, { exposure: 2 }).rate?.value).toBe(2);
    });
    it('returns a null rate, not NaN, for no events over no exposure', () => {
      expect(poissonInterval(0, { exposure: 0 }).rate).toEqual({
        exposure: 0,
        per: 1,
        value: null,
        lower: null,
        upper: null,
      });
    });
    it('has no rate when no exposure is given', () => {
      expect(poissonInterval(4).rate).toBeNull();
    });
  });

  it('names its method and echoes the count and confidence', () => {
    expect(poissonInterval(2, { confidence: 0.8 })).toMatchObject({
      count: 2,
      confidence: 0.8,
      method: 'exact Poisson (Garwood)',
    });
  });

  describe('with bad arguments', () => {
    it.each([
      [-1, {}, /count must be a whole number/],
      [1.5, {}, /count must be a whole number of at least 0, but it is 1.5/],
      [Number.NaN, {}, /count/],
      [Number.POSITIVE_INFINITY, {}, /count/],
      [1, { confidence: 1 }, /confidence must be a number between 0 and 1/],
      [1, { confidence: 0 }, /confidence/],
      [1, { confidence: Number.NaN }, /confidence/],
      [1, { exposure: -2 }, /exposure must be a finite number of at least 0/],
      [1, { exposure: Number.POSITIVE_INFINITY }, /exposure/],
      [1, { exposure: 0 }, /a count of 1 cannot happen over an exposure of 0/],
      [1, { exposure: 5, per: 0 }, /per must be a finite number greater than 0/],
      [1, { exposure: 5e-324, per: 1000 }, /too large/],
    ])('throws invalid_argument for poissonInterval(%s, %o)', (k, options, message) => {
      let caught: unknown;
      try {
        poissonInterval(k, options);
      } catch (error) {
        caught = error;
      }
      expect(isGoldenThreadError(caught) && caught.code).toBe('invalid_argument');
      expect((caught as Error).message).toMatch(/^poissonInterval: /);
      expect((caught as Error).message).toMatch(message);
    });
  });

  describe('properties', () => {
    test.prop([count, confidence])('lower ≤ count ≤ upper', (k, level) => {
      const { lower, upper } = poissonInterval(k, { confidence: level });
      expect(lower).toBeLessThanOrEqual(k);
      expect(upper).toBeGreaterThanOrEqual(k);
    });
    test.prop([count, confidence, confidence])(
      'the interval narrows as the confidence falls',
      (k, c1, c2) => {
        fc.pre(c1 !== c2);
        const [low, high] = c1 < c2 ? [c1, c2] : [c2, c1];
        const narrow = poissonInterval(k, { confidence: low });
        const wide = poissonInterval(k, { confidence: high });
        expect(narrow.lower).toBeGreaterThanOrEqual(wide.lower);
        expect(narrow.upper).toBeLessThanOrEqual(wide.upper);
      },
    );
    test.prop([fc.integer({ min: 0, max: 200 }), confidence])(
      'each bound leaves exactly α/2 in the tail of the Poisson distribution',
      (k, level) => {
        const { lower, upper } = poissonInterval(k, { confidence: level });
        const cdf = (n: number, mu: number): number => {
          let term = Math.exp(-mu);
          let sum = term;
          for (let j = 1; j <= n; j += 1) {
            term *= mu / j;
            sum += term;
          }
          return sum;
        };
        const tail = (1 - level) / 2;
        expect(cdf(k, upper)).toBeCloseTo(tail, 9);
        if (k > 0) expect(1 - cdf(k - 1, lower)).toBeCloseTo(tail, 9);
      },
    );
    test.prop([count, confidence, fc.double({ min: 0.01, max: 1e6, noNaN: true })])(
      'the rate interval is the count interval divided by the exposure',
      (k, level, exposure) => {
        const interval = poissonInterval(k, { confidence: level, exposure });
        expect(interval.rate?.lower).toBeCloseTo(interval.lower / exposure, 9);
        expect(interval.rate?.upper).toBeCloseTo(interval.upper / exposure, 9);
      },
    );
    test.prop([count, confidence])('never returns NaN or Infinity', (k, level) => {
      const { lower, upper } = poissonInterval(k, { confidence: level });
      expect(Number.isFinite(lower) && Number.isFinite(upper)).toBe(true);
    });
  });
});
