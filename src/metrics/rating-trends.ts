import * as z from 'zod';
import { daysBetween, GoldenThreadError, type IsoDate } from '../core/index.js';
import {
  describeValue,
  requireConfidence,
  requireOptions,
  requireWholeNumber,
} from '../core/internal/index.js';
import { isAchieved, type Outcome } from '../outcomes/index.js';
import { type Proportion, proportionInterval, theilSen } from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import type { ProviderRecord } from './records.js';
import { withStateSchema } from './state.js';
import {
  countSchema,
  daySchema,
  groupsSchema,
  idSchema,
  type StateSchema,
  withLaws,
} from './state-schemas.js';
import { compareText, keepFirst, oncePerId } from './tallies.js';
import {
  inWindow,
  type MetricOptions,
  type MetricsWindow,
  overlapDays,
  requireWindow,
} from './window.js';

/**
 * How an outcome's ratings moved in a window:
 * - `improving`: the latest rating is at least `drop` above the first;
 * - `deteriorating`: a sustained fall — escalate. By default (`deterioration: 'held'`) the
 *   latest two ratings are both at least `drop` below the first, so one bad month is not
 *   enough; see {@link RatingTrendsOptions} for the robust-trend and single-drop readings;
 * - `stagnating`: the same score for at least `stagnationRatings` ratings over at least
 *   `stagnationDays` days, below the top of the scale and not achieved — ask what would help;
 * - `steady`: none of these;
 * - `not_enough_ratings`: fewer than two ratings in the window.
 *
 * @example
 * ```ts
 * const movement: RatingMovement = 'stagnating';
 * ```
 * @category Governance metrics
 */
export type RatingMovement =
  | 'improving'
  | 'deteriorating'
  | 'stagnating'
  | 'steady'
  | 'not_enough_ratings';

/**
 * An outcome whose ratings are deteriorating or stagnating, for escalation.
 *
 * @example
 * ```ts
 * const row: FlaggedOutcome = { personId: 'p-4', outcomeId: 'o-9', words: 'I want to walk to the shop', groups: {}, movement: 'deteriorating', first: { on: '2026-07-06', score: 4 }, latest: { on: '2026-09-07', score: 2 }, ratings: 3 };
 * ```
 * @category Governance metrics
 */
export interface FlaggedOutcome {
  /** The person. */
  readonly personId: string;
  /** The outcome. */
  readonly outcomeId: string;
  /** The outcome in the person's words. */
  readonly words: string;
  /** The record's groups. */
  readonly groups: Readonly<Record<string, string>>;
  /** `deteriorating` or `stagnating`. */
  readonly movement: 'deteriorating' | 'stagnating';
  /** The first rating in the window. */
  readonly first: { readonly on: IsoDate; readonly score: number };
  /** The latest rating in the window. */
  readonly latest: { readonly on: IsoDate; readonly score: number };
  /** How many ratings in the window. */
  readonly ratings: number;
}

const ratingSchema = z.strictObject({ on: daySchema, score: z.number() });

const flaggedOutcomeSchema = z.strictObject({
  personId: idSchema,
  outcomeId: idSchema,
  words: z.string(),
  groups: groupsSchema,
  movement: z.enum(['deteriorating', 'stagnating']),
  first: ratingSchema,
  latest: ratingSchema,
  ratings: countSchema,
});

/** The schema of a {@link RatingTrendsState} keeping up to `limit` flagged outcomes. */
function ratingTrendsStateSchema(limit: number): StateSchema<RatingTrendsState> {
  return withLaws(
    z.strictObject({
      movements: z.strictObject({
        improving: countSchema,
        deteriorating: countSchema,
        stagnating: countSchema,
        steady: countSchema,
        not_enough_ratings: countSchema,
      }),
      totalChange: z.number(),
      peopleRated: countSchema,
      peopleDeteriorating: countSchema,
      peopleStagnating: countSchema,
      fellOnce: countSchema,
      flagged: z.array(flaggedOutcomeSchema).max(limit),
    }),
    [
      [
        'peopleDeteriorating ≤ peopleRated',
        'peopleDeteriorating',
        (s) => s.peopleDeteriorating <= s.peopleRated,
      ],
      [
        'peopleStagnating ≤ peopleRated',
        'peopleStagnating',
        (s) => s.peopleStagnating <= s.peopleRated,
      ],
    ],
  );
}

