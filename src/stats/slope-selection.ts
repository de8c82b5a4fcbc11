/**
 * Exact selection of the k-th smallest pairwise slope in O(n log n) time (internal to
 * `stats`; used by `theilSen`).
 *
 * The slope of points i and j (xᵢ < xⱼ) is above t exactly when `uⱼ(t) > uᵢ(t)`, where
 * `u(t) = y − t·x`. So with the points in x order, the number of pairs with a slope above t
 * is the number of "non-inversions" of the sequence u(t), counted by merge sort in
 * O(n log n) (the dual of counting line intersections; Cole, Salowe, Steiger and
 * Szemerédi 1989, Matoušek 1991). The search keeps a bracket (lo, hi] around the wanted
 * rank, narrows it with pivot slopes — first the quantiles of a fixed, evenly spread sample
 * of pairs (a low-discrepancy sequence: no randomness, the same on every call), then
 * interpolation on the counts, and bisection on the bits of the double as a safeguard — and,
 * once at most `budget` slopes are left inside, lists those slopes (the pairs whose order
 * changes between u(lo) and u(hi)) and picks the one of the wanted rank. A handful of counts
 * of O(n log n) each, and O(n) memory; the pairs are never materialised.
 *
 * Comparisons of u are exact: a floating-point estimate with a rigorous error bound, and
 * exact rational arithmetic with BigInt when the estimate is too close to call. The value
 * returned is the k-th slope computed as (yⱼ − yᵢ)/(xⱼ − xᵢ) in floating point, so the
 * result equals sorting every pairwise slope whenever the differences of the coordinates
 * are exact (whole numbers, months, counts); otherwise it can differ from that sort in the
 * last bit only.
 */
import { GoldenThreadError } from '../core/index.js';
import { requireFiniteResult } from './arguments.js';

/** Distinct points sorted by x ascending, then y descending, each with its multiplicity. */
interface Points {
  readonly n: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly w: Float64Array;
}

/** A slope t to compare at: a double (or a midpoint), with its exact value for BigInt. */
interface Pivot {
  /** A double near t. */
  readonly approx: number;
  /** t − approx exactly when it is a double (0 for a double pivot), otherwise NaN. */
  readonly low: number;
  /** |t − approx| is at most this. */
  readonly slack: number;
  /** t, exactly. */
  readonly exact: Exact;
}

/** A bracket end: a pivot (or −∞ when `pivot` is null) and the number of slopes ≤ it. */
interface End {
  readonly pivot: Pivot | null;
  readonly count: number;
}

/** The k₁-th and k₂-th smallest slopes (0-based), and the number of pairs with distinct x. */
export interface SlopeQuantiles {
  readonly pairs: number;
  readonly lower: number;
  readonly upper: number;
}

const EPS = 2 ** -53;
const TINY = 8 * Number.MIN_VALUE;
const view = new DataView(new ArrayBuffer(8));

/** A double as m·2^e exactly, m a BigInt (0 is 0·2⁰). */
interface Exact {
  readonly m: bigint;
  readonly e: number;
}

function exactOf(v: number): Exact {
  if (v === 0) return { m: 0n, e: 0 };
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  return { m: bits >> 63n === 1n ? -mantissa : mantissa, e: Math.max(biased, 1) - 1075 };
}

/** The sign of Σ mᵢ·2^eᵢ, exactly. */
function signOfSum(terms: readonly Exact[]): number {
  let least = Number.POSITIVE_INFINITY;
  for (const t of terms) if (t.m !== 0n) least = Math.min(least, t.e);
  let sum = 0n;
  for (const t of terms) if (t.m !== 0n) sum += t.m << BigInt(t.e - least);
  return sum > 0n ? 1 : sum < 0n ? -1 : 0;
}

function pivotAt(t: number): Pivot {
  return { approx: t, low: 0, slack: 0, exact: exactOf(t) };
}

/** The exact midpoint of two adjacent doubles. */
function midpoint(lo: number, hi: number): Pivot {
  const a = exactOf(lo);
  const b = exactOf(hi);
  const least = Math.min(a.e, b.e);
  const m = (a.m << BigInt(a.e - least)) + (b.m << BigInt(b.e - least));
  const half = (hi - lo) / 2;
  // hi − lo is exact for neighbouring doubles; halving it is exact unless it is subnormal.
  const low = half * 2 === hi - lo ? half : Number.NaN;
  return { approx: lo, low, slack: Math.abs(half), exact: { m, e: least - 1 } };
}

