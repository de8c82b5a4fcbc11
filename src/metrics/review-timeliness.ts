import * as z from 'zod';
import { addDays, daysBetween, type IsoDate } from '../core/index.js';
import { requireConfidence, requireOptions, requireWholeNumber } from '../core/internal/index.js';
import {
  type AnsweredBy,
  DEFAULT_REVIEW_SCHEDULE,
  type DueReview,
  defaultReviewTriggerRules,
  type ReviewSchedule,
  type ReviewTriggerRule,
  ReviewUrgencySchema,
  reviewsDue,
  type SupportPlan,
  scheduledReviews,
  triggerHistory,
} from '../reviews/index.js';
import { type Proportion, proportionInterval } from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import type { PersonRecord, ProviderRecord } from './records.js';
import { withStateSchema } from './state.js';
import {
  countSchema,
  countsSchema,
  daySchema,
  groupsSchema,
  histogramSchema,
  histogramTotal,
  idSchema,
  type StateSchema,
  withLaws,
} from './state-schemas.js';
import {
  addToHistogram,
  bump as bumpKey,
  compareText,
  type Histogram,
  keepFirst,
  mergeHistograms,
  summarise,
  type ValueSummary,
} from './tallies.js';
import {
  inWindow,
  type MetricOptions,
  type MetricsWindow,
  overlapDays,
  requireWindow,
} from './window.js';

/**
 * A review not held by its due date, as of the last day of a window.
 *
 * @example
 * ```ts
 * const late: OverdueReview = { personId: 'p-7', planId: 'plan-7', groups: { service: 'svc-north' }, reason: 'scheduled', ruleId: null, urgency: 'routine', dueOn: '2026-08-02', daysOverdue: 59 };
 * ```
 * @category Governance metrics
 */
export interface OverdueReview {
  /** The person. */
  readonly personId: string;
  /** Their plan. */
  readonly planId: string;
  /** The record's groups (service, team, …). */
  readonly groups: Readonly<Record<string, string>>;
  /** Why the review is due: the first review, the schedule, or a trigger rule. */
  readonly reason: DueReview['reason']['kind'];
  /** The trigger rule's id, for `rule`; otherwise `null`. */
  readonly ruleId: string | null;
  /** How urgent it is. */
  readonly urgency: DueReview['urgency'];
  /** The day it was due by. */
  readonly dueOn: IsoDate;
  /** Days from `dueOn` to the window's last day. */
  readonly daysOverdue: number;
}

const REASONS = ['first_review', 'scheduled', 'rule'] as const;

const overdueReviewSchema = z.strictObject({
  personId: idSchema,
  planId: idSchema,
  groups: groupsSchema,
  reason: z.enum(REASONS),
  ruleId: idSchema.nullable(),
  urgency: ReviewUrgencySchema,
  dueOn: daySchema,
  daysOverdue: z.int(),
});

/** The schema of a {@link ReviewTimelinessState} keeping up to `limit` overdue rows. */
function reviewTimelinessStateSchema(limit: number): StateSchema<ReviewTimelinessState> {
  return withLaws(
    z.strictObject({
      due: countSchema,
      onTime: countSchema,
      heldLate: countSchema,
      notHeld: countSchema,
      daysLate: histogramSchema,
      peopleOverdue: countSchema,
      peopleAtEnd: countSchema,
      daysOverdue: histogramSchema,
      overdueByReason: countsSchema,
      mostOverdue: z.array(overdueReviewSchema).max(limit),
      triggers: countsSchema,
    }),
    [
      [
        'onTime + heldLate + notHeld = due',
        'due',
        (s) => s.onTime + s.heldLate + s.notHeld === s.due,
      ],
      [
        'the days-late counts add up to heldLate',
        'daysLate',
        (s) => histogramTotal(s.daysLate) === s.heldLate,
      ],
      ['peopleOverdue ≤ peopleAtEnd', 'peopleOverdue', (s) => s.peopleOverdue <= s.peopleAtEnd],
      [
        'overdueByReason counts only first_review, scheduled and rule',
        'overdueByReason',
        (s) =>
          Object.keys(s.overdueByReason).every((k) => (REASONS as readonly string[]).includes(k)),
      ],
      [
        'the overdue reasons add up to the days-overdue counts',
        'overdueByReason',
        (s) => histogramTotal(s.overdueByReason) === histogramTotal(s.daysOverdue),
      ],
    ],
  );
}

/**
 * The state of {@link reviewTimelinessMetric}: plain JSON counts, histograms and the most
 * overdue reviews.
 *
 * @example
 * ```ts
 * const state: ReviewTimelinessState = reviewTimelinessMetric({ window }).init();
 * ```
 * @category Governance metrics
 */
