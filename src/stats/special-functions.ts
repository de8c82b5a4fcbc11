/**
 * The special functions the statistics need, written once: log-gamma, the regularised
 * incomplete gamma and beta functions and their inverses, the normal distribution, and the
 * binomial tails. Internal to `metrics` (not exported from its index.ts).
 *
 * Methods: log-gamma by the Lanczos approximation (g = 7, nine coefficients); the incomplete
 * gamma function by its power series below `x = a + 1` and Legendre's continued fraction
 * above (Numerical Recipes, 3rd ed., §6.2); the incomplete beta function by its continued
 * fraction with the modified Lentz method (§6.4); inverses by bisection to the last bit, so
 * they are as accurate as the forward function; the normal quantile by Acklam's rational
 * approximation polished with Halley steps. Tested to 1e-9 relative error against mpmath
 * and exact rational sums (see special-functions.test.ts).
 */

const LANCZOS_G = 7;
const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
  12.507343278686905, -0.13857109526572012, 0.000009984369578019572, 1.5056327351493116e-7,
] as const;
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/**
 * ln Γ(x) for x > 0.
 *
 * @param x - A positive number.
 * @returns The natural logarithm of the gamma function at `x`.
 */
export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1 − x) = π / sin(πx).
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i += 1) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Keeps a Lentz denominator away from 0 (Numerical Recipes' FPMIN guard). */
function guard(value: number): number {
  return Math.abs(value) < TINY ? TINY : value;
}

/** e^(−x) x^a / Γ(a), the common factor of the incomplete gamma functions. */
function gammaPrefactor(a: number, x: number): number {
  return Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Σ x^n / (a(a+1)…(a+n)), the series for P(a, x) without its prefactor. */
function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n += 1) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum;
}

/** The continued fraction for Q(a, x) without its prefactor (modified Lentz). */
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = guard(an * d + b);
    c = guard(b + an / c);
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/**
 * The regularised lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a).
 *
 * @param a - The shape, > 0.
 * @param x - The point, ≥ 0.
 * @returns P(a, x), from 0 to 1. For an integer `a = k`, P(k, μ) is the probability that a
 * Poisson count with mean μ is at least k.
 */
export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x < a + 1) return gammaPrefactor(a, x) * gammaSeries(a, x);
  return 1 - gammaPrefactor(a, x) * gammaContinuedFraction(a, x);
}

/**
 * The regularised upper incomplete gamma function Q(a, x) = 1 − P(a, x), computed directly
 * so that a small upper tail keeps its precision.
 *
 * @param a - The shape, > 0.
 * @param x - The point, ≥ 0.
 * @returns Q(a, x), from 0 to 1. For an integer `a = k + 1`, Q(k + 1, μ) is the probability
 * that a Poisson count with mean μ is at most k.
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x < a + 1) return 1 - gammaPrefactor(a, x) * gammaSeries(a, x);
  return gammaPrefactor(a, x) * gammaContinuedFraction(a, x);
}

/**
 * Bisection to the last representable bit: the root of an increasing function `below(x)`
 * that says whether `x` is left of the root. `lo` must be left of it and `hi` right of it.
 */
function bisect(below: (x: number) => boolean, lo: number, hi: number): number {
  let left = lo;
  let right = hi;
  for (let i = 0; i < 2200; i += 1) {
    const mid = left + (right - left) / 2;
    if (mid <= left || mid >= right) break;
    if (below(mid)) left = mid;
    else right = mid;
  }
  return left + (right - left) / 2;
}

/** An upper bracket for the root of an increasing `below`, found by doubling. */
function bracketAbove(below: (x: number) => boolean, start: number): number {
  let hi = start;
  while (hi < 1e300 && below(hi)) hi *= 2;
  return hi;
}

/**
 * The x with P(a, x) = p: the p-quantile of a gamma distribution with shape `a`, scale 1.
 *
 * @param p - A probability, 0 ≤ p < 1.
 * @param a - The shape, > 0.
 * @returns x ≥ 0 (0 when p is 0).
 */
export function inverseRegularizedGammaP(p: number, a: number): number {
  if (p <= 0) return 0;
  const below = (x: number): boolean => regularizedGammaP(a, x) < p;
  return bisect(below, 0, bracketAbove(below, Math.max(1, a)));
}

/**
 * The x with Q(a, x) = q: the upper q-quantile of a gamma distribution with shape `a`,
 * solved on the upper tail so that a small `q` keeps its precision.
 *
 * @param q - An upper-tail probability, 0 < q ≤ 1.
 * @param a - The shape, > 0.
 * @returns x ≥ 0 (0 when q is 1).
 */
