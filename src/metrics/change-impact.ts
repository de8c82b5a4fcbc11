import * as z from 'zod';
import type { IsoDate } from '../core/index.js';
import { requireConfidence, requireOptions, requireWholeNumber } from '../core/internal/index.js';
import { decisionChangesPlan, type LifeEventKind, type Review } from '../reviews/index.js';
import { type RateRatio, rateRatio } from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import { requireKinds } from './kinds.js';
import type { PersonRecord, ProviderRecord } from './records.js';
import { withStateSchema } from './state.js';
import {
  countSchema,
  daySchema,
  groupsSchema,
  idSchema,
  keptList,
  type StateSchema,
  withLaws,
} from './state-schemas.js';
import { compareText, keepFirst, oncePerId } from './tallies.js';
import {
  dayAfter,
  dayOf,
  inWindow,
  type MetricOptions,
  type MetricsWindow,
  requireWindow,
  sharedDays,
} from './window.js';

/**
 * Fewer events than this, before and after all the decisions together, and
 * {@link changeImpactMetric} raises its caution.
 */
const CAUTION_BELOW = 10;

/**
 * Events and the person-days they were counted over, on one side of a decision.
 *
 * @example
 * ```ts
 * const before: ImpactPeriod = { count: 4, days: 90 };
 * ```
 * @category Governance metrics
 */
export interface ImpactPeriod {
  /** Events of the kinds counted. */
  count: number;
  /** Person-days observed (the days of the period the person was supported and the records cover). */
  days: number;
}

/**
 * One co-produced decision, with the events before and after it.
 *
 * @example
 * ```ts
 * const row: DecisionImpact = report.changeImpact.decisions[0];
 * `${row.on}: ${row.before.count} → ${row.after.count}`;
 * ```
 * @category Governance metrics
 */
export interface DecisionImpact {
  /** The person. */
  readonly personId: string;
  /** Their plan. */
  readonly planId: string;
  /** The record's groups (service, team, …). */
  readonly groups: Readonly<Record<string, string>>;
  /** The review the decision was taken at. */
  readonly reviewId: string;
  /** The decision. */
  readonly decisionId: string;
  /** The day it was taken: the review's day. */
  readonly on: IsoDate;
  /** What was decided. */
  readonly text: string;
  /** Events in the days before it. */
  readonly before: ImpactPeriod;
  /** Events in the days after it. */
  readonly after: ImpactPeriod;
  /**
   * The rate after ÷ the rate before (per person-day); `null` when there were no events
   * before or a side has no days observed.
   */
  readonly ratio: number | null;
}

/**
 * The state of {@link changeImpactMetric}: plain JSON totals and the decisions kept for the
 * list.
 *
 * @example
 * ```ts
 * const state: ChangeImpactState = changeImpactMetric({ window }).init();
 * ```
 * @category Governance metrics
 */
export interface ChangeImpactState {
  /** Co-produced decisions that change the plan, dated in the window. */
  decisions: number;
  /** Events and person-days before them, over all of them. */
  before: ImpactPeriod;
  /** Events and person-days after them, over all of them. */
  after: ImpactPeriod;
  /** The decisions listed (up to `limit`), most events first. */
  top: DecisionImpact[];
}

/**
 * What {@link changeImpactMetric} returns.
 *
 * @example
 * ```ts
 * const { caution, cautionMessage, decisionCount }: ChangeImpact = report.changeImpact;
 * ```
 * @category Governance metrics
 */
export interface ChangeImpact {
  /** The window the decisions are dated in; no day after it is counted. */
  readonly window: MetricsWindow;
  /** The event kinds counted, in code-point order. */
  readonly kinds: readonly LifeEventKind[];
  /** The days on each side of a decision. */
  readonly days: number;
  /** Co-produced decisions that change the plan, dated in the window. */
  readonly decisionCount: number;
  /**
   * The events after ÷ the events before, per person-day observed, pooled over every decision,
   * with its exact interval and p-value ({@link rateRatio}).
   */
  readonly rateRatio: RateRatio;
  /** Whether the numbers are too small to tell a change from chance (see {@link changeImpactMetric}). */
  readonly caution: boolean;
  /** What the caution means, in plain words; `null` without a caution. */
  readonly cautionMessage: string | null;
  /** The decisions (up to `limit`): most events first, then by date, person, review and decision. */
  readonly decisions: readonly DecisionImpact[];
}

/**
 * Options for {@link changeImpactMetric}.
 *
 * @example
 * ```ts
 * const options: ChangeImpactOptions = { window: { from: '2026-01-01', to: '2027-01-01' }, kinds: ['incident'], days: 90 };
 * ```
 * @category Governance metrics
 */
