import * as z from 'zod';
import { daysBetween, type IsoDate } from '../core/index.js';
import { requireConfidence, requireOptions } from '../core/internal/index.js';
import { type Action, type YouSaidWeDidEntry, youSaidWeDid } from '../reviews/index.js';
import { type Proportion, proportionInterval } from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import type { PersonRecord, ProviderRecord } from './records.js';
import { withStateSchema } from './state.js';
import {
  countSchema,
  histogramSchema,
  histogramTotal,
  type StateSchema,
  withLaws,
} from './state-schemas.js';
import {
  addToHistogram,
  type Histogram,
  mergeHistograms,
  summarise,
  type ValueSummary,
} from './tallies.js';
import { type MetricOptions, type MetricsWindow, requireWindow } from './window.js';

/**
 * The state of {@link youSaidWeDidMetric}: plain JSON counts and a histogram of whole days
 * from feedback to the day it was acted on.
 *
 * @example
 * ```ts
 * const state: YouSaidWeDidState = { given: 12, answered: 8, inProgress: 2, noAction: 1, dropped: 1, daysToAction: { '9': 3, '21': 5 } };
 * ```
 * @category Governance metrics
 */
export interface YouSaidWeDidState {
  /** Feedback given in the window. */
  given: number;
  /** Of it, acted on by the window's end: every action answering it done or dropped, at least one done. */
  answered: number;
  /** Still being worked on at the window's end: an action answering it is open. */
  inProgress: number;
  /** With no action answering it at the window's end. */
  noAction: number;
  /** Every action answering it was dropped (decided against). */
  dropped: number;
  /**
   * Whole days from the feedback to the day the last of its actions was done, for answered
   * feedback, by number of days. Both days fall in the window, so it holds at most one key
   * per day of the window, however many people.
   */
  daysToAction: Histogram;
}

/**
 * What {@link youSaidWeDidMetric} returns.
 *
 * @example
 * ```ts
 * const { proportion, daysToAction, open }: YouSaidWeDidMetric = report.youSaidWeDid;
 * ```
 * @category Governance metrics
 */
export interface YouSaidWeDidMetric {
  /** The window counted. */
  readonly window: MetricsWindow;
  /** Feedback acted on by the window's end ÷ feedback given in the window, with its interval. */
  readonly proportion: Proportion;
  /** Days from the feedback to the day it was acted on (its median exact), over answered feedback. */
  readonly daysToAction: ValueSummary;
  /** Feedback given in the window and still open at its end: `inProgress + noAction`. */
  readonly open: number;
  /** Open, with an action answering it still being worked on. */
  readonly inProgress: number;
  /** Open, with no action answering it. */
  readonly noAction: number;
  /** Not acted on because every action answering it was dropped (kept in the denominator). */
  readonly dropped: number;
}

/**
 * Options for {@link youSaidWeDidMetric}.
 *
 * @example
 * ```ts
 * const options: YouSaidWeDidMetricOptions = { window: { from: '2026-07-01', to: '2026-10-01' } };
 * ```
 * @category Governance metrics
 */
export interface YouSaidWeDidMetricOptions extends MetricOptions {
  /** The confidence level of the interval. Default 0.95. */
  readonly confidence?: number;
}

const youSaidWeDidStateSchema: StateSchema<YouSaidWeDidState> = withLaws(
  z.strictObject({
    given: countSchema,
    answered: countSchema,
    inProgress: countSchema,
    noAction: countSchema,
    dropped: countSchema,
    daysToAction: histogramSchema,
  }),
  [
    [
      'answered + in progress + no action + dropped ≤ given',
      'given',
      (s) => s.answered + s.inProgress + s.noAction + s.dropped <= s.given,
    ],
    [
      'days to action counts each answered piece once',
      'daysToAction',
      (s) => histogramTotal(s.daysToAction) === s.answered,
    ],
  ],
);

