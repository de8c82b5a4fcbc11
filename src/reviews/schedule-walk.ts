import { addMonths, addWeeks, type IsoDate } from '../core/index.js';
import type { HeldReview } from './records.js';
import type { ReviewSchedule } from './schemas/index.js';

/** One due date of a plan's schedule, and the review day that met it. */
export interface ScheduleStep {
  readonly reason: 'first_review' | 'scheduled';
  /** The plan's start, or the review the cadence counts from. */
  readonly from: IsoDate;
  readonly dueOn: IsoDate;
  /** The review day that met it; `null` for the one still to come. */
  readonly heldOn: IsoDate | null;
}

/**
 * The one list of a plan's scheduled due dates, which {@link reviewsDue},
 * {@link scheduledReviews} and the timeliness metric all read.
 *
 * The first review is due `firstReviewWeeks.by` weeks after the start and is met by the
 * first review from week `firstReviewWeeks.from`; each review that meets a due date starts
 * the next, `cadenceMonths` later. With `cadenceFrom: 'scheduled_review'` a review recorded
 * as `responsive` meets nothing and starts nothing. Due dates after the plan's end are left
 * out. Review days are distinct, so each due date was pending on at least one day: from the
 * day before it started to the day before the review that met it.
 */
export function walkSchedule(
  start: IsoDate,
  end: IsoDate | undefined,
  held: readonly HeldReview[],
  schedule: ReviewSchedule,
): ScheduleStep[] {
  const opens = addWeeks(start, schedule.firstReviewWeeks.from);
  const onlyScheduled = schedule.cadenceFrom === 'scheduled_review';
  const steps: ScheduleStep[] = [];
  let pending: Omit<ScheduleStep, 'heldOn'> = {
    reason: 'first_review',
    from: start,
    dueOn: addWeeks(start, schedule.firstReviewWeeks.by),
  };
  for (const review of held) {
    if (onlyScheduled && review.kind === 'responsive') continue;
    if (pending.reason === 'first_review' && review.on < opens) continue;
    steps.push({ ...pending, heldOn: review.on });
    pending = {
      reason: 'scheduled',
      from: review.on,
      dueOn: addMonths(review.on, schedule.cadenceMonths),
    };
  }
  steps.push({ ...pending, heldOn: null });
  return end === undefined ? steps : steps.filter((s) => s.dueOn <= end);
}

/**
 * Whether a due date was still to be held at the end of day `on`: started (the first review
 * from the beginning of time) and not yet met.
 */
export function pendingOn(step: ScheduleStep, on: IsoDate): boolean {
  return (
    (step.reason === 'first_review' || step.from <= on) &&
    (step.heldOn === null || step.heldOn > on)
  );
}
