// The outcome record schemas, one file per record family, each type beside its schema.
export {
  AchievementStatusSchema,
  AgreementResponseSchema,
  DirectionSchema,
  ExpressedBySchema,
  type GasLevel,
  GasLevelSchema,
  type LifecycleStatus,
  LifecycleStatusSchema,
  MeasureKindSchema,
  type PartyRole,
  PartyRoleSchema,
  PeriodSchema,
  PrioritySchema,
} from './codes.js';
export { GasSchema } from './gas.js';
export { type Indicator, IndicatorSchema } from './indicator.js';
export {
  type OutcomeIssueCode,
  type OutcomeIssueDetails,
  type OutcomeParseIssue,
  outcomeIssueCatalogue,
} from './issues.js';
export { type Outcome, type OutcomeInput, OutcomeSchema, parseOutcome } from './outcome.js';
export { AgreementSchema, OwnerSchema } from './parties.js';
export {
  DEFAULT_RATING_SCALE,
  parseRating,
  type Rating,
  type RatingScale,
  RatingScaleSchema,
  RatingSchema,
} from './rating.js';
export { TimeframeSchema } from './timeframe.js';
export {
  CANCELLED_REASONS,
  type CancelledReason,
  CancelledReasonSchema,
  WELLBEING_AREAS,
  type WellbeingArea,
  WellbeingAreaSchema,
  type WellbeingAreaText,
} from './wellbeing.js';