/** Orders doubles as integers, so that bisecting the integers bisects the doubles. */
function keyOf(v: number): bigint {
  view.setFloat64(0, v);
  const bits = view.getBigInt64(0);
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/** The double halfway between two doubles in the integer order. */
function midKey(low: number, high: number): number {
  return fromKey((keyOf(low) + keyOf(high)) / 2n);
}

function fromKey(key: bigint): number {
  view.setBigInt64(0, key < 0n ? -key | -0x8000000000000000n : key);
  return view.getFloat64(0);
}

/**
 * The order of the points by u(t) = y − t·x at a pivot: each point's u in double-double
 * (`u + low`, from error-free transformations, so exact whenever the product t·x neither
 * under- nor overflows) with a bound on what is left, and an exact comparison for pairs too
 * close to call. At −∞ (a null pivot) the order is by x, then y.
 */
interface Key {
  readonly u: Float64Array;
  readonly low: Float64Array;
  readonly error: Float64Array;
  readonly exact: (a: number, b: number) => number;
}

function keyAt(points: Points, pivot: Pivot | null): Key {
  const { n, x, y } = points;
  const u = new Float64Array(n);
  const low = new Float64Array(n);
  const error = new Float64Array(n);
  if (pivot === null) {
    u.set(x);
    error.fill(TINY); // equal x: let the exact comparison order by y
    const exact = (a: number, b: number) =>
      Math.sign((x[a] as number) - (x[b] as number)) ||
      Math.sign((y[a] as number) - (y[b] as number));
    return { u, low, error, exact };
  }
  const { approx: t, slack } = pivot;
  for (let i = 0; i < n; i += 1) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    const product = twoProduct(t, xi);
    const productError = roundingError;
    const ui = twoSum(yi, -product);
    u[i] = ui;
    const drift = slack * Math.abs(xi) * (1 + 1e-15);
    if (safeProduct(t, xi) && Number.isFinite(ui)) {
      low[i] = roundingError - productError; // y − t·x = ui + roundingError − productError
      error[i] = drift;
    } else {
      // |fl(y − fl(t·x)) − (y − t·x)| ≤ ε(|t·x| + |u|)(1 + 2ε); twice that, for margin.
      error[i] = 2 * EPS * (Math.abs(product) + Math.abs(ui)) + drift + TINY;
    }
  }
  return { u, low, error, exact: exactComparator(points, pivot) };
}

/**
 * The sign of (u_a + low_a) − (u_b + low_b) when the rounding of the three subtractions and
 * of the lows (each at most ε of its result) and the points' own error bounds cannot change
 * it; otherwise NaN (a number, so that the hot loop stays monomorphic).
 */
function quickSign(
  ua: number,
  lowA: number,
  errorA: number,
  ub: number,
  lowB: number,
  errorB: number,
): number {
  const high = ua - ub;
  const lows = lowA - lowB;
  const d = high + lows;
  const bound =
    EPS *
      (Math.abs(high) + Math.abs(lows) + Math.abs(d) + Math.abs(lowA) + Math.abs(lowB)) *
      (1 + 8 * EPS) +
    errorA +
    errorB;
  if (d > bound) return 1;
  if (d < -bound) return -1;
  if (bound === 0) return 0; // every step exact: d is the exact difference, 0
  return Number.NaN;
}

const SPLITTER = 134217729; // 2²⁷ + 1, Veltkamp's splitting constant
/** The rounding error of the last {@link twoSum} or {@link twoProduct} (no allocation). */
let roundingError = 0;
const expansion = new Float64Array(10);
const terms = new Float64Array(10);

/** a + b = s + roundingError exactly (Knuth's TwoSum). */
function twoSum(a: number, b: number): number {
  const sum = a + b;
  const v = sum - a;
  roundingError = a - (sum - v) + (b - v);
  return sum;
}

/** a·b = p + roundingError exactly (Dekker's TwoProduct with Veltkamp splitting). */
function twoProduct(a: number, b: number): number {
  const p = a * b;
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  roundingError = al * bl - (p - ah * bh - al * bh - ah * bl);
  return p;
}

