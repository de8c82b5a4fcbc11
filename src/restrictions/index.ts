/**
 * Restrictive practices: the register record, the checks that each restriction is lawful,
 * proportionate, the least restrictive option, time-limited and reviewed, review logic, and
 * the data that shows whether restrictions are going down.
 *
 * @module restrictions
 */
export {
  type CheckRestrictionOptions,
  checkRestriction,
  isRestrictionActive,
} from './check-restriction.js';
export {
  type RestrictionFinding,
  type RestrictionFindingCode,
  type RestrictionFindingDetails,
  restrictionFindings,
} from './findings.js';
export {
  type RecordRestrictionReviewOptions,
  recordRestrictionReview,
} from './record-restriction-review.js';
export {
  type RestrictionCounts,
  type RestrictionSummary,
  type RestrictionSummaryOptions,
  restrictionSummary,
} from './restriction-summary.js';
export {
  type DueRestrictionReview,
  type RestrictionsDueForReviewOptions,
  restrictionsDueForReview,
} from './restrictions-due-for-review.js';
export {
  ConsultationSchema,
  ConsultedPartySchema,
  LegalBasisSchema,
  LikelihoodSchema,
  OptionExploredSchema,
  parseRestriction,
  parseRestrictionReview,
  type Restriction,
  type RestrictionIssueCode,
  type RestrictionReview,
  RestrictionReviewSchema,
  RestrictionSchema,
  RestrictionScopeSchema,
  type RestrictionType,
  RestrictionTypeSchema,
  RestrictionUseSchema,
  ReviewDecisionSchema,
  restrictionIssueCatalogue,
  SeriousnessSchema,
} from './schemas.js';
