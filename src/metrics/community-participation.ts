import * as z from 'zod';
import { type Ratio, ratio } from '../core/index.js';
import { requireConfidence, requireOptions } from '../core/internal/index.js';
import {
  type ImprovementDirection,
  type MannKendall,
  mannKendall,
  type Proportion,
  proportionInterval,
  type TheilSen,
  theilSen,
  type XmrChart,
  xmrChart,
} from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import { seriesMonths } from './limits.js';
import type { ProviderRecord } from './records.js';
import { withStateSchema } from './state.js';
import { countSchema, monthPairsSchema, type StateSchema, withLaws } from './state-schemas.js';
import { addToMonth } from './tallies.js';
import {
  dayAfter,
  dayOf,
  inWindow,
  type MetricOptions,
  type MetricsWindow,
  type MonthDays,
  monthDays,
  monthOf,
  requireWindow,
  spreadOverMonths,
} from './window.js';

const communityParticipationStateSchema: StateSchema<CommunityParticipationState> = withLaws(
  z.strictObject({
    people: countSchema,
    active: countSchema,
    activities: countSchema,
    months: monthPairsSchema,
  }),
  [
    ['active ≤ people', 'active', (s) => s.active <= s.people],
    ['active ≤ activities', 'active', (s) => s.active <= s.activities],
  ],
);

/**
 * The state of {@link communityParticipationMetric}: plain JSON counts, with
 * `[activities, people supported]` for each month.
 *
 * @example
 * ```ts
 * const state: CommunityParticipationState = { people: 3, active: 2, activities: 17, months: { '2026-10': [6, 3] } };
 * ```
 * @category Governance metrics
 */
export interface CommunityParticipationState {
  /** People supported on at least one day of the window. */
  people: number;
  /** Of them, people with at least one community activity in the window. */
  active: number;
  /** Activities in the window. */
  activities: number;
  /** month → [activities, people supported in the month] */
  months: Record<string, [number, number]>;
}

/**
 * One month of community participation.
 *
 * @example
 * ```ts
 * const october: MonthlyParticipation = { month: '2026-10', perPerson: { numerator: 84, denominator: 30, value: 2.8 } };
 * ```
 * @category Governance metrics
 */
export interface MonthlyParticipation {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** Activities in the month ÷ people supported in the month. */
  readonly perPerson: Ratio;
}

/**
 * What {@link communityParticipationMetric} returns.
 *
 * @example
 * ```ts
 * const { perPersonPerMonth, trend }: CommunityParticipation = report.communityParticipation;
 * ```
 * @category Governance metrics
 */
export interface CommunityParticipation {
  /** The window counted. */
  readonly window: MetricsWindow;
  /** Activities ÷ person-months (each person counted once in each month they were supported). */
  readonly perPersonPerMonth: Ratio;
  /** People with at least one activity in the window ÷ people supported in it, with its interval. */
  readonly peopleTakingPart: Proportion;
  /** Each month the window touches, in order. */
  readonly monthly: readonly MonthlyParticipation[];
  /** The trend of the monthly values (months with no one supported are left out). */
  readonly trend: {
    /** Theil–Sen slope: change in activities per person per month, each month. */
    readonly slope: TheilSen;
    /** Mann–Kendall test of the monthly values. */
    readonly test: MannKendall;
  };
  /** An XmR chart of the monthly values (higher is better). */
  readonly chart: XmrChart;
}

/**
 * Options for {@link communityParticipationMetric}.
 *
 * @example
 * ```ts
 * const options: CommunityParticipationOptions = { window: { from: '2026-07-01', to: '2026-10-01' }, improvement: 'increase' };
 * ```
 * @category Governance metrics
 */
export interface CommunityParticipationOptions extends MetricOptions {
  /** Which way is better for the XmR chart. Default `increase`: more participation is better. */
  readonly improvement?: ImprovementDirection;
  /** The confidence level of the interval of `peopleTakingPart`. Default 0.95. */
  readonly confidence?: number;
}

