import { inPlace, type RestrictionRule } from './context.js';

/** A rule for everyone in a setting is not an individual, least restrictive decision. */
export const blanketRule: RestrictionRule = {
  codes: ['blanket_restriction'],
  applies: inPlace,
  check: ({ restriction }, report) => {
    if (restriction.scope.kind === 'blanket') report('blanket_restriction', ['scope']);
  },
};
