import * as z from 'zod';
import { requireConfidence, requireOptions } from '../core/internal/index.js';
import { isAchieved, type Outcome } from '../outcomes/index.js';
import { type Proportion, proportionInterval } from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import type { ProviderRecord } from './records.js';
import { withStateSchema } from './state.js';
import { countSchema, type StateSchema, withLaws } from './state-schemas.js';
import { oncePerId } from './tallies.js';
import {
  inWindow,
  type MetricOptions,
  type MetricsWindow,
  overlapDays,
  requireWindow,
} from './window.js';

const goalAchievementStateSchema: StateSchema<GoalAchievementState> = withLaws(
  z.strictObject({
    people: countSchema,
    achieving: countSchema,
    outcomesAchieved: countSchema,
    peopleWithoutOutcomes: countSchema,
    achievedWithoutDate: countSchema,
  }),
  [
    ['achieving ≤ people', 'achieving', (s) => s.achieving <= s.people],
    ['achieving ≤ outcomesAchieved', 'achieving', (s) => s.achieving <= s.outcomesAchieved],
  ],
);

/**
 * The state of {@link goalAchievementMetric}: plain JSON counts.
 *
 * @example
 * ```ts
 * const state: GoalAchievementState = { people: 96, achieving: 41, outcomesAchieved: 52, peopleWithoutOutcomes: 3, achievedWithoutDate: 1 };
 * ```
 * @category Governance metrics
 */
export interface GoalAchievementState {
  /** People supported in the window with at least one agreed outcome. */
  people: number;
  /** Of them, people with an outcome achieved in the window. */
  achieving: number;
  /** Outcomes achieved in the window. */
  outcomesAchieved: number;
  /** People supported in the window with no agreed outcome at all. */
  peopleWithoutOutcomes: number;
  /** Outcomes marked achieved with no `achievedOn` date, which cannot be placed in a window. */
  achievedWithoutDate: number;
}

/**
 * What {@link goalAchievementMetric} returns.
 *
 * @example
 * ```ts
 * const { proportion }: GoalAchievement = report.goalAchievement;
 * ```
 * @category Governance metrics
 */
export interface GoalAchievement extends Readonly<GoalAchievementState> {
  /** The window counted. */
  readonly window: MetricsWindow;
  /** People achieving at least one outcome ÷ people with an agreed outcome, with its interval. */
  readonly proportion: Proportion;
}

/** Outcomes that were never agreed, or were recorded by mistake, are not goals to achieve. */
const NOT_AGREED: ReadonlySet<Outcome['lifecycleStatus']> = new Set([
  'proposed',
  'rejected',
  'entered-in-error',
]);

/**
 * Options for {@link goalAchievementMetric}.
 *
 * @example
 * ```ts
 * const options: GoalAchievementOptions = { window: { from: '2026-07-01', to: '2026-10-01' } };
 * ```
 * @category Governance metrics
 */
export interface GoalAchievementOptions extends MetricOptions {
  /** The confidence level of the interval. Default 0.95. */
  readonly confidence?: number;
}

/**
 * The share of people achieving at least one of their outcomes in a window — "% of people
 * achieving at least one goal in the quarter".
 *
 * @remarks
 * - **Denominator:** people supported on at least one day of the window (their plan overlaps
 *   it) with at least one agreed outcome — any lifecycle status except `proposed`,
 *   `rejected` and `entered-in-error`, and not starting after the window.
 * - **Numerator:** those of them with an outcome achieved (or sustained) whose `achievedOn`
 *   falls in the window.
 * - Outcomes marked achieved without a date are counted in `achievedWithoutDate` rather than
 *   guessed into a window; people supported with no agreed outcome are counted in
 *   `peopleWithoutOutcomes`. Both are worth a manager's attention.
 * - An outcome id repeated in one plan counts once. Setting records are not counted.
 * @param options - `window` (the window, such as a quarter); the confidence level of the interval. Default 0.95.
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window or
 * confidence.
 * @example
 * ```ts
 * const { goals } = computeMetrics(records, { goals: goalAchievementMetric({ window: { from: '2026-07-01', to: '2026-10-01' } }) });
 * goals.proportion; // => { numerator: 41, denominator: 96, value: 0.427…, lower: 0.33…, upper: 0.52…, … }
 * ```
 * @category Governance metrics
 */
export function goalAchievementMetric(
  options: GoalAchievementOptions,
): Accumulator<GoalAchievementState, GoalAchievement> {
  const fn = 'goalAchievementMetric';
  const w = requireWindow(fn, requireOptions(fn, options).window);
  const confidence = requireConfidence(fn, options.confidence);
  return withStateSchema(
    {
      name: 'goal achievement',
      init: () => ({
        people: 0,
        achieving: 0,
        outcomesAchieved: 0,
        peopleWithoutOutcomes: 0,
        achievedWithoutDate: 0,
      }),
      add: (state, record: ProviderRecord) => {
        if (record.type !== 'person') return state;
        const { plan } = record;
        if (overlapDays(w, plan.start, plan.end) === 0) return state;
        const agreed = oncePerId(plan.outcomes).filter(
          (o) =>
            !NOT_AGREED.has(o.lifecycleStatus) &&
            (o.timeframe?.start === undefined || o.timeframe.start < w.to),
        );
        if (agreed.length === 0) {
          state.peopleWithoutOutcomes += 1;
          return state;
        }
        state.people += 1;
        let achieved = 0;
        for (const outcome of agreed) {
          if (!isAchieved(outcome)) continue;
          if (outcome.achievedOn === undefined) state.achievedWithoutDate += 1;
          else if (inWindow(w, outcome.achievedOn)) achieved += 1;
        }
        state.outcomesAchieved += achieved;
        if (achieved > 0) state.achieving += 1;
        return state;
      },
      merge: (state, other) => {
        state.people += other.people;
        state.achieving += other.achieving;
        state.outcomesAchieved += other.outcomesAchieved;
        state.peopleWithoutOutcomes += other.peopleWithoutOutcomes;
        state.achievedWithoutDate += other.achievedWithoutDate;
        return state;
      },
      finish: (state) => ({
        window: w,
        ...state,
        proportion: proportionInterval(state.achieving, state.people, { confidence }),
      }),
    },
    goalAchievementStateSchema,
  );
}