/** Dekker's product is exact when neither the factors nor the product over- or underflow. */
function safeProduct(t: number, factor: number): boolean {
  const size = Math.abs(t * factor);
  return (
    factor === 0 ||
    (size < 1e290 && size > 1e-290 && Math.abs(t) < 1e290 && Math.abs(factor) < 1e290)
  );
}

/**
 * The exact sign of (ya − yb) − (t + tLow)·(xa − xb) with error-free transformations: the
 * ten terms of the exact sum are added into a non-overlapping expansion (Shewchuk 1997),
 * whose largest component carries the sign. `null` where Dekker's product could underflow or
 * overflow.
 */
function expansionSign(
  ya: number,
  yb: number,
  xa: number,
  xb: number,
  t: number,
  tLow: number,
): number | null {
  terms[0] = twoSum(ya, -yb);
  terms[1] = roundingError;
  const dx = twoSum(xa, -xb);
  const dxLow = roundingError;
  let length = 2;
  for (const factor of [t, tLow]) {
    if (factor === 0) continue;
    for (const part of [dx, dxLow]) {
      if (!safeProduct(factor, part)) return null;
      terms[length] = -twoProduct(factor, part);
      terms[length + 1] = -roundingError;
      length += 2;
    }
  }
  let size = 0;
  for (let k = 0; k < length; k += 1) {
    let q = terms[k] as number;
    for (let i = 0; i < size; i += 1) {
      q = twoSum(q, expansion[i] as number);
      expansion[i] = roundingError;
    }
    expansion[size] = q;
    size += 1;
  }
  for (let i = size - 1; i >= 0; i -= 1) {
    const component = expansion[i] as number;
    if (component !== 0) return Math.sign(component);
  }
  return 0;
}

/** The sign of (y_a − y_b) − t·(x_a − x_b): a sharper estimate first, then BigInt. */
function exactComparator(points: Points, pivot: Pivot): (a: number, b: number) => number {
  const { x, y } = points;
  const { approx: t, slack } = pivot;
  const cache = new Map<number, readonly [Exact, Exact]>();
  const parts = (i: number): readonly [Exact, Exact] => {
    let found = cache.get(i);
    if (found === undefined) {
      found = [exactOf(x[i] as number), exactOf(y[i] as number)];
      cache.set(i, found);
    }
    return found;
  };
  const times = (p: Exact, q: Exact, sign: bigint): Exact => ({
    m: sign * p.m * q.m,
    e: p.e + q.e,
  });
  return (a, b) => {
    const dy = (y[a] as number) - (y[b] as number);
    const dx = (x[a] as number) - (x[b] as number);
    const product = t * dx;
    const d = dy - product;
    const bound =
      4 * EPS * (Math.abs(dy) + Math.abs(product)) + slack * Math.abs(dx) * (1 + 1e-15) + TINY;
    if (d > bound) return 1;
    if (d < -bound) return -1;
    if (!Number.isNaN(pivot.low)) {
      const sign = expansionSign(
        y[a] as number,
        y[b] as number,
        x[a] as number,
        x[b] as number,
        t,
        pivot.low,
      );
      if (sign !== null) return sign;
    }
    const [xa, ya] = parts(a);
    const [xb, yb] = parts(b);
    const { exact } = pivot;
    return signOfSum([ya, { m: -yb.m, e: yb.e }, times(exact, xa, -1n), times(exact, xb, 1n)]);
  };
}

/** The sign of u_a − u_b at the key's pivot, exactly. */
function compare(key: Key, a: number, b: number): number {
  const sign = quickSign(
    key.u[a] as number,
    key.low[a] as number,
    key.error[a] as number,
    key.u[b] as number,
    key.low[b] as number,
    key.error[b] as number,
  );
  return Number.isNaN(sign) ? key.exact(a, b) : sign;
}

/** Sorts `order` in place by `compare` (bottom-up merge sort). */
function mergeSort(order: Int32Array, compare: (a: number, b: number) => number): void {
  const n = order.length;
  let from: Int32Array = order;
  let to: Int32Array = new Int32Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const mid = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
      let i = start;
      let j = mid;
      let k = start;
      while (i < mid && j < end) {
        to[k++] =
          compare(from[i] as number, from[j] as number) <= 0
            ? (from[i++] as number)
            : (from[j++] as number);
      }
      while (i < mid) to[k++] = from[i++] as number;
      while (j < end) to[k++] = from[j++] as number;
    }
    [from, to] = [to, from];
  }
  if (from !== order) order.set(from);
}

