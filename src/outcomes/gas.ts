import { GoldenThreadError, type IsoDate } from '../core/index.js';
import { requireList, requireOptions, requireRecord, unexpected } from '../core/internal/index.js';
import { ratingsInOrder } from './ratings.js';
import type { GasLevel, Outcome } from './schemas/index.js';

/**
 * One goal in a Goal Attainment Scaling score: the level reached (−2 to +2) and its weight.
 *
 * @example
 * ```ts
 * const goal: GasGoal = { level: 1, weight: 6 };
 * ```
 * @category Goal attainment
 */
export interface GasGoal {
  /** The level reached, −2 (much less than expected) to +2 (much more). */
  readonly level: number;
  /** The goal's weight, at least 0. Default 1. */
  readonly weight?: number;
}

/**
 * Options for {@link gasTScore} and {@link gasSummary}.
 *
 * @example
 * ```ts
 * gasTScore(goals, { rho: 0.3 });
 * ```
 * @category Goal attainment
 */
export interface GasOptions {
  /**
   * The assumed correlation between goal scores, from 0 to 1. Default 0.3, the value
   * Kiresuk and Sherman proposed and most studies use.
   */
  readonly rho?: number;
}

/**
 * Combines Goal Attainment Scaling levels into the Kiresuk–Sherman T-score.
 *
 * @remarks
 * `T = 50 + 10·Σ(wᵢxᵢ) / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²)`, where xᵢ is a goal's level and wᵢ its
 * weight. 50 means every goal was met as expected; each 10 points is one standard deviation
 * above or below. With no goals, or when every weight is 0, there is nothing to score and
 * the result is `null` (never `NaN`). The score does not depend on the scale of the weights
 * (weights 3 and 6 give the same score as 1 and 2), so they are divided by the largest
 * before summing: weights as small as 1e-300 or as large as 1e300 neither underflow nor
 * overflow.
 * @param goals - The goals' levels and weights (weights default to 1).
 * @param options - `rho`: the assumed correlation between goals (default 0.3).
 * @returns The T-score, or `null` when there is nothing to score.
 * @throws {@link GoldenThreadError} `invalid_argument` when `goals` is not an array, a level
 * is not a whole number from −2 to 2, a weight is negative or not finite, or `rho` is
 * outside 0–1.
 * @example
 * ```ts
 * gasTScore([{ level: 1 }]); // => 60
 * const weights = [3, 5, 1, 4, 2, 6];
 * gasTScore([-2, 0, -1, 2, 0, 1].map((level, i) => ({ level, weight: weights[i] ?? 1 }))); // => 55
 * gasTScore([]); // => null
 * ```
 * @category Goal attainment
 */
export function gasTScore(goals: readonly GasGoal[], options: GasOptions = {}): number | null {
  requireOptions('gasTScore', options);
  try {
    const rho = options.rho ?? 0.3;
    if (!(typeof rho === 'number' && rho >= 0 && rho <= 1)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `gasTScore: rho must be from 0 to 1, but it is ${String(rho)}.`,
      );
    }
    if (!Array.isArray(goals)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `gasTScore: goals must be an array of { level, weight }, but it is ${goals === null ? 'null' : typeof goals}.`,
      );
    }
    const weights = goals.map((goal, index) => checkGoal(goal, index));
    // The score does not depend on the scale of the weights: divide by the largest first, so
    // that weights of 1e-200 or 1e200 neither underflow nor overflow.
    let largest = 0;
    for (const w of weights) largest = Math.max(largest, w);
    if (largest === 0) return null;
    let weighted = 0;
    let sumW = 0;
    let sumW2 = 0;
    for (const [index, goal] of goals.entries()) {
      const weight = (weights[index] as number) / largest;
      weighted += weight * goal.level;
      sumW += weight;
      sumW2 += weight * weight;
    }
    const t = 50 + (10 * weighted) / Math.sqrt((1 - rho) * sumW2 + rho * sumW * sumW);
    // Round away floating-point noise (55.00000000000001) without losing real precision.
    return Math.round(t * 1e9) / 1e9;
  } catch (error) {
    throw unexpected('gasTScore', error);
  }
}

/** A goal's weight (default 1), after checking its level and weight. */
function checkGoal(goal: GasGoal, index: number): number {
  const { level } = goal ?? {};
  const weight = goal?.weight ?? 1;
  if (!(Number.isInteger(level) && level >= -2 && level <= 2)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `gasTScore: goal ${index} has level ${String(level)}; a level is a whole number from -2 to 2.`,
    );
  }
  if (!(Number.isFinite(weight) && weight >= 0)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `gasTScore: goal ${index} has weight ${String(weight)}; a weight is a finite number of at least 0.`,
    );
  }
  return weight;
}

