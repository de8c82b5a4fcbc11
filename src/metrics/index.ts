/**
 * Governance metrics over provider records: mergeable accumulators (`init / add / merge /
 * finish`) for goal achievement, review timeliness and quality, action completion,
 * restrictions, event rates, community participation, rating trends, wellbeing areas, outcomes
 * that did not improve and work and learning, computed in one pass
 * and grouped by any host key. The statistics they use are in the `stats` module.
 *
 * @module metrics
 */
export {
  type Accumulator,
  type AccumulatorSet,
  combineAccumulators,
  computeMetrics,
  type GroupedByOptions,
  groupedBy,
  type ResultsOf,
  type StatesOf,
} from './accumulator.js';
export {
  type ActionCompletion,
  type ActionCompletionOptions,
  type ActionCompletionState,
  actionCompletionMetric,
} from './action-completion.js';
export {
  type ChangeImpact,
  type ChangeImpactOptions,
  type ChangeImpactState,
  changeImpactMetric,
  type DecisionImpact,
  type ImpactPeriod,
} from './change-impact.js';
export {
  type CommunityParticipation,
  type CommunityParticipationOptions,
  type CommunityParticipationState,
  communityParticipationMetric,
  type MonthlyParticipation,
} from './community-participation.js';
export type {
  GovernanceNotice,
  GroupKeyNotice,
  RepeatedIdsNotice,
  RepeatedRecords,
  SeenIds,
} from './duplicates.js';
export {
  type EventRate,
  type EventRateOptions,
  type EventRateState,
  eventRateMetric,
  type MonthlyRate,
  type UnplannedAdmissionsOptions,
  unplannedAdmissionsMetric,
} from './event-rate.js';
export {
  type EvidenceCoverage,
  type EvidenceCoverageOptions,
  type EvidenceCoverageState,
  evidenceCoverageMetric,
  type ThreadStep,
} from './evidence-coverage.js';
export {
  type GoalAchievement,
  type GoalAchievementOptions,
  type GoalAchievementState,
  goalAchievementMetric,
} from './goal-achievement.js';
export {
  type GovernanceFigures,
  type GovernanceMetricsOptions,
  type GovernanceReport,
  type GovernanceSet,
  type GovernanceState,
  governanceMetrics,
  governanceReport,
  type RecordCounts,
  recordCountMetric,
} from './governance-metrics.js';
export {
  type CancelledReasonOrNone,
  type OutcomesNotImproved,
  type OutcomesNotImprovedOptions,
  type OutcomesNotImprovedState,
  outcomesNotImprovedMetric,
} from './outcomes-not-improved.js';
export {
  type FlaggedOutcome,
  type RatingMovement,
  type RatingTrends,
  type RatingTrendsOptions,
  type RatingTrendsState,
  ratingTrendsMetric,
} from './rating-trends.js';
export {
  ActivityKindSchema,
  type BuiltInActivityKind,
  BuiltInActivityKindSchema,
  type CommunityActivity,
  CommunityActivitySchema,
  GroupsSchema,
  type PersonRecord,
  PersonRecordSchema,
  type ProviderRecord,
  type ProviderRecordIssueCode,
  ProviderRecordSchema,
  parseProviderRecord,
  providerRecordIssueCatalogue,
  type SettingRecord,
  SettingRecordSchema,
  WORK_AND_LEARNING_KINDS,
} from './records.js';
export {
  type EnablementCounts,
  type EnablementFigures,
  type FlaggedRestriction,
  type RestrictionMetric,
  type RestrictionMetricOptions,
  type RestrictionMetricState,
  restrictionMetric,
  type ScopeCounts,
} from './restriction-metrics.js';
export {
  type ReviewQualityMetric,
  type ReviewQualityMetricOptions,
  type ReviewQualityState,
  reviewQualityMetric,
} from './review-quality.js';
export {
  type OverdueReview,
  type ReviewTimeliness,
  type ReviewTimelinessOptions,
  type ReviewTimelinessState,
  reviewTimelinessMetric,
  type TriggerTimeliness,
} from './review-timeliness.js';
export {
  type MetricStateIssueCode,
  metricStateIssueCatalogue,
  parseMetricState,
} from './state.js';
export type { StateSchema } from './state-schemas.js';
export type { Histogram, ValueSummary } from './tallies.js';
export {
  type WellbeingAreaCounts,
  type WellbeingAreaFigures,
  type WellbeingAreas,
  type WellbeingAreasOptions,
  type WellbeingAreasState,
  wellbeingAreasMetric,
} from './wellbeing-areas.js';
export type { MetricOptions, MetricsWindow } from './window.js';
export {
  type WorkAndLearning,
  type WorkAndLearningOptions,
  type WorkAndLearningState,
  workAndLearningMetric,
} from './work-and-learning.js';
export {
  type YouSaidWeDidMetric,
  type YouSaidWeDidMetricOptions,
  type YouSaidWeDidState,
  youSaidWeDidMetric,
} from './you-said-we-did.js';