/**
 * Community participation per person per month, and its trend: how often people take part
 * in clubs, classes, work, volunteering and visits, from the `activities` of person records.
 *
 * @remarks
 * A month's value is the activities in it ÷ the people supported on at least one day of it
 * (inside the window). The overall value divides all activities by the person-months — the
 * sum of those monthly denominators — so a person who joined mid-year counts only for their
 * months. The trend is the Theil–Sen slope of the monthly values against the month number
 * (robust to one unusual month) with a Mann–Kendall test; the XmR chart reads the same
 * values with higher as better. Activities outside a person's support are not counted (the
 * parser reports them).
 * @param options - `window` (the window, usually 12 to 24 months for a trend); which way is better on the chart. Default `'increase'`.
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window.
 * @example
 * ```ts
 * const { community } = computeMetrics(records, { community: communityParticipationMetric({ window: { from: '2025-10-01', to: '2026-10-01' } }) });
 * community.perPersonPerMonth.value; // => 2.7
 * community.trend.slope.slope; // => 0.05 (about one more activity a person every 20 months)
 * ```
 * @category Governance metrics
 */
export function communityParticipationMetric(
  options: CommunityParticipationOptions,
): Accumulator<CommunityParticipationState, CommunityParticipation> {
  const fn = 'communityParticipationMetric';
  const w = requireWindow(fn, requireOptions(fn, options).window);
  const improvement = options.improvement ?? 'increase';
  const confidence = requireConfidence(fn, options.confidence);
  const months = seriesMonths(fn, w);
  const monthly = monthDays(w, months);
  return withStateSchema(
    {
      name: 'community participation',
      init: () => ({ people: 0, active: 0, activities: 0, months: Object.create(null) }),
      add: (state, record) => addPerson(state, record, w, monthly),
      merge: (state, other) => {
        state.people += other.people;
        state.active += other.active;
        state.activities += other.activities;
        for (const [month, [n, people]] of Object.entries(other.months)) {
          addToMonth(state.months, month, n, people);
        }
        return state;
      },
      finish: (state) => finishParticipation(state, w, months, improvement, confidence),
    },
    communityParticipationStateSchema,
  );
}

/** Counts one person's months of support and activities into the state. */
function addPerson(
  state: CommunityParticipationState,
  record: ProviderRecord,
  w: MetricsWindow,
  monthly: MonthDays,
): CommunityParticipationState {
  if (record.type !== 'person') return state;
  const { start, end } = record.plan;
  if (spreadOverMonths(monthly, dayOf(start), dayAfter(end), state.months, 'one') === 0) {
    return state;
  }
  state.people += 1;
  let mine = 0;
  for (const activity of record.activities ?? []) {
    const on = activity.on;
    if (!inWindow(w, on) || on < start || (end !== undefined && on > end)) continue;
    mine += 1;
    addToMonth(state.months, monthOf(on), 1, 0);
  }
  state.activities += mine;
  if (mine > 0) state.active += 1;
  return state;
}

function finishParticipation(
  state: CommunityParticipationState,
  w: MetricsWindow,
  months: readonly string[],
  improvement: ImprovementDirection,
  confidence: number,
): CommunityParticipation {
  let personMonths = 0;
  const monthly = months.map((month): MonthlyParticipation => {
    const [n, people] = state.months[month] ?? [0, 0];
    personMonths += people;
    return { month, perPerson: ratio(n, people) };
  });
  const points = monthly.flatMap((m, x) =>
    m.perPerson.value === null ? [] : [{ x, y: m.perPerson.value }],
  );
  const values = points.map((p) => p.y);
  return {
    window: w,
    perPersonPerMonth: ratio(state.activities, personMonths),
    peopleTakingPart: proportionInterval(state.active, state.people, { confidence }),
    monthly,
    trend: { slope: theilSen(points), test: mannKendall(values) },
    chart: xmrChart(values, { improvement, measure: 'rate' }),
  };
}
