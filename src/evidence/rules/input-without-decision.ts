import { daysBetween } from '../../core/index.js';
import type { EvidenceRule } from './context.js';

/** Something people said, with no decision about it once `decisionWithinDays` have passed. */
export const inputWithoutDecisionRule: EvidenceRule = {
  codes: ['chain_input_without_decision'],
  check: ({ gaps, asOf, policy }, report) => {
    for (const { link, index } of gaps.inputsWithoutDecision) {
      const days = daysBetween(link.on, asOf);
      if (days > policy.decisionWithinDays) {
        report('chain_input_without_decision', ['links', index], {
          linkId: link.id,
          on: link.on,
          days,
          words: link.words,
        });
      }
    }
  },
};
