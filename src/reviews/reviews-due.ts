import {
  addDays,
  addMonths,
  addWeeks,
  daysBetween,
  GoldenThreadError,
  type IsoDate,
} from '../core/index.js';
import {
  compareText,
  findingCollector,
  requireCalendarDate,
  requireWholeNumber,
} from '../core/internal/index.js';
import { isOpen, type Outcome } from '../outcomes/index.js';
import { DEFAULT_REVIEW_SCHEDULE, defaultReviewTriggerRules } from './default-rules.js';
import { type ReviewsDueNotice, reviewsDueNotices } from './findings.js';
import { SEVERITY_RANK } from './order.js';
import type {
  DueReview,
  LifeEvent,
  Review,
  ReviewSchedule,
  ReviewTriggerRule,
  ReviewUrgency,
  SupportPlan,
} from './schemas/index.js';

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
   * When a review counts as having dealt with an event or a falling rating:
   * - `discussed` (default): the review, held on or after it, lists the event in
   *   `eventsDiscussed` (or, for a rating, the outcome in `outcomes`) — what an auditor can
   *   check;
   * - `any_later_review`: any review held on or after it, for hosts that do not record what a
   *   review discussed.
   */
  readonly coverage?: 'discussed' | 'any_later_review';
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

/** A review as far as scheduling and coverage are concerned. */
interface HeldReview {
  readonly on: IsoDate;
  readonly events: readonly string[];
  readonly outcomes: readonly string[];
}

/**
 * Lists the reviews a person's plan needs on `asOf`: the first review after the plan starts,
 * the next scheduled review, and a review for each trigger rule that has fired — each with
 * why, when it became due, the day it is due by, how urgent it is and whether it is overdue.
 *
 * @remarks
 * **Schedule.** Until a review is held from week `firstReviewWeeks.from` onwards, the
 * `first_review` is due `firstReviewWeeks.by` weeks after the plan starts. After that, the
 * next `scheduled` review is due `cadenceMonths` after the latest review held (every review
 * held counts, whatever prompted it). Months are calendar months: a review on 31 January with
 * a one-month cadence is due on 28 (or 29) February. The scheduled review is always listed, so
 * a host can show "next review by …".
 *
 * **Rules.** An `events` rule fires on the first day that `atLeast` matching events not yet
 * covered by a review fall within `withinDays` days; the review is due `dueWithinDays` after
 * that day. A `falling_rating` rule fires on the day of the first rating of an open outcome
 * that fell by `drop` or more and that no later review covered. A fall that later recovered
 * still needs its conversation, so a later `asOf` never removes a due review that was not
 * held. Each rule gives at most one due review, listing every uncovered event (or outcome) it
 * counts. Events before the plan started are taken to be covered by the plan itself.
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
 * @param options - `asOf`; optional `rules`, `schedule` and `coverage`.
 * @returns The due reviews and the notices.
 * @throws {@link GoldenThreadError} `invalid_date` for a bad `asOf`; `invalid_argument` for a
 * schedule or rule with numbers out of range (parse them with {@link parseReviewSchedule} and
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
  const asOf = requireCalendarDate(FN, 'asOf', options.asOf);
  const schedule = checkSchedule(options.schedule ?? DEFAULT_REVIEW_SCHEDULE);
  const rules = checkRules(options.rules ?? defaultReviewTriggerRules);
  const { events, held, notices } = gatherRecords(plan, asOf);
  if (plan.end !== undefined && plan.end < asOf) return { due: [], notices };
  const entries = [
    scheduledEntry(plan, held, schedule),
    ...ruleEntries(plan, events, held, rules, asOf, options.coverage === 'any_later_review'),
  ];
  const due = entries.map((entry): DueReview => {
    const daysUntilDue = daysBetween(asOf, entry.dueOn);
    return { ...entry, overdue: daysUntilDue < 0, daysUntilDue };
  });
  return { due: due.sort(byDueDate), notices };
}

type DueEntry = Omit<DueReview, 'overdue' | 'daysUntilDue'>;

/** The records `reviewsDue` reads: each id once, nothing after `asOf`, with the notices. */
function gatherRecords(
  plan: SupportPlan,
  asOf: IsoDate,
): { events: LifeEvent[]; held: HeldReview[]; notices: ReviewsDueNotice[] } {
  const { findings: notices, report: notice } = findingCollector(reviewsDueNotices, {
    planId: plan.id,
  });
  const events = keepOnePerId(
    plan.events ?? [],
    asOf,
    (e, index) =>
      notice('event_after_as_of', ['events', index, 'on'], { eventId: e.id, on: e.on, asOf }),
    (id, count) => notice('duplicate_event_id', ['events'], { eventId: id, count }),
    compareEvents,
  );
  const reviews = keepOnePerId(
    plan.reviews ?? [],
    asOf,
    (r, index) =>
      notice('review_after_as_of', ['reviews', index, 'on'], { reviewId: r.id, on: r.on, asOf }),
    (id, count) => notice('duplicate_review_id', ['reviews'], { reviewId: id, count }),
    (a, b) => compareText(a.on, b.on),
  ).map((group) => mergeReviews(group));
  notices.sort((a, b) => compareText(a.code, b.code) || compareText(a.message, b.message));
  return {
    events: events.map((group) => group[0] as LifeEvent).filter((e) => e.on >= plan.start),
    held: reviews.filter((r) => r.on >= plan.start).sort((a, b) => compareText(a.on, b.on)),
    notices,
  };
}

