import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeDigests, type Digest } from './digest.js';

// The architecture step (rules as tables, typed findings, the statistics layer) promised no
// change of behaviour: every checker's findings and the governance report on a synthetic
// provider are equal, digest for digest, to those of the commit before it.
const baseline = JSON.parse(
  readFileSync(new URL('./baseline.json', import.meta.url), 'utf8'),
) as Record<string, Digest>;

describe('refactor equivalence', () => {
  const now = computeDigests();
  for (const name of Object.keys(baseline)) {
    it(`${name} gives the same findings as before the refactor`, () => {
      // Codes first, so that a difference shows which code moved.
      expect(now[name]?.codes).toEqual(baseline[name]?.codes);
      expect(now[name]).toEqual(baseline[name]);
    });
  }
  it('checks every function it computes', () => {
    expect(Object.keys(now).sort()).toEqual(Object.keys(baseline).sort());
  });
});
