import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binomialCdf,
  binomialQuantile,
  binomialUpperTail,
  erfc,
  inverseRegularizedBeta,
  inverseRegularizedGammaP,
  inverseRegularizedGammaQ,
  log1pmx,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
} from './special-functions.js';

// Every reference value below comes from test/reference/metrics_reference.py (Python 3.11,
// mpmath 1.3 at 50 significant digits), each the nearest double to the 50-digit value: mpmath's
// loggamma, gammainc, betainc, erfc and erfinv, cross-checked against exact Poisson and
// binomial sums (fractions.Fraction) where the shapes are whole numbers, and inverses found by
// bisection on mpmath's forward functions.
const TOLERANCE = 1e-9;

function expectRelative(actual: number, expected: number, tolerance = TOLERANCE): void {
  const error =
    expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `${actual} vs ${expected}`).toBeLessThan(tolerance);
}

describe('logGamma', () => {
  it('matches mpmath.loggamma to 1e-9 relative error', () => {
    const cases: [number, number][] = [
      [0.1, 2.252712651734206],
      [0.5, 0.5723649429247001],
      [3, Math.LN2],
      [4.5, 2.4537365708424423],
      [10, 12.80182748008147],
      [100.5, 361.4355404677776],
      [1000, 5905.220423209181],
      [1e6, 12815504.569147611],
    ];
    for (const [x, expected] of cases) expectRelative(logGamma(x), expected);
  });
  it('is ln((n − 1)!) at whole numbers', () => {
    expectRelative(logGamma(7), Math.log(720));
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-14);
  });
});

describe('regularizedGammaP and regularizedGammaQ', () => {
  // [a, x, P(a, x), Q(a, x)] from mpmath.gammainc(regularized=True); whole-number a also
  // checked as 1 − (Poisson cdf at a − 1), an exact finite sum.
  const cases: [number, number, number, number][] = [
    [0.5, 0.1, 0.345279153981423, 0.654720846018577],
    [1, 2, 0.8646647167633873, 0.1353352832366127],
    [3, 2.5, 0.45618688411667047, 0.5438131158833295],
    [5, 20, 0.9999830552560699, 0.000016944743930067385],
    [10, 3, 0.0011024881301154798, 0.9988975118698845],
    [2.5, 7.25, 0.9872733148776, 0.012726685122400085],
    [30, 25, 0.18210391597745512, 0.8178960840225449],
    [0.5, 9, 0.9999779095030014, 0.00002209049699858544],
  ];
  it('matches mpmath on both branches (series and continued fraction) to 1e-9', () => {
    for (const [a, x, p, q] of cases) {
      expectRelative(regularizedGammaP(a, x), p);
      expectRelative(regularizedGammaQ(a, x), q);
    }
  });
  it('keeps full precision for large shapes (Temme), against mpmath and SciPy to 1e-13', () => {
    // test/reference/stats_reference.py: mpmath at 40 digits for a ≤ 10⁶, SciPy beyond.
    const cases: [number, number, number][] = [
      [1e5, 99051.31670194949, 0.0013127698795992457],
      [1e5, 100632.45553203368, 0.9770794042218464],
      [1e6, 997000, 0.0013381041673135997],
      [1e6, 1002000, 0.9771959041012301],
      [1e8, 99970000, 0.0013487164491615543],
      [1e8, 100020000, 0.9772444692251447],
      [1e12, 999997000000, 0.001349886213392038],
      [1e12, 1000002000000, 0.9772498140608813],
    ];
    for (const [a, x, p] of cases) expectRelative(regularizedGammaP(a, x), p, 1e-13);
    expectRelative(regularizedGammaQ(1e8, 100020000), 0.022755530774855204, 1e-13);
    expectRelative(regularizedGammaQ(1e12, 1000002000000), 0.02275018593911871, 1e-13);
    expectRelative(regularizedGammaQ(1e12, 999997000000), 0.998650113786608, 1e-13);
  });
  it('uses the series and continued fraction beyond Temme’s region, with the exact prefactor', () => {
    // x = 0.6a and 1.5a at a = 10⁶: the tails are below 1e-10000 and above 1 − 1e-10000.
    expect(regularizedGammaP(1e6, 6e5)).toBe(0);
    expect(regularizedGammaQ(1e6, 6e5)).toBe(1);
    expect(regularizedGammaP(1e6, 1.5e6)).toBe(1);
    expect(regularizedGammaQ(1e6, 1.5e6)).toBe(0);
    // a = 2·10⁵, x = 0.95a: series with the Stirling prefactor (|η| = 0.051 < 0.3 → Temme);
    // x = 0.7a: series (|η| = 0.32 > 0.3). P is e^(−a·0.0567)… ≈ 1e-4929: 0 in doubles.
    expect(regularizedGammaP(2e5, 1.4e5)).toBe(0);
  });
  it('is 0 and 1 at x = 0', () => {
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, 0)).toBe(1);
  });
});