/**
 * Points being merge-sorted by u: their u, its error bound, index and weight move together,
 * so that the merge reads memory in order.
 */
class Run {
  readonly u: Float64Array;
  readonly low: Float64Array;
  readonly error: Float64Array;
  readonly index: Int32Array;
  readonly weight: Float64Array;

  constructor(n: number) {
    this.u = new Float64Array(n);
    this.low = new Float64Array(n);
    this.error = new Float64Array(n);
    this.index = new Int32Array(n);
    this.weight = new Float64Array(n);
  }

  static of(key: Key, order: Int32Array, w: Float64Array): Run {
    const run = new Run(order.length);
    for (const [k, i] of order.entries()) {
      run.u[k] = key.u[i] as number;
      run.low[k] = key.low[i] as number;
      run.error[k] = key.error[i] as number;
      run.index[k] = i;
      run.weight[k] = w[i] as number;
    }
    return run;
  }

  copy(from: number, to: Run, k: number): void {
    to.u[k] = this.u[from] as number;
    to.low[k] = this.low[from] as number;
    to.error[k] = this.error[from] as number;
    to.index[k] = this.index[from] as number;
    to.weight[k] = this.weight[from] as number;
  }

  /** The sign of u at i minus u at j, exactly. */
  compare(key: Key, i: number, j: number): number {
    const sign = quickSign(
      this.u[i] as number,
      this.low[i] as number,
      this.error[i] as number,
      this.u[j] as number,
      this.low[j] as number,
      this.error[j] as number,
    );
    return Number.isNaN(sign) ? key.exact(this.index[i] as number, this.index[j] as number) : sign;
  }
}

/**
 * The weighted number of pairs, i before j in x order, with u_i < u_j at the pivot (`strict`)
 * or u_i ≤ u_j: the pairs with a slope above (or at least) the pivot. Pairs with equal x never
 * count: in x order they come with y (and so u) descending.
 */
function countRising(points: Points, pivot: Pivot, strict: boolean): number {
  const key = keyAt(points, pivot);
  const { n } = points;
  let from = Run.of(
    key,
    Int32Array.from({ length: n }, (_, i) => i),
    points.w,
  );
  let to = new Run(n);
  let count = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const mid = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
      let i = start;
      let j = mid;
      let k = start;
      let taken = 0; // weight of the left elements already merged: all below the next right one
      while (i < mid && j < end) {
        const c = from.compare(key, i, j);
        if (c < 0 || (!strict && c === 0)) {
          taken += from.weight[i] as number;
          from.copy(i++, to, k++);
        } else {
          count += (from.weight[j] as number) * taken;
          from.copy(j++, to, k++);
        }
      }
      while (i < mid) from.copy(i++, to, k++);
      while (j < end) {
        count += (from.weight[j] as number) * taken;
        from.copy(j++, to, k++);
      }
    }
    [from, to] = [to, from];
  }
  return count;
}

/** The slope of points a and b as the pairwise definition computes it. */
function slopeOf(points: Points, a: number, b: number): number {
  const { x, y } = points;
  return ((y[b] as number) - (y[a] as number)) / ((x[b] as number) - (x[a] as number));
}

/** Slopes with their weights, sorted by slope. */
interface Weighted {
  readonly values: Float64Array;
  readonly weights: Float64Array | null;
}

/**
 * Every slope in (lo, hi], sorted, with its weight: the pairs whose order by u changes
 * between lo and hi. Points are sorted by u(lo) (ties by u(hi)), then merge-sorted by u(hi);
 * a right element overtaking left ones makes one such pair with each of them.
 */
function slopesBetween(points: Points, lo: Pivot | null, hi: Pivot, fn: string): Weighted {
  const atLo = keyAt(points, lo);
  const atHi = keyAt(points, hi);
  const { n } = points;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  mergeSort(order, (a, b) => compare(atLo, a, b) || compare(atHi, a, b));
  let from = Run.of(atHi, order, points.w);
  let to = new Run(n);
  const values: number[] = [];
  const weights: number[] = [];
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const mid = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
      let i = start;
      let j = mid;
      let k = start;
      while (i < mid && j < end) {
        if (from.compare(atHi, i, j) < 0) {
          from.copy(i++, to, k++);
          continue;
        }
        const right = from.index[j] as number;
        for (let l = i; l < mid; l += 1) {
          const left = from.index[l] as number;
          values.push(requireFiniteResult(fn, slopeOf(points, left, right)));
          weights.push((from.weight[l] as number) * (from.weight[j] as number));
        }
        from.copy(j++, to, k++);
      }
      while (i < mid) from.copy(i++, to, k++);
      while (j < end) from.copy(j++, to, k++);
    }
    [from, to] = [to, from];
  }
  return sortWeighted(values, weights);
}