export interface ReviewTimelinessState {
  /** Scheduled reviews (first and regular) due in the window. */
  due: number;
  /** Of them, held on or before the due day. */
  onTime: number;
  /** Held after the due day, within the window. */
  heldLate: number;
  /** Not held by the end of the window. */
  notHeld: number;
  /** Days late of those held late, by number of days. */
  daysLate: Histogram;
  /** People with a review overdue on the window's last day. */
  peopleOverdue: number;
  /** People supported on the window's last day (whose plans could have a review due). */
  peopleAtEnd: number;
  /** Days overdue of each review overdue on the last day (scheduled or triggered). */
  daysOverdue: Histogram;
  /** Overdue reviews on the last day, by reason (`first_review`, `scheduled`, `rule`). */
  overdueByReason: Record<string, number>;
  /** The most overdue reviews, most overdue first. */
  mostOverdue: OverdueReview[];
  /** Triggers raised in the window, by how they were answered on its last day. */
  triggers: Record<string, number>;
}

/**
 * What {@link reviewTimelinessMetric} returns.
 *
 * @example
 * ```ts
 * const { proportion, overdueAtEnd }: ReviewTimeliness = report.reviewTimeliness;
 * ```
 * @category Governance metrics
 */
export interface ReviewTimeliness {
  /** The window counted. */
  readonly window: MetricsWindow;
  /** Scheduled reviews held by their due day ÷ scheduled reviews due in the window. */
  readonly proportion: Proportion;
  /** Held after the due day, within the window. */
  readonly heldLate: number;
  /** Due in the window and not held by its end. */
  readonly notHeld: number;
  /** How late the late ones were, in days. */
  readonly daysLate: ValueSummary;
  /** Reviews overdue on the window's last day — scheduled ones and those trigger rules asked for. */
  readonly overdueAtEnd: {
    /** People with at least one overdue review ÷ people supported on the last day. */
    readonly people: Proportion;
    /** Days overdue, over every overdue review. */
    readonly daysOverdue: ValueSummary;
    /** How many are overdue for each reason. */
    readonly byReason: Readonly<Record<'first_review' | 'scheduled' | 'rule', number>>;
    /** The most overdue (up to the `limit` option), most overdue first. */
    readonly mostOverdue: readonly OverdueReview[];
  };
  /** The reviews trigger rules asked for in the window, and how they were answered. */
  readonly triggers: TriggerTimeliness;
}

/**
 * How the triggers raised in a window were answered, as of its last day (see
 * {@link triggerHistory}).
 *
 * @example
 * ```ts
 * const { raised, missed, missedShare, answeredOnTime }: TriggerTimeliness = report.reviewTimeliness.triggers;
 * ```
 * @category Governance metrics
 */
export interface TriggerTimeliness {
  /** Triggers raised in the window. */
  readonly raised: number;
  /** Answered by their due day ÷ those due by the window's end or already answered. */
  readonly answeredOnTime: Proportion;
  /** Answered after their due day by a review held in response. */
  readonly answeredLate: number;
  /** Answered only by the next routine review: nobody reviewed the plan in response. */
  readonly missed: number;
  /**
   * Missed ÷ the same denominator as `answeredOnTime` (triggers due by the window's end or
   * already answered), with its interval: the share of trigger reviews nobody held.
   */
  readonly missedShare: Proportion;
  /** Not answered, and past their due day, on the window's last day. */
  readonly overdue: number;
  /** Not answered, and not yet due, on the window's last day. */
  readonly notYetDue: number;
}

/**
 * Options for {@link reviewTimelinessMetric}.
 *
 * @example
 * ```ts
 * const options: ReviewTimelinessOptions = {
 *   window: { from: '2026-07-01', to: '2026-10-01' },
 *   schedule: { ...DEFAULT_REVIEW_SCHEDULE, cadenceMonths: 6 },
 *   limit: 20,
 * };
 * ```
 * @category Governance metrics
 */
export interface ReviewTimelinessOptions extends MetricOptions {
  /** The review schedule. Default {@link DEFAULT_REVIEW_SCHEDULE}. */
  readonly schedule?: ReviewSchedule;
  /** The trigger rules. Default {@link defaultReviewTriggerRules}. */
  readonly rules?: readonly ReviewTriggerRule[];
  /** Which review answers a trigger (see {@link ReviewsDueOptions}). Default `next_review`. */
  readonly answeredBy?: AnsweredBy;
  /** How many of the most overdue reviews to list. Default 50. */
  readonly limit?: number;
  /** The confidence level of the intervals. Default 0.95. */
  readonly confidence?: number;
}

