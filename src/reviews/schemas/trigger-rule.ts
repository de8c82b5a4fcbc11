import * as z from 'zod';
import { createParser, IdSchema, textSchema } from '../../core/index.js';
import { EventSeveritySchema, LifeEventKindSchema, lifeEventIssues } from './life-event.js';

/**
 * How urgently a review is needed: `immediate` (within a day or two), `urgent` (within about
 * a week), `soon` (within about a month) or `routine` (on schedule).
 *
 * @example
 * ```ts
 * ReviewUrgencySchema.options; // => ['immediate', 'urgent', 'soon', 'routine']
 * ```
 * @category Reviews
 */
export const ReviewUrgencySchema = z.enum(['immediate', 'urgent', 'soon', 'routine']);

const ruleBase = {
  /** A stable id for the rule, reported with each review it makes due. */
  id: IdSchema,
  /** What the rule is for, in plain words (shown to staff). */
  description: textSchema({ max: 500 }),
  /** Days from the trigger to the day the review is due (0 = the same day). */
  dueWithinDays: z.number().int().min(0).max(366),
  /** How urgent the review is. */
  urgency: ReviewUrgencySchema,
};

/**
 * A rule, written as data, that makes a review due when something happens: life events of
 * given kinds (at or above a severity, or a number of them within a window), or a fall in an
 * outcome's progress ratings. Providers tune rules without changing code.
 *
 * @remarks
 * - `on: 'events'`: fires when at least `atLeast` matching events (default 1) that no review
 *   has yet covered fall within `withinDays` days (default 1, one day). Matching means the
 *   kind is in `kinds` and the severity is at least `minSeverity` (default `low`).
 * - `on: 'falling_rating'`: fires when an open outcome's latest rating is at least `drop`
 *   points (default 1) below the rating `last − 1` ratings before it (default `last` 2, so
 *   the one before).
 * @example
 * ```ts
 * ReviewTriggerRuleSchema.parse({
 *   on: 'events', id: 'repeated-incidents', description: 'Three incidents in four weeks',
 *   kinds: ['incident'], atLeast: 3, withinDays: 28, dueWithinDays: 14, urgency: 'soon',
 * });
 * ```
 * @category Reviews
 */
export const ReviewTriggerRuleSchema = z.discriminatedUnion('on', [
  z.strictObject({
    /** Life events. */
    on: z.literal('events'),
    ...ruleBase,
    /** The kinds of event that count. */
    kinds: z.array(LifeEventKindSchema).min(1).max(50),
    /** The lowest severity that counts. Default `low` (every event). */
    minSeverity: EventSeveritySchema.optional(),
    /** How many matching events are needed. Default 1. */
    atLeast: z.number().int().min(1).max(1000).optional(),
    /** The window they must fall within, in days. Default 1. */
    withinDays: z.number().int().min(1).max(3660).optional(),
  }),
  z.strictObject({
    /** Progress ratings. */
    on: z.literal('falling_rating'),
    ...ruleBase,
    /** The smallest fall in score that counts. Default 1. */
    drop: z.number().int().min(1).max(100).optional(),
    /** How many of the latest ratings to compare, first with last. Default 2. */
    last: z.number().int().min(2).max(100).optional(),
  }),
]);

/**
 * How urgent a due review is. Derived from {@link ReviewUrgencySchema}.
 *
 * @example
 * ```ts
 * const urgency: ReviewUrgency = 'urgent';
 * ```
 * @category Reviews
 */
export type ReviewUrgency = z.output<typeof ReviewUrgencySchema>;

/**
 * A review trigger rule. Derived from {@link ReviewTriggerRuleSchema}.
 *
 * @example
 * ```ts
 * const rules: ReviewTriggerRule[] = [...defaultReviewTriggerRules, myRule];
 * ```
 * @category Reviews
 */
export type ReviewTriggerRule = z.output<typeof ReviewTriggerRuleSchema>;

/**
 * Parses a provider's trigger rule (from a settings screen or a configuration file).
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, issues }`; never throws.
 * @example
 * ```ts
 * const rule = parseReviewTriggerRule(JSON.parse(settings));
 * ```
 * @category Reviews
 */
export const parseReviewTriggerRule = createParser(ReviewTriggerRuleSchema, {
  issues: lifeEventIssues,
});
