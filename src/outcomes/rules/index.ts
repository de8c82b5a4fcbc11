import { agreementRule } from './agreement.js';
import type { OutcomeRule } from './context.js';
import { measurableRule } from './indicator.js';
import { ownerRule, responsibilityRule } from './ownership.js';
import { progressRule } from './progress.js';
import { reviewOverdueRule, timeframeRule } from './timeframe.js';
import {
  aboutPersonRule,
  genericIndicatorRule,
  genericWordingRule,
  onBehalfRule,
  ratingExampleRule,
} from './wording.js';

export {
  missingParts,
  type OutcomeContext,
  type OutcomePolicy,
  type OutcomeRule,
} from './context.js';
export { readsAsAboutPerson } from './wording.js';

/**
 * The rules of {@link checkOutcome}, in the order their findings are reported. Adding a rule
 * is one entry here (and its file and test); every code must be in the catalogue.
 */
export const OUTCOME_RULES: readonly OutcomeRule[] = [
  genericWordingRule,
  genericIndicatorRule,
  aboutPersonRule,
  onBehalfRule,
  ratingExampleRule,
  measurableRule,
  timeframeRule,
  reviewOverdueRule,
  ownerRule,
  responsibilityRule,
  agreementRule,
  progressRule,
];
