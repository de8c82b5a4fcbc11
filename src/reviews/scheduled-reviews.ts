import type { IsoDate } from '../core/index.js';
import type { ReviewsDueNotice } from './notices.js';
import { planRecords, resolvePolicy } from './records.js';
import { walkSchedule } from './schedule-walk.js';
import type { ReviewSchedule, ScheduledReview, SupportPlan } from './schemas/index.js';

/**
 * Options for {@link scheduledReviews}.
 *
 * @example
 * ```ts
 * const options: ScheduledReviewsOptions = { asOf: '2026-11-23', schedule: { ...DEFAULT_REVIEW_SCHEDULE, cadenceMonths: 3 } };
 * ```
 * @category Reviews
 */
export interface ScheduledReviewsOptions {
  /** The day to judge on. Reviews after it are left out (and reported). */
  readonly asOf: IsoDate;
  /** The schedule. Default {@link DEFAULT_REVIEW_SCHEDULE}. */
  readonly schedule?: ReviewSchedule;
}

/**
 * What {@link scheduledReviews} returns.
 *
 * @example
 * ```ts
 * const { scheduled, notices }: ScheduledReviewsResult = scheduledReviews(plan, { asOf });
 * ```
 * @category Reviews
 */
export interface ScheduledReviewsResult {
  /** Every scheduled review from the plan's start, oldest first. */
  readonly scheduled: ScheduledReview[];
  /** Reviews after `asOf` (left out) and repeated ids (counted once). */
  readonly notices: ReviewsDueNotice[];
}

/**
 * Lists a plan's schedule from its start: the first review and each scheduled review after
 * it, the day each was due, the review that met it and whether that was on time.
 *
 * @remarks This is the one list of due dates: the scheduled review {@link reviewsDue} reports
 * on any day is the one of this list still to be held, and `reviewTimelinessMetric` counts
 * exactly the due dates of this list in its window. Each review held (from week
 * `firstReviewWeeks.from` for the first) meets the due date then pending, however early, and
 * starts the next, `cadenceMonths` later; several reviews on one day count once. With
 * `cadenceFrom: 'scheduled_review'` a review recorded as `responsive` meets nothing. Due
 * dates after the plan's end are left out. Records are read as {@link reviewsDue} reads them.
 * @param plan - A parsed support plan.
 * @param options - `asOf`, and the schedule.
 * @returns The scheduled reviews and the notices about the records.
 * @throws {@link GoldenThreadError} `invalid_date` for a bad `asOf`; `invalid_argument` for a
 * schedule out of range.
 * @example
 * ```ts
 * scheduledReviews(plan, { asOf: '2026-11-23' }).scheduled;
 * // => [{ reason: 'first_review', from: '2026-03-02', dueOn: '2026-04-27', heldOn: '2026-04-20', status: 'held_on_time' },
 * //     { reason: 'scheduled', from: '2026-04-20', dueOn: '2027-04-20', heldOn: null, status: 'upcoming' }]
 * ```
 * @category Reviews
 */
export function scheduledReviews(
  plan: SupportPlan,
  options: ScheduledReviewsOptions,
): ScheduledReviewsResult {
  const { asOf, schedule } = resolvePolicy('scheduledReviews', { ...options, rules: [] });
  const { held, notices } = planRecords(plan, asOf);
  const scheduled = walkSchedule(plan.start, plan.end, held, schedule).map(
    (step): ScheduledReview => ({
      ...step,
      status:
        step.heldOn === null
          ? asOf > step.dueOn
            ? 'overdue'
            : 'upcoming'
          : step.heldOn <= step.dueOn
            ? 'held_on_time'
            : 'held_late',
    }),
  );
  return { scheduled, notices };
}