export function inverseRegularizedGammaQ(q: number, a: number): number {
  if (q >= 1) return 0;
  const below = (x: number): boolean => regularizedGammaQ(a, x) > q;
  return bisect(below, 0, bracketAbove(below, Math.max(1, a)));
}

/** The continued fraction for I_x(a, b) (Numerical Recipes `betacf`, modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = guard(1 - (qab * x) / qap);
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = guard(1 + aa * d);
    c = guard(1 + aa / c);
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = guard(1 + aa * d);
    c = guard(1 + aa / c);
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/**
 * The regularised incomplete beta function I_x(a, b).
 *
 * @param x - The point, 0 ≤ x ≤ 1.
 * @param a - The first shape, > 0.
 * @param b - The second shape, > 0.
 * @returns I_x(a, b), from 0 to 1.
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x),
  );
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/**
 * The x with I_x(a, b) = p: the p-quantile of a beta distribution.
 *
 * @param p - A probability, 0 ≤ p ≤ 1.
 * @param a - The first shape, > 0.
 * @param b - The second shape, > 0.
 * @returns x from 0 to 1.
 */
export function inverseRegularizedBeta(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return bisect((x) => regularizedBeta(x, a, b) < p, 0, 1);
}

/**
 * P(X ≤ k) for X ~ Binomial(n, prob).
 *
 * @param k - A whole number.
 * @param n - The number of trials, a whole number ≥ 0.
 * @param prob - The probability of success, 0 ≤ prob ≤ 1.
 * @returns The lower tail probability.
 */
export function binomialCdf(k: number, n: number, prob: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return regularizedBeta(1 - prob, n - k, k + 1);
}

/**
 * P(X ≥ k) for X ~ Binomial(n, prob), computed directly (not as 1 − cdf).
 *
 * @param k - A whole number.
 * @param n - The number of trials, a whole number ≥ 0.
 * @param prob - The probability of success, 0 ≤ prob ≤ 1.
 * @returns The upper tail probability.
 */
export function binomialUpperTail(k: number, n: number, prob: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return regularizedBeta(prob, k, n - k + 1);
}

/**
 * The smallest whole k with P(X ≤ k) ≥ p for X ~ Binomial(n, prob) — R's `qbinom(p, n, prob)`.
 *
 * @param p - A probability, 0 < p < 1.
 * @param n - The number of trials, a whole number ≥ 0.
 * @param prob - The probability of success, 0 < prob < 1.
 * @returns k from 0 to n.
 */
export function binomialQuantile(p: number, n: number, prob: number): number {
  let lo = -1; // P(X ≤ lo) < p
  let hi = n; // P(X ≤ hi) ≥ p
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (binomialCdf(mid, n, prob) >= p) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The complementary error function erfc(x) = 1 − erf(x), via erfc(x) = Q(½, x²) for x ≥ 0.
 *
 * @param x - Any finite number.
 * @returns erfc(x), from 0 to 2.
 */
export function erfc(x: number): number {
  const q = regularizedGammaQ(0.5, x * x);
  return x >= 0 ? q : 2 - q;
}

/**
 * The standard normal cumulative distribution function Φ(x).
 *
 * @param x - Any finite number.
 * @returns Φ(x), from 0 to 1.
 */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

const ACKLAM_A = [
  -39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716,
  2.506628277459239,
] as const;
const ACKLAM_B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
] as const;
const ACKLAM_C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
] as const;
const ACKLAM_D = [
  0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416,
] as const;
const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

function polynomial(coefficients: readonly number[], x: number): number {
  let value = 0;
  for (const c of coefficients) value = value * x + c;
  return value;
}

/** Acklam's approximation for p ≤ ½ (relative error below 1.2e-9). */
function acklamLower(p: number): number {
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return polynomial(ACKLAM_C, q) / (polynomial(ACKLAM_D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (polynomial(ACKLAM_A, r) * q) / (polynomial(ACKLAM_B, r) * r + 1);
}

/**
 * The standard normal quantile Φ⁻¹(p).
 *
 * @param p - A probability, 0 < p < 1.
 * @returns The z with Φ(z) = p.
 */
export function normalQuantile(p: number): number {
  if (p > 0.5) return -normalQuantile(1 - p);
  let x = acklamLower(p);
  // Halley's method on Φ(x) − p; two steps take the approximation to full precision.
  for (let i = 0; i < 2; i += 1) {
    const e = normalCdf(x) - p;
    const u = e * SQRT_TWO_PI * Math.exp((x * x) / 2);
    x -= u / (1 + (x * u) / 2);
  }
  return x;
}
