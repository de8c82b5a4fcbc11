import * as z from 'zod';
import { requireConfidence, requireOptions } from '../core/internal/index.js';
import { WELLBEING_AREAS, type WellbeingArea, WellbeingAreaSchema } from '../outcomes/index.js';
import { type Proportion, proportionInterval } from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import { isActive, type Placement, placedOutcomes } from './outcome-window.js';
import type { ProviderRecord } from './records.js';
import { withStateSchema } from './state.js';
import { countSchema, dataMap, type StateSchema, withLaws } from './state-schemas.js';
import { type MetricOptions, type MetricsWindow, requireWindow } from './window.js';

/**
 * The counts {@link wellbeingAreasMetric} keeps for one wellbeing area (or for outcomes with
 * no area): plain JSON.
 *
 * @example
 * ```ts
 * const counts: WellbeingAreaCounts = { people: 12, outcomes: 14, achieved: 3, completedNotAchieved: 1, cancelled: 1 };
 * ```
 * @category Governance metrics
 */
export interface WellbeingAreaCounts {
  /** People with at least one outcome in the area active in the window. */
  people: number;
  /** Outcomes in the area active in the window. */
  outcomes: number;
  /** Of them, outcomes achieved (or sustained) in the window. */
  achieved: number;
  /** Of them, outcomes completed in the window without being achieved. */
  completedNotAchieved: number;
  /** Of them, outcomes cancelled in the window. */
  cancelled: number;
}

/**
 * The state of {@link wellbeingAreasMetric}: plain JSON counts.
 *
 * @example
 * ```ts
 * const state: WellbeingAreasState = wellbeingAreasMetric({ window }).init();
 * ```
 * @category Governance metrics
 */
export interface WellbeingAreasState {
  /** People with at least one outcome active in the window. */
  people: number;
  /** Outcomes active in the window. */
  outcomes: number;
  /** Counts for each area that has any, by area code (an object without a prototype). */
  areas: Record<string, WellbeingAreaCounts>;
  /** Counts for outcomes tagged with no area. */
  noArea: WellbeingAreaCounts;
  /** Outcomes finished with no date to place the end in a window (not counted above). */
  undated: number;
}

/**
 * The figures for one wellbeing area (or for outcomes with no area), each a proportion with
 * its Wilson interval and its denominator.
 *
 * @example
 * ```ts
 * const { people, achieved }: WellbeingAreaFigures = result.areas.relationships;
 * ```
 * @category Governance metrics
 */
export interface WellbeingAreaFigures {
  /** The area's plain-English label (`'No wellbeing area recorded'` for outcomes with none). */
  readonly label: string;
  /** People with an outcome in the area active in the window ÷ people with any outcome active in it. */
  readonly people: Proportion;
  /** Outcomes in the area active in the window ÷ all outcomes active in it. */
  readonly outcomes: Proportion;
  /** Outcomes in the area achieved (or sustained) in the window ÷ outcomes in the area active in it. */
  readonly achieved: Proportion;
  /**
   * Outcomes in the area completed without being achieved or cancelled in the window ÷
   * outcomes in the area active in it.
   */
  readonly notAchieved: Proportion;
  /** Of the not achieved, outcomes completed without being achieved. */
  readonly completedNotAchieved: number;
  /** Of the not achieved, outcomes cancelled. */
  readonly cancelled: number;
}

/**
 * What {@link wellbeingAreasMetric} returns: people and outcomes by Care Act 2014 wellbeing
 * area, achieved and not.
 *
 * @example
 * ```ts
 * const { areas, noArea }: WellbeingAreas = report.overall.wellbeingAreas;
 * ```
 * @category Governance metrics
 */
