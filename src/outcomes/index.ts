/**
 * Person-led outcomes: the person's own words, a practical indicator, a timeframe and
 * owners; the quality rules a manager or auditor applies, with an English wording analyser
 * (generic aims, service-led wording, whose words they are); progress ratings and their trend;
 * Goal Attainment Scaling; and helpers for outcome forms.
 *
 * @module outcomes
 */
export { type CheckOutcomeOptions, checkOutcome } from './check-outcome.js';
export { type CheckOutcomesOptions, checkOutcomes } from './check-outcomes.js';
export {
  type AboutOutcome,
  type OutcomeFinding,
  type OutcomeFindingCode,
  type OutcomeFindingDetails,
  outcomeFindings,
  type WordingFinding,
} from './findings.js';
export {
  type GasAttainment,
  type GasGoal,
  type GasOptions,
  type GasSummary,
  gasAttainment,
  gasSummary,
  gasTScore,
} from './gas.js';
export { findGenericPhrases } from './generic-phrases.js';
export { outcomeJsonSchema } from './outcome-json-schema.js';
export { type RatingTrend, type RatingTrendOptions, ratingTrend } from './rating-trend.js';
export { recordRating } from './record-rating.js';
export {
  AchievementStatusSchema,
  AgreementResponseSchema,
  AgreementSchema,
  CANCELLED_REASONS,
  type CancelledReason,
  CancelledReasonSchema,
  DEFAULT_RATING_SCALE,
  DirectionSchema,
  ExpressedBySchema,
  type GasLevel,
  GasLevelSchema,
  GasSchema,
  type Indicator,
  IndicatorSchema,
  type LifecycleStatus,
  LifecycleStatusSchema,
  MeasureKindSchema,
  type Outcome,
  type OutcomeInput,
  type OutcomeIssueCode,
  type OutcomeIssueDetails,
  type OutcomeParseIssue,
  OutcomeSchema,
  OwnerSchema,
  outcomeIssueCatalogue,
  type PartyRole,
  PartyRoleSchema,
  PeriodSchema,
  PrioritySchema,
  parseOutcome,
  parseRating,
  type Rating,
  type RatingScale,
  RatingScaleSchema,
  RatingSchema,
  TimeframeSchema,
  WELLBEING_AREAS,
  type WellbeingArea,
  WellbeingAreaSchema,
  type WellbeingAreaText,
} from './schemas/index.js';
export { isAchieved, isOpen } from './status.js';
export {
  type OutcomeFormValidation,
  type ValidateOutcomeFormOptions,
  validateOutcomeForm,
} from './validate-outcome-form.js';
export {
  type AnalyseWordingOptions,
  analyseWording,
  compileWordingPatterns,
  WORDING_LANGUAGE,
  type WordingAnalysis,
  type WordingMatch,
  type WordingMatcher,
  type WordingSignal,
  type WordingSignalKind,
  type WordingSpan,
} from './wording/analyse.js';
export {
  DEFAULT_WORDING_PATTERNS,
  type WordingPattern,
  type WordingPatternKind,
} from './wording/patterns.js';
export type { AboutPersonCue, WordingVoice } from './wording/voice.js';
