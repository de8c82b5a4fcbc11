import * as z from 'zod';
import { requireConfidence, requireOptions } from '../core/internal/index.js';
import { type Proportion, proportionInterval } from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import { requireKinds } from './kinds.js';
import { type ProviderRecord, WORK_AND_LEARNING_KINDS } from './records.js';
import { withStateSchema } from './state.js';
import { countSchema, countsSchema, type StateSchema, withLaws } from './state-schemas.js';
import { bump } from './tallies.js';
import {
  inWindow,
  type MetricOptions,
  type MetricsWindow,
  overlapDays,
  requireWindow,
} from './window.js';

/** The schema of a {@link WorkAndLearningState} counting `kinds`. */
function workAndLearningStateSchema(kinds: ReadonlySet<string>): StateSchema<WorkAndLearningState> {
  return withLaws(
    z.strictObject({
      people: countSchema,
      engaged: countSchema,
      byKind: countsSchema,
      unkinded: countSchema,
    }),
    [
      ['engaged ≤ people', 'engaged', (s) => s.engaged <= s.people],
      ['unkinded ≤ people', 'unkinded', (s) => s.unkinded <= s.people],
      [
        'byKind counts only the metric’s kinds',
        'byKind',
        (s) => Object.keys(s.byKind).every((k) => kinds.has(k)),
      ],
      [
        'each kind’s count ≤ engaged',
        'byKind',
        (s) => Object.values(s.byKind).every((n) => n <= s.engaged),
      ],
    ],
  );
}

/**
 * The state of {@link workAndLearningMetric}: plain JSON counts.
 *
 * @example
 * ```ts
 * const state: WorkAndLearningState = { people: 40, engaged: 9, byKind: { volunteering: 6 }, unkinded: 2 };
 * ```
 * @category Governance metrics
 */
export interface WorkAndLearningState {
  /** People supported on at least one day of the window. */
  people: number;
  /** Of them, people with at least one work or learning activity in the window. */
  engaged: number;
  /** People with at least one activity of each work or learning kind, by kind. */
  byKind: Record<string, number>;
  /** People with activities in the window none of which has a kind recorded. */
  unkinded: number;
}

/**
 * What {@link workAndLearningMetric} finds: how many people supported took part in paid work,
 * volunteering, education or training in the window.
 *
 * @example
 * ```ts
 * const { proportion, byKind } = result;
 * proportion.value; // => 0.225 (9 of 40)
 * ```
 * @category Governance metrics
 */
export interface WorkAndLearning {
  /** The window counted. */
  readonly window: MetricsWindow;
  /** The kinds counted as work and learning. */
  readonly kinds: readonly string[];
  /**
   * People with at least one activity of those kinds in the window ÷ people supported on at
   * least one day of it, with its interval.
   */
  readonly proportion: Proportion;
  /** People with at least one activity of each kind, every kind listed (0 when none). */
  readonly byKind: Readonly<Record<string, number>>;
  /**
   * People whose activities in the window have no kind recorded: they may work or study
   * without the records saying so, so the proportion is a lower bound while this is not 0.
   */
  readonly unkinded: number;
}

/**
 * Options for {@link workAndLearningMetric}.
 *
 * @example
 * ```ts
 * const options: WorkAndLearningOptions = { window: { from: '2026-07-01', to: '2026-10-01' }, kinds: ['paid_work'] };
 * ```
 * @category Governance metrics
 */
export interface WorkAndLearningOptions extends MetricOptions {
  /** The activity kinds that count. Default {@link WORK_AND_LEARNING_KINDS}. */
  readonly kinds?: readonly string[];
  /** The confidence level of the interval. Default 0.95. */
  readonly confidence?: number;
}

/**
 * Participation in work, education, training and volunteering — the Care Act 2014 s.1
 * wellbeing area commissioners ask about — as people taking part ÷ people supported in a
 * window, with a Wilson interval and the count for each kind.
 *
 * @remarks A person counts once however many activities they had; an activity counts when it
 * is in the window and inside the person's support. Activities without a `kind` are never
 * guessed at: people with only such activities are reported as `unkinded`. Setting records
 * are not counted.
 * @param options - `window`, the `kinds` that count and the confidence level.
 * @returns An accumulator; use it with {@link computeMetrics} or on its own.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window or
 * confidence, or no kinds.
 * @example
 * ```ts
 * const { work } = computeMetrics(records, { work: workAndLearningMetric({ window: { from: '2026-07-01', to: '2026-10-01' } }) });
 * work.proportion; // => { numerator: 9, denominator: 40, value: 0.225, lower: …, upper: … }
 * ```
 * @category Governance metrics
 */
export function workAndLearningMetric(
  options: WorkAndLearningOptions,
): Accumulator<WorkAndLearningState, WorkAndLearning> {
  const fn = 'workAndLearningMetric';
  const window = requireWindow(fn, requireOptions(fn, options).window);
  const confidence = requireConfidence(fn, options.confidence);
  const kinds = requireKinds(fn, options.kinds, 'activity kind', WORK_AND_LEARNING_KINDS);
  const counted: ReadonlySet<string> = new Set(kinds);
  return withStateSchema(
    {
      name: 'work and learning',
      init: () => ({ people: 0, engaged: 0, byKind: Object.create(null), unkinded: 0 }),
      add: (state, record: ProviderRecord) => {
        if (record.type !== 'person') return state;
        const { start, end } = record.plan;
        if (overlapDays(window, start, end) === 0) return state;
        state.people += 1;
        const found = new Set<string>();
        let any = false;
        let anyKind = false;
        for (const activity of record.activities ?? []) {
          if (!inWindow(window, activity.on) || activity.on < start) continue;
          if (end !== undefined && activity.on > end) continue;
          any = true;
          if (activity.kind === undefined) continue;
          anyKind = true;
          if (counted.has(activity.kind)) found.add(activity.kind);
        }
        if (found.size > 0) state.engaged += 1;
        for (const kind of found) state.byKind[kind] = (state.byKind[kind] ?? 0) + 1;
        if (any && !anyKind) state.unkinded += 1;
        return state;
      },
      merge: (state, other) => {
        state.people += other.people;
        state.engaged += other.engaged;
        state.unkinded += other.unkinded;
        for (const kind of Object.keys(other.byKind))
          bump(state.byKind, kind, other.byKind[kind] as number);
        return state;
      },
      finish: (state) => ({
        window,
        kinds,
        proportion: proportionInterval(state.engaged, state.people, { confidence }),
        byKind: Object.fromEntries(kinds.map((k) => [k, state.byKind[k] ?? 0])),
        unkinded: state.unkinded,
      }),
    },
    workAndLearningStateSchema(counted),
  );
}
