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
  serviceLedIndicatorRule,
  serviceLedRule,
  wordingNotCheckedRule,
} from './wording.js';

export {
  missingParts,
  type OutcomeContext,
  type OutcomePolicy,
  type OutcomeRule,
  type OutcomeWording,
} from './context.js';

/**
 * The rules of {@link checkOutcome}, in the order their findings are reported. Adding a rule
 * is one entry here (and its file and test); every code must be in the catalogue.
 */
export const OUTCOME_RULES: readonly OutcomeRule[] = [
  wordingNotCheckedRule,
  genericWordingRule,
  genericIndicatorRule,
  serviceLedRule,
  serviceLedIndicatorRule,
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