/** The first review, or the next scheduled one after the latest review held. */
function scheduledEntry(
  plan: SupportPlan,
  held: readonly HeldReview[],
  schedule: ReviewSchedule,
): DueEntry {
  const windowOpens = addWeeks(plan.start, schedule.firstReviewWeeks.from);
  const last = held.filter((r) => r.on >= windowOpens).at(-1);
  if (last === undefined) {
    return {
      reason: { kind: 'first_review', planStart: plan.start },
      triggeredOn: plan.start,
      dueOn: addWeeks(plan.start, schedule.firstReviewWeeks.by),
      urgency: 'routine',
    };
  }
  return {
    reason: { kind: 'scheduled', lastReviewOn: last.on },
    triggeredOn: last.on,
    dueOn: addMonths(last.on, schedule.cadenceMonths),
    urgency: 'routine',
  };
}

/** A review for each rule that fired on what no review has yet covered. */
function ruleEntries(
  plan: SupportPlan,
  events: readonly LifeEvent[],
  held: readonly HeldReview[],
  rules: readonly ReviewTriggerRule[],
  asOf: IsoDate,
  anyLater: boolean,
): DueEntry[] {
  const latestListing = (pick: (r: HeldReview) => readonly string[]) => {
    const latest = new Map<string, IsoDate>();
    for (const r of held) for (const id of pick(r)) latest.set(id, r.on);
    return latest;
  };
  const lastHeld = held.at(-1)?.on;
  const eventCoveredUntil = latestListing((r) => r.events);
  const outcomeCoveredUntil = latestListing((r) => r.outcomes);
  const covered = (until: IsoDate | undefined, on: IsoDate) => until !== undefined && until >= on;
  const ratingCovered = (outcomeId: string, on: IsoDate) =>
    covered(anyLater ? lastHeld : outcomeCoveredUntil.get(outcomeId), on);
  const open = events
    .filter((e) => !covered(anyLater ? lastHeld : eventCoveredUntil.get(e.id), e.on))
    .sort(compareEvents);
  return rules.flatMap((rule): DueEntry[] => {
    const fired =
      rule.on === 'events'
        ? fireOnEvents(rule, open)
        : fireOnRatings(rule, plan.outcomes ?? [], plan.start, asOf, ratingCovered);
    if (fired === undefined) return [];
    return [
      {
        reason: { kind: 'rule', ruleId: rule.id, description: rule.description, ...fired.ids },
        triggeredOn: fired.on,
        dueOn: addDays(fired.on, rule.dueWithinDays),
        urgency: rule.urgency,
      },
    ];
  });
}

function byDueDate(a: DueReview, b: DueReview): number {
  return (
    compareText(a.dueOn, b.dueOn) ||
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    REASON_RANK[a.reason.kind] - REASON_RANK[b.reason.kind] ||
    compareText(ruleIdOf(a), ruleIdOf(b))
  );
}

interface Fired {
  readonly on: IsoDate;
  readonly ids: { readonly eventIds: string[]; readonly outcomeIds: string[] };
}

function fireOnEvents(
  rule: Extract<ReviewTriggerRule, { on: 'events' }>,
  open: readonly LifeEvent[],
): Fired | undefined {
  const kinds: ReadonlySet<string> = new Set(rule.kinds);
  const least = SEVERITY_RANK[rule.minSeverity ?? 'low'];
  const matching = open.filter((e) => kinds.has(e.kind) && SEVERITY_RANK[e.severity] >= least);
  const atLeast = rule.atLeast ?? 1;
  const withinDays = rule.withinDays ?? 1;
  let from = 0;
  for (const [i, event] of matching.entries()) {
    while (daysBetween((matching[from] as LifeEvent).on, event.on) >= withinDays) from += 1;
    if (i - from + 1 >= atLeast) {
      return { on: event.on, ids: { eventIds: matching.map((e) => e.id), outcomeIds: [] } };
    }
  }
  return undefined;
}

