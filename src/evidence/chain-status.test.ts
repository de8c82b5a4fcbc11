import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbEvidenceChain } from '../../test/arbitraries/evidence.js';
import { kitchenChain } from '../../test/fixtures/evidence.js';
import { chainStatus } from './chain-status.js';
import type { EvidenceChain } from './schemas.js';

const upTo = (n: number): EvidenceChain => ({
  ...kitchenChain,
  links: kitchenChain.links.slice(0, n),
});

describe('chainStatus', () => {
  it('follows the stages of the kitchen story', () => {
    expect([3, 4, 5, 6].map((n) => chainStatus(upTo(n)).stage)).toEqual([
      'input',
      'decision',
      'action',
      'check',
    ]);
  });
  it('says the full story is complete, with its counts', () => {
    expect(chainStatus(kitchenChain)).toMatchObject({
      complete: true,
      counts: { input: 3, decision: 1, action: 1, check: 1 },
    });
  });
  it('lists the open ends of an unfinished chain', () => {
    expect(chainStatus(upTo(5))).toMatchObject({
      complete: false,
      open: { actionsUnchecked: ['act-unlock'] },
    });
    expect(chainStatus(upTo(2)).open.inputsWithoutDecision).toEqual(['in-aisha', 'in-ben']);
  });
  describe('properties', () => {
    test.prop([arbEvidenceChain])('the counts add up to the number of links', (chain) => {
      const { counts } = chainStatus(chain);
      expect(counts.input + counts.decision + counts.action + counts.check).toBe(
        chain.links.length,
      );
    });
  });
});
