import * as z from 'zod';
import { IdSchema, IsoDateSchema, textSchema } from '../../core/index.js';
import { ReviewUrgencySchema } from './trigger-rule.js';

/**
 * Why a review is due: the `first_review` after a plan starts, the next `scheduled` one, or a
 * `rule` that fired (with the rule's id and the events or outcomes that fired it).
 *
 * @example
 * ```ts
 * if (due.reason.kind === 'rule') console.log(due.reason.ruleId, due.reason.eventIds);
 * ```
 * @category Reviews
 */
export const DueReasonSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The first review after the plan started. */
    kind: z.literal('first_review'),
    /** The day the plan started. */
    planStart: IsoDateSchema,
  }),
  z.strictObject({
    /** The next review on the schedule. */
    kind: z.literal('scheduled'),
    /** The last review held, which the schedule counts from. */
    lastReviewOn: IsoDateSchema,
  }),
  z.strictObject({
    /** A trigger rule fired. */
    kind: z.literal('rule'),
    /** The rule's id. */
    ruleId: IdSchema,
    /** The rule's description. */
    description: textSchema({ max: 500 }),
    /** The events not yet covered by a review that the rule counts, oldest first. */
    eventIds: z.array(IdSchema),
    /** The outcomes whose ratings fell, for a `falling_rating` rule. */
    outcomeIds: z.array(IdSchema),
  }),
]);

/**
 * One review that is due: why, since when, by when, how urgently, and whether it is already
 * overdue.
 *
 * @example
 * ```ts
 * DueReviewSchema.parse(reviewsDue(plan, { asOf }).due[0]);
 * ```
 * @category Reviews
 */
export const DueReviewSchema = z.strictObject({
  /** Why it is due. */
  reason: DueReasonSchema,
  /** The day it became due: the plan start, the last review, or the event or rating that fired the rule. */
  triggeredOn: IsoDateSchema,
  /** The day the review must be held by. */
  dueOn: IsoDateSchema,
  /** How urgent it is. */
  urgency: ReviewUrgencySchema,
  /** Whether `asOf` is after `dueOn`. */
  overdue: z.boolean(),
  /** Days from `asOf` to `dueOn`: negative when overdue. */
  daysUntilDue: z.number().int(),
});

/**
 * Why a review is due. Derived from {@link DueReasonSchema}.
 *
 * @example
 * ```ts
 * const reason: DueReason = { kind: 'first_review', planStart: '2026-03-02' };
 * ```
 * @category Reviews
 */
export type DueReason = z.output<typeof DueReasonSchema>;

/**
 * A review that is due. Derived from {@link DueReviewSchema}.
 *
 * @example
 * ```ts
 * const overdue = due.filter((d: DueReview) => d.overdue);
 * ```
 * @category Reviews
 */
export type DueReview = z.output<typeof DueReviewSchema>;

/**
 * One review on a plan's schedule, as {@link scheduledReviews} lists them: the first review
 * or a scheduled one, the day its cadence counts from, the day it is due, the review that met
 * it and where it stands on `asOf`.
 *
 * @remarks `status`: `held_on_time` (held on or before `dueOn`), `held_late` (held after it),
 * `overdue` (not held, `asOf` after `dueOn`) or `upcoming` (not held, not yet due).
 * @example
 * ```ts
 * ScheduledReviewSchema.parse(scheduledReviews(plan, { asOf }).scheduled[0]);
 * ```
 * @category Reviews
 */
export const ScheduledReviewSchema = z.strictObject({
  /** `first_review` after the plan started, or `scheduled`. */
  reason: z.enum(['first_review', 'scheduled']),
  /** The day the cadence counts from: the plan's start, or the review before. */
  from: IsoDateSchema,
  /** The day it is due by. */
  dueOn: IsoDateSchema,
  /** The day of the review that met it, or `null` when none has yet. */
  heldOn: IsoDateSchema.nullable(),
  /** Where it stands on `asOf`. */
  status: z.enum(['held_on_time', 'held_late', 'overdue', 'upcoming']),
});

/**
 * A review on a plan's schedule. Derived from {@link ScheduledReviewSchema}.
 *
 * @example
 * ```ts
 * const late = scheduled.filter((s: ScheduledReview) => s.status === 'held_late');
 * ```
 * @category Reviews
 */
export type ScheduledReview = z.output<typeof ScheduledReviewSchema>;

/**
 * A trigger that a rule raised, and how it was answered, as {@link triggerHistory} lists
 * them.
 *
 * @remarks `status`: `answered_on_time` (a review answered it by `dueOn`), `answered_late`
 * (a review answered it after `dueOn`), `missed` (nobody reviewed the plan in response: it
 * was answered only by the next routine review — a review recorded as `kind: 'scheduled'`,
 * or, when the review does not say, one held on or after the day the routine review fell
 * due), `overdue` (not answered, `asOf` after `dueOn`) or `open` (not answered, not yet
 * due).
 * @example
 * ```ts
 * RaisedTriggerSchema.parse(triggerHistory(plan, { asOf }).triggers[0]);
 * ```
 * @category Reviews
 */
export const RaisedTriggerSchema = z.strictObject({
  /** The rule's id. */
  ruleId: IdSchema,
  /** The rule's description. */
  description: textSchema({ max: 500 }),
  /** How urgent the review it asked for was. */
  urgency: ReviewUrgencySchema,
  /** The day it was raised: the event, or the rating, that fired the rule. */
  raisedOn: IsoDateSchema,
  /** The day a review was due by. */
  dueOn: IsoDateSchema,
  /** The events it counted, oldest first. */
  eventIds: z.array(IdSchema),
  /** The outcomes whose ratings fell, for a `falling_rating` rule. */
  outcomeIds: z.array(IdSchema),
  /** The day of the review that answered it, or `null`. */
  answeredOn: IsoDateSchema.nullable(),
  /** How it was answered, on `asOf`. */
  status: z.enum(['answered_on_time', 'answered_late', 'missed', 'overdue', 'open']),
});

/**
 * A trigger raised and how it was answered. Derived from {@link RaisedTriggerSchema}.
 *
 * @example
 * ```ts
 * const missed = triggers.filter((t: RaisedTrigger) => t.status === 'missed');
 * ```
 * @category Reviews
 */
export type RaisedTrigger = z.output<typeof RaisedTriggerSchema>;