/**
 * The state of {@link ratingTrendsMetric}: plain JSON counts and the flagged outcomes.
 *
 * @example
 * ```ts
 * const state: RatingTrendsState = ratingTrendsMetric({ window }).init();
 * ```
 * @category Governance metrics
 */
export interface RatingTrendsState {
  /** Outcomes by movement. */
  movements: Record<RatingMovement, number>;
  /** Sum of (latest − first) over outcomes with at least two ratings. */
  totalChange: number;
  /** People with at least one outcome rated twice or more in the window. */
  peopleRated: number;
  /** Of them, people with a deteriorating outcome. */
  peopleDeteriorating: number;
  /** Of them, people with a stagnating outcome. */
  peopleStagnating: number;
  /** Outcomes whose latest rating fell by at least `drop`, the fall not (yet) sustained. */
  fellOnce: number;
  /** Outcomes to escalate, deteriorating first. */
  flagged: FlaggedOutcome[];
}

/**
 * What {@link ratingTrendsMetric} returns.
 *
 * @example
 * ```ts
 * const { movements, flagged }: RatingTrends = report.ratingTrends;
 * ```
 * @category Governance metrics
 */
export interface RatingTrends {
  /** The window counted. */
  readonly window: MetricsWindow;
  /** Outcomes by how their ratings moved. */
  readonly movements: Readonly<Record<RatingMovement, number>>;
  /** The mean of (latest − first) over outcomes rated at least twice; `null` when none. */
  readonly meanChange: number | null;
  /**
   * People with a deteriorating outcome ÷ people with an outcome rated at least twice, with
   * its Wilson interval.
   */
  readonly peopleDeteriorating: Proportion;
  /** People with a stagnating outcome ÷ people with an outcome rated at least twice, with its interval. */
  readonly peopleStagnating: Proportion;
  /**
   * Outcomes whose latest rating fell by at least `drop` without the fall being sustained
   * (under the default reading): worth a conversation, not an escalation. Always 0 with
   * `deterioration: 'single_drop'`.
   */
  readonly fellOnce: number;
  /** Outcomes to escalate (up to the `limit` option): deteriorating first, biggest fall first. */
  readonly flagged: readonly FlaggedOutcome[];
  /** The policy used. */
  readonly options: Required<Omit<RatingTrendsOptions, 'window'>>;
}

/**
 * Options for {@link ratingTrendsMetric}.
 *
 * @example
 * ```ts
 * ratingTrendsMetric({ window, drop: 2, stagnationDays: 120 });
 * ```
 * @category Governance metrics
 */
export interface RatingTrendsOptions extends MetricOptions {
  /** The change in score that counts as improving or deteriorating. Default 1 (one step on a 1–5 scale). */
  readonly drop?: number;
  /** The fewest equal ratings that can be stagnating. Default 3 (three monthly ratings). */
  readonly stagnationRatings?: number;
  /** The fewest days those ratings must span. Default 60 (about three monthly ratings). */
  readonly stagnationDays?: number;
  /** How many flagged outcomes to list. Default 100. */
  readonly limit?: number;
  /**
   * What counts as deteriorating. `held` (default): the latest two ratings are both at least
   * `drop` below the first in the window — a fall held over two ratings, so at least three
   * ratings. `trend`: at least three ratings whose Theil–Sen slope (score per day) is
   * negative and, over the days they span, amounts to a fall of at least `drop`. `single_drop`:
   * the latest rating is at least `drop` below the first (the reading before version 0.1,
   * which flags one bad month).
   */
  readonly deterioration?: 'held' | 'trend' | 'single_drop';
  /** The confidence level of the intervals. Default 0.95. */
  readonly confidence?: number;
}

/** A resolved rating-trends policy. @internal */
export type Policy = Required<Omit<RatingTrendsOptions, 'window'>>;
type DatedScore = { readonly on: IsoDate; readonly score: number };

const MOVEMENTS: readonly RatingMovement[] = [
  'improving',
  'deteriorating',
  'stagnating',
  'steady',
  'not_enough_ratings',
];
const NOT_AGREED: ReadonlySet<Outcome['lifecycleStatus']> = new Set([
  'proposed',
  'rejected',
  'entered-in-error',
]);

