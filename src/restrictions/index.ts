/**
 * Restrictive practices: the register record (with its setting, authorisations, capacity
 * assessments and consent), the checks that each restriction is lawful under the Mental
 * Capacity Act 2005, proportionate, the least restrictive option, authorised where it
 * deprives someone of their liberty, time-limited and reviewed, the register-level checks,
 * review logic, and the data that shows whether restrictions are going down.
 *
 * @module restrictions
 */
export {
  type Authorisation,
  AuthorisationConditionSchema,
  type AuthorisationKind,
  AuthorisationKindSchema,
  AuthorisationSchema,
  AuthorisationStatusSchema,
} from './authorisation-schema.js';
export {
  AssessorRoleSchema,
  type CapacityAssessment,
  CapacityAssessmentSchema,
  CapacityConclusionSchema,
} from './capacity-schema.js';
export {
  type CheckRestrictionOptions,
  checkRestriction,
  isRestrictionActive,
} from './check-restriction.js';
export {
  type CheckRestrictionRegisterOptions,
  checkRestrictionRegister,
} from './check-restriction-register.js';
export {
  type AuthorisationRoute,
  type RestrictionFinding,
  type RestrictionFindingCode,
  type RestrictionFindingDetails,
  restrictionFindings,
} from './findings.js';
export { type RestrictionIssueCode, restrictionIssueCatalogue } from './issues.js';
export {
  BestInterestsMeetingSchema,
  type ConsultedParty,
  ConsultedPartySchema,
  type Intensity,
  IntensitySchema,
  LibertySchema,
  MedicationSchema,
  PhysicalInterventionSchema,
  ReductionPlanSchema,
  RestraintPositionSchema,
} from './practice-schemas.js';
export {
  defaultIntensityByType,
  defaultProportionality,
  type IntensityByType,
  type ProportionalityTable,
} from './proportionality.js';
export {
  type RecordRestrictionReviewOptions,
  recordRestrictionReview,
} from './record-restriction-review.js';
export {
  type RestrictionRegisterFinding,
  type RestrictionRegisterFindingCode,
  type RestrictionRegisterFindingDetails,
  restrictionRegisterFindings,
} from './register-findings.js';
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
  ConsentGiverSchema,
  ConsultationSchema,
  type LegalBasis,
  LegalBasisSchema,
  type Likelihood,
  LikelihoodSchema,
  OptionExploredSchema,
  parseRestriction,
  parseRestrictionReview,
  type Restriction,
  type RestrictionReview,
  RestrictionReviewSchema,
  RestrictionSchema,
  RestrictionScopeSchema,
  type RestrictionType,
  RestrictionTypeSchema,
  type RestrictionUse,
  RestrictionUseSchema,
  ReviewDecisionSchema,
  type Seriousness,
  SeriousnessSchema,
} from './schemas.js';
export {
  type RestrictionSetting,
  RestrictionSettingSchema,
  type SettingType,
  SettingTypeSchema,
} from './setting-schema.js';
export { DOLS_SETTINGS } from './vocabulary.js';
