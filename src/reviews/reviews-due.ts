import { addDays, daysBetween, type IsoDate } from '../core/index.js';
import { compareText, requireOptions, requireRecord, unexpected } from '../core/internal/index.js';
import { ratedOutcomes } from './fire.js';
import type { ReviewsDueNotice } from './notices.js';
import {
  type AnsweredBy,
  compareEvents,
  planRecords,
  type ReviewPolicy,
  resolvePolicy,
} from './records.js';
import { walkSchedule } from './schedule-walk.js';
import type {
  DueReview,
  LifeEvent,
  ReviewSchedule,
  ReviewTriggerRule,
  ReviewUrgency,
  SupportPlan,
} from './schemas/index.js';
import { answersOf, fireRules } from './triggers.js';

/**
 * Options for {@link reviewsDue}.
 *
 * @example
 * ```ts
 * const options: ReviewsDueOptions = {
 *   asOf: '2026-11-23',
 *   schedule: { ...DEFAULT_REVIEW_SCHEDULE, cadenceMonths: 3 },
 * };
 * ```
 * @category Reviews
 */
export interface ReviewsDueOptions {
  /** The day to judge on. Events and reviews after it are left out (and reported). */
  readonly asOf: IsoDate;
  /** The trigger rules. Default {@link defaultReviewTriggerRules}; `[]` for schedule only. */
  readonly rules?: readonly ReviewTriggerRule[];
  /** The schedule. Default {@link DEFAULT_REVIEW_SCHEDULE}. */
  readonly schedule?: ReviewSchedule;
  /**
   * Which review answers a trigger (an event or a falling rating):
   * - `next_review` (default): the first review held on or after it — what practitioners
   *   expect: the plan was reviewed after the event. Whether the review *recorded* the event
   *   is a question of its quality ({@link checkReviewQuality} reports
   *   `trigger_event_not_recorded`), not a reason to keep a review overdue;
   * - `discussed`: only a review on or after it that lists the event in `eventsDiscussed`
   *   (for a rating: that has an entry for the outcome), for a provider whose policy is that
   *   an event is dealt with only when a review records discussing it.
   */
  readonly answeredBy?: AnsweredBy;
}

/**
 * What {@link reviewsDue} returns: the reviews due, and notices about the records it was
 * given.
 *
 * @example
 * ```ts
 * const { due, notices }: ReviewsDueResult = reviewsDue(plan, { asOf: '2026-11-23' });
 * ```
 * @category Reviews
 */
export interface ReviewsDueResult {
  /** The reviews due, soonest due date first. */
  readonly due: DueReview[];
  /** Events or reviews after `asOf` (left out) and repeated ids (counted once). */
  readonly notices: ReviewsDueNotice[];
}

const URGENCY_RANK: Readonly<Record<ReviewUrgency, number>> = {
  immediate: 0,
  urgent: 1,
  soon: 2,
  routine: 3,
};
const REASON_RANK = { first_review: 0, scheduled: 1, rule: 2 } as const;
const FN = 'reviewsDue';

/**
 * Lists the reviews a person's plan needs on `asOf`: the first review after the plan starts,
 * the next scheduled review, and a review for each trigger rule that has fired — each with
 * why, when it became due, the day it is due by, how urgent it is and whether it is overdue.
 *
 * @remarks
 * **Schedule.** Until a review is held from week `firstReviewWeeks.from` onwards, the
 * `first_review` is due `firstReviewWeeks.by` weeks after the plan starts. After that, the
 * next `scheduled` review is due `cadenceMonths` after the latest review held — every review
 * held counts, whatever prompted it, unless the schedule says `cadenceFrom:
 * 'scheduled_review'` (then a review recorded as `responsive` leaves the schedule where it
 * was). Months are calendar months: a review on 31 January with a one-month cadence is due on
 * 28 (or 29) February. The next scheduled review is always listed, so a host can show "next
 * review by …" — unless it would fall after the plan's end. The due dates come from the one
 * schedule {@link scheduledReviews} lists and the timeliness metric counts.
 *
 * **Rules.** A trigger is answered by the first review held on or after it (the default
 * `answeredBy: 'next_review'`), or — when the policy is `discussed` — by a review on or after
 * it that lists the event in `eventsDiscussed` (for a rating, looks at the outcome). So
 * holding a review on day d answers every trigger raised on or before d, and no rule's review
 * is older than the last review held unless the policy asks for it. An `events` rule fires on
 * the first day that `atLeast` matching events still to be answered fall within `withinDays`
 * days; the review is due `dueWithinDays` after that day. A `falling_rating` rule fires on
 * the day of the first rating of an open outcome that fell by `drop` or more and that no
 * review has answered. A fall that later recovered still needs its conversation, so a later
 * `asOf` never removes a due review that was not held. Each rule gives at most one due
 * review, listing every event (or outcome) still to be answered that it counts. Events before
 * the plan started are taken to be answered by the plan itself. The history of every trigger
 * — answered on time, late, missed — is {@link triggerHistory}'s.
 *
 * **Records.** Events and reviews dated after `asOf` are left out and reported
 * (`event_after_as_of`, `review_after_as_of`). An id used by several events or reviews is
 * counted once and reported (`duplicate_event_id`, `duplicate_review_id`). Reviews before the
 * plan's start belong to an earlier plan and are not counted. Once the plan has ended (its
 * `end` is before `asOf`) nothing is due.
 *
 * **Order.** Soonest due date first, then most urgent, then first review, scheduled, rules (by
 * id). The result does not depend on the order of the plan's lists.
 * @param plan - A parsed support plan with its outcomes, events and reviews.
 * @param options - `asOf`; optional `rules`, `schedule` and `answeredBy`.
 * @returns The due reviews and the notices.
 * @throws {@link GoldenThreadError} `invalid_date` for a bad `asOf`; `invalid_argument` for a
 * bad `answeredBy`, a schedule or rule with numbers out of range (parse them with {@link parseReviewSchedule} and
 * {@link parseReviewTriggerRule}) or two rules with one id.
 * @example
 * ```ts
 * const { due } = reviewsDue(plan, { asOf: '2026-11-23' });
 * // => [{ reason: { kind: 'rule', ruleId: 'unplanned_admission', eventIds: ['ev-7'], … },
 * //       triggeredOn: '2026-11-10', dueOn: '2026-11-17', urgency: 'urgent',
 * //       overdue: true, daysUntilDue: -6 }, …]
 * ```
 * @category Reviews
 */
