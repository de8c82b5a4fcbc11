import * as z from 'zod';
import { addDays, type IsoDate } from '../core/index.js';
import { requireConfidence, requireOptions } from '../core/internal/index.js';
import { type GoldenThreadOutcome, goldenThread } from '../evidence/index.js';
import { type Proportion, proportionInterval } from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import type { PersonRecord, ProviderRecord } from './records.js';
import { withStateSchema } from './state.js';
import { countSchema, type StateSchema, withLaws } from './state-schemas.js';
import { oncePerId } from './tallies.js';
import { type MetricOptions, type MetricsWindow, overlapDays, requireWindow } from './window.js';

/**
 * A step of the golden thread, in order: what the person said (`input`), what was decided
 * (`decision`), what was changed (`action`) and how it was checked (`check`).
 *
 * @example
 * ```ts
 * const step: ThreadStep = 'check';
 * ```
 * @category Governance metrics
 */
export type ThreadStep = 'input' | 'decision' | 'action' | 'check';

/** The steps in thread order. */
const STEPS: readonly ThreadStep[] = ['input', 'decision', 'action', 'check'];

/**
 * The state of {@link evidenceCoverageMetric}: plain JSON counts.
 *
 * @example
 * ```ts
 * const state: EvidenceCoverageState = { outcomes: 40, complete: 22, brokenAt: { input: 0, decision: 9, action: 3, check: 6 } };
 * ```
 * @category Governance metrics
 */
export interface EvidenceCoverageState {
  /** Active outcomes of people supported on the window's last day. */
  outcomes: number;
  /** Of them, with a complete thread. */
  complete: number;
  /** The incomplete ones, by the first step missing on their thread. */
  brokenAt: Record<ThreadStep, number>;
}

/**
 * What {@link evidenceCoverageMetric} returns.
 *
 * @example
 * ```ts
 * const { proportion, brokenAt, mostOftenMissing }: EvidenceCoverage = report.evidenceCoverage;
 * ```
 * @category Governance metrics
 */
export interface EvidenceCoverage {
  /** The window; the threads are read as they stood on its last day. */
  readonly window: MetricsWindow;
  /** Active outcomes with a complete thread ÷ active outcomes, with its interval. */
  readonly proportion: Proportion;
  /** The incomplete threads, by the first step missing (the step where the thread breaks). */
  readonly brokenAt: Readonly<Record<ThreadStep, number>>;
  /** The step missing most often (the earlier step on a tie); `null` when no thread breaks. */
  readonly mostOftenMissing: ThreadStep | null;
}

/**
 * Options for {@link evidenceCoverageMetric}.
 *
 * @example
 * ```ts
 * const options: EvidenceCoverageOptions = { window: { from: '2026-07-01', to: '2026-10-01' }, confidence: 0.9 };
 * ```
 * @category Governance metrics
 */
export interface EvidenceCoverageOptions extends MetricOptions {
  /** The confidence level of the interval. Default 0.95. */
  readonly confidence?: number;
}

const evidenceCoverageStateSchema: StateSchema<EvidenceCoverageState> = withLaws(
  z.strictObject({
    outcomes: countSchema,
    complete: countSchema,
    brokenAt: z.strictObject({
      input: countSchema,
      decision: countSchema,
      action: countSchema,
      check: countSchema,
    }),
  }),
  [
    [
      'complete + broken = outcomes',
      'outcomes',
      (s) =>
        s.complete +
          s.brokenAt.input +
          s.brokenAt.decision +
          s.brokenAt.action +
          s.brokenAt.check ===
        s.outcomes,
    ],
  ],
);

