import * as z from 'zod';
import { requireOptions } from '../core/internal/index.js';
import { type CancelledReason, CancelledReasonSchema } from '../outcomes/index.js';
import { type Proportion, proportionInterval } from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import { isActive, placedOutcomes } from './outcome-window.js';
import {
  classify,
  type Policy,
  type RatingTrendsOptions,
  resolvePolicy,
  windowRatings,
} from './rating-trends.js';
import type { ProviderRecord } from './records.js';
import { withStateSchema } from './state.js';
import { countSchema, dataMap, isCount, type StateSchema, withLaws } from './state-schemas.js';
import { type MetricOptions, type MetricsWindow, requireWindow } from './window.js';

/**
 * A reason an outcome was cancelled, or `not_recorded` when the record gives none.
 *
 * @example
 * ```ts
 * const reason: CancelledReasonOrNone = 'not_recorded';
 * ```
 * @category Governance metrics
 */
export type CancelledReasonOrNone = CancelledReason | 'not_recorded';

/**
 * The state of {@link outcomesNotImprovedMetric}: plain JSON counts.
 *
 * @example
 * ```ts
 * const state: OutcomesNotImprovedState = outcomesNotImprovedMetric({ window }).init();
 * ```
 * @category Governance metrics
 */
export interface OutcomesNotImprovedState {
  /** People with at least one outcome active in the window. */
  people: number;
  /** Of them, people with at least one outcome that did not improve. */
  peopleNotImproved: number;
  /** Outcomes active in the window. */
  outcomes: number;
  /** Of them, outcomes in at least one of the four groups below. */
  notImproved: number;
  /** Outcomes completed in the window without being achieved. */
  completedNotAchieved: number;
  /** Outcomes cancelled in the window. */
  cancelled: number;
  /** Cancelled outcomes by reason (an object without a prototype; `not_recorded` for none). */
  cancelledByReason: Record<string, number>;
  /** Active outcomes rated at least twice in the window (the denominator of the next two). */
  rated: number;
  /** Of them, outcomes whose ratings are stagnating. */
  stagnating: number;
  /** Of them, outcomes whose ratings are deteriorating. */
  deteriorating: number;
  /** Outcomes finished with no date to place the end in a window (not counted above). */
  undated: number;
}

/**
 * What {@link outcomesNotImprovedMetric} returns: the outcomes that did not improve, shown
 * rather than hidden, each group a proportion with its Wilson interval and denominator.
 *
 * @example
 * ```ts
 * const { cancelled, cancelledByReason }: OutcomesNotImproved = report.overall.outcomesNotImproved;
 * ```
 * @category Governance metrics
 */
export interface OutcomesNotImproved {
  /** The window counted. */
  readonly window: MetricsWindow;
  /** Outcomes active in the window (the denominator of the first three shares). */
  readonly outcomes: number;
  /** Outcomes in at least one of the groups below ÷ outcomes active in the window. */
  readonly notImproved: Proportion;
  /** Outcomes completed in the window without being achieved ÷ outcomes active in it. */
  readonly completedNotAchieved: Proportion;
  /** Outcomes cancelled in the window ÷ outcomes active in it. */
  readonly cancelled: Proportion;
  /** Cancelled outcomes by reason, every reason listed (0 when none), `not_recorded` last. */
  readonly cancelledByReason: Readonly<Record<CancelledReasonOrNone, number>>;
  /** Active outcomes rated at least twice in the window (the denominator of the next two). */
  readonly rated: number;
  /** Outcomes whose ratings are stagnating ÷ active outcomes rated at least twice. */
  readonly stagnating: Proportion;
  /** Outcomes whose ratings are deteriorating ÷ active outcomes rated at least twice. */
  readonly deteriorating: Proportion;
  /** People with at least one outcome that did not improve ÷ people with an outcome active in the window. */
  readonly people: Proportion;
  /**
   * Outcomes finished with no date to place the end (`achievedOn`, or `closedOn` for one
   * completed or cancelled without being achieved): not guessed into the window.
   */
  readonly undated: number;
  /** The rating-trends policy used for stagnating and deteriorating. */
  readonly options: Required<Omit<OutcomesNotImprovedOptions, 'window'>>;
}