/**
 * Review timeliness: of the scheduled reviews that fell due in a window, how many were held
 * by their due day; how the reviews trigger rules asked for were answered (on time, late,
 * missed); and which reviews are overdue on the window's last day.
 *
 * @remarks
 * **Scheduled reviews** come from the one schedule {@link scheduledReviews} lists and
 * {@link reviewsDue} reads: a due date is counted when it falls in the window and the review
 * was still to be held on some day of the window — exactly the due dates `reviewsDue`
 * reports on some day of the window. So a person reviewed every month on an annual cadence
 * has one due date a year, not twelve; a due date met by an early review before the window
 * opened belongs to no window (that review restarted the schedule). A counted due date is
 * met on time by a review on or before it, late by one after it within the window, and is
 * otherwise `notHeld`. Due dates after a plan ended are not counted.
 *
 * **Triggers** raised in the window are read from {@link triggerHistory} on the window's
 * last day, with the rules, schedule and `answeredBy` policy given. A trigger is **missed**
 * when only the next routine review answered it (nobody reviewed the plan in response);
 * `missedShare` is the missed ones ÷ those due by the window's end or already answered.
 *
 * **Overdue at the end** runs {@link reviewsDue} on the window's last day for each person
 * supported that day.
 * @param options - `window` (the window); schedule, rules, answering policy, list length and
 * confidence.
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window,
 * limit or confidence; when the schedule or rules are out of range (on the first record).
 * @example
 * ```ts
 * const { reviews } = computeMetrics(records, { reviews: reviewTimelinessMetric({ window }) });
 * reviews.proportion; // => { numerator: 18, denominator: 24, value: 0.75, … }
 * reviews.triggers.missed; // => 2
 * reviews.overdueAtEnd.mostOverdue[0]; // => { personId: 'p-7', reason: 'scheduled', daysOverdue: 59, … }
 * ```
 * @category Governance metrics
 */
export function reviewTimelinessMetric(
  options: ReviewTimelinessOptions,
): Accumulator<ReviewTimelinessState, ReviewTimeliness> {
  const fn = 'reviewTimelinessMetric';
  const w = requireWindow(fn, requireOptions(fn, options).window);
  const policy: Policy = {
    w,
    lastDay: addDays(w.to, -1),
    limit: requireWholeNumber(fn, 'limit', options.limit, 50, 0),
    schedule: options.schedule ?? DEFAULT_REVIEW_SCHEDULE,
    rules: options.rules ?? defaultReviewTriggerRules,
    answeredBy: options.answeredBy ?? 'next_review',
  };
  const confidence = requireConfidence(fn, options.confidence);
  return withStateSchema(
    {
      name: 'review timeliness',
      init: () => ({
        due: 0,
        onTime: 0,
        heldLate: 0,
        notHeld: 0,
        daysLate: {},
        peopleOverdue: 0,
        peopleAtEnd: 0,
        daysOverdue: {},
        overdueByReason: {},
        mostOverdue: [],
        triggers: {},
      }),
      add: (state, record: ProviderRecord) => {
        if (record.type === 'person') addPerson(state, record, policy);
        return state;
      },
      merge: (state, other) => mergeStates(state, other, policy.limit),
      finish: (state) => finishState(state, w, confidence),
    },
    reviewTimelinessStateSchema(policy.limit),
  );
}

/** The options, checked once. */
interface Policy {
  readonly w: MetricsWindow;
  readonly lastDay: IsoDate;
  readonly limit: number;
  readonly schedule: ReviewSchedule;
  readonly rules: readonly ReviewTriggerRule[];
  readonly answeredBy: AnsweredBy;
}

function addPerson(state: ReviewTimelinessState, record: PersonRecord, policy: Policy): void {
  const { w, lastDay, schedule, rules, answeredBy } = policy;
  const { plan } = record;
  if (overlapDays(w, plan.start, plan.end) === 0) return;
  countScheduled(state, plan, policy);
  for (const t of triggerHistory(plan, { asOf: lastDay, rules, schedule, answeredBy }).triggers) {
    if (inWindow(w, t.raisedOn)) bump(state.triggers, t.status, 1);
  }
  if (overlapDays({ from: lastDay, to: w.to }, plan.start, plan.end) === 0) return;
  state.peopleAtEnd += 1;
  countOverdue(state, record, policy);
}

/**
 * Counts the scheduled due dates in the window that were still to be held on some day of it
 * (the days `reviewsDue` would report them), each met on time, late or not at all.
 */
