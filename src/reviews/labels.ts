import { type FieldLabels, nestLabels } from '../core/index.js';

// Plain-English names of every field of the review records, for `{field}` in messages (see
// `FieldLabels` in core/messages.ts). Lower case, as they read inside a sentence; `{n}` is an
// item's number in its list.

/**
 * The fields of a life event.
 *
 * @example
 * ```ts
 * lifeEventLabels.severity; // => 'how serious the event was'
 * ```
 * @category Reviews
 */
export const lifeEventLabels: FieldLabels = Object.freeze({
  '': 'the life event',
  id: 'event id',
  personId: 'person id',
  on: 'date of the event',
  kind: 'kind of event',
  severity: 'how serious the event was',
  summary: 'what happened',
  outcomeIds: 'outcomes affected',
  'outcomeIds[]': 'outcome affected {n}',
});

/**
 * The fields of a piece of feedback.
 *
 * @example
 * ```ts
 * feedbackLabels.from; // => 'who gave the feedback'
 * ```
 * @category Reviews
 */
export const feedbackLabels: FieldLabels = Object.freeze({
  '': 'the feedback',
  id: 'feedback id',
  personId: 'person id',
  on: 'date of the feedback',
  from: 'who gave the feedback',
  words: 'what was said',
});

/**
 * The fields of an action agreed at a review.
 *
 * @example
 * ```ts
 * actionLabels.dueOn; // => 'due date of the action'
 * ```
 * @category Reviews
 */
export const actionLabels: FieldLabels = Object.freeze({
  '': 'the action',
  id: 'action id',
  description: 'what will be done',
  owner: 'who does the action',
  'owner.role': 'role of who does the action',
  'owner.name': 'name of who does the action',
  dueOn: 'due date of the action',
  status: 'status of the action',
  completedOn: 'date the action was done',
  feedbackIds: 'feedback the action answers',
  'feedbackIds[]': 'feedback answered {n}',
  outcomeIds: 'outcomes the action supports',
  'outcomeIds[]': 'outcome supported {n}',
  note: 'note on the action',
});

/**
 * The fields of a review record: who took part, the person's views, outcomes looked at,
 * decisions and actions.
 *
 * @example
 * ```ts
 * reviewLabels['person.involvement']; // => 'how the person took part'
 * ```
 * @category Reviews
 */
export const reviewLabels: FieldLabels = Object.freeze({
  '': 'the review',
  id: 'review id',
  personId: 'person id',
  on: 'date of the review',
  person: 'the person’s part in the review',
  'person.involvement': 'how the person took part',
  'person.means': 'other means the person used to take part',
  others: 'others who took part',
  'others[]': 'participant {n}',
  'others[].role': 'role of participant {n}',
  'others[].name': 'name of participant {n}',
  'others[].how': 'how participant {n} took part',
  views: 'the person’s views',
  'views.words': 'the person’s views, in their words',
  'views.expressedBy': 'who put the views into words',
  improved: 'what has improved',
  'improved[]': 'what has improved ({n})',
  difficult: 'what feels difficult',
  'difficult[]': 'what feels difficult ({n})',
  wantsToChange: 'what the person wants to change',
  'wantsToChange[]': 'what the person wants to change ({n})',
  outcomes: 'outcomes looked at',
  'outcomes[]': 'outcome looked at {n}',
  'outcomes[].outcomeId': 'outcome id of outcome looked at {n}',
  'outcomes[].stillMeaningful': 'whether outcome looked at {n} still matters',
  'outcomes[].progress': 'progress on outcome looked at {n}',
  'outcomes[].note': 'what was said about outcome looked at {n}',
  decisions: 'decisions',
  'decisions[]': 'decision {n}',
  'decisions[].id': 'id of decision {n}',
  'decisions[].text': 'what was decided in decision {n}',
  'decisions[].outcomeIds': 'outcomes of decision {n}',
  'decisions[].outcomeIds[]': 'outcome of the decision ({n})',
  actions: 'actions',
  'actions[]': 'action {n}',
  'actions[].id': 'id of action {n}',
  'actions[].description': 'what will be done in action {n}',
  'actions[].owner': 'who does action {n}',
  'actions[].owner.role': 'role of who does action {n}',
  'actions[].owner.name': 'name of who does action {n}',
  'actions[].dueOn': 'due date of action {n}',
  'actions[].status': 'status of action {n}',
  'actions[].completedOn': 'date action {n} was done',
  'actions[].feedbackIds': 'feedback action {n} answers',
  'actions[].feedbackIds[]': 'feedback answered ({n})',
  'actions[].outcomeIds': 'outcomes action {n} supports',
  'actions[].outcomeIds[]': 'outcome supported ({n})',
  'actions[].note': 'note on action {n}',
  feedbackAnswered: 'feedback answered',
  'feedbackAnswered[]': 'feedback answered {n}',
  eventsDiscussed: 'events discussed',
  'eventsDiscussed[]': 'event discussed {n}',
});