function sortWeighted(values: number[], weights: number[]): Weighted {
  if (weights.every((weight) => weight === 1))
    return { values: Float64Array.from(values).sort(), weights: null };
  const order = values
    .map((_, i) => i)
    .sort((a, b) => (values[a] as number) - (values[b] as number));
  return {
    values: Float64Array.from(order, (i) => values[i] as number),
    weights: Float64Array.from(order, (i) => weights[i] as number),
  };
}

/** The value of weighted rank `rank` (0-based) in sorted slopes. */
function atRank(sorted: Weighted, rank: number): number {
  const { values, weights } = sorted;
  if (weights === null) return values[Math.min(rank, values.length - 1)] as number;
  let seen = 0;
  for (const [i, value] of values.entries()) {
    seen += weights[i] as number;
    if (rank < seen) return value;
  }
  return values[values.length - 1] as number;
}

/** Distinct points sorted by x, then y descending, with multiplicities. */
function prepare(points: readonly { readonly x: number; readonly y: number }[]): Points {
  const order = points
    .map((_, i) => i)
    .sort((a, b) => {
      const p = points[a] as { x: number; y: number };
      const q = points[b] as { x: number; y: number };
      return p.x - q.x || q.y - p.y;
    });
  const x: number[] = [];
  const y: number[] = [];
  const w: number[] = [];
  for (const i of order) {
    const p = points[i] as { x: number; y: number };
    const last = x.length - 1;
    if (last >= 0 && x[last] === p.x && y[last] === p.y) w[last] = (w[last] as number) + 1;
    else {
      x.push(p.x);
      y.push(p.y);
      w.push(1);
    }
  }
  return { n: x.length, x: Float64Array.from(x), y: Float64Array.from(y), w: Float64Array.from(w) };
}

/**
 * The number of pairs with distinct x, and the smallest and largest slopes: both come from
 * neighbouring x values (a slope across a middle point is an average of the two beside it).
 */
function extremes(points: Points, fn: string): { pairs: number; min: number; max: number } {
  const { n, x, y, w } = points;
  requireFiniteResult(fn, (x[n - 1] as number) - (x[0] as number));
  let total = 0;
  let sameX = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let start = 0;
  let previous: { x: number; low: number; high: number } | null = null;
  let yLow = Number.POSITIVE_INFINITY;
  let yHigh = Number.NEGATIVE_INFINITY;
  for (let i = 0; i <= n; i += 1) {
    if (i < n && x[i] === x[start]) continue;
    let group = 0;
    for (let j = start; j < i; j += 1) group += w[j] as number;
    total += group;
    sameX += (group * (group - 1)) / 2;
    const high = y[start] as number;
    const low = y[i - 1] as number;
    yLow = Math.min(yLow, low);
    yHigh = Math.max(yHigh, high);
    if (previous !== null) {
      const gap = (x[start] as number) - previous.x;
      max = Math.max(max, requireFiniteResult(fn, (high - previous.low) / gap));
      min = Math.min(min, requireFiniteResult(fn, (low - previous.high) / gap));
    }
    previous = { x: x[start] as number, low, high };
    start = i;
  }
  requireFiniteResult(fn, yHigh - yLow);
  return { pairs: (total * (total - 1)) / 2 - sameX, min, max };
}

/** An evenly spread sample of pairwise slopes (the R₂ low-discrepancy sequence), sorted. */
function sampleSlopes(points: Points, fn: string): number[] {
  const { n, x } = points;
  const size = Math.min(65536, Math.max(256, n));
  const g = 1.324717957244746; // the plastic number: R₂ steps by 1/g and 1/g²
  const sample: number[] = [];
  for (let s = 1; sample.length < size && s <= 4 * size; s += 1) {
    const i = Math.floor(((0.5 + s / g) % 1) * n);
    const j = Math.floor(((0.5 + s / (g * g)) % 1) * n);
    if (x[i] === x[j]) continue;
    sample.push(requireFiniteResult(fn, i < j ? slopeOf(points, i, j) : slopeOf(points, j, i)));
  }
  return sample.sort((a, b) => a - b);
}

