import { addDays, type IsoDate } from '../core/index.js';
import { compareText, requireOptions, requireRecord, unexpected } from '../core/internal/index.js';
import { ratedOutcomes } from './fire.js';
import type { ReviewsDueNotice } from './notices.js';
import {
  type AnsweredBy,
  compareEvents,
  type HeldReview,
  planRecords,
  resolvePolicy,
} from './records.js';
import { pendingOn, type ScheduleStep, walkSchedule } from './schedule-walk.js';
import type {
  RaisedTrigger,
  ReviewSchedule,
  ReviewTriggerRule,
  SupportPlan,
} from './schemas/index.js';
import { answersOf, type TriggerStep, triggerSteps } from './triggers.js';

/**
 * Options for {@link triggerHistory}: the same as {@link reviewsDue}'s.
 *
 * @example
 * ```ts
 * const options: TriggerHistoryOptions = { asOf: '2026-11-23', answeredBy: 'discussed' };
 * ```
 * @category Reviews
 */
export interface TriggerHistoryOptions {
  /** The day to judge on. Events and reviews after it are left out (and reported). */
  readonly asOf: IsoDate;
  /** The trigger rules. Default {@link defaultReviewTriggerRules}. */
  readonly rules?: readonly ReviewTriggerRule[];
  /** The schedule, for telling a missed trigger from a late one. Default {@link DEFAULT_REVIEW_SCHEDULE}. */
  readonly schedule?: ReviewSchedule;
  /** Which review answers a trigger (see {@link ReviewsDueOptions}). Default `next_review`. */
  readonly answeredBy?: AnsweredBy;
}

/**
 * What {@link triggerHistory} returns.
 *
 * @example
 * ```ts
 * const { triggers, notices }: TriggerHistory = triggerHistory(plan, { asOf });
 * ```
 * @category Reviews
 */
export interface TriggerHistory {
  /** Every trigger raised, by the day it was raised, then rule id. */
  readonly triggers: RaisedTrigger[];
  /** Events or reviews after `asOf` (left out) and repeated ids (counted once). */
  readonly notices: ReviewsDueNotice[];
}

/**
 * Lists every review a trigger rule asked for over the life of a plan, and how each was
 * answered: on time, late, missed, or still to be answered.
 *
 * @remarks Triggers are raised and answered exactly as {@link reviewsDue} sees them on each
 * day: the triggers it lists on `asOf` are this history's `overdue` and `open` ones. A
 * trigger answered after its due date is `missed` when nobody reviewed the plan in response
 * and it waited for the next routine review: the review that answered it is recorded as
 * `kind: 'scheduled'`, or, when the review does not say, it was held on or after the day the
 * routine review pending when the trigger was raised fell due. A review recorded as
 * `responsive` that came late makes it `answered_late`. For a plan that has ended, the
 * history stops at its end.
 * @param plan - A parsed support plan.
 * @param options - `asOf`; the rules, schedule and `answeredBy` policy.
 * @returns The triggers and the notices about the records.
 * @throws {@link GoldenThreadError} as {@link reviewsDue}.
 * @example
 * ```ts
 * triggerHistory(plan, { asOf: '2028-09-01' }).triggers;
 * // => [{ ruleId: 'unplanned_admission', raisedOn: '2026-07-10', dueOn: '2026-07-17',
 * //       answeredOn: '2026-07-14', status: 'answered_on_time', … }]
 * ```
 * @category Reviews
 */
export function triggerHistory(plan: SupportPlan, options: TriggerHistoryOptions): TriggerHistory {
  requireRecord('triggerHistory', 'plan', plan);
  requireOptions('triggerHistory', options);
  try {
    const policy = resolvePolicy('triggerHistory', options);
    const { events, held, notices } = planRecords(plan, policy.asOf);
    const until = plan.end !== undefined && plan.end < policy.asOf ? plan.end : policy.asOf;
    const steps = triggerSteps(
      [...events].sort(compareEvents),
      held,
      ratedOutcomes(plan.outcomes ?? [], plan.start, until),
      policy.rules,
      answersOf(held, policy.answeredBy),
      until,
    );
    const schedule = walkSchedule(plan.start, plan.end, held, policy.schedule);
    const triggers = steps
      .map((step) => raisedTrigger(step, held, schedule, until))
      .sort((a, b) => compareText(a.raisedOn, b.raisedOn) || compareText(a.ruleId, b.ruleId));
    return { triggers, notices };
  } catch (error) {
    throw unexpected('triggerHistory', error);
  }
}

function raisedTrigger(
  { rule, fired, answeredOn }: TriggerStep,
  held: readonly HeldReview[],
  schedule: readonly ScheduleStep[],
  until: IsoDate,
): RaisedTrigger {
  const dueOn = addDays(fired.on, rule.dueWithinDays);
  const status: RaisedTrigger['status'] =
    answeredOn === null
      ? until > dueOn
        ? 'overdue'
        : 'open'
      : answeredOn <= dueOn
        ? 'answered_on_time'
        : waitedForRoutineReview(fired.on, answeredOn, held, schedule)
          ? 'missed'
          : 'answered_late';
  return {
    ruleId: rule.id,
    description: rule.description,
    urgency: rule.urgency,
    raisedOn: fired.on,
    dueOn,
    eventIds: fired.eventIds,
    outcomeIds: fired.outcomeIds,
    answeredOn,
    status,
  };
}

/** Whether a late answer came only with the routine review (see {@link triggerHistory}). */
function waitedForRoutineReview(
  raisedOn: IsoDate,
  answeredOn: IsoDate,
  held: readonly HeldReview[],
  schedule: readonly ScheduleStep[],
): boolean {
  const kind = held.find((r) => r.on === answeredOn)?.kind;
  if (kind !== undefined) return kind === 'scheduled';
  const routine = schedule.find((step) => pendingOn(step, raisedOn));
  return routine !== undefined && answeredOn >= routine.dueOn;
}