function fireOnRatings(
  rule: Extract<ReviewTriggerRule, { on: 'falling_rating' }>,
  outcomes: readonly Outcome[],
  start: IsoDate,
  asOf: IsoDate,
  isCovered: (outcomeId: string, on: IsoDate) => boolean,
): Fired | undefined {
  const drop = rule.drop ?? 1;
  const last = rule.last ?? 2;
  let on: IsoDate | undefined;
  const outcomeIds: string[] = [];
  for (const outcome of outcomes) {
    if (!isOpen(outcome)) continue;
    // Array.prototype.sort is stable: ratings on one day keep their recorded order.
    const ratings = (outcome.ratings ?? [])
      .filter((r) => r.on >= start && r.on <= asOf)
      .sort((a, b) => compareText(a.on, b.on));
    let firstFall: IsoDate | undefined;
    for (let i = last - 1; i < ratings.length && firstFall === undefined; i += 1) {
      const latest = ratings[i];
      const earlier = ratings[i - last + 1];
      if (latest === undefined || earlier === undefined) continue;
      if (earlier.score - latest.score >= drop && !isCovered(outcome.id, latest.on)) {
        firstFall = latest.on;
      }
    }
    if (firstFall === undefined) continue;
    outcomeIds.push(outcome.id);
    if (on === undefined || firstFall < on) on = firstFall;
  }
  if (on === undefined) return undefined;
  return { on, ids: { eventIds: [], outcomeIds: [...new Set(outcomeIds)].sort(compareText) } };
}

/**
 * Drops records after `asOf` (reporting each), then groups the rest by id (reporting each id
 * used more than once). Each group is sorted with `order`, so its first element is the one
 * kept whatever the input order.
 */
function keepOnePerId<T extends { readonly id: string; readonly on: IsoDate }>(
  records: readonly T[],
  asOf: IsoDate,
  onLate: (record: T, index: number) => void,
  onRepeat: (id: string, count: number) => void,
  order: (a: T, b: T) => number,
): T[][] {
  const groups = new Map<string, T[]>();
  for (const [index, record] of records.entries()) {
    if (record.on > asOf) {
      onLate(record, index);
      continue;
    }
    const group = groups.get(record.id);
    if (group === undefined) groups.set(record.id, [record]);
    else group.push(record);
  }
  const kept: T[][] = [];
  for (const [id, group] of groups) {
    if (group.length > 1) onRepeat(id, group.length);
    kept.push(group.sort(order));
  }
  return kept;
}

/** Several records of one review count as one, held on the earliest day, covering all. */
function mergeReviews(group: readonly Review[]): HeldReview {
  const first = group[0] as Review;
  return {
    on: first.on,
    events: group.flatMap((r) => r.eventsDiscussed ?? []),
    outcomes: group.flatMap((r) => (r.outcomes ?? []).map((o) => o.outcomeId)),
  };
}

function compareEvents(a: LifeEvent, b: LifeEvent): number {
  return (
    compareText(a.on, b.on) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareText(a.id, b.id) ||
    compareText(a.kind, b.kind) ||
    compareText(a.summary, b.summary) ||
    compareText(JSON.stringify(a.outcomeIds ?? []), JSON.stringify(b.outcomeIds ?? []))
  );
}

function ruleIdOf(due: DueReview): string {
  return due.reason.kind === 'rule' ? due.reason.ruleId : '';
}

function checkSchedule(schedule: ReviewSchedule): ReviewSchedule {
  const { from, by } = schedule.firstReviewWeeks;
  requireWholeNumber(FN, 'schedule.firstReviewWeeks.from', from, 0);
  requireWholeNumber(FN, 'schedule.firstReviewWeeks.by', by, 0, Math.max(1, from));
  const months = requireWholeNumber(FN, 'schedule.cadenceMonths', schedule.cadenceMonths, 12, 1);
  if (months > 12) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${FN}: schedule.cadenceMonths is ${months}; reviews must be no more than 12 months apart.`,
    );
  }
  return schedule;
}

function checkRules(rules: readonly ReviewTriggerRule[]): readonly ReviewTriggerRule[] {
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) {
      throw new GoldenThreadError('invalid_argument', `${FN}: two rules have the id "${rule.id}".`);
    }
    ids.add(rule.id);
    const name = (field: string) => `rule "${rule.id}" ${field}`;
    requireWholeNumber(FN, name('dueWithinDays'), rule.dueWithinDays, 0);
    if (rule.on === 'events') {
      requireWholeNumber(FN, name('atLeast'), rule.atLeast, 1, 1);
      requireWholeNumber(FN, name('withinDays'), rule.withinDays, 1, 1);
    } else {
      requireWholeNumber(FN, name('drop'), rule.drop, 1, 1);
      requireWholeNumber(FN, name('last'), rule.last, 2, 2);
    }
  }
  return rules;
}
