import * as z from 'zod';
import { daysBetween } from '../core/index.js';
import { requireConfidence, requireOptions } from '../core/internal/index.js';
import { type Proportion, proportionInterval } from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import type { ProviderRecord } from './records.js';
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
  oncePerId,
  summarise,
  type ValueSummary,
} from './tallies.js';
import { inWindow, type MetricOptions, type MetricsWindow, requireWindow } from './window.js';

const actionCompletionStateSchema: StateSchema<ActionCompletionState> = withLaws(
  z.strictObject({
    due: countSchema,
    onTime: countSchema,
    late: countSchema,
    open: countSchema,
    dropped: countSchema,
    daysLate: histogramSchema,
  }),
  [
    ['onTime + late + open = due', 'due', (s) => s.onTime + s.late + s.open === s.due],
    [
      'the days-late counts add up to late',
      'daysLate',
      (s) => histogramTotal(s.daysLate) === s.late,
    ],
  ],
);

/**
 * The state of {@link actionCompletionMetric}: plain JSON counts and a histogram of days late.
 *
 * @example
 * ```ts
 * const state: ActionCompletionState = { due: 40, onTime: 31, late: 5, open: 2, dropped: 2, daysLate: { '3': 2, '10': 3 } };
 * ```
 * @category Governance metrics
 */
export interface ActionCompletionState {
  /** Actions due in the window, not counting dropped ones. */
  due: number;
  /** Done on or before the due day. */
  onTime: number;
  /** Done after the due day. */
  late: number;
  /** Not done (still open). */
  open: number;
  /** Dropped: decided against, so left out of `due`. */
  dropped: number;
  /** Days late of the actions done late, by number of days. */
  daysLate: Histogram;
}

/**
 * What {@link actionCompletionMetric} returns.
 *
 * @example
 * ```ts
 * const { proportion, daysLate }: ActionCompletion = report.actionCompletion;
 * ```
 * @category Governance metrics
 */
export interface ActionCompletion {
  /** The window counted. */
  readonly window: MetricsWindow;
  /** Actions done by their due day ÷ actions due in the window, with its interval. */
  readonly proportion: Proportion;
  /** Done after the due day. */
  readonly late: number;
  /** Due in the window and not done. */
  readonly open: number;
  /** Due in the window but dropped (decided against), left out of the denominator. */
  readonly dropped: number;
  /** How late the late ones were, in days. */
  readonly daysLate: ValueSummary;
}

/**
 * Options for {@link actionCompletionMetric}.
 *
 * @example
 * ```ts
 * const options: ActionCompletionOptions = { window: { from: '2026-07-01', to: '2026-10-01' } };
 * ```
 * @category Governance metrics
 */
export interface ActionCompletionOptions extends MetricOptions {
  /** The confidence level of the interval. Default 0.95. */
  readonly confidence?: number;
}

/**
 * Action completion by due date: of the actions due in a window, how many were done by the
 * day they were due.
 *
 * @remarks An action is due in the window when its `dueOn` is in it. `done` with
 * `completedOn ≤ dueOn` is on time; done later is late; `open` is not done, whenever it is
 * counted; `dropped` actions were decided against and are reported but left out of the
 * denominator — a reader should see how many were dropped. Action ids repeated in one record
 * count once. Actions come from person records.
 * @param options - `window` (the window); the confidence level of the interval. Default 0.95.
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window or
 * confidence.
 * @example
 * ```ts
 * computeMetrics(records, { actions: actionCompletionMetric({ window }) }).actions.proportion.value; // => 0.86
 * ```
 * @category Governance metrics
 */
export function actionCompletionMetric(
  options: ActionCompletionOptions,
): Accumulator<ActionCompletionState, ActionCompletion> {
  const fn = 'actionCompletionMetric';
  const w = requireWindow(fn, requireOptions(fn, options).window);
  const confidence = requireConfidence(fn, options.confidence);
  return withStateSchema(
    {
      name: 'action completion',
      init: () => ({
        due: 0,
        onTime: 0,
        late: 0,
        open: 0,
        dropped: 0,
        daysLate: {},
      }),
      add: (state, record: ProviderRecord) => {
        if (record.type !== 'person') return state;
        for (const action of oncePerId(record.actions)) {
          if (!inWindow(w, action.dueOn)) continue;
          if (action.status === 'dropped') {
            state.dropped += 1;
            continue;
          }
          state.due += 1;
          if (action.status === 'open' || action.completedOn === undefined) state.open += 1;
          else if (action.completedOn <= action.dueOn) state.onTime += 1;
          else {
            state.late += 1;
            addToHistogram(state.daysLate, daysBetween(action.dueOn, action.completedOn));
          }
        }
        return state;
      },
      merge: (state, other) => {
        state.due += other.due;
        state.onTime += other.onTime;
        state.late += other.late;
        state.open += other.open;
        state.dropped += other.dropped;
        mergeHistograms(state.daysLate, other.daysLate);
        return state;
      },
      finish: (state) => ({
        window: w,
        proportion: proportionInterval(state.onTime, state.due, { confidence }),
        late: state.late,
        open: state.open,
        dropped: state.dropped,
        daysLate: summarise(state.daysLate),
      }),
    },
    actionCompletionStateSchema,
  );
}
