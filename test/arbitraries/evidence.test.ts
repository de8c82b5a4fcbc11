import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { EvidenceChainSchema } from '../../src/evidence/index.js';
import { arbEvidenceChain } from './evidence.js';

describe('evidence arbitraries', () => {
  test.prop([arbEvidenceChain])('arbEvidenceChain values pass EvidenceChainSchema', (chain) => {
    const result = EvidenceChainSchema.safeParse(chain);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