export interface WellbeingAreas {
  /** The window counted. */
  readonly window: MetricsWindow;
  /** People with at least one outcome active in the window (the `people` denominator). */
  readonly people: number;
  /** Outcomes active in the window (the `outcomes` denominator). */
  readonly outcomes: number;
  /** Every area, in statutory order, with its figures (zero counts when it has none). */
  readonly areas: Readonly<Record<WellbeingArea, WellbeingAreaFigures>>;
  /** Outcomes active in the window tagged with no area, so that none is left out. */
  readonly noArea: WellbeingAreaFigures;
  /**
   * Outcomes finished with no date to place the end (`achievedOn`, or `closedOn` for one
   * completed or cancelled without being achieved): not guessed into the window.
   */
  readonly undated: number;
}

/**
 * Options for {@link wellbeingAreasMetric}.
 *
 * @example
 * ```ts
 * const options: WellbeingAreasOptions = { window: { from: '2026-07-01', to: '2026-10-01' }, confidence: 0.9 };
 * ```
 * @category Governance metrics
 */
export interface WellbeingAreasOptions extends MetricOptions {
  /** The confidence level of the intervals. Default 0.95. */
  readonly confidence?: number;
}

const AREAS: readonly WellbeingArea[] = WellbeingAreaSchema.options;
const NO_AREA_LABEL = 'No wellbeing area recorded';

const emptyCounts = (): WellbeingAreaCounts => ({
  people: 0,
  outcomes: 0,
  achieved: 0,
  completedNotAchieved: 0,
  cancelled: 0,
});

function countOutcome(counts: WellbeingAreaCounts, placement: Placement): void {
  counts.outcomes += 1;
  if (placement === 'achieved') counts.achieved += 1;
  else if (placement === 'completed_not_achieved') counts.completedNotAchieved += 1;
  else if (placement === 'cancelled') counts.cancelled += 1;
}

function mergeCounts(into: WellbeingAreaCounts, other: WellbeingAreaCounts): void {
  into.people += other.people;
  into.outcomes += other.outcomes;
  into.achieved += other.achieved;
  into.completedNotAchieved += other.completedNotAchieved;
  into.cancelled += other.cancelled;
}

/** Counts one person's outcomes active in the window into the state. */
function addPerson(
  state: WellbeingAreasState,
  record: ProviderRecord,
  w: MetricsWindow,
): WellbeingAreasState {
  if (record.type !== 'person') return state;
  const touched = new Set<string>();
  let active = false;
  let unAreaed = false;
  for (const { outcome, placement } of placedOutcomes(record, w)) {
    if (placement === 'undated') state.undated += 1;
    if (!isActive(placement)) continue;
    active = true;
    state.outcomes += 1;
    const areas = new Set(outcome.wellbeingAreas ?? []);
    if (areas.size === 0) {
      unAreaed = true;
      countOutcome(state.noArea, placement);
    }
    for (const area of areas) {
      if (!Object.hasOwn(state.areas, area)) state.areas[area] = emptyCounts();
      countOutcome(state.areas[area] as WellbeingAreaCounts, placement);
      touched.add(area);
    }
  }
  if (active) state.people += 1;
  if (unAreaed) state.noArea.people += 1;
  for (const area of touched) (state.areas[area] as WellbeingAreaCounts).people += 1;
  return state;
}

function figures(
  label: string,
  counts: WellbeingAreaCounts,
  state: WellbeingAreasState,
  confidence: number,
): WellbeingAreaFigures {
  const share = (n: number, d: number) => proportionInterval(n, d, { confidence });
  const notAchieved = counts.completedNotAchieved + counts.cancelled;
  return {
    label,
    people: share(counts.people, state.people),
    outcomes: share(counts.outcomes, state.outcomes),
    achieved: share(counts.achieved, counts.outcomes),
    notAchieved: share(notAchieved, counts.outcomes),
    completedNotAchieved: counts.completedNotAchieved,
    cancelled: counts.cancelled,
  };
}

const areaCountsSchema = withLaws(
  z.strictObject({
    people: countSchema,
    outcomes: countSchema,
    achieved: countSchema,
    completedNotAchieved: countSchema,
    cancelled: countSchema,
  }),
  [
    [
      'achieved + completed not achieved + cancelled ≤ outcomes',
      'outcomes',
      (c) => c.achieved + c.completedNotAchieved + c.cancelled <= c.outcomes,
    ],
    ['people ≤ outcomes', 'people', (c) => c.people <= c.outcomes],
  ],
);

