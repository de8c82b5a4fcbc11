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