/**
 * Trends in people's progress ratings over a window — how many outcomes are improving,
 * steady, stagnating or deteriorating, per person and (with {@link groupedBy}) per service —
 * and the list of outcomes to escalate.
 *
 * @remarks Each agreed outcome (not `proposed`, `rejected` or `entered-in-error`; an id
 * repeated in a plan counts once) is judged on its ratings dated in the window, in date order
 * (same-day ratings keep their recorded order, as {@link ratingTrend} does), comparing the
 * latest with the first; see {@link RatingMovement}. Scores are compared on the outcome's
 * own scale, so outcomes on different scales are not mixed in a mean beyond their change.
 * @param options - `window` (the window, such as the last quarter); thresholds and list length.
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window or
 * option.
 * @example
 * ```ts
 * const bySevice = computeMetrics(records, { trends: groupedBy('service', ratingTrendsMetric({ window })) }).trends;
 * bySevice['svc-north']?.movements; // => { improving: 14, deteriorating: 3, stagnating: 5, steady: 20, not_enough_ratings: 2 }
 * ```
 * @category Governance metrics
 */
export function ratingTrendsMetric(
  options: RatingTrendsOptions,
): Accumulator<RatingTrendsState, RatingTrends> {
  const fn = 'ratingTrendsMetric';
  const w = requireWindow(fn, requireOptions(fn, options).window);
  const policy = resolvePolicy(fn, options);
  return withStateSchema(
    {
      name: 'rating trends',
      init: () => ({
        movements: {
          improving: 0,
          deteriorating: 0,
          stagnating: 0,
          steady: 0,
          not_enough_ratings: 0,
        },
        totalChange: 0,
        peopleRated: 0,
        peopleDeteriorating: 0,
        peopleStagnating: 0,
        fellOnce: 0,
        flagged: [],
      }),
      add: (state, record) => addPerson(state, record, w, policy),
      merge: (state, other) => {
        for (const m of MOVEMENTS) state.movements[m] += other.movements[m];
        state.totalChange += other.totalChange;
        state.peopleRated += other.peopleRated;
        state.peopleDeteriorating += other.peopleDeteriorating;
        state.peopleStagnating += other.peopleStagnating;
        state.fellOnce += other.fellOnce;
        state.flagged = keepFirst(state.flagged, other.flagged, escalateFirst, policy.limit);
        return state;
      },
      finish: (state) => finishTrends(state, w, policy),
    },
    ratingTrendsStateSchema(policy.limit),
  );
}

const DETERIORATION: ReadonlySet<string> = new Set(['held', 'trend', 'single_drop']);

