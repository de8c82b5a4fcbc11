import { acidTestRule } from './acid-test.js';
import { authorisationRule } from './authorisation.js';
import { authorisationConditionsRule } from './authorisation-conditions.js';
import { authorisationDecisionRule } from './authorisation-decisions.js';
import { authorisationDurationRule } from './authorisation-durations.js';
import { authorisationRecordsRule } from './authorisation-records.js';
import { capacityRule } from './capacity.js';
import { consentRule } from './consent.js';
import type { RestrictionRule } from './context.js';
import { enablementRule } from './enablement.js';
import { optionsExploredRule, rationaleRule } from './least-restrictive.js';
import { consultationRule, legalBasisRule } from './legal-basis.js';
import { medicationRule } from './medication.js';
import { personViewRule } from './person-view.js';
import { injuryRule, proneRule } from './physical.js';
import { harmToOthersRule, proportionalityRule } from './proportionality.js';
import { reviewCadenceRule, reviewOverdueRule, timeLimitedRule } from './review.js';
import { reviewQualityRule } from './review-quality.js';
import { blanketRule } from './scope.js';
import { settingRule } from './setting.js';
import { debriefRule, risingUseRule, usedAfterEndRule } from './uses.js';

export { type AcidTest, acidTest, routeOf } from './acid-test.js';
export {
  type AuthorisationFacts,
  type AuthorisationView,
  authorisationFacts,
  inForceOn,
} from './authorisation-facts.js';
export { type CapacityFacts, capacityFacts } from './capacity-facts.js';
export type {
  Cadence,
  IndexedReview,
  RestrictionContext,
  RestrictionPolicy,
  RestrictionRule,
} from './context.js';
export { canonical } from './context.js';

/**
 * The rules of {@link checkRestriction}, in the order their findings are reported: scope and
 * legal basis, capacity and consent, liberty and its authorisation, necessity and
 * proportionality, the person's view, medication, time limits and reviews, enablement, and
 * the uses. Adding a rule is one entry here (and its file and test); every code must be in
 * the catalogue.
 */
export const RESTRICTION_RULES: readonly RestrictionRule[] = [
  blanketRule,
  legalBasisRule,
  capacityRule,
  consultationRule,
  consentRule,
  acidTestRule,
  settingRule,
  authorisationRecordsRule,
  authorisationDurationRule,
  authorisationRule,
  authorisationDecisionRule,
  authorisationConditionsRule,
  optionsExploredRule,
  rationaleRule,
  proportionalityRule,
  harmToOthersRule,
  personViewRule,
  medicationRule,
  timeLimitedRule,
  reviewOverdueRule,
  reviewCadenceRule,
  reviewQualityRule,
  enablementRule,
  risingUseRule,
  usedAfterEndRule,
  debriefRule,
  proneRule,
  injuryRule,
];