/**
 * Options for {@link outcomesNotImprovedMetric}: the window, and the same thresholds as
 * {@link ratingTrendsMetric} for stagnating and deteriorating.
 *
 * @example
 * ```ts
 * const options: OutcomesNotImprovedOptions = { window: { from: '2026-07-01', to: '2026-10-01' }, deterioration: 'trend' };
 * ```
 * @category Governance metrics
 */
export interface OutcomesNotImprovedOptions
  extends MetricOptions,
    Pick<
      RatingTrendsOptions,
      'drop' | 'stagnationRatings' | 'stagnationDays' | 'deterioration' | 'confidence'
    > {}

const REASONS: readonly CancelledReasonOrNone[] = [
  ...CancelledReasonSchema.options,
  'not_recorded',
];

/** Counts one person's outcomes active in the window into the state. */
function addPerson(
  state: OutcomesNotImprovedState,
  record: ProviderRecord,
  w: MetricsWindow,
  policy: Policy,
): OutcomesNotImprovedState {
  if (record.type !== 'person') return state;
  let active = false;
  let notImproved = false;
  for (const { outcome, placement } of placedOutcomes(record, w)) {
    if (placement === 'undated') state.undated += 1;
    if (!isActive(placement)) continue;
    active = true;
    state.outcomes += 1;
    let flagged = false;
    if (placement === 'completed_not_achieved') {
      state.completedNotAchieved += 1;
      flagged = true;
    } else if (placement === 'cancelled') {
      state.cancelled += 1;
      const reason = outcome.cancelledReason ?? 'not_recorded';
      state.cancelledByReason[reason] = (state.cancelledByReason[reason] ?? 0) + 1;
      flagged = true;
    }
    const movement = classify(outcome, windowRatings(outcome, w), policy);
    if (movement !== null && movement !== 'not_enough_ratings') {
      state.rated += 1;
      if (movement === 'stagnating') state.stagnating += 1;
      if (movement === 'deteriorating') state.deteriorating += 1;
      if (movement === 'stagnating' || movement === 'deteriorating') flagged = true;
    }
    if (flagged) {
      state.notImproved += 1;
      notImproved = true;
    }
  }
  if (active) state.people += 1;
  if (notImproved) state.peopleNotImproved += 1;
  return state;
}

/** The result for a state. */
function finishNotImproved(
  state: OutcomesNotImprovedState,
  w: MetricsWindow,
  policy: Policy,
): OutcomesNotImproved {
  const { confidence } = policy;
  const share = (n: number, d: number) => proportionInterval(n, d, { confidence });
  return {
    window: w,
    outcomes: state.outcomes,
    notImproved: share(state.notImproved, state.outcomes),
    completedNotAchieved: share(state.completedNotAchieved, state.outcomes),
    cancelled: share(state.cancelled, state.outcomes),
    cancelledByReason: Object.fromEntries(
      REASONS.map((r) => [r, state.cancelledByReason[r] ?? 0]),
    ) as Record<CancelledReasonOrNone, number>,
    rated: state.rated,
    stagnating: share(state.stagnating, state.rated),
    deteriorating: share(state.deteriorating, state.rated),
    people: share(state.peopleNotImproved, state.people),
    undated: state.undated,
    options: {
      drop: policy.drop,
      stagnationRatings: policy.stagnationRatings,
      stagnationDays: policy.stagnationDays,
      deterioration: policy.deterioration,
      confidence,
    },
  };
}