/**
 * The latest Goal Attainment Scaling level recorded for an outcome.
 *
 * @example
 * ```ts
 * const attained: GasAttainment | null = gasAttainment(outcome);
 * ```
 * @category Goal attainment
 */
export interface GasAttainment {
  /** The level reached. */
  readonly level: GasLevel;
  /** The date of the rating that recorded it. */
  readonly on: IsoDate;
}

/**
 * Finds the GAS level an outcome has reached: the `gasLevel` of its latest rating that has
 * one.
 *
 * @param outcome - A parsed outcome.
 * @param asOf - Ignore ratings after this day (default: use all).
 * @returns The level and the date it was rated, or `null` when no rating records a level.
 * @example
 * ```ts
 * gasAttainment(outcome, '2026-11-23'); // => { level: 0, on: '2026-11-02' }
 * ```
 * @category Goal attainment
 */
export function gasAttainment(outcome: Outcome, asOf?: IsoDate): GasAttainment | null {
  requireRecord('gasAttainment', 'outcome', outcome);
  try {
    const rated = ratingsInOrder(outcome, asOf).filter((r) => r.gasLevel !== undefined);
    const last = rated.at(-1);
    return last?.gasLevel === undefined ? null : { level: last.gasLevel, on: last.on };
  } catch (error) {
    throw unexpected('gasAttainment', error);
  }
}

/**
 * A combined GAS score for a set of outcomes, with what was left out and why.
 *
 * @example
 * ```ts
 * const summary: GasSummary = gasSummary(outcomes, { asOf: '2026-11-23' });
 * ```
 * @category Goal attainment
 */
export interface GasSummary {
  /** The T-score of the levels reached; `null` when nothing could be scored. */
  readonly tScore: number | null;
  /** The T-score of the same goals at their baselines; `null` when nothing could be scored. */
  readonly baselineTScore: number | null;
  /** `tScore − baselineTScore`; `null` when either is `null`. */
  readonly change: number | null;
  /** The outcomes scored. */
  readonly included: readonly string[];
  /** The outcomes left out: `no_gas` (no GAS levels) or `no_gas_rating` (no level rated yet). */
  readonly excluded: readonly {
    readonly outcomeId: string;
    readonly reason: 'no_gas' | 'no_gas_rating';
  }[];
  /** The method, for a reader to check: `Kiresuk–Sherman T-score, ρ = 0.3`. */
  readonly method: string;
}

/**
 * Scores a person's (or a service's) outcomes with Goal Attainment Scaling: each outcome
 * with GAS levels contributes its latest rated level and its weight, and the result is
 * compared with the same goals at their baselines.
 *
 * @remarks Outcomes without GAS levels or without a rated level are listed in `excluded`,
 * never silently dropped. Outcomes entered in error are excluded as `no_gas`.
 * @param outcomes - Parsed outcomes.
 * @param options - `rho` (default 0.3) and `asOf` (ignore later ratings).
 * @returns The T-scores, their change, and which outcomes were used.
 * @example
 * ```ts
 * gasSummary(outcomes, { asOf: '2026-11-23' });
 * // => { tScore: 55, baselineTScore: 38.2, change: 16.8, included: ['o-1', 'o-2'], excluded: [], … }
 * ```
 * @category Goal attainment
 */
export function gasSummary(
  outcomes: readonly Outcome[],
  options: GasOptions & { readonly asOf?: IsoDate } = {},
): GasSummary {
  requireList('gasSummary', 'outcomes', outcomes);
  requireOptions('gasSummary', options);
  try {
    const reached: GasGoal[] = [];
    const baseline: GasGoal[] = [];
    const included: string[] = [];
    const excluded: { outcomeId: string; reason: 'no_gas' | 'no_gas_rating' }[] = [];
    for (const outcome of outcomes) {
      const { gas } = outcome;
      if (gas === undefined || outcome.lifecycleStatus === 'entered-in-error') {
        excluded.push({ outcomeId: outcome.id, reason: 'no_gas' });
        continue;
      }
      const attained = gasAttainment(outcome, options.asOf);
      if (attained === null) {
        excluded.push({ outcomeId: outcome.id, reason: 'no_gas_rating' });
        continue;
      }
      const weight = gas.weight ?? 1;
      reached.push({ level: attained.level, weight });
      baseline.push({ level: gas.baseline, weight });
      included.push(outcome.id);
    }
    const rho = options.rho ?? 0.3;
    const tScore = gasTScore(reached, { rho });
    const baselineTScore = gasTScore(baseline, { rho });
    const change =
      tScore === null || baselineTScore === null
        ? null
        : Math.round((tScore - baselineTScore) * 1e9) / 1e9;
    return {
      tScore,
      baselineTScore,
      change,
      included,
      excluded,
      method: `Kiresuk–Sherman T-score, ρ = ${rho}`,
    };
  } catch (error) {
    throw unexpected('gasSummary', error);
  }
}
