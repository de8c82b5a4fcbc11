// The review records, one file per family: each type beside its schema, with its parser and
// the issue codes it can raise.
export {
  type Action,
  type ActionIssueDetails,
  ActionSchema,
  ActionStatusSchema,
  actionIssueCatalogue,
  refineActionDates,
} from './action.js';
export {
  type DueReason,
  DueReasonSchema,
  type DueReview,
  DueReviewSchema,
  type RaisedTrigger,
  RaisedTriggerSchema,
  type ScheduledReview,
  ScheduledReviewSchema,
} from './due-review.js';
export { type Feedback, FeedbackSchema, parseFeedback } from './feedback.js';
export { type ReviewIssueCode, type ReviewIssueDetails, reviewIssueCatalogue } from './issues.js';
export {
  type BuiltInEventKind,
  BuiltInEventKindSchema,
  type EventSeverity,
  EventSeveritySchema,
  type LifeEvent,
  type LifeEventKind,
  LifeEventKindSchema,
  LifeEventSchema,
  parseLifeEvent,
} from './life-event.js';
export {
  ParticipantRoleSchema,
  PersonInvolvementSchema,
  parseReview,
  type Review,
  ReviewKindSchema,
  ReviewSchema,
  StillMeaningfulSchema,
} from './review.js';
export { parseReviewSchedule, type ReviewSchedule, ReviewScheduleSchema } from './schedule.js';
export {
  parseSupportPlan,
  type Supporter,
  SupporterSchema,
  type SupportPlan,
  SupportPlanSchema,
} from './support-plan.js';
export {
  parseReviewTriggerRule,
  type ReviewTriggerRule,
  ReviewTriggerRuleSchema,
  type ReviewUrgency,
  ReviewUrgencySchema,
} from './trigger-rule.js';
