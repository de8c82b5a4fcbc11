import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, fmix32, mixSeed } from './random.js';

// The C reference of mulberry32 (Tommy Ettinger, 2017), in BigInt arithmetic modulo 2³² —
// a second implementation that shares no code with ours (no Math.imul, no >>> tricks).
function* reference(seed: number): Generator<number> {
  const M = 0xffff_ffffn;
  let x = BigInt(seed >>> 0);
  for (;;) {
    x = (x + 0x6d2b79f5n) & M;
    let z = x;
    z = ((z ^ (z >> 15n)) * (z | 1n)) & M;
    z = (z ^ ((z + (z ^ (z >> 7n)) * (z | 61n)) & M)) & M;
    yield Number(z ^ (z >> 14n));
  }
}

const take = (n: number, next: () => number): number[] => Array.from({ length: n }, next);

describe('createRandom', () => {
  it('gives the known first outputs of mulberry32 for seed 0 and seed 42', () => {
    expect(take(5, createRandom(0).nextUint32)).toEqual([
      1144304738, 1416247, 958946056, 627933444, 2007157716,
    ]);
    // As fractions of 2³², seed 42 starts 0.6011037519201636, 0.44829055899754167, …
    expect(take(3, createRandom(42).nextUint32)).toEqual([2581720956, 1925393290, 3661312704]);
  });
  it('agrees with a BigInt implementation of the C reference', () => {
    for (const seed of [0, 1, 42, 0xdeadbeef, 0xffffffff]) {
      const ref = reference(seed);
      const ours = createRandom(seed);
      for (let i = 0; i < 200; i += 1) expect(ours.nextUint32()).toBe(ref.next().value);
    }
  });
  it('draws whole numbers in range, with every value reached', () => {
    const random = createRandom(7);
    const seen = new Set(take(500, () => random.int(1, 5)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5]);
  });
  it('gives Poisson counts with about the right mean, and 0 for a mean of 0', () => {
    const random = createRandom(3);
    const small = take(4000, () => random.poisson(2));
    const large = take(2000, () => random.poisson(50));
    expect(small.reduce((a, b) => a + b, 0) / 4000).toBeCloseTo(2, 0);
    expect(large.reduce((a, b) => a + b, 0) / 2000).toBeGreaterThan(48);
    expect(random.poisson(0)).toBe(0);
  });
  it('gives normal deviates with mean about 0 and spread about 1', () => {
    const random = createRandom(11);
    const xs = take(4000, random.normal);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.06);
    expect(sd).toBeGreaterThan(0.94);
    expect(sd).toBeLessThan(1.06);
  });
  describe('properties', () => {
    test.prop([fc.integer(), fc.integer({ min: 1, max: 50 })])(
      'the same seed gives the same stream',
      (seed, n) => {
        expect(take(n, createRandom(seed).next)).toEqual(take(n, createRandom(seed).next));
      },
    );
    test.prop([fc.integer()])('next is in [0, 1)', (seed) => {
      for (const x of take(50, createRandom(seed).next)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThan(1);
      }
    });
  });
});

describe('mixSeed', () => {
  it('gives different seeds for neighbouring people and for the order of parts', () => {
    expect(mixSeed(1, 4, 41)).not.toBe(mixSeed(1, 4, 42));
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
  });
  it('mixes the high word of large and negative seeds', () => {
    expect(mixSeed(2 ** 40)).not.toBe(mixSeed(0));
    expect(mixSeed(-1)).not.toBe(mixSeed(0xffffffff));
  });
  it('is a fixed function (the data of a seed must not change between versions)', () => {
    expect(fmix32(1)).toBe(0x514e28b7);
    expect(mixSeed(1, 2, 3)).toBe(mixSeed(1, 2, 3));
  });
  describe('properties', () => {
    test.prop([fc.array(fc.maxSafeInteger(), { maxLength: 4 })])(
      'returns an unsigned 32-bit integer',
      (parts) => {
        const h = mixSeed(...parts);
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
      },
    );
  });
});
