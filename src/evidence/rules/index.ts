import { actionOverdueRule } from './action-overdue.js';
import { actionUncheckedRule } from './action-unchecked.js';
import { checkWithoutFollowUpRule } from './check-without-follow-up.js';
import type { EvidenceRule } from './context.js';
import { decisionWithoutActionRule } from './decision-without-action.js';
import { inputWithoutDecisionRule } from './input-without-decision.js';
import { personAbsentRule } from './person-absent.js';

export type {
  EvidenceChainAllowances,
  EvidenceChainContext,
  EvidenceRule,
  LinkedFindingDetails,
} from './context.js';

/**
 * The rules of {@link checkEvidenceChain}. Adding a rule is one entry here (and its file and
 * test); every code must be in the catalogue. The checker reports findings in link order,
 * then by code, whatever the order of this table.
 */
export const EVIDENCE_CHAIN_RULES: readonly EvidenceRule[] = [
  inputWithoutDecisionRule,
  decisionWithoutActionRule,
  personAbsentRule,
  actionOverdueRule,
  actionUncheckedRule,
  checkWithoutFollowUpRule,
];