interface Search {
  readonly points: Points;
  readonly pairs: number;
  readonly min: number;
  readonly budget: number;
  readonly sample: readonly number[];
  readonly fn: string;
}

type Mode = 'sample' | 'interpolate' | 'cluster' | 'bisect';

/** The sampled slopes strictly inside (lo, hi), by binary search on the sorted sample. */
function sampleInside(sample: readonly number[], lo: End, hi: End): readonly number[] {
  const high = (hi.pivot as Pivot).approx;
  const first = (below: (v: number) => boolean) => {
    let a = 0;
    let b = sample.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (below(sample[m] as number)) a = m + 1;
      else b = m;
    }
    return a;
  };
  const from = lo.pivot === null ? 0 : first((v) => v <= (lo.pivot as Pivot).approx);
  return sample.slice(
    from,
    first((v) => v < high),
  );
}

/**
 * Pivots for a round. `sample`: quantiles of the sampled slopes inside the bracket around
 * the rank (the sample is spread evenly over all pairs, so also over those in the bracket);
 * `interpolate`: linear interpolation on the counts; `cluster`: a sampled slope and the
 * doubles either side of it, which closes the bracket round a tie or a cluster of slopes a
 * few bits apart; `bisect`: the midpoint of the bits.
 */
function pivots(search: Search, mode: Mode, rank: number, lo: End, hi: End): number[] {
  const low = lo.pivot === null ? search.min : lo.pivot.approx;
  const high = (hi.pivot as Pivot).approx;
  const inside = sampleInside(search.sample, lo, hi);
  if (mode === 'sample') {
    const q = ((rank - lo.count) / (hi.count - lo.count)) * inside.length;
    const margin = 2.5 * Math.sqrt(inside.length);
    const at = (v: number) => inside[Math.min(inside.length - 1, Math.max(0, Math.round(v)))];
    return [at(q - margin) as number, at(q + margin) as number];
  }
  if (mode === 'interpolate') {
    const delta = Math.max(1, search.budget / 4);
    const at = (r: number) => low + ((r - lo.count) / (hi.count - lo.count)) * (high - low);
    return [at(rank - delta), at(rank + 1 + delta)];
  }
  if (mode === 'cluster') {
    const p = inside.length > 0 ? (inside[inside.length >> 1] as number) : midKey(low, high);
    return [fromKey(keyOf(p) - 1n), p, fromKey(keyOf(p) + 1n)];
  }
  return [low, midKey(low, high)];
}

/** How a round chooses its pivots: see {@link pivots}. */
function modeOf(search: Search, round: number, stalls: number, lo: End, hi: End): Mode {
  if (round === 0) return 'sample';
  if (stalls === 0) return 'interpolate';
  if (stalls === 1 && sampleInside(search.sample, lo, hi).length >= 64) return 'sample';
  return stalls <= 2 ? 'cluster' : 'bisect';
}

/** Narrows (lo, hi] by one pivot: the number of slopes ≤ t says which side the rank is on. */
function narrow(search: Search, rank: number, t: number, lo: End, hi: End): [End, End] {
  const pivot = pivotAt(t);
  const count = search.pairs - countRising(search.points, pivot, true);
  return count <= rank ? [{ pivot, count }, hi] : [lo, { pivot, count }];
}

function strictlyInside(t: number, lo: End, hi: End): boolean {
  return (
    Number.isFinite(t) &&
    t < (hi.pivot as Pivot).approx &&
    (lo.pivot === null ? true : t > lo.pivot.approx)
  );
}

/** The result of a search: the value at the rank, and what is known around it. */
interface Found {
  readonly value: number;
  readonly lo: End;
  readonly hi: End;
  readonly inside: Weighted | null;
}

/**
 * No double lies strictly inside (lo, hi]: with lo = −∞ that means hi is the smallest slope;
 * otherwise lo and hi are neighbouring doubles and the slope rounds to one of them.
 */