export interface ChangeImpactOptions extends MetricOptions {
  /** The life-event kinds counted. Default `['incident']`. */
  readonly kinds?: readonly LifeEventKind[];
  /** The days counted on each side of a decision. Default 90, at least 1. */
  readonly days?: number;
  /** The confidence level of the interval. Default 0.95. */
  readonly confidence?: number;
  /** How many decisions to list. Default 50. */
  readonly limit?: number;
}

const periodSchema = z.strictObject({ count: countSchema, days: countSchema });

const decisionImpactSchema = z.strictObject({
  personId: idSchema,
  planId: idSchema,
  groups: groupsSchema,
  reviewId: idSchema,
  decisionId: idSchema,
  on: daySchema,
  text: z.string().max(10_000),
  before: periodSchema,
  after: periodSchema,
  ratio: z.number().min(0).finite().nullable(),
});

function changeImpactStateSchema(limit: number): StateSchema<ChangeImpactState> {
  return withLaws(
    z.strictObject({
      decisions: countSchema,
      before: periodSchema,
      after: periodSchema,
      top: keptList(decisionImpactSchema, limit),
    }),
    [['the list holds at most the decisions counted', 'top', (s) => s.top.length <= s.decisions]],
  ) as StateSchema<ChangeImpactState>;
}

/**
 * Before and after each co-produced change: did incidents (or any kinds of life event) fall
 * after a decision the person took part in changed their plan?
 *
 * @remarks
 * **Decisions.** A decision counts when it was taken at a review dated in the window that
 * the person took part in (`person.involvement` not `not_involved`: co-produced) and it
 * changes the plan ({@link decisionChangesPlan}: its `changesPlan`, else its words). Its day
 * is the review's. Person records carry no evidence chains, so decisions are read from the
 * plan's reviews; reviews and decisions repeated with the same id count once.
 *
 * **Periods.** Before is the `days` days before the decision day; after is the `days` days
 * after it. The decision day itself is in neither, since an event that day may have come
 * before or after the decision. Both are clipped to the person's support (the plan's `start`
 * and `end`) and the after period to the window's end — the records are read as they stood
 * then, so no day after the window counts as a day without events. Where a period is
 * clipped, rates are compared over the person-days actually observed.
 *
 * **Pooled ratio.** Events and person-days are summed over every decision, before and after,
 * and compared by {@link rateRatio} (after ÷ before, exact conditional interval). Decisions
 * close together for one person share events: each is its own comparison.
 *
 * **Caution.** With fewer than 10 events before and after all the decisions together (or no
 * decision, or no day observed on a side), `caution` is `true` and `cautionMessage` says
 * why: a handful of events can rise or fall by chance alone, so the interval, not the ratio,
 * is what to read.
 * @param options - `window`, `kinds` (default `['incident']`), `days` (default 90),
 * `confidence` (default 0.95) and `limit` (default 50).
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window,
 * kinds, days, confidence or limit.
 * @example
 * ```ts
 * const { impact } = computeMetrics(records, { impact: changeImpactMetric({ window, kinds: ['incident'], days: 90 }) });
 * impact.rateRatio.ratio; // => 0.42
 * impact.caution; // => false
 * ```
 * @category Governance metrics
 */
export function changeImpactMetric(
  options: ChangeImpactOptions,
): Accumulator<ChangeImpactState, ChangeImpact> {
  const policy = resolvePolicy('changeImpactMetric', options);
  return withStateSchema(
    {
      name: 'change impact',
      init: () => ({
        decisions: 0,
        before: { count: 0, days: 0 },
        after: { count: 0, days: 0 },
        top: [],
      }),
      add: (state, record: ProviderRecord) => {
        if (record.type === 'person') addPerson(state, record, policy);
        return state;
      },
      merge: (state, other) => {
        state.decisions += other.decisions;
        state.before.count += other.before.count;
        state.before.days += other.before.days;
        state.after.count += other.after.count;
        state.after.days += other.after.days;
        state.top = keepFirst(state.top, other.top, mostEventsFirst, policy.limit);
        return state;
      },
      finish: (state) => finishState(state, policy),
    },
    changeImpactStateSchema(policy.limit),
  );
}

/** The options, checked once. */
interface Policy {
  readonly window: MetricsWindow;
  readonly kinds: readonly LifeEventKind[];
  readonly wanted: ReadonlySet<string>;
  readonly days: number;
  readonly confidence: number;
  readonly limit: number;
  /** The window's `to` as a day number: the after period stops there. */
  readonly stop: number;
}

