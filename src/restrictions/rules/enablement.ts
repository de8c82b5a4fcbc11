import { plusMonths } from '../dates.js';
import { inPlace, type RestrictionRule } from './context.js';

/**
 * A long-standing individual restriction should name the outcome meant to make it
 * unnecessary, so that reduction shows as the result of enablement work.
 */
export const enablementRule: RestrictionRule = {
  codes: ['no_enablement_outcome'],
  applies: (ctx) => inPlace(ctx) && ctx.restriction.scope.kind === 'individual',
  check: ({ restriction, policy }, report) => {
    if ((restriction.enablementOutcomeIds ?? []).length > 0) return;
    if (restriction.enablementNotPossible !== undefined) return;
    if (plusMonths(restriction.start, policy.enablementAfterMonths) < policy.asOf) {
      report('no_enablement_outcome', ['enablementOutcomeIds'], {
        since: restriction.start,
        afterMonths: policy.enablementAfterMonths,
      });
    }
  },
};
