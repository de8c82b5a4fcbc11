import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { EvidenceChainSchema } from '../../src/evidence/index.js';
import { OutcomeSchema } from '../../src/outcomes/index.js';
import { ActionSchema, FeedbackSchema, ReviewSchema } from '../../src/reviews/index.js';
import { arbEverydayRecords, arbEvidenceChain } from './evidence.js';

describe('evidence arbitraries', () => {
  test.prop([arbEvidenceChain])('arbEvidenceChain values pass EvidenceChainSchema', (chain) => {
    const result = EvidenceChainSchema.safeParse(chain);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});

describe('everyday records arbitraries', () => {
  test.prop([arbEverydayRecords])('arbEverydayRecords values pass their schemas', (records) => {
    const bad = [
      ...records.outcomes.map((o) => OutcomeSchema.safeParse(o)),
      ...records.reviews.map((r) => ReviewSchema.safeParse(r)),
      ...records.feedback.map((f) => FeedbackSchema.safeParse(f)),
      ...records.actions.map((a) => ActionSchema.safeParse(a)),
    ].filter((r) => !r.success);
    expect(bad.map((r) => r.error?.issues)).toEqual([]);
  });
});
