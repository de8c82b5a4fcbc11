import { daysBetween, type IsoDate } from '../../core/index.js';
import type { EvidenceRule } from './context.js';

/** A change made and not checked once `checkWithinDays` have passed since it was done. */
export const actionUncheckedRule: EvidenceRule = {
  codes: ['chain_action_unchecked'],
  check: ({ gaps, asOf, policy }, report) => {
    for (const { link, index } of gaps.actionsUnchecked) {
      // A done action always has its completed date (the schema requires it).
      const completedOn = link.completedOn as IsoDate;
      if (daysBetween(completedOn, asOf) > policy.checkWithinDays) {
        report('chain_action_unchecked', ['links', index], {
          linkId: link.id,
          completedOn,
          description: link.description,
        });
      }
    }
  },
};
