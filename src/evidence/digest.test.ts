import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbEvidenceChain } from '../../test/arbitraries/evidence.js';
import { kitchenChain } from '../../test/fixtures/evidence.js';
import { thrownCode } from '../../test/support/thrown.js';
import { canonicalJson, digestChain, digestLink } from './digest.js';
import type { EvidenceLink } from './links.js';
import type { EvidenceChain } from './schemas.js';

/** The same value with every object's keys in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe('canonicalJson', () => {
  it('sorts keys and drops white space and undefined fields', () => {
    expect(canonicalJson({ b: [1, 'x'], a: null, c: undefined, d: { z: true, y: 2 } })).toBe(
      '{"a":null,"b":[1,"x"],"d":{"y":2,"z":true}}',
    );
  });
  it('throws for values JSON cannot hold', () => {
    expect(thrownCode(() => canonicalJson(Number.NaN))).toBe('invalid_argument');
    expect(thrownCode(() => canonicalJson(() => 1))).toBe('invalid_argument');
  });
});

describe('digestLink', () => {
  it('gives the SHA-256 of the canonical JSON, in hex', async () => {
    // sha256('{"a":1}') computed independently
    const link = kitchenChain.links[0] as EvidenceLink;
    const digest = await digestLink(link);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    const { createHash } = await import('node:crypto');
    expect(digest).toBe(createHash('sha256').update(canonicalJson(link)).digest('hex'));
  });
});

describe('digestChain', () => {
  it('lists each link’s digest by id and does not depend on link order', async () => {
    const a = await digestChain(kitchenChain);
    const b = await digestChain({ ...kitchenChain, links: [...kitchenChain.links].reverse() });
    expect(b).toEqual(a);
    expect(a.links.map((l) => l.id)).toEqual([...kitchenChain.links.map((l) => l.id)].sort());
  });
  describe('properties', () => {
    test.prop([arbEvidenceChain])('the digest is stable under key order', async (chain) => {
      expect(await digestChain(reversed(chain) as EvidenceChain)).toEqual(await digestChain(chain));
    });
    test.prop([arbEvidenceChain, fc.nat(), fc.string({ minLength: 1, maxLength: 5 })])(
      'the digest changes when any field changes',
      async (chain, pick, extra) => {
        const index = pick % chain.links.length;
        const link = chain.links[index] as EvidenceLink;
        const changed = { ...link, source: { ...link.source, id: `${link.source.id}${extra}` } };
        const links = chain.links.map((l, k) => (k === index ? changed : l));
        const before = await digestChain(chain);
        const after = await digestChain({ ...chain, links });
        expect(after.digest).not.toBe(before.digest);
        expect(await digestChain({ ...chain, title: `${chain.title}${extra}` })).not.toEqual(
          before,
        );
      },
    );
  });
});