const outcomesNotImprovedStateSchema: StateSchema<OutcomesNotImprovedState> = withLaws(
  z.strictObject({
    people: countSchema,
    peopleNotImproved: countSchema,
    outcomes: countSchema,
    notImproved: countSchema,
    completedNotAchieved: countSchema,
    cancelled: countSchema,
    cancelledByReason: dataMap(
      countSchema,
      new RegExp(`^(${[...CancelledReasonSchema.options, 'not_recorded'].join('|')})$`),
      'invalid_state_key',
      isCount,
    ),
    rated: countSchema,
    stagnating: countSchema,
    deteriorating: countSchema,
    undated: countSchema,
  }),
  [
    ['people not improved ≤ people', 'peopleNotImproved', (s) => s.peopleNotImproved <= s.people],
    ['not improved ≤ outcomes', 'notImproved', (s) => s.notImproved <= s.outcomes],
    ['rated ≤ outcomes', 'rated', (s) => s.rated <= s.outcomes],
    [
      'stagnating + deteriorating ≤ rated',
      'rated',
      (s) => s.stagnating + s.deteriorating <= s.rated,
    ],
    [
      'cancelled by reason adds up to cancelled',
      'cancelledByReason',
      (s) => Object.values(s.cancelledByReason).reduce((a, b) => a + b, 0) === s.cancelled,
    ],
  ],
);

/**
 * Outcomes that did not improve, shown with their denominators — completed without being
 * achieved, cancelled (with the reasons), stagnating and deteriorating — so that a report is
 * open about what did not work as well as what did.
 *
 * @remarks
 * - **Active in the window** means what it means for {@link wellbeingAreasMetric}: an agreed
 *   outcome of a person supported in the window, not starting after it and not finished
 *   (achieved, or completed or cancelled by `closedOn`) before it.
 * - **Completed not achieved** and **cancelled** count the outcomes that closed in the window
 *   (`closedOn`), ÷ outcomes active in the window. Cancellations are counted by
 *   `cancelledReason`, `not_recorded` when the record gives none.
 * - **Stagnating** and **deteriorating** are {@link ratingTrendsMetric}'s own readings (the
 *   same code, the same `deterioration`, `drop` and stagnation options) on the ratings in the
 *   window, ÷ active outcomes rated at least twice in it.
 * - `notImproved` counts each outcome once, however many groups it is in (a flat run of
 *   ratings and then a cancellation); `people` is people with at least one such outcome.
 * - Outcomes that finished with no date to place the end are counted in `undated`, not
 *   guessed into the window. Setting records are not counted.
 * @param options - `window` (such as a quarter), the rating-trends thresholds and the
 * confidence level of the intervals.
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window or
 * option.
 * @example
 * ```ts
 * const { notImproved } = computeMetrics(records, { notImproved: outcomesNotImprovedMetric({ window: { from: '2026-07-01', to: '2026-10-01' } }) });
 * notImproved.cancelled; // => { numerator: 4, denominator: 180, value: 0.022…, lower: …, upper: … }
 * notImproved.cancelledByReason.person_chose; // => 2
 * ```
 * @category Governance metrics
 */
export function outcomesNotImprovedMetric(
  options: OutcomesNotImprovedOptions,
): Accumulator<OutcomesNotImprovedState, OutcomesNotImproved> {
  const fn = 'outcomesNotImprovedMetric';
  const w = requireWindow(fn, requireOptions(fn, options).window);
  const policy = resolvePolicy(fn, { ...options, limit: 0 });
  return withStateSchema(
    {
      name: 'outcomes not improved',
      init: () => ({
        people: 0,
        peopleNotImproved: 0,
        outcomes: 0,
        notImproved: 0,
        completedNotAchieved: 0,
        cancelled: 0,
        cancelledByReason: Object.create(null) as Record<string, number>,
        rated: 0,
        stagnating: 0,
        deteriorating: 0,
        undated: 0,
      }),
      add: (state, record) => addPerson(state, record, w, policy),
      merge: (state, other) => {
        state.people += other.people;
        state.peopleNotImproved += other.peopleNotImproved;
        state.outcomes += other.outcomes;
        state.notImproved += other.notImproved;
        state.completedNotAchieved += other.completedNotAchieved;
        state.cancelled += other.cancelled;
        for (const [reason, n] of Object.entries(other.cancelledByReason)) {
          state.cancelledByReason[reason] = (state.cancelledByReason[reason] ?? 0) + n;
        }
        state.rated += other.rated;
        state.stagnating += other.stagnating;
        state.deteriorating += other.deteriorating;
        state.undated += other.undated;
        return state;
      },
      finish: (state) => finishNotImproved(state, w, policy),
    },
    outcomesNotImprovedStateSchema,
  );
}
