/**
 * Funnel plot control limits (internal to `stats`): exact binomial and Poisson limits — the
 * boundary of the exact one-sided tests, continued smoothly between whole counts — and the
 * additive random-effects limits used when overdispersion is allowed for.
 */
import {
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
} from './special-functions.js';

/** The four tail probabilities of the 95 % and 99.8 % limits, lower first (normal limits). */
const TAILS = [0.001, 0.025, 0.975, 0.999] as const;

/** Limits at one denominator: lower and upper, 95 % and 99.8 %, on the values' scale. */
export interface Limits {
  readonly lower998: number;
  readonly lower95: number;
  readonly upper95: number;
  readonly upper998: number;
}

/**
 * The root of a monotone function on (lo, hi) by bisection to the last bit: `below(k)` says
 * whether k is left of the root.
 */
function root(below: (k: number) => boolean, lo: number, hi: number): number {
  let left = lo;
  let right = hi;
  for (let i = 0; i < 200; i += 1) {
    const mid = left + (right - left) / 2;
    if (mid <= left || mid >= right) break;
    if (below(mid)) left = mid;
    else right = mid;
  }
  return left + (right - left) / 2;
}

/**
 * The count k* at which the exact upper tail P(X ≥ k) of X ~ Poisson(μ) is p, with the tail
 * continued between whole numbers as the regularised gamma function P(k, μ) (for whole k,
 * P(X ≥ k) = P(k, μ) exactly), which falls as k grows.
 */
function poissonUpperCount(p: number, mu: number): number {
  let hi = mu + 10 * Math.sqrt(mu) + 10;
  while (regularizedGammaP(hi, mu) >= p) hi *= 2;
  return root((k) => regularizedGammaP(k, mu) >= p, 0, hi);
}

/** The count k* at which the exact lower tail P(X ≤ k) = Q(k + 1, μ) is p; below 0 when none is. */
function poissonLowerCount(p: number, mu: number): number {
  if (Math.exp(-mu) >= p) return -1; // even 0 events is not unusually few
  return root((k) => regularizedGammaQ(k + 1, mu) < p, 0, mu + 1);
}

/**
 * The count k* at which the exact upper tail P(X ≥ k) of X ~ Binomial(n, θ) is p, continued
 * between whole numbers as I_θ(k, n − k + 1) (equal to the tail at whole k), which falls as k
 * grows; above n when even n of n is not unusually many.
 */
function binomialUpperCount(p: number, n: number, theta: number): number {
  if (theta ** n >= p) return n + 1;
  return root((k) => regularizedBeta(theta, k, n - k + 1) >= p, 0, n);
}

/** The count k* at which the exact lower tail P(X ≤ k) = I_{1−θ}(n − k, k + 1) is p; below 0 when none is. */
function binomialLowerCount(p: number, n: number, theta: number): number {
  if ((1 - theta) ** n >= p) return -1;
  return root((k) => regularizedBeta(1 - theta, n - k, k + 1) < p, 0, n);
}

/**
 * The limits as the boundary of the exact test: at a denominator d, the upper 95 % limit is
 * k* ÷ d, where a count of k* leaves exactly 2.5 % in the upper tail of the distribution under
 * the target (0.1 % for the 99.8 % limit), and the same below. So a unit is beyond a limit
 * exactly when its own count is significant in the exact one-sided test at that level; and
 * because the tail is continued smoothly between whole counts, the limits run smoothly and
 * widen steadily as the denominator shrinks.
 */
function exactLimits(
  counts: (p: number) => readonly [lower: number, upper: number],
  denominator: number,
  cap: number,
): Limits {
  const [lower998, upper998] = counts(0.001);
  const [lower95, upper95] = counts(0.025);
  const scale = (k: number) => Math.min(cap, Math.max(0, k / denominator));
  return {
    lower998: scale(lower998),
    lower95: scale(lower95),
    upper95: scale(upper95),
    upper998: scale(upper998),
  };
}