/**
 * "You said, we did" completion: of the feedback given in a window, how much had been acted
 * on by the window's end, how long that took, and how much is still open.
 *
 * @remarks Feedback is paired with the actions answering it by {@link youSaidWeDid} — the
 * one pairing rule, through each action's `feedbackIds` — over the person record's actions
 * and the actions agreed at the plan's reviews, as they stood on the window's last day.
 * Feedback is **answered** when {@link youSaidWeDid} says `done`: every action answering it
 * was done (completed before the window's end) or dropped, and at least one was done. The
 * days to action run from the day the feedback was given to the day the last of those actions
 * was done (0 when an action was done on the day, or recorded as done before it). Feedback
 * still open at the window's end is counted: `inProgress` (an action is open) and `noAction`
 * (nothing answers it yet); feedback whose every action was dropped is counted as `dropped`.
 * All of it stays in the denominator, so feedback nobody acted on lowers the figure. Feedback
 * or actions repeated with the same id count once.
 * @param options - `window` (the window); the confidence level of the interval. Default 0.95.
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window or
 * confidence.
 * @example
 * ```ts
 * const { said } = computeMetrics(records, { said: youSaidWeDidMetric({ window }) });
 * said.proportion.value; // => 0.75
 * said.daysToAction.median; // => 14
 * ```
 * @category Governance metrics
 */
export function youSaidWeDidMetric(
  options: YouSaidWeDidMetricOptions,
): Accumulator<YouSaidWeDidState, YouSaidWeDidMetric> {
  const fn = 'youSaidWeDidMetric';
  const w = requireWindow(fn, requireOptions(fn, options).window);
  const confidence = requireConfidence(fn, options.confidence);
  return withStateSchema(
    {
      name: 'you said, we did',
      init: () => ({
        given: 0,
        answered: 0,
        inProgress: 0,
        noAction: 0,
        dropped: 0,
        daysToAction: Object.create(null) as Histogram,
      }),
      add: (state, record: ProviderRecord) => {
        if (record.type === 'person') addPerson(state, record, w);
        return state;
      },
      merge: (state, other) => {
        state.given += other.given;
        state.answered += other.answered;
        state.inProgress += other.inProgress;
        state.noAction += other.noAction;
        state.dropped += other.dropped;
        mergeHistograms(state.daysToAction, other.daysToAction);
        return state;
      },
      finish: (state) => ({
        window: w,
        proportion: proportionInterval(state.answered, state.given, { confidence }),
        daysToAction: summarise(state.daysToAction),
        open: state.inProgress + state.noAction,
        inProgress: state.inProgress,
        noAction: state.noAction,
        dropped: state.dropped,
      }),
    },
    youSaidWeDidStateSchema,
  );
}

/** Counts one person's feedback in the window, as it stood on the window's last day. */
function addPerson(state: YouSaidWeDidState, record: PersonRecord, w: MetricsWindow): void {
  const feedback = record.feedback ?? [];
  if (feedback.length === 0) return;
  const actions: Action[] = [...(record.actions ?? [])];
  for (const review of record.plan.reviews ?? []) actions.push(...(review.actions ?? []));
  for (const entry of youSaidWeDid(feedback, actions, w).entries) {
    state.given += 1;
    switch (entry.status) {
      case 'done':
        state.answered += 1;
        addToHistogram(state.daysToAction, daysToAction(entry));
        break;
      case 'in_progress':
        state.inProgress += 1;
        break;
      case 'no_action':
        state.noAction += 1;
        break;
      case 'dropped':
        state.dropped += 1;
        break;
      default:
        entry.status satisfies never;
    }
  }
}

/** Whole days from the feedback to the day the last of its done actions was done (at least 0). */
function daysToAction(entry: YouSaidWeDidEntry): number {
  let last: IsoDate = entry.on;
  for (const action of entry.actions) {
    if (action.completedOn !== null && action.completedOn > last) last = action.completedOn;
  }
  return daysBetween(entry.on, last);
}