function resolvePolicy(fn: string, options: ChangeImpactOptions): Policy {
  const window = requireWindow(fn, requireOptions(fn, options).window);
  const kinds = requireKinds<LifeEventKind>(
    fn,
    options.kinds,
    'life-event kind (such as ["incident"])',
    ['incident'],
  );
  return {
    window,
    kinds,
    wanted: new Set(kinds),
    days: requireWholeNumber(fn, 'days', options.days, 90, 1),
    confidence: requireConfidence(fn, options.confidence),
    limit: requireWholeNumber(fn, 'limit', options.limit, 50, 0),
    stop: dayOf(window.to),
  };
}

/** Whether a review was co-produced: the person took part. */
const coProduced = (review: Review): boolean => review.person.involvement !== 'not_involved';

function addPerson(state: ChangeImpactState, record: PersonRecord, policy: Policy): void {
  const { plan } = record;
  const reviews = oncePerId(plan.reviews).filter(
    (r) => inWindow(policy.window, r.on) && coProduced(r),
  );
  if (reviews.length === 0) return;
  const start = dayOf(plan.start);
  const end = dayAfter(plan.end);
  const events = oncePerId(plan.events)
    .filter((e) => policy.wanted.has(e.kind))
    .map((e) => dayOf(e.on));
  const rows: DecisionImpact[] = [];
  for (const review of reviews) {
    for (const decision of oncePerId(review.decisions)) {
      if (!decisionChangesPlan(decision)) continue;
      const day = dayOf(review.on);
      // Before: [day − days, day); after: [day + 1, day + 1 + days), cut at the window's end.
      const afterStop = Math.min(day + 1 + policy.days, policy.stop);
      const before = period(events, day - policy.days, day, start, end);
      const after = period(events, day + 1, afterStop, start, end);
      state.decisions += 1;
      state.before.count += before.count;
      state.before.days += before.days;
      state.after.count += after.count;
      state.after.days += after.days;
      rows.push({
        personId: plan.personId,
        planId: plan.id,
        groups: { ...(record.groups ?? {}) },
        reviewId: review.id,
        decisionId: decision.id,
        on: review.on,
        text: decision.text,
        before,
        after,
        ratio: ratioOf(before, after, policy.confidence),
      });
    }
  }
  state.top = keepFirst(state.top, rows, mostEventsFirst, policy.limit);
}

/**
 * The events and days of the period from day `from` up to, not including, day `to`, within
 * the support from day `start` up to, not including, day `end`.
 */
function period(
  events: readonly number[],
  from: number,
  to: number,
  start: number,
  end: number,
): ImpactPeriod {
  const days = sharedDays(from, to, start, end);
  if (days === 0) return { count: 0, days: 0 };
  const first = Math.max(from, start);
  const last = Math.min(to, end);
  let count = 0;
  for (const e of events) if (e >= first && e < last) count += 1;
  return { count, days };
}

function ratioOf(before: ImpactPeriod, after: ImpactPeriod, confidence: number): number | null {
  return rateRatio(
    { count: before.count, exposure: before.days },
    { count: after.count, exposure: after.days },
    { confidence },
  ).ratio;
}

function finishState(state: ChangeImpactState, policy: Policy): ChangeImpact {
  const ratio = rateRatio(
    { count: state.before.count, exposure: state.before.days },
    { count: state.after.count, exposure: state.after.days },
    { confidence: policy.confidence },
  );
  const cautionMessage = cautionOf(state);
  return {
    window: policy.window,
    kinds: policy.kinds,
    days: policy.days,
    decisionCount: state.decisions,
    rateRatio: ratio,
    caution: cautionMessage !== null,
    cautionMessage,
    decisions: [...state.top],
  };
}

/** Why the comparison needs care, or `null` when it does not. */
function cautionOf(state: ChangeImpactState): string | null {
  if (state.decisions === 0) {
    return 'No co-produced decision that changes a plan was recorded in the window, so there is nothing to compare.';
  }
  if (state.before.days === 0 || state.after.days === 0) {
    return `No day was observed ${state.before.days === 0 ? 'before' : 'after'} the decisions (support had not started, or the window ended), so there is nothing to compare.`;
  }
  const total = state.before.count + state.after.count;
  if (total < CAUTION_BELOW) {
    return `Only ${total} ${total === 1 ? 'event' : 'events'} before and after the decisions together (fewer than ${CAUTION_BELOW}): too few to tell a change from chance. Read the interval, not the ratio.`;
  }
  return null;
}

function mostEventsFirst(a: DecisionImpact, b: DecisionImpact): number {
  return (
    b.before.count + b.after.count - (a.before.count + a.after.count) ||
    compareText(a.on, b.on) ||
    compareText(a.personId, b.personId) ||
    compareText(a.planId, b.planId) ||
    compareText(a.reviewId, b.reviewId) ||
    compareText(a.decisionId, b.decisionId) ||
    compareText(JSON.stringify(a), JSON.stringify(b))
  );
}