/**
 * Evidence-chain coverage: of the outcomes active at a window's end, how many have a
 * complete golden thread — what the person said, a decision about it, a change made, and a
 * check of that change — and where the others break.
 *
 * @remarks The thread is the evidence module's own reading of the person's everyday records:
 * {@link goldenThread} over the plan (its outcomes and reviews), the record's feedback and its
 * actions, as of the window's last day (so later records are left out). An outcome's thread
 * is **complete** when its steps hold each of `input`, `decision`, `action` and `check`; a
 * check is only ever of a done action, so a complete thread shows the change was made. An
 * incomplete thread is counted once, at the **first step missing** in that order — a thread
 * with words and a decision but no action breaks at `action`, whatever else is missing
 * after it. Outcomes count when their `lifecycleStatus` is `active` on the record and their
 * timeframe (if any) starts before the window's end, for people supported on its last day.
 * Outcome ids repeated in one plan count once.
 * @param options - `window` (the window); the confidence level of the interval. Default 0.95.
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window or
 * confidence.
 * @example
 * ```ts
 * const { coverage } = computeMetrics(records, { coverage: evidenceCoverageMetric({ window }) });
 * coverage.proportion.value; // => 0.55
 * coverage.mostOftenMissing; // => 'check'
 * ```
 * @category Governance metrics
 */
export function evidenceCoverageMetric(
  options: EvidenceCoverageOptions,
): Accumulator<EvidenceCoverageState, EvidenceCoverage> {
  const fn = 'evidenceCoverageMetric';
  const w = requireWindow(fn, requireOptions(fn, options).window);
  const confidence = requireConfidence(fn, options.confidence);
  const lastDay = addDays(w.to, -1);
  return withStateSchema(
    {
      name: 'evidence coverage',
      init: () => ({
        outcomes: 0,
        complete: 0,
        brokenAt: { input: 0, decision: 0, action: 0, check: 0 },
      }),
      add: (state, record: ProviderRecord) => {
        if (record.type === 'person') addPerson(state, record, w, lastDay);
        return state;
      },
      merge: (state, other) => {
        state.outcomes += other.outcomes;
        state.complete += other.complete;
        for (const step of STEPS) state.brokenAt[step] += other.brokenAt[step];
        return state;
      },
      finish: (state) => ({
        window: w,
        proportion: proportionInterval(state.complete, state.outcomes, { confidence }),
        brokenAt: { ...state.brokenAt },
        mostOftenMissing: mostOftenMissing(state.brokenAt),
      }),
    },
    evidenceCoverageStateSchema,
  );
}

function addPerson(
  state: EvidenceCoverageState,
  record: PersonRecord,
  w: MetricsWindow,
  lastDay: IsoDate,
): void {
  const { plan } = record;
  if (overlapDays({ from: lastDay, to: w.to }, plan.start, plan.end) === 0) return;
  const active = new Set(
    oncePerId(plan.outcomes)
      .filter(
        (o) =>
          o.lifecycleStatus === 'active' &&
          (o.timeframe?.start === undefined || o.timeframe.start < w.to),
      )
      .map((o) => o.id),
  );
  if (active.size === 0) return;
  const thread = goldenThread(
    plan.personId,
    { plan, feedback: record.feedback, actions: record.actions },
    { asOf: lastDay },
  );
  for (const outcome of thread.outcomes) {
    if (!active.delete(outcome.outcomeId)) continue;
    countThread(state, firstMissing(outcome));
  }
  // An active outcome the thread does not show has nothing on it: it breaks at the start.
  for (const _ of active) countThread(state, 'input');
}

function countThread(state: EvidenceCoverageState, missing: ThreadStep | null): void {
  state.outcomes += 1;
  if (missing === null) state.complete += 1;
  else state.brokenAt[missing] += 1;
}

/** The first step, in thread order, that an outcome's line does not hold; `null` when it holds all four. */
function firstMissing(outcome: GoldenThreadOutcome): ThreadStep | null {
  const held = new Set<string>(outcome.steps.map((s) => s.kind));
  return STEPS.find((step) => !held.has(step)) ?? null;
}

function mostOftenMissing(brokenAt: Readonly<Record<ThreadStep, number>>): ThreadStep | null {
  let best: ThreadStep | null = null;
  for (const step of STEPS) {
    if (brokenAt[step] > 0 && (best === null || brokenAt[step] > brokenAt[best])) best = step;
  }
  return best;
}