/** Checks the options and fills in the defaults. @internal */
export function resolvePolicy(fn: string, options: RatingTrendsOptions): Policy {
  const deterioration = options.deterioration ?? 'held';
  if (!DETERIORATION.has(deterioration)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: deterioration must be 'held', 'trend' or 'single_drop', but it is ${describeValue(deterioration)}.`,
    );
  }
  return {
    drop: requireWholeNumber(fn, 'drop', options.drop, 1, 1),
    stagnationRatings: requireWholeNumber(fn, 'stagnationRatings', options.stagnationRatings, 3, 2),
    stagnationDays: requireWholeNumber(fn, 'stagnationDays', options.stagnationDays, 60, 1),
    limit: requireWholeNumber(fn, 'limit', options.limit, 100, 0),
    deterioration,
    confidence: requireConfidence(fn, options.confidence),
  };
}

/** Counts one person's agreed outcomes into the state. */
function addPerson(
  state: RatingTrendsState,
  record: ProviderRecord,
  w: MetricsWindow,
  policy: Policy,
): RatingTrendsState {
  if (record.type !== 'person') return state;
  const { plan } = record;
  if (overlapDays(w, plan.start, plan.end) === 0) return state;
  let rated = false;
  let deteriorating = false;
  let stagnating = false;
  const rows: FlaggedOutcome[] = [];
  for (const outcome of oncePerId(plan.outcomes)) {
    if (NOT_AGREED.has(outcome.lifecycleStatus)) continue;
    const ratings = windowRatings(outcome, w);
    const movement = classify(outcome, ratings, policy);
    if (movement === null) continue;
    state.movements[movement] += 1;
    if (movement === 'not_enough_ratings') continue;
    rated = true;
    const first = ratings[0] as DatedScore;
    const latest = ratings.at(-1) as DatedScore;
    state.totalChange += latest.score - first.score;
    if (movement !== 'deteriorating' && latest.score - first.score <= -policy.drop)
      state.fellOnce += 1;
    if (movement !== 'deteriorating' && movement !== 'stagnating') continue;
    if (movement === 'deteriorating') deteriorating = true;
    else stagnating = true;
    rows.push({
      personId: plan.personId,
      outcomeId: outcome.id,
      words: outcome.words,
      groups: { ...(record.groups ?? {}) },
      movement,
      first: { on: first.on, score: first.score },
      latest: { on: latest.on, score: latest.score },
      ratings: ratings.length,
    });
  }
  if (rated) state.peopleRated += 1;
  if (deteriorating) state.peopleDeteriorating += 1;
  if (stagnating) state.peopleStagnating += 1;
  if (rows.length > 0) state.flagged = keepFirst(state.flagged, rows, escalateFirst, policy.limit);
  return state;
}

function finishTrends(state: RatingTrendsState, w: MetricsWindow, policy: Policy): RatingTrends {
  const changed = MOVEMENTS.reduce(
    (n, m) => (m === 'not_enough_ratings' ? n : n + state.movements[m]),
    0,
  );
  const { confidence } = policy;
  return {
    window: w,
    movements: { ...state.movements },
    meanChange: changed === 0 ? null : state.totalChange / changed,
    peopleDeteriorating: proportionInterval(state.peopleDeteriorating, state.peopleRated, {
      confidence,
    }),
    peopleStagnating: proportionInterval(state.peopleStagnating, state.peopleRated, { confidence }),
    fellOnce: state.fellOnce,
    flagged: [...state.flagged],
    options: policy,
  };
}

/**
 * An outcome's ratings dated in the window, in date order (same-day ratings keep their
 * recorded order). @internal
 */
export function windowRatings(outcome: Outcome, w: MetricsWindow): readonly DatedScore[] {
  return (outcome.ratings ?? [])
    .filter((r) => inWindow(w, r.on))
    .sort((a, b) => compareText(a.on, b.on));
}

/**
 * How one outcome's window ratings (from {@link windowRatings}) moved; `null` when it has no
 * rating in the window. The one definition of improving, deteriorating and stagnating.
 * @internal
 */
export function classify(
  outcome: Outcome,
  ratings: readonly DatedScore[],
  policy: Policy,
): RatingMovement | null {
  if (ratings.length === 0) return null;
  if (ratings.length < 2) return 'not_enough_ratings';
  const first = ratings[0] as DatedScore;
  const latest = ratings.at(-1) as DatedScore;
  const change = latest.score - first.score;
  if (isDeteriorating(ratings, policy)) return 'deteriorating';
  if (change >= policy.drop) return 'improving';
  const top = outcome.ratingScale?.max ?? 5;
  const allSame = ratings.every((r) => r.score === first.score);
  if (
    allSame &&
    ratings.length >= policy.stagnationRatings &&
    daysBetween(first.on, latest.on) >= policy.stagnationDays &&
    first.score < top &&
    !isAchieved(outcome)
  ) {
    return 'stagnating';
  }
  return 'steady';
}

/** Whether the ratings (two or more, in date order) fall as the policy's reading says. */
function isDeteriorating(ratings: readonly DatedScore[], policy: Policy): boolean {
  const first = ratings[0] as DatedScore;
  const latest = ratings.at(-1) as DatedScore;
  const fell = (r: DatedScore) => r.score - first.score <= -policy.drop;
  switch (policy.deterioration) {
    case 'single_drop':
      return fell(latest);
    case 'held':
      return ratings.length >= 3 && fell(latest) && fell(ratings.at(-2) as DatedScore);
    case 'trend': {
      if (ratings.length < 3) return false;
      const points = ratings.map((r) => ({ x: daysBetween(first.on, r.on), y: r.score }));
      const { slope } = theilSen(points);
      const span = daysBetween(first.on, latest.on);
      return slope !== null && slope < 0 && slope * span <= -policy.drop;
    }
  }
}

function escalateFirst(a: FlaggedOutcome, b: FlaggedOutcome): number {
  const rank = (f: FlaggedOutcome) => (f.movement === 'deteriorating' ? 0 : 1);
  return (
    rank(a) - rank(b) ||
    a.latest.score - a.first.score - (b.latest.score - b.first.score) ||
    compareText(a.personId, b.personId) ||
    compareText(a.outcomeId, b.outcomeId) ||
    compareText(JSON.stringify(a), JSON.stringify(b))
  );
}