function betweenNeighbours(search: Search, rank: number, lo: End, hi: End): Found {
  const high = (hi.pivot as Pivot).approx;
  if (lo.pivot === null) return { value: high, lo, hi, inside: null };
  const middle = midpoint(lo.pivot.approx, high);
  const atOrBelow = search.pairs - countRising(search.points, middle, true);
  return { value: rank < atOrBelow ? lo.pivot.approx : high, lo, hi, inside: null };
}

/** Whether the slope of the rank equals hi exactly (a tie: fewer than rank + 1 slopes below hi). */
function tiedAtHigh(search: Search, rank: number, hi: End): boolean {
  const below = search.pairs - countRising(search.points, hi.pivot as Pivot, false);
  return below <= rank;
}

/** Finds the slope of 0-based rank `rank`, starting from the bracket (lo, hi]. */
function select(search: Search, rank: number, start: [End, End]): Found {
  let [lo, hi] = start;
  let previous = Number.POSITIVE_INFINITY;
  let stalls = 0;
  for (let round = 0; round < 400; round += 1) {
    const span = hi.count - lo.count;
    if (span <= search.budget) {
      const inside = slopesBetween(search.points, lo.pivot, hi.pivot as Pivot, search.fn);
      return { value: atRank(inside, rank - lo.count), lo, hi, inside };
    }
    stalls = span > previous / 2 ? stalls + 1 : 0;
    previous = span;
    if (stalls === 1 && tiedAtHigh(search, rank, hi)) {
      return { value: (hi.pivot as Pivot).approx, lo, hi, inside: null };
    }
    const mode = modeOf(search, round, stalls, lo, hi);
    let usable = pivots(search, mode, rank, lo, hi).filter((t) => strictlyInside(t, lo, hi));
    if (usable.length === 0) {
      usable = pivots(search, 'bisect', rank, lo, hi).filter((t) => strictlyInside(t, lo, hi));
    }
    if (usable.length === 0) return betweenNeighbours(search, rank, lo, hi);
    for (const t of usable)
      if (strictlyInside(t, lo, hi)) [lo, hi] = narrow(search, rank, t, lo, hi);
  }
  /* v8 ignore next 2 -- bisection of the bits alone would finish within 70 rounds */
  throw new GoldenThreadError(
    'invariant_violation',
    `${search.fn}: the slope search did not converge; please report this.`,
  );
}

/**
 * The slopes of 0-based ranks ⌊(N − 1)/2⌋ and ⌊N/2⌋ among the N pairs with distinct x (the
 * two middle slopes; equal when N is odd), or `null` when there is no such pair.
 *
 * @param points - Finite points, in any order.
 * @param fn - The public function's name, for error messages.
 * @param budget - Slopes are listed once at most this many are left (default max(1024, 4n)).
 */
export function middleSlopes(
  points: readonly { readonly x: number; readonly y: number }[],
  fn: string,
  budget?: number,
): SlopeQuantiles | null {
  const prepared = prepare(points);
  if (prepared.n < 2) return null;
  const { pairs, min, max } = extremes(prepared, fn);
  if (pairs === 0) return null;
  if (min === max) return { pairs, lower: min, upper: max };
  const search: Search = {
    points: prepared,
    pairs,
    min,
    budget: budget ?? Math.max(1024, 4 * prepared.n),
    sample: sampleSlopes(prepared, fn),
    fn,
  };
  // The largest slope as computed may be rounded down from the exact one: the double above it
  // bounds every exact slope.
  const above = fromKey(keyOf(max) + 1n);
  const top: Pivot = Number.isFinite(above)
    ? pivotAt(above)
    : { approx: max, low: Number.NaN, slack: 2 ** 971, exact: { m: 1n, e: 1024 } }; // 2¹⁰²⁴
  const lowerRank = Math.floor((pairs - 1) / 2);
  const upperRank = Math.floor(pairs / 2);
  const first = select(search, lowerRank, [
    { pivot: null, count: 0 },
    { pivot: top, count: pairs },
  ]);
  if (upperRank === lowerRank) return { pairs, lower: first.value, upper: first.value };
  if (upperRank < first.hi.count && first.inside !== null) {
    return { pairs, lower: first.value, upper: atRank(first.inside, upperRank - first.lo.count) };
  }
  const restart: End = first.inside === null ? first.lo : first.hi;
  const second = select(search, upperRank, [restart, { pivot: top, count: pairs }]);
  return { pairs, lower: first.value, upper: second.value };
}