const wellbeingAreasStateSchema: StateSchema<WellbeingAreasState> = withLaws(
  z.strictObject({
    people: countSchema,
    outcomes: countSchema,
    areas: dataMap(areaCountsSchema, new RegExp(`^(${WellbeingAreaSchema.options.join('|')})$`)),
    noArea: areaCountsSchema,
    undated: countSchema,
  }),
  [['people ≤ outcomes', 'people', (s) => s.people <= s.outcomes]],
);

/**
 * People and outcomes by Care Act 2014 wellbeing area over a window — where people's lives
 * are changing — with how many outcomes in each area were achieved, and how many were
 * completed without being achieved or cancelled.
 *
 * @remarks
 * - **Active in the window:** an agreed outcome (not `proposed`, `rejected` or
 *   `entered-in-error`) of a person supported on at least one day of the window, not starting
 *   after it and not finished before it. An outcome finishes when it is achieved
 *   (`achievedOn`; one still being sustained stays active) or completed or cancelled
 *   (`closedOn`). An outcome id repeated in one plan counts once.
 * - **Per area:** people with an active outcome in the area ÷ people with any active outcome;
 *   active outcomes in the area ÷ all active outcomes; achieved in the window ÷ active in the
 *   area; completed without being achieved or cancelled in the window ÷ active in the area.
 *   An outcome serving two areas counts in both, so the areas' shares add up to more than 1.
 * - **Nothing dropped:** outcomes with no area are counted in `noArea`; outcomes that finished
 *   with no date to place the end are counted in `undated`, not guessed into the window.
 *   Setting records are not counted.
 * @param options - `window` (such as a quarter) and the confidence level of the intervals.
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window or
 * confidence.
 * @example
 * ```ts
 * const { areas } = computeMetrics(records, { areas: wellbeingAreasMetric({ window: { from: '2026-07-01', to: '2026-10-01' } }) });
 * areas.areas.relationships.people; // => { numerator: 12, denominator: 80, value: 0.15, lower: …, upper: … }
 * ```
 * @category Governance metrics
 */
export function wellbeingAreasMetric(
  options: WellbeingAreasOptions,
): Accumulator<WellbeingAreasState, WellbeingAreas> {
  const fn = 'wellbeingAreasMetric';
  const w = requireWindow(fn, requireOptions(fn, options).window);
  const confidence = requireConfidence(fn, options.confidence);
  return withStateSchema(
    {
      name: 'wellbeing areas',
      init: () => ({
        people: 0,
        outcomes: 0,
        areas: Object.create(null) as Record<string, WellbeingAreaCounts>,
        noArea: emptyCounts(),
        undated: 0,
      }),
      add: (state, record) => addPerson(state, record, w),
      merge: (state, other) => {
        state.people += other.people;
        state.outcomes += other.outcomes;
        state.undated += other.undated;
        mergeCounts(state.noArea, other.noArea);
        for (const [area, counts] of Object.entries(other.areas)) {
          if (!Object.hasOwn(state.areas, area)) state.areas[area] = emptyCounts();
          mergeCounts(state.areas[area] as WellbeingAreaCounts, counts);
        }
        return state;
      },
      finish: (state) => {
        const areas = {} as Record<WellbeingArea, WellbeingAreaFigures>;
        for (const area of AREAS) {
          const counts = Object.hasOwn(state.areas, area)
            ? (state.areas[area] as WellbeingAreaCounts)
            : emptyCounts();
          areas[area] = figures(WELLBEING_AREAS[area].label, counts, state, confidence);
        }
        return {
          window: w,
          people: state.people,
          outcomes: state.outcomes,
          areas,
          noArea: figures(NO_AREA_LABEL, state.noArea, state, confidence),
          undated: state.undated,
        };
      },
    },
    wellbeingAreasStateSchema,
  );
}
