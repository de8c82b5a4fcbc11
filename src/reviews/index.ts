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
  type ReviewsDueNotice,
  type ReviewsDueNoticeCode,
  type ReviewsDueNoticeDetails,
  reviewFindings,
  reviewsDueNotices,
} from './findings.js';
export { type ReviewsDueOptions, type ReviewsDueResult, reviewsDue } from './reviews-due.js';
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
  PersonInvolvementSchema,
  parseFeedback,
  parseLifeEvent,
  parseReview,
  parseReviewSchedule,
  parseReviewTriggerRule,
  parseSupportPlan,
  type Review,
  type ReviewIssueCode,
  type ReviewIssueDetails,
  type ReviewSchedule,
  ReviewScheduleSchema,
  ReviewSchema,
  type ReviewTriggerRule,
  ReviewTriggerRuleSchema,
  type ReviewUrgency,
  ReviewUrgencySchema,
  refineActionDates,
  reviewIssueCatalogue,
  StillMeaningfulSchema,
  type SupportPlan,
  SupportPlanSchema,
} from './schemas/index.js';
export {
  type YouSaidWeDid,
  type YouSaidWeDidAction,
  type YouSaidWeDidEntry,
  type YouSaidWeDidOptions,
  youSaidWeDid,
} from './you-said-we-did.js';