export function reviewsDue(plan: SupportPlan, options: ReviewsDueOptions): ReviewsDueResult {
  requireRecord('reviewsDue', 'plan', plan);
  requireOptions('reviewsDue', options);
  try {
    const policy = resolvePolicy(FN, options);
    const { asOf } = policy;
    const { events, held, notices } = planRecords(plan, asOf);
    if (plan.end !== undefined && plan.end < asOf) return { due: [], notices };
    const next = walkSchedule(plan.start, plan.end, held, policy.schedule).at(-1);
    const entries = [
      ...(next === undefined || next.heldOn !== null ? [] : [scheduledEntry(next, plan.start)]),
      ...ruleEntries(plan, events, held, policy),
    ];
    const due = entries.map((entry): DueReview => {
      const daysUntilDue = daysBetween(asOf, entry.dueOn);
      return { ...entry, overdue: daysUntilDue < 0, daysUntilDue };
    });
    return { due: due.sort(byDueDate), notices };
  } catch (error) {
    throw unexpected('reviewsDue', error);
  }
}

type DueEntry = Omit<DueReview, 'overdue' | 'daysUntilDue'>;

function scheduledEntry(
  next: { readonly reason: 'first_review' | 'scheduled'; from: IsoDate; dueOn: IsoDate },
  start: IsoDate,
): DueEntry {
  return {
    reason:
      next.reason === 'first_review'
        ? { kind: 'first_review', planStart: start }
        : { kind: 'scheduled', lastReviewOn: next.from },
    triggeredOn: next.from,
    dueOn: next.dueOn,
    urgency: 'routine',
  };
}

/** A review for each rule that fired on what no review has yet answered. */
function ruleEntries(
  plan: SupportPlan,
  events: readonly LifeEvent[],
  held: Parameters<typeof answersOf>[0],
  policy: ReviewPolicy,
): DueEntry[] {
  const answers = answersOf(held, policy.answeredBy);
  const fired = fireRules(policy.rules, {
    events: events.filter((e) => answers.event(e) === undefined).sort(compareEvents),
    rated: ratedOutcomes(plan.outcomes ?? [], plan.start, policy.asOf),
    until: policy.asOf,
    fallOpen: (id, on) => answers.fall(id, on) === undefined,
  });
  return fired.map(({ rule, fired: { on, eventIds, outcomeIds } }) => ({
    reason: { kind: 'rule', ruleId: rule.id, description: rule.description, eventIds, outcomeIds },
    triggeredOn: on,
    dueOn: addDays(on, rule.dueWithinDays),
    urgency: rule.urgency,
  }));
}

function byDueDate(a: DueReview, b: DueReview): number {
  return (
    compareText(a.dueOn, b.dueOn) ||
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    REASON_RANK[a.reason.kind] - REASON_RANK[b.reason.kind] ||
    compareText(ruleIdOf(a), ruleIdOf(b))
  );
}

function ruleIdOf(due: DueReview): string {
  return due.reason.kind === 'rule' ? due.reason.ruleId : '';
}
