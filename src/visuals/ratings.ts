/**
 * Reading an outcome's ratings and scale for the pictures and the easy-read lines (internal
 * to `visuals`).
 */
import { GoldenThreadError, type IsoDate } from '../core/index.js';
import { requireCalendarDate } from '../core/internal/index.js';
import type { Outcome, Rating, RatingScale } from '../outcomes/index.js';
import { cleanText } from './escape.js';

/**
 * A host's name for one score on a rating scale, such as `{ score: 5, label: 'I do it on my
 * own' }`.
 *
 * @example
 * ```ts
 * const labels: ScaleLabel[] = [{ score: 1, label: 'Not yet' }, { score: 5, label: 'On my own' }];
 * ```
 * @category Pictures
 */
export interface ScaleLabel {
  /** A score on the scale. */
  readonly score: number;
  /** What the score means, in the host's words. */
  readonly label: string;
}

/** The scale as drawn: its ends and the label of each labelled score. */
export interface DrawnScale {
  readonly min: number;
  readonly max: number;
  readonly labels: ReadonlyMap<number, string>;
}

/**
 * The scale of an outcome that names none: `DEFAULT_RATING_SCALE` of the outcomes module,
 * repeated here because importing it would load the outcome schemas and zod with them (a
 * test keeps the two equal).
 */
export const UNNAMED_SCALE: RatingScale = Object.freeze({ min: 1, max: 5 });

const fail = (fn: string, message: string): never => {
  throw new GoldenThreadError('invalid_argument', `${fn}: ${message}`);
};

/** The outcome's scale (1–5 when it has none) with the host's labels, an option first. */
export function scaleOf(
  fn: string,
  outcome: Outcome,
  scaleLabels: readonly ScaleLabel[] | undefined,
): DrawnScale {
  const scale = outcome.ratingScale ?? UNNAMED_SCALE;
  const { min, max } = scale;
  if (!(Number.isSafeInteger(min) && Number.isSafeInteger(max) && min < max)) {
    fail(
      fn,
      `the rating scale must run from a lower to a higher whole number, but it is ${String(min)} to ${String(max)}.`,
    );
  }
  const labels = new Map<number, string>();
  for (const [index, entry] of (scaleLabels ?? scale.labels ?? []).entries()) {
    const { score, label } = entry;
    if (!(Number.isSafeInteger(score) && score >= min && score <= max)) {
      fail(
        fn,
        `scale label ${index} is for score ${String(score)}, which is not on the scale (${min} to ${max}).`,
      );
    }
    if (typeof label !== 'string') fail(fn, `scale label ${index} must be text.`);
    const clean = cleanText(label).trim();
    if (!labels.has(score) && clean !== '') labels.set(score, clean);
  }
  return { min, max, labels };
}

/** The ratings on or before `asOf`, in date order (ties keep their recorded order), checked. */
export function ratingsInDateOrder(fn: string, outcome: Outcome, asOf?: IsoDate): Rating[] {
  const ratings = outcome.ratings ?? [];
  for (const [index, rating] of ratings.entries()) {
    requireCalendarDate(fn, `rating ${index} date`, rating.on);
    if (!Number.isFinite(rating.score)) {
      fail(
        fn,
        `rating ${index} has score ${String(rating.score)}; a score must be a finite number.`,
      );
    }
  }
  return ratings
    .map((rating, index) => ({ rating, index }))
    .filter(({ rating }) => asOf === undefined || rating.on <= asOf)
    .sort((a, b) =>
      a.rating.on < b.rating.on ? -1 : a.rating.on > b.rating.on ? 1 : a.index - b.index,
    )
    .map(({ rating }) => rating);
}

/** A score with its label, for sentences: `4 (Goes with a friend)` or `4`. */
export function scoreWithLabel(
  score: number,
  scale: DrawnScale,
  text: (n: number) => string,
): string {
  const label = scale.labels.get(score);
  return label === undefined ? text(score) : `${text(score)} (${label})`;
}
