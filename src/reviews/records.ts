import { GoldenThreadError, type IsoDate } from '../core/index.js';
import {
  compareText,
  findingCollector,
  requireCalendarDate,
  requireWholeNumber,
} from '../core/internal/index.js';
import { DEFAULT_REVIEW_SCHEDULE, defaultReviewTriggerRules } from './default-rules.js';
import { type ReviewsDueNotice, reviewsDueNotices } from './notices.js';
import { SEVERITY_RANK } from './order.js';
import type {
  LifeEvent,
  Review,
  ReviewSchedule,
  ReviewTriggerRule,
  SupportPlan,
} from './schemas/index.js';

/**
 * Which review answers a trigger: `next_review` (the first review held on or after it; the
 * default, what practitioners expect) or `discussed` (a review held on or after it that lists
 * the event in `eventsDiscussed`, or the outcome in `outcomes` for a falling rating).
 *
 * @example
 * ```ts
 * const policy: AnsweredBy = 'discussed';
 * reviewsDue(plan, { asOf: '2026-11-23', answeredBy: policy });
 * ```
 * @category Reviews
 */
export type AnsweredBy = 'next_review' | 'discussed';

/** The options every schedule and trigger function shares, checked, with defaults filled. */
export interface ReviewPolicy {
  readonly asOf: IsoDate;
  readonly schedule: ReviewSchedule;
  readonly rules: readonly ReviewTriggerRule[];
  readonly answeredBy: AnsweredBy;
}

/** The options as a host passes them. */
export interface ReviewPolicyOptions {
  readonly asOf: IsoDate;
  readonly schedule?: ReviewSchedule;
  readonly rules?: readonly ReviewTriggerRule[];
  readonly answeredBy?: AnsweredBy;
}

/** Checks the options once; programmer errors throw. */
export function resolvePolicy(fn: string, options: ReviewPolicyOptions): ReviewPolicy {
  const answeredBy = options.answeredBy ?? 'next_review';
  if (answeredBy !== 'next_review' && answeredBy !== 'discussed') {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: answeredBy must be "next_review" or "discussed".`,
    );
  }
  return {
    asOf: requireCalendarDate(fn, 'asOf', options.asOf),
    schedule: checkSchedule(fn, options.schedule ?? DEFAULT_REVIEW_SCHEDULE),
    rules: checkRules(fn, options.rules ?? defaultReviewTriggerRules),
    answeredBy,
  };
}

/** A review day as scheduling and answering see it (several records of a day are one). */
export interface HeldReview {
  readonly on: IsoDate;
  /** Events listed as discussed. */
  readonly events: readonly string[];
  /** Outcomes looked at. */
  readonly outcomes: readonly string[];
  /** `scheduled` when any record of the day says so, `responsive` when all do, else unknown. */
  readonly kind: Review['kind'];
}

/** The plan's records as every function reads them, and the notices about the rest. */
export interface PlanRecords {
  /** Events of the plan (on or after its start, up to `asOf`), each id once, in no set order. */
  readonly events: readonly LifeEvent[];
  /** Review days of the plan (on or after its start, up to `asOf`), oldest first. */
  readonly held: readonly HeldReview[];
  /** Events and reviews left out, and ids counted once. */
  readonly notices: ReviewsDueNotice[];
}

/** Each id once, nothing after `asOf`, reviews before the plan left to an earlier plan. */
export function planRecords(plan: SupportPlan, asOf: IsoDate): PlanRecords {
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
  )
    .map((group) => group[0] as LifeEvent)
    .filter((e) => e.on >= plan.start);
  const reviews = keepOnePerId(
    plan.reviews ?? [],
    asOf,
    (r, index) =>
      notice('review_after_as_of', ['reviews', index, 'on'], { reviewId: r.id, on: r.on, asOf }),
    (id, count) => notice('duplicate_review_id', ['reviews'], { reviewId: id, count }),
    (a, b) => compareText(a.on, b.on),
  );
  notices.sort((a, b) => compareText(a.code, b.code) || compareText(a.message, b.message));
  return { events, held: reviewDays(reviews, plan.start), notices };
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

/**
 * The review days from the plan's start: several records of one review count as one, held on
 * the earliest day and covering what any of them covered; reviews on one day are one day.
 */
function reviewDays(groups: readonly (readonly Review[])[], start: IsoDate): HeldReview[] {
  const byDay = new Map<IsoDate, Review[]>();
  for (const group of groups) {
    const on = (group[0] as Review).on;
    if (on < start) continue;
    const day = byDay.get(on);
    if (day === undefined) byDay.set(on, [...group]);
    else day.push(...group);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([on, reviews]) => ({
      on,
      events: reviews.flatMap((r) => r.eventsDiscussed ?? []),
      outcomes: reviews.flatMap((r) => (r.outcomes ?? []).map((o) => o.outcomeId)),
      kind: reviews.some((r) => r.kind === 'scheduled')
        ? 'scheduled'
        : reviews.every((r) => r.kind === 'responsive')
          ? 'responsive'
          : undefined,
    }));
}

/** Events by day, the most severe first, then by their fields: one order on every machine. */
export function compareEvents(a: LifeEvent, b: LifeEvent): number {
  return (
    compareText(a.on, b.on) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareText(a.id, b.id) ||
    compareText(a.kind, b.kind) ||
    compareText(a.summary, b.summary) ||
    compareText(JSON.stringify(a.outcomeIds ?? []), JSON.stringify(b.outcomeIds ?? []))
  );
}

function checkSchedule(fn: string, schedule: ReviewSchedule): ReviewSchedule {
  const { from, by } = schedule.firstReviewWeeks;
  requireWholeNumber(fn, 'schedule.firstReviewWeeks.from', from, 0);
  requireWholeNumber(fn, 'schedule.firstReviewWeeks.by', by, 0, Math.max(1, from));
  const months = requireWholeNumber(fn, 'schedule.cadenceMonths', schedule.cadenceMonths, 12, 1);
  if (months > 12) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: schedule.cadenceMonths is ${months}; reviews must be no more than 12 months apart.`,
    );
  }
  const { cadenceFrom } = schedule;
  if (
    cadenceFrom !== undefined &&
    cadenceFrom !== 'any_review' &&
    cadenceFrom !== 'scheduled_review'
  ) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: schedule.cadenceFrom must be "any_review" or "scheduled_review".`,
    );
  }
  return schedule;
}

function checkRules(fn: string, rules: readonly ReviewTriggerRule[]): readonly ReviewTriggerRule[] {
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) {
      throw new GoldenThreadError('invalid_argument', `${fn}: two rules have the id "${rule.id}".`);
    }
    ids.add(rule.id);
    const name = (field: string) => `rule "${rule.id}" ${field}`;
    requireWholeNumber(fn, name('dueWithinDays'), rule.dueWithinDays, 0);
    if (rule.on === 'events') {
      requireWholeNumber(fn, name('atLeast'), rule.atLeast, 1, 1);
      requireWholeNumber(fn, name('withinDays'), rule.withinDays, 1, 1);
    } else {
      requireWholeNumber(fn, name('drop'), rule.drop, 1, 1);
      requireWholeNumber(fn, name('last'), rule.last, 2, 2);
    }
  }
  return rules;
}
