import { authorisationRule } from './authorisation.js';
import type { RestrictionRule } from './context.js';
import { optionsExploredRule, rationaleRule } from './least-restrictive.js';
import { legalBasisRule } from './legal-basis.js';
import { personViewRule } from './person-view.js';
import { reviewOverdueRule, timeLimitedRule } from './review.js';
import { blanketRule } from './scope.js';
import { debriefRule, risingUseRule, usedAfterEndRule } from './uses.js';

export type { RestrictionContext, RestrictionPolicy, RestrictionRule } from './context.js';

/**
 * The rules of {@link checkRestriction}, in the order their findings are reported. Adding a
 * rule is one entry here (and its file and test); every code must be in the catalogue.
 */
export const RESTRICTION_RULES: readonly RestrictionRule[] = [
  blanketRule,
  legalBasisRule,
  authorisationRule,
  optionsExploredRule,
  rationaleRule,
  personViewRule,
  timeLimitedRule,
  reviewOverdueRule,
  risingUseRule,
  usedAfterEndRule,
  debriefRule,
];