function countScheduled(state: ReviewTimelinessState, plan: SupportPlan, policy: Policy): void {
  const { w, lastDay, schedule } = policy;
  const last = plan.end !== undefined && plan.end < lastDay ? plan.end : lastDay;
  for (const step of scheduledReviews(plan, { asOf: lastDay, schedule }).scheduled) {
    if (!inWindow(w, step.dueOn)) continue;
    const first = step.reason === 'first_review' || step.from < w.from ? w.from : step.from;
    if (first > last || (step.heldOn !== null && step.heldOn <= first)) continue;
    state.due += 1;
    if (step.heldOn === null) state.notHeld += 1;
    else if (step.heldOn <= step.dueOn) state.onTime += 1;
    else {
      state.heldLate += 1;
      addToHistogram(state.daysLate, daysBetween(step.dueOn, step.heldOn));
    }
  }
}

/** The reviews overdue on the window's last day, for a person supported that day. */
function countOverdue(state: ReviewTimelinessState, record: PersonRecord, policy: Policy): void {
  const { lastDay, schedule, rules, answeredBy, limit } = policy;
  const { plan } = record;
  const overdue = reviewsDue(plan, { asOf: lastDay, schedule, rules, answeredBy }).due.filter(
    (d) => d.overdue,
  );
  if (overdue.length === 0) return;
  state.peopleOverdue += 1;
  const rows = overdue.map(
    (d): OverdueReview => ({
      personId: plan.personId,
      planId: plan.id,
      groups: { ...(record.groups ?? {}) },
      reason: d.reason.kind,
      ruleId: d.reason.kind === 'rule' ? d.reason.ruleId : null,
      urgency: d.urgency,
      dueOn: d.dueOn,
      daysOverdue: -d.daysUntilDue,
    }),
  );
  for (const row of rows) {
    addToHistogram(state.daysOverdue, row.daysOverdue);
    bump(state.overdueByReason, row.reason, 1);
  }
  state.mostOverdue = keepFirst(state.mostOverdue, rows, mostOverdueFirst, limit);
}

function mergeStates(
  state: ReviewTimelinessState,
  other: ReviewTimelinessState,
  limit: number,
): ReviewTimelinessState {
  state.due += other.due;
  state.onTime += other.onTime;
  state.heldLate += other.heldLate;
  state.notHeld += other.notHeld;
  mergeHistograms(state.daysLate, other.daysLate);
  state.peopleOverdue += other.peopleOverdue;
  state.peopleAtEnd += other.peopleAtEnd;
  mergeHistograms(state.daysOverdue, other.daysOverdue);
  for (const reason of Object.keys(other.overdueByReason)) {
    bumpKey(state.overdueByReason, reason, other.overdueByReason[reason] as number);
  }
  for (const status of Object.keys(other.triggers)) {
    bumpKey(state.triggers, status, other.triggers[status] as number);
  }
  state.mostOverdue = keepFirst(state.mostOverdue, other.mostOverdue, mostOverdueFirst, limit);
  return state;
}

function finishState(
  state: ReviewTimelinessState,
  w: MetricsWindow,
  confidence: number,
): ReviewTimeliness {
  const t = (status: string) => state.triggers[status] ?? 0;
  const raised = Object.values(state.triggers).reduce((sum, n) => sum + n, 0);
  return {
    window: w,
    proportion: proportionInterval(state.onTime, state.due, { confidence }),
    heldLate: state.heldLate,
    notHeld: state.notHeld,
    daysLate: summarise(state.daysLate),
    overdueAtEnd: {
      people: proportionInterval(state.peopleOverdue, state.peopleAtEnd, { confidence }),
      daysOverdue: summarise(state.daysOverdue),
      byReason: {
        first_review: state.overdueByReason['first_review'] ?? 0,
        scheduled: state.overdueByReason['scheduled'] ?? 0,
        rule: state.overdueByReason['rule'] ?? 0,
      },
      mostOverdue: [...state.mostOverdue],
    },
    triggers: {
      raised,
      answeredOnTime: proportionInterval(t('answered_on_time'), raised - t('open'), {
        confidence,
      }),
      answeredLate: t('answered_late'),
      missed: t('missed'),
      missedShare: proportionInterval(t('missed'), raised - t('open'), { confidence }),
      overdue: t('overdue'),
      notYetDue: t('open'),
    },
  };
}

function bump(counts: Record<string, number>, key: string, n: number): void {
  counts[key] = (counts[key] ?? 0) + n;
}

function mostOverdueFirst(a: OverdueReview, b: OverdueReview): number {
  return (
    b.daysOverdue - a.daysOverdue ||
    compareText(a.personId, b.personId) ||
    compareText(a.planId, b.planId) ||
    compareText(a.reason, b.reason) ||
    compareText(a.ruleId ?? '', b.ruleId ?? '') ||
    compareText(JSON.stringify(a), JSON.stringify(b))
  );
}
