import { describe, expect, it } from 'vitest';
import { kitchenChain } from '../../test/fixtures/evidence.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { bedtimeAction, bedtimeFeedback, goodReview } from '../../test/fixtures/reviews.js';
import { HOSTILE } from '../../test/hostile/harness.js';
import { isGoldenThreadError } from '../core/index.js';
import { chainStatus } from './chain-status.js';
import { checkEvidenceChain } from './check-evidence-chain.js';
import { digestChain, digestLink } from './digest.js';
import { evidenceByQualityStatement } from './evidence-by-quality-statement.js';
import { feedbackThemes } from './feedback-themes.js';
import { goldenThread } from './golden-thread.js';
import { serviceYouSaidWeDid } from './service-you-said-we-did.js';
import { toEvidenceChain } from './to-evidence-chain.js';

const period = { from: '2026-01-01', to: '2027-01-01' } as const;
const asOf = { asOf: '2026-12-01' } as const;
const records = {
  outcomes: [goodOutcome],
  reviews: [goodReview],
  feedback: [bedtimeFeedback],
  actions: [bedtimeAction],
};

/** Each evidence entry point with the arguments a careful host gives it. */
const CALLS: readonly (readonly [string, (...args: never[]) => unknown, () => unknown[]])[] = [
  ['chainStatus', chainStatus, () => [kitchenChain]],
  ['checkEvidenceChain', checkEvidenceChain, () => [kitchenChain, asOf]],
  ['digestLink', digestLink, () => [kitchenChain.links[0]]],
  ['digestChain', digestChain, () => [kitchenChain]],
  ['evidenceByQualityStatement', evidenceByQualityStatement, () => [[kitchenChain], period]],
  [
    'serviceYouSaidWeDid',
    serviceYouSaidWeDid,
    () => [[kitchenChain], { ...period, serviceId: 'elm-house' }],
  ],
  ['feedbackThemes', feedbackThemes, () => [records, period]],
  ['goldenThread', goldenThread, () => ['p-aisha', { ...records, chains: [kitchenChain] }, asOf]],
  ['toEvidenceChain', toEvidenceChain, () => ['p-aisha', records]],
];

async function outcomeOf(fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<string> {
  try {
    await fn(...args);
    return 'returned';
  } catch (error) {
    return isGoldenThreadError(error) ? 'GoldenThreadError' : `threw ${String(error)}`;
  }
}

describe('the evidence entry points given hostile arguments (issue #19)', () => {
  for (const [name, fn, sample] of CALLS) {
    it(`${name} returns for its sample and throws only GoldenThreadError for anything else`, async () => {
      const call = fn as (...args: unknown[]) => unknown;
      expect(await outcomeOf(call, sample())).toBe('returned');
      const wrong: string[] = [];
      for (const [label, make] of HOSTILE) {
        for (let i = 0; i < sample().length; i += 1) {
          const args = sample();
          args[i] = make();
          const result = await outcomeOf(call, args);
          if (result !== 'returned' && result !== 'GoldenThreadError')
            wrong.push(`argument ${i + 1} ${label}: ${result}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
