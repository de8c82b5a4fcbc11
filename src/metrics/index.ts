/**
 * Honest statistics for governance metrics on small numbers: exact intervals for counts and
 * rates, before/after rate ratios with exact intervals and p-values, robust and least-squares
 * trends, the Mann–Kendall trend test, NHS England "Making Data Count" XmR charts and run
 * charts read with the Anhøj rules. Every result names its method, and a quantity that
 * cannot be computed is `null` — never `NaN` or `Infinity`.
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
  type ActionCompletionState,
  actionCompletionMetric,
} from './action-completion.js';
export {
  type CommunityParticipation,
  type CommunityParticipationState,
  communityParticipationMetric,
  type MonthlyParticipation,
} from './community-participation.js';
export {
  type EventRate,
  type EventRateOptions,
  type EventRateState,
  eventRateMetric,
  type MonthlyRate,
  unplannedAdmissionsMetric,
} from './event-rate.js';
export {
  type GoalAchievement,
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
export { type MannKendall, mannKendall } from './mann-kendall.js';
export { type OrdinaryLeastSquares, ordinaryLeastSquares } from './ordinary-least-squares.js';
export {
  type PoissonInterval,
  type PoissonIntervalOptions,
  type PoissonRate,
  poissonInterval,
} from './poisson-interval.js';
export {
  type Proportion,
  type ProportionIntervalOptions,
  proportionInterval,
} from './proportion-interval.js';
export {
  type RatePeriod,
  type RatePeriodRate,
  type RateRatio,
  type RateRatioOptions,
  rateRatio,
} from './rate-ratio.js';
export {
  type FlaggedOutcome,
  type RatingMovement,
  type RatingTrends,
  type RatingTrendsOptions,
  type RatingTrendsState,
  ratingTrendsMetric,
} from './rating-trends.js';
export {
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
} from './records.js';
export {
  type FlaggedRestriction,
  type RestrictionMetric,
  type RestrictionMetricOptions,
  type RestrictionMetricState,
  restrictionMetric,
  type ScopeCounts,
} from './restriction-metrics.js';
export {
  type ReviewQualityMetric,
  type ReviewQualityState,
  reviewQualityMetric,
} from './review-quality.js';
export {
  type OverdueReview,
  type ReviewTimeliness,
  type ReviewTimelinessOptions,
  type ReviewTimelinessState,
  reviewTimelinessMetric,
} from './review-timeliness.js';
export { type RunChart, type RunChartSignals, runChart } from './run-chart.js';
export type { Histogram, ValueSummary } from './tallies.js';
export { type SeriesPoint, type TheilSen, theilSen } from './theil-sen.js';
export type { MetricsWindow } from './window.js';
export {
  type ImprovementDirection,
  type VariationClass,
  type XmrChart,
  type XmrChartOptions,
  type XmrPoint,
  type XmrRecommendation,
  type XmrRules,
  xmrChart,
} from './xmr-chart.js';
