import { GoldenThreadError, type IsoDate } from '../core/index.js';
import { requireOptions, requireRecord, unexpected } from '../core/internal/index.js';
import { ratingsInOrder } from './ratings.js';
import type { Outcome, Rating } from './schemas/index.js';

/**
 * Options for {@link ratingTrend}.
 *
 * @example
 * ```ts
 * ratingTrend(outcome, { last: 4, asOf: '2026-11-23' });
 * ```
 * @category Outcomes
 */
export interface RatingTrendOptions {
  /** How many of the latest ratings to compare, at least 2. Default 3 (about a quarter of monthly ratings). */
  readonly last?: number;
  /** Ignore ratings after this date. Default: use every rating. */
  readonly asOf?: IsoDate;
}

/**
 * Which way an outcome's ratings are moving.
 *
 * @example
 * ```ts
 * const trend: RatingTrend = ratingTrend(outcome);
 * if (trend.direction === 'worsening') askWhatChanged();
 * ```
 * @category Outcomes
 */
export interface RatingTrend {
  /** `improving` (higher scores), `worsening`, `no-change`, or `not-enough-ratings` (fewer than two). */
  readonly direction: 'improving' | 'worsening' | 'no-change' | 'not-enough-ratings';
  /** The latest score minus the first score compared; `null` with fewer than two ratings. */
  readonly change: number | null;
  /** The first rating compared; `null` with fewer than two ratings. */
  readonly from: Rating | null;
  /** The latest rating; `null` when there is none. */
  readonly to: Rating | null;
  /** How many ratings were compared. */
  readonly count: number;
}

/**
 * Says whether an outcome's recent ratings are going up, down or staying level, comparing
 * the latest rating with the first of the last few.
 *
 * @remarks Higher scores are better on a rating scale. Ratings are taken in date order
 * (ratings on the same day keep their recorded order). With fewer than two ratings the
 * direction is `not-enough-ratings` and `change` is `null` — never 0.
 * @param outcome - A parsed outcome.
 * @param options - `last`: how many ratings to compare (default 3); `asOf`: ignore later ones.
 * @returns The direction, the change in score and the ratings compared.
 * @throws {@link GoldenThreadError} `invalid_argument` when `last` is not a whole number of at
 * least 2.
 * @example
 * ```ts
 * // ratings 2 → 3 → 4 over three months
 * ratingTrend(outcome); // => { direction: 'improving', change: 2, count: 3, from: …, to: … }
 * ```
 * @category Outcomes
 */
export function ratingTrend(outcome: Outcome, options: RatingTrendOptions = {}): RatingTrend {
  requireRecord('ratingTrend', 'outcome', outcome);
  requireOptions('ratingTrend', options);
  try {
    const last = options.last ?? 3;
    if (!(Number.isSafeInteger(last) && last >= 2)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `ratingTrend: last must be a whole number of at least 2, but it is ${String(last)}.`,
      );
    }
    const window = ratingsInOrder(outcome, options.asOf).slice(-last);
    const to = window.at(-1) ?? null;
    const from = window[0] ?? null;
    if (window.length < 2 || from === null || to === null) {
      return {
        direction: 'not-enough-ratings',
        change: null,
        from: null,
        to,
        count: window.length,
      };
    }
    const change = to.score - from.score;
    const direction = change > 0 ? 'improving' : change < 0 ? 'worsening' : 'no-change';
    return { direction, change, from, to, count: window.length };
  } catch (error) {
    throw unexpected('ratingTrend', error);
  }
}
