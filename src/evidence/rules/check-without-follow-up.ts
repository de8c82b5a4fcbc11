import { daysBetween } from '../../core/index.js';
import type { EvidenceRule } from './context.js';

/** A check that found a problem, with no decision following it up within `followUpWithinDays`. */
export const checkWithoutFollowUpRule: EvidenceRule = {
  codes: ['chain_check_without_follow_up'],
  check: ({ gaps, asOf, policy }, report) => {
    for (const { link, index } of gaps.checksWithoutFollowUp) {
      if (daysBetween(link.on, asOf) > policy.followUpWithinDays) {
        report('chain_check_without_follow_up', ['links', index], {
          linkId: link.id,
          on: link.on,
          result: link.result,
        });
      }
    }
  },
};