/** Exact binomial limits for a proportion: n trials around the target θ. */
export function binomialLimits(n: number, theta: number): Limits {
  if (theta <= 0 || theta >= 1)
    return { lower998: theta, lower95: theta, upper95: theta, upper998: theta };
  const counts = (p: number) =>
    [binomialLowerCount(p, n, theta), binomialUpperCount(p, n, theta)] as const;
  return exactLimits(counts, n, 1);
}

/** Exact Poisson limits for a rate: exposure E at the target rate λ (per unit of exposure). */
export function poissonLimits(exposure: number, lambda: number): Limits {
  const mu = lambda * exposure;
  if (!(mu > 0)) return { lower998: 0, lower95: 0, upper95: 0, upper998: 0 };
  const counts = (p: number) => [poissonLowerCount(p, mu), poissonUpperCount(p, mu)] as const;
  return exactLimits(counts, exposure, Number.POSITIVE_INFINITY);
}

/**
 * The variance-stabilising scale the overdispersion is estimated on (Spiegelhalter 2005,
 * Quality and Safety in Health Care 14:347, table 1): `asin √p` for a proportion and `√rate`
 * for a rate, on which a unit with denominator d has standard error `1 / (2√d)`.
 */
export const transform = {
  proportion: {
    to: (v: number) => Math.asin(Math.sqrt(v)),
    from: (t: number) => Math.sin(Math.min(Math.PI / 2, Math.max(0, t))) ** 2,
  },
  rate: { to: (v: number) => Math.sqrt(v), from: (t: number) => Math.max(0, t) ** 2 },
} as const;

/** Limits with additive between-unit variance τ² on the transformed scale (normal, back-transformed). */
export function randomEffectsLimits(
  kind: 'proportion' | 'rate',
  denominator: number,
  target: number,
  tau2: number,
): Limits {
  const { to, from } = transform[kind];
  const centre = to(target);
  const spread = Math.sqrt(1 / (4 * denominator) + tau2);
  const [lower998, lower95, upper95, upper998] = TAILS.map((p) =>
    from(centre + normalQuantile(p) * spread),
  ) as [number, number, number, number];
  return { lower998, lower95, upper95, upper998 };
}

/**
 * Spiegelhalter's (2005b) estimate of the additive between-unit variance: z-scores on the
 * transformed scale, winsorised at the 10th and 90th percentiles, `φ = Σz²/I`, and the
 * DerSimonian–Laird `τ² = (Iφ − (I − 1)) / (Σw − Σw²/Σw)` with `w = 4d`, or 0 when Iφ ≤ I − 1.
 */
export function overdispersion(
  kind: 'proportion' | 'rate',
  units: readonly { readonly value: number; readonly denominator: number }[],
  target: number,
): { phi: number; tau2: number; winsorised: number } {
  const { to } = transform[kind];
  const centre = to(target);
  const z = units.map((u) => (to(u.value) - centre) * 2 * Math.sqrt(u.denominator));
  const count = z.length;
  const sorted = [...z].sort((a, b) => a - b);
  const k = Math.floor(0.1 * count);
  const low = sorted[k] as number;
  const high = sorted[count - 1 - k] as number;
  let winsorised = 0;
  let sumSquares = 0;
  for (const v of z) {
    const w = Math.min(high, Math.max(low, v));
    if (w !== v) winsorised += 1;
    sumSquares += w * w;
  }
  const phi = sumSquares / count;
  let sumW = 0;
  let sumW2 = 0;
  for (const u of units) {
    sumW += 4 * u.denominator;
    sumW2 += (4 * u.denominator) ** 2;
  }
  const spread = sumW - sumW2 / sumW;
  const tau2 = count < 2 || !(spread > 0) ? 0 : Math.max(0, (count * phi - (count - 1)) / spread);
  return { phi, tau2, winsorised };
}
