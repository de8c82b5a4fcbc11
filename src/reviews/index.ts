/**
 * Reviews: when a person's plan must be reviewed — on a schedule, or because something
 * changed in their life — and whether a review was a real, person-led one; review records,
 * life events, feedback and actions; and "you said, we did".
 *
 * @module reviews
 */
export {
  type CheckState,
  checkReviewQuality,
  REVIEW_QUALITY_CHECKS,
  type ReviewQuality,
  type ReviewQualityCheck,
  type ReviewQualityContext,
} from './check-review-quality.js';
export { DEFAULT_REVIEW_SCHEDULE, defaultReviewTriggerRules } from './default-rules.js';
export {
  type ReviewFinding,
  type ReviewFindingCode,
  type ReviewFindingDetails,
  reviewFindings,
} from './findings.js';
export {
  type ReviewsDueNotice,
  type ReviewsDueNoticeCode,
  type ReviewsDueNoticeDetails,
  reviewsDueNotices,
} from './notices.js';
export type { AnsweredBy } from './records.js';
export { type ReviewsDueOptions, type ReviewsDueResult, reviewsDue } from './reviews-due.js';
export {
  type ScheduledReviewsOptions,
  type ScheduledReviewsResult,
  scheduledReviews,
} from './scheduled-reviews.js';
export {
  type Action,
  type ActionIssueDetails,
  ActionSchema,
  ActionStatusSchema,
  actionIssueCatalogue,
  type BuiltInEventKind,
  BuiltInEventKindSchema,
  type DueReason,
  DueReasonSchema,
  type DueReview,
  DueReviewSchema,
  type EventSeverity,
  EventSeveritySchema,
  type Feedback,
  FeedbackSchema,
  type LifeEvent,
  type LifeEventKind,
  LifeEventKindSchema,
  LifeEventSchema,
  ParticipantRoleSchema,
  PersonInvolvementSchema,
  parseFeedback,
  parseLifeEvent,
  parseReview,
  parseReviewSchedule,
  parseReviewTriggerRule,
  parseSupportPlan,
  type RaisedTrigger,
  RaisedTriggerSchema,
  type Review,
  type ReviewIssueCode,
  type ReviewIssueDetails,
  ReviewKindSchema,
  type ReviewSchedule,
  ReviewScheduleSchema,
  ReviewSchema,
  type ReviewTriggerRule,
  ReviewTriggerRuleSchema,
  type ReviewUrgency,
  ReviewUrgencySchema,
  refineActionDates,
  reviewIssueCatalogue,
  type ScheduledReview,
  ScheduledReviewSchema,
  StillMeaningfulSchema,
  type Supporter,
  SupporterSchema,
  type SupportPlan,
  SupportPlanSchema,
} from './schemas/index.js';
export {
  type TriggerHistory,
  type TriggerHistoryOptions,
  triggerHistory,
} from './trigger-history.js';
export { decisionChangesPlan } from './wording.js';
export {
  type YouSaidWeDid,
  type YouSaidWeDidAction,
  type YouSaidWeDidEntry,
  type YouSaidWeDidOptions,
  youSaidWeDid,
} from './you-said-we-did.js';
