/**
 * HL7 FHIR R4 mapping, from the subpath `golden-thread/fhir`: outcomes as `Goal` resources
 * and back, support plans as `CarePlan` resources, progress ratings as `Observation`
 * resources, and a `Bundle` of them all. The output types are the module's own structural
 * types: no FHIR type package is needed to use them, and they are assignable to the R4 types
 * of `@types/fhir@0.0.44` (that package's latest release, 3.0.2, describes STU3).
 *
 * @module fhir
 */
export { fhirMessageCatalogue } from './catalogue.js';
export {
  FHIR_CODE_SYSTEM,
  FHIR_EXTENSION_BASE,
  FHIR_EXTENSIONS,
  FHIR_IDENTIFIER_BASE,
  GOAL_ACCEPTANCE_URL,
  GOAL_ACHIEVEMENT_SYSTEM,
  GOAL_PRIORITY_SYSTEM,
} from './constants.js';
export {
  type FhirFinding,
  type FhirFindingCode,
  type FhirFindingDetails,
  type FhirIssueCode,
  type FhirIssueDetails,
  type FhirParseIssue,
  fhirFindings,
  fhirIssueCatalogue,
} from './findings.js';
export {
  type FromFhirGoalOptions,
  type FromFhirGoalResult,
  fromFhirGoal,
} from './from-fhir-goal.js';
export { type ToFhirBundleOptions, toFhirBundle } from './to-fhir-bundle.js';
export { type ToFhirCarePlanOptions, toFhirCarePlan } from './to-fhir-care-plan.js';
export { type ToFhirGoalOptions, toFhirGoal } from './to-fhir-goal.js';
export { type ToFhirObservationsOptions, toFhirObservations } from './to-fhir-observations.js';
export type {
  FhirAnnotation,
  FhirBundle,
  FhirBundleEntry,
  FhirCarePlan,
  FhirCarePlanActivity,
  FhirCodeableConcept,
  FhirCoding,
  FhirExtension,
  FhirGoal,
  FhirGoalTarget,
  FhirIdentifier,
  FhirObservation,
  FhirPeriod,
  FhirQuantity,
  FhirReference,
  FhirResource,
} from './types.js';