describe('inverseRegularizedGammaP and inverseRegularizedGammaQ', () => {
  it('matches bisection on mpmath.gammainc to 1e-9', () => {
    const lower: [number, number, number][] = [
      [0.025, 1, 0.025317807984289876],
      [0.025, 10, 4.7953886961324335],
      [0.5, 3, 2.6740603137235603],
      [1e-10, 2, 0.00001414220229082974],
      [0.9, 0.5, 1.3527717270477075],
    ];
    for (const [p, a, x] of lower) expectRelative(inverseRegularizedGammaP(p, a), x);
    const upper: [number, number, number][] = [
      [0.025, 1, 3.6888794541139363],
      [0.025, 11, 18.39035604201778],
      [1e-12, 4, 36.73300953308175],
      [0.3, 2.5, 3.0322149920774524],
    ];
    for (const [q, a, x] of upper) expectRelative(inverseRegularizedGammaQ(q, a), x);
  });
  it('is 0 at the ends', () => {
    expect(inverseRegularizedGammaP(0, 3)).toBe(0);
    expect(inverseRegularizedGammaQ(1, 3)).toBe(0);
  });
});

describe('log1pmx', () => {
  it('is ln(1 + t) − t without cancellation near 0', () => {
    // mpmath: log1p(t) − t at 50 digits.
    expectRelative(log1pmx(1e-8), -4.999999966666667e-17, 1e-15);
    expectRelative(log1pmx(-0.25), -0.03768207245178093, 1e-15);
    expectRelative(log1pmx(0.5), -0.09453489189183562, 1e-15);
    expectRelative(log1pmx(3), Math.log(4) - 3, 1e-15);
    expect(log1pmx(0)).toBe(0);
  });
});

describe('regularizedBeta', () => {
  it('keeps its precision for large shapes (binomial cdf at n = 10⁶ and 10⁸, against SciPy)', () => {
    expectRelative(binomialCdf(298625, 1e6, 0.3), 0.0013473670408177619, 1e-11);
    expectRelative(binomialCdf(29986252, 1e8, 0.3), 0.0013496017558247333, 1e-11);
  });
  it('matches mpmath.betainc and exact binomial sums to 1e-9', () => {
    const cases: [number, number, number, number][] = [
      [0.3, 2, 5, 0.579825], // exact: 0.579825
      [0.5, 10, 10, 0.5],
      [0.9, 3, 0.5, 0.4454155553479705],
      [0.01, 0.5, 0.5, 0.06376856085851985],
      [0.75, 40, 12, 0.35176450104352525],
      [0.2, 1, 1, 0.2],
    ];
    for (const [x, a, b, expected] of cases) expectRelative(regularizedBeta(x, a, b), expected);
  });
  it('is 0 at 0 and 1 at 1', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });
});

describe('inverseRegularizedBeta', () => {
  it('matches bisection on mpmath.betainc to 1e-9', () => {
    const cases: [number, number, number, number][] = [
      [0.025, 3, 8, 0.06673951117773447],
      [0.975, 4, 7, 0.6524528500599972],
      [1e-8, 1, 20, 5.000000023750001e-10],
      [0.5, 0.5, 2, 0.12061475842818323],
    ];
    for (const [p, a, b, expected] of cases) {
      expectRelative(inverseRegularizedBeta(p, a, b), expected);
    }
  });
  it('is 0 at 0 and 1 at 1', () => {
    expect(inverseRegularizedBeta(0, 2, 3)).toBe(0);
    expect(inverseRegularizedBeta(1, 2, 3)).toBe(1);
  });
});

describe('erfc and normalCdf', () => {
  it('matches mpmath.erfc to 1e-9, far into the tail', () => {
    const cases: [number, number][] = [
      [-2, 1.9953222650189526],
      [-0.5, 1.5204998778130465],
      [0, 1],
      [0.3, 0.6713732405408726],
      [1, 0.15729920705028513],
      [2.5, 0.0004069520174449589],
      [5, 1.537459794428035e-12],
      [10, 2.088487583762545e-45],
    ];
    for (const [x, expected] of cases) expectRelative(erfc(x), expected);
  });
  it('gives Φ as erfc(−x/√2)/2 from mpmath', () => {
    const cases: [number, number][] = [
      [-3, 0.0013498980316300946],
      [-1.96, 0.024997895148220435],
      [0, 0.5],
      [1, 0.8413447460685429],
      [2.5, 0.9937903346742238],
    ];
    for (const [x, expected] of cases) expectRelative(normalCdf(x), expected);
  });
});

