import { daysBetween } from '../../core/index.js';
import type { EvidenceRule } from './context.js';

/** A decision nobody has acted on once `actionWithinDays` have passed. */
export const decisionWithoutActionRule: EvidenceRule = {
  codes: ['chain_decision_without_action'],
  check: ({ gaps, asOf, policy }, report) => {
    for (const { link, index } of gaps.decisionsWithoutAction) {
      const days = daysBetween(link.on, asOf);
      if (days > policy.actionWithinDays) {
        report('chain_decision_without_action', ['links', index], {
          linkId: link.id,
          on: link.on,
          days,
          text: link.text,
        });
      }
    }
  },
};
