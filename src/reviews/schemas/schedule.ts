import * as z from 'zod';
import { createParser, type IssueCatalogue } from '../../core/index.js';
import { isRecord, issueReporter } from '../../core/internal/index.js';

/** The issue codes of a review schedule. */
export interface ReviewScheduleIssueDetails {
  /** The first-review window opens after it closes. */
  readonly first_review_window_reversed: {
    /** The week the first review is due by. */
    readonly by: number;
  };
}

/** The messages of those codes. */
export const reviewScheduleIssues: IssueCatalogue<ReviewScheduleIssueDetails> = Object.freeze({
  first_review_window_reversed: {
    message: '{field} must not be after the week the first review is due by ({by}).',
    description: 'A schedule whose first-review window opens after it closes.',
  },
});
const issue = issueReporter(reviewScheduleIssues);

/**
 * When scheduled reviews fall: the first a few weeks after the plan starts, then at a fixed
 * cadence, never more than 12 months apart.
 *
 * @remarks The defaults ({@link DEFAULT_REVIEW_SCHEDULE}) follow the Care Act 2014 statutory
 * guidance for council care and support plans: a first, light-touch review six to eight weeks
 * after the plan starts, and a review at least every 12 months. Many providers review every
 * month or quarter: set `cadenceMonths`. By default every review held restarts the cadence
 * (a full review after a hospital stay is a review of the plan); set `cadenceFrom:
 * 'scheduled_review'` when responsive reviews look only at what happened and the routine
 * review still falls due on its own date.
 * @example
 * ```ts
 * ReviewScheduleSchema.parse({ firstReviewWeeks: { from: 6, by: 8 }, cadenceMonths: 3 });
 * ```
 * @category Reviews
 */
export const ReviewScheduleSchema = z
  .strictObject({
    /** The first review: not before `from` weeks, due by `by` weeks after the start. */
    firstReviewWeeks: z.strictObject({
      /** The earliest week a review counts as the first review. */
      from: z.number().int().min(0).max(52),
      /** The week it is due by. */
      by: z.number().int().min(1).max(52),
    }),
    /** Months between reviews after the first: 1 to 12. */
    cadenceMonths: z.number().int().min(1).max(12),
    /**
     * Which reviews the cadence counts from: `any_review` (the default: every review held
     * restarts it, whatever prompted it) or `scheduled_review` (a review recorded as
     * `responsive` answers its triggers but leaves the schedule where it was).
     */
    cadenceFrom: z.enum(['any_review', 'scheduled_review']).optional(),
  })
  .superRefine(
    (schedule: unknown, ctx) => {
      const first = isRecord(schedule) ? schedule['firstReviewWeeks'] : undefined;
      if (!isRecord(first)) return;
      const { from, by } = first;
      if (typeof from === 'number' && typeof by === 'number' && from > by) {
        issue(ctx, 'first_review_window_reversed', ['firstReviewWeeks', 'from'], { by });
      }
    },
    { when: () => true },
  );

/**
 * A review schedule. Derived from {@link ReviewScheduleSchema}.
 *
 * @example
 * ```ts
 * const quarterly: ReviewSchedule = { ...DEFAULT_REVIEW_SCHEDULE, cadenceMonths: 3 };
 * ```
 * @category Reviews
 */
export type ReviewSchedule = z.output<typeof ReviewScheduleSchema>;

/**
 * Parses a provider's review schedule.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, issues }`; never throws.
 * @example
 * ```ts
 * parseReviewSchedule({ firstReviewWeeks: { from: 6, by: 8 }, cadenceMonths: 3 });
 * ```
 * @category Reviews
 */
export const parseReviewSchedule = createParser(ReviewScheduleSchema, {
  issues: reviewScheduleIssues,
});