describe('normalQuantile', () => {
  it('matches √2·erfinv(2p − 1) from mpmath and NormalDist().inv_cdf to 1e-9', () => {
    const cases: [number, number][] = [
      [1e-10, -6.361340902404057],
      [0.001, -3.0902323061678136],
      [0.025, -1.9599639845400543],
      [0.3, -0.5244005127080408],
      [0.5, 0],
      [0.8, 0.8416212335729144],
      [0.975, 1.9599639845400538],
      [0.999999, 4.753424308817088],
    ];
    for (const [p, expected] of cases) expectRelative(normalQuantile(p), expected);
  });
});

describe('binomialCdf, binomialUpperTail and binomialQuantile', () => {
  it('match exact Fraction sums', () => {
    expectRelative(binomialCdf(3, 10, 0.5), 0.171875); // 176/1024
    expectRelative(binomialUpperTail(3, 10, 0.5), 0.9453125); // 968/1024
    expectRelative(binomialCdf(0, 5, 0.3), 0.16807); // 0.7^5
    expectRelative(binomialCdf(7, 12, 1 / 3), 0.9812415677375287);
    expectRelative(binomialUpperTail(7, 12, 1 / 3), 0.06644763953101097);
    expectRelative(binomialCdf(20, 40, 0.4), 0.9256484432430863);
    expectRelative(binomialUpperTail(20, 40, 0.4), 0.1297657058219027);
  });
  it('handles the ends of the range', () => {
    expect(binomialCdf(-1, 5, 0.5)).toBe(0);
    expect(binomialCdf(5, 5, 0.5)).toBe(1);
    expect(binomialUpperTail(0, 5, 0.5)).toBe(1);
    expect(binomialUpperTail(6, 5, 0.5)).toBe(0);
  });
  it("agrees with R's qbinom(0.05, n − 1, 0.5) for the Anhøj crossing limits (exact sums)", () => {
    const limits: [number, number][] = [
      [10, 2],
      [11, 2],
      [12, 3],
      [13, 3],
      [20, 6],
      [24, 8],
      [30, 10],
      [50, 19],
      [100, 41],
    ];
    for (const [n, limit] of limits)
      expect(binomialQuantile(0.05, n - 1, 0.5), `n = ${n}`).toBe(limit);
    expect(binomialQuantile(0.05, 0, 0.5)).toBe(0);
  });
});

describe('properties', () => {
  const shape = fc.double({ min: 0.05, max: 200, noNaN: true });
  const probability = fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true });
  test.prop([shape, fc.double({ min: 0, max: 500, noNaN: true })])(
    'P(a, x) + Q(a, x) = 1',
    (a, x) => {
      expect(regularizedGammaP(a, x) + regularizedGammaQ(a, x)).toBeCloseTo(1, 12);
    },
  );
  test.prop([probability, shape])('the inverse of P(a, ·) is a right inverse', (p, a) => {
    const x = inverseRegularizedGammaP(p, a);
    expect(regularizedGammaP(a, x)).toBeCloseTo(p, 10);
  });
  test.prop([probability, shape])('the inverse of Q(a, ·) is a right inverse', (q, a) => {
    const x = inverseRegularizedGammaQ(q, a);
    expect(regularizedGammaQ(a, x)).toBeCloseTo(q, 10);
  });
  // x = k / 2²⁰, so that 1 − x is exact.
  test.prop([fc.integer({ min: 0, max: 2 ** 20 }).map((k) => k / 2 ** 20), shape, shape])(
    'I_x(a, b) = 1 − I_{1−x}(b, a)',
    (x, a, b) => {
      expect(regularizedBeta(x, a, b) + regularizedBeta(1 - x, b, a)).toBeCloseTo(1, 10);
    },
  );
  test.prop([probability, shape, shape])(
    'the inverse of I(·; a, b) is a right inverse',
    (p, a, b) => {
      expect(regularizedBeta(inverseRegularizedBeta(p, a, b), a, b)).toBeCloseTo(p, 10);
    },
  );
  test.prop([fc.double({ min: -30, max: 30, noNaN: true })])('Φ(x) + Φ(−x) = 1', (x) => {
    expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
  });
  test.prop([probability])('Φ(Φ⁻¹(p)) = p', (p) => {
    expectRelative(normalCdf(normalQuantile(p)), p, 1e-12);
  });
  test.prop([fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), probability])(
    'the binomial tails P(X ≤ k) and P(X ≥ k + 1) sum to 1',
    (k, n, p) => {
      expect(binomialCdf(k, n, p) + binomialUpperTail(k + 1, n, p)).toBeCloseTo(1, 10);
    },
  );
});
