import * as z from 'zod';
import {
  requireConfidence,
  requireOptions,
  requireWholeNumber,
  unexpected,
} from '../core/internal/index.js';
import type { BuiltInEventKind, EventSeverity, LifeEventKind } from '../reviews/index.js';
import {
  type ImprovementDirection,
  type PoissonInterval,
  poissonInterval,
  type XmrChart,
  xmrChart,
} from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import { requireKinds } from './kinds.js';
import { seriesMonths } from './limits.js';
import type { ProviderRecord } from './records.js';
import { withStateSchema } from './state.js';
import { countSchema, monthPairsSchema, type StateSchema } from './state-schemas.js';
import { addToMonth, oncePerId } from './tallies.js';
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

/**
 * Options for {@link eventRateMetric}.
 *
 * @example
 * ```ts
 * const options: EventRateOptions = { window, kinds: ['incident'], minSeverity: 'medium' };
 * ```
 * @category Governance metrics
 */
export interface EventRateOptions extends MetricOptions {
  /** The life-event kinds counted. */
  readonly kinds: readonly LifeEventKind[];
  /** Count only events at least this severe. Default: every severity. */
  readonly minSeverity?: EventSeverity;
  /** The rate is per this many person-days. Default 1000. */
  readonly per?: number;
  /** The confidence level of the intervals. Default 0.95. */
  readonly confidence?: number;
  /** Which way is better on the monthly control chart. Default `'decrease'`. */
  readonly improvement?: ImprovementDirection;
}

/**
 * One calendar month of an event rate.
 *
 * @example
 * ```ts
 * const october: MonthlyRate = { month: '2026-10', count: 2, personDays: 3100, rate: 0.645 };
 * ```
 * @category Governance metrics
 */
export interface MonthlyRate {
  /** The month, `YYYY-MM` (only its days inside the window count). */
  readonly month: string;
  /** Events in the month. */
  readonly count: number;
  /** Person-days of support in the month. */
  readonly personDays: number;
  /** Events per `per` person-days; `null` when no one was supported that month. */
  readonly rate: number | null;
}

/**
 * What {@link eventRateMetric} returns.
 *
 * @example
 * ```ts
 * const { events, monthly, chart }: EventRate = computeMetrics(records, { falls: eventRateMetric(options) }).falls;
 * ```
 * @category Governance metrics
 */
export interface EventRate {
  /** The window counted. */
  readonly window: MetricsWindow;
  /** The event kinds counted. */
  readonly kinds: readonly LifeEventKind[];
  /** People supported on at least one day of the window. */
  readonly people: number;
  /**
   * Events counted, with the person-days as exposure and the exact rate per `per` days:
   * `events.count`, `events.rate?.value`.
   */
  readonly events: PoissonInterval;
  /** Each calendar month the window touches, in order. */
  readonly monthly: readonly MonthlyRate[];
  /** An XmR chart of the monthly rates (months with no one supported are left out). */
  readonly chart: XmrChart;
}

const eventRateStateSchema: StateSchema<EventRateState> = z.strictObject({
  people: countSchema,
  count: countSchema,
  personDays: countSchema,
  months: monthPairsSchema,
});

/**
 * The state of {@link eventRateMetric}: plain JSON counts, with `[events, person-days]` for each month.
 *
 * @example
 * ```ts
 * const state: EventRateState = { people: 3, count: 1, personDays: 270, months: { "2026-10": [1, 93] } };
 * ```
 * @category Governance metrics
 */
export interface EventRateState {
  /** People supported on at least one day of the window. */
  people: number;
  /** Events counted. */
  count: number;
  /** Person-days of support in the window. */
  personDays: number;
  /** Each month's `[events, person-days]`, by `YYYY-MM`. */
  months: Record<string, [number, number]>;
}

const SEVERITY = { low: 0, medium: 1, high: 2, critical: 3 } as const;

/**
 * Counts life events of chosen kinds against the person-days of support in a window: the
 * exact rate per 1,000 person-days, the rate for each month, and an XmR chart of the months.
 *
 * @remarks Person-days are the days of the window that fall inside each person's plan
 * (`start` to `end`, both included). An event counts when it is in the window and inside the
 * person's support; an event id repeated within one plan counts once. Setting records are
 * not counted.
 * @param options - The window, the kinds and the policy.
 * @returns An accumulator; use it with {@link computeMetrics} or on its own.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window,
 * no kinds, or a bad `per` or confidence.
 * @example
 * ```ts
 * const incidents = eventRateMetric({ window, kinds: ['incident'] });
 * computeMetrics(records, { incidents }).incidents.events.rate?.value; // => 4.2 (per 1,000 person-days)
 * ```
 * @category Governance metrics
 */