/**
 * The fields of a support plan that belong to the reviews module (its outcomes' fields are
 * added in `src/labels.ts`, which can read both modules).
 *
 * @internal
 */
export const supportPlanOwnLabels: FieldLabels = Object.freeze({
  '': 'the support plan',
  id: 'plan id',
  personId: 'person id',
  start: 'start date of the plan',
  end: 'end date of the plan',
  outcomes: 'outcomes',
  events: 'life events',
  ...nestLabels('events[]', lifeEventLabels),
  'events[]': 'life event {n}',
  reviews: 'reviews',
  ...nestLabels('reviews[]', reviewLabels),
  'reviews[]': 'review {n}',
});

/**
 * The fields of a responsive-review trigger rule (both kinds: on life events and on falling
 * ratings).
 *
 * @example
 * ```ts
 * reviewTriggerRuleLabels.dueWithinDays; // => 'days until the review is due'
 * ```
 * @category Reviews
 */
export const reviewTriggerRuleLabels: FieldLabels = Object.freeze({
  '': 'the trigger rule',
  on: 'what the rule watches',
  id: 'rule id',
  description: 'what the rule is for',
  dueWithinDays: 'days until the review is due',
  urgency: 'urgency',
  kinds: 'kinds of event that count',
  'kinds[]': 'kind of event {n}',
  minSeverity: 'lowest severity that counts',
  atLeast: 'number of events needed',
  withinDays: 'days the events must fall within',
  drop: 'fall in score that counts',
  last: 'number of latest ratings compared',
});

/**
 * The fields of a review schedule.
 *
 * @example
 * ```ts
 * reviewScheduleLabels.cadenceMonths; // => 'months between reviews'
 * ```
 * @category Reviews
 */
export const reviewScheduleLabels: FieldLabels = Object.freeze({
  '': 'the review schedule',
  firstReviewWeeks: 'weeks to the first review',
  'firstReviewWeeks.from': 'earliest week of the first review',
  'firstReviewWeeks.by': 'week the first review is due by',
  cadenceMonths: 'months between reviews',
});

/**
 * The fields of a review that `reviewsDue` says is due, with its reason.
 *
 * @example
 * ```ts
 * dueReviewLabels['reason.ruleId']; // => 'rule that made the review due'
 * ```
 * @category Reviews
 */
export const dueReviewLabels: FieldLabels = Object.freeze({
  '': 'the due review',
  reason: 'why the review is due',
  'reason.kind': 'kind of reason',
  'reason.planStart': 'start date of the plan',
  'reason.lastReviewOn': 'date of the last review',
  'reason.ruleId': 'rule that made the review due',
  'reason.description': 'what the rule is for',
  'reason.eventIds': 'events the rule counted',
  'reason.eventIds[]': 'event counted {n}',
  'reason.outcomeIds': 'outcomes whose ratings fell',
  'reason.outcomeIds[]': 'outcome whose rating fell ({n})',
  triggeredOn: 'date it became due',
  dueOn: 'due date',
  urgency: 'urgency',
  overdue: 'whether it is overdue',
  daysUntilDue: 'days until it is due',
});
