// The generator's own pseudo-random numbers. Internal: not exported from the package.
//
// mulberry32 (Tommy Ettinger, 2017, public domain): one 32-bit word of state advanced by a
// Weyl sequence (state += 0x6D2B79F5) and scrambled by a MurmurHash3-style output function.
// It is small, fast in JavaScript (Math.imul) and good enough for synthetic data; it is not
// for cryptography. Seeds for independent streams come from `mixSeed`, which folds any
// number of 32-bit words through the MurmurHash3 finaliser, so that person 41 and person 42
// of the same seed get unrelated streams. No Math.random, no clock, no global state: every
// stream is a closure over its own state.

/** A stream of pseudo-random numbers with the helpers the generator needs. */
export interface Random {
  /** The next unsigned 32-bit integer. */
  readonly nextUint32: () => number;
  /** A number in [0, 1). */
  readonly next: () => number;
  /** A whole number from `min` to `max`, both included. */
  readonly int: (min: number, max: number) => number;
  /** `true` with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** One item of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** A Poisson-distributed count with mean `mean` (Knuth's method; mean is small here). */
  readonly poisson: (mean: number) => number;
  /** A standard normal deviate (Box–Muller). */
  readonly normal: () => number;
}

/** The MurmurHash3 32-bit finaliser: a bijection that spreads every input bit. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Folds numbers into one 32-bit seed. Each part may be any safe integer (negative or above
 * 2³²: its high and low words are both mixed in). Order matters.
 */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    const low = part >>> 0;
    const high = Math.floor(part / 0x1_0000_0000) >>> 0;
    h = fmix32(Math.imul(h ^ low, 0x5bd1e995) + 0x6d2b79f5);
    h = fmix32(Math.imul(h ^ high, 0x5bd1e995) + 0x6d2b79f5);
  }
  return h;
}

/** A mulberry32 stream from a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = Math.imul(state ^ (state >>> 15), state | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (z ^ (z >>> 14)) >>> 0;
  };
  const next = (): number => nextUint32() / 0x1_0000_0000;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const poisson = (mean: number): number => {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
    const limit = Math.exp(-mean);
    let count = 0;
    let product = next();
    while (product > limit) {
      count += 1;
      product *= next();
    }
    return count;
  };
  const normal = (): number => {
    const u = 1 - next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return { nextUint32, next, int, chance: (p) => next() < p, pick, poisson, normal };
}