export function eventRateMetric(options: EventRateOptions): Accumulator<EventRateState, EventRate> {
  const policy = resolvePolicy('eventRateMetric', options);
  const { kinds } = policy;
  return withStateSchema(
    {
      name: `rate of ${kinds.join(', ')}`,
      init: () => ({ people: 0, count: 0, personDays: 0, months: Object.create(null) }),
      add: (state, record) => addPerson(state, record, policy),
      merge: (state, other) => {
        state.people += other.people;
        state.count += other.count;
        state.personDays += other.personDays;
        for (const [month, [count, days]] of Object.entries(other.months)) {
          addToMonth(state.months, month, count, days);
        }
        return state;
      },
      finish: (state) => finishRate(state, policy),
    },
    eventRateStateSchema,
  );
}

/** The options of {@link eventRateMetric}, checked, with what the counting needs. */
interface RatePolicy {
  readonly window: MetricsWindow;
  readonly kinds: readonly string[];
  readonly wanted: ReadonlySet<string>;
  readonly least: number;
  readonly per: number;
  readonly confidence: number;
  readonly improvement: ImprovementDirection;
  readonly months: readonly string[];
  readonly monthly: MonthDays;
}

function resolvePolicy(fn: string, options: EventRateOptions): RatePolicy {
  const window = requireWindow(fn, requireOptions(fn, options).window);
  const kinds = requireKinds(fn, options.kinds, 'life-event kind (such as "incident")');
  const months = seriesMonths(fn, window);
  return {
    window,
    kinds,
    wanted: new Set(kinds),
    least: SEVERITY[options.minSeverity ?? 'low'],
    per: requireWholeNumber(fn, 'per', options.per, 1000, 1),
    confidence: requireConfidence(fn, options.confidence),
    improvement: options.improvement ?? 'decrease',
    months,
    monthly: monthDays(window, months),
  };
}

/** Counts one person's person-days and events into the state. */
function addPerson(
  state: EventRateState,
  record: ProviderRecord,
  policy: RatePolicy,
): EventRateState {
  if (record.type !== 'person') return state;
  const { window, wanted, least, monthly } = policy;
  const { start, end, events } = record.plan;
  const days = spreadOverMonths(monthly, dayOf(start), dayAfter(end), state.months, 'days');
  if (days === 0) return state;
  state.people += 1;
  state.personDays += days;
  for (const event of oncePerId(events)) {
    if (
      wanted.has(event.kind) &&
      SEVERITY[event.severity] >= least &&
      inWindow(window, event.on) &&
      event.on >= start &&
      (end === undefined || event.on <= end)
    ) {
      state.count += 1;
      addToMonth(state.months, monthOf(event.on), 1, 0);
    }
  }
  return state;
}

function finishRate(state: EventRateState, policy: RatePolicy): EventRate {
  const { per, confidence, improvement } = policy;
  const monthly = policy.months.map((month): MonthlyRate => {
    const [count, personDays] = state.months[month] ?? [0, 0];
    return { month, count, personDays, rate: personDays === 0 ? null : (count / personDays) * per };
  });
  const values = monthly.flatMap((m) => (m.rate === null ? [] : [m.rate]));
  return {
    window: policy.window,
    kinds: policy.kinds as LifeEventKind[],
    people: state.people,
    events: poissonInterval(state.count, { exposure: state.personDays, per, confidence }),
    monthly,
    chart: xmrChart(values, { improvement, measure: 'rate' }),
  };
}

/**
 * Options for {@link unplannedAdmissionsMetric}.
 *
 * @example
 * ```ts
 * const options: UnplannedAdmissionsOptions = { window: { from: '2026-07-01', to: '2026-10-01' } };
 * ```
 * @category Governance metrics
 */
export interface UnplannedAdmissionsOptions extends MetricOptions {
  /** The confidence level of the interval. Default 0.95. */
  readonly confidence?: number;
}

/**
 * Unplanned hospital admissions per 1,000 person-days in a window, with the exact interval,
 * the monthly rates and their XmR chart: {@link eventRateMetric} for the
 * `hospital_admission_unplanned` kind.
 *
 * @param options - `window` (the window counted); the confidence level. Default 0.95.
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window or
 * confidence.
 * @example
 * ```ts
 * const { events } = computeMetrics(records, { admissions: unplannedAdmissionsMetric({ window }) }).admissions;
 * events.count; // => 3
 * events.rate; // => { exposure: 8464, per: 1000, value: 0.354…, lower: 0.073…, upper: 1.036… }
 * ```
 * @category Governance metrics
 */
export function unplannedAdmissionsMetric(
  options: UnplannedAdmissionsOptions,
): Accumulator<EventRateState, EventRate> {
  try {
    const kinds: readonly BuiltInEventKind[] = ['hospital_admission_unplanned'];
    return eventRateMetric({
      ...requireOptions('unplannedAdmissionsMetric', options),
      kinds,
    });
  } catch (error) {
    throw unexpected('unplannedAdmissionsMetric', error);
  }
}
