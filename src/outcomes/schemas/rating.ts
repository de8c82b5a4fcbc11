import * as z from 'zod';
import { createParser, IsoDateSchema, textSchema } from '../../core/index.js';
import { GasLevelSchema, PartyRoleSchema } from './codes.js';
import { issue, outcomeIssueCatalogue } from './issues.js';

const whole = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/** Whether a scale's bounds pass their own checks (whole numbers within the limits). */
const validBounds = (min: unknown, max: unknown): boolean =>
  whole(min, -100, 100) && whole(max, -100, 200);

/**
 * The bounds of a rating scale that passes every rule of {@link RatingScaleSchema}, read from
 * unparsed input; `undefined` when the scale has an issue of its own, so that no rule checks
 * scores against a scale that is itself wrong.
 *
 * @internal
 */
export function usableScale(scale: unknown): { min: number; max: number } | undefined {
  if (typeof scale !== 'object' || scale === null) return undefined;
  const { min, max } = scale as { min?: unknown; max?: unknown };
  if (!validBounds(min, max)) return undefined;
  const [lo, hi] = [min as number, max as number];
  return lo < hi && hi - lo <= 100 ? { min: lo, max: hi } : undefined;
}

/**
 * The ordinal scale progress is rated on, and the host's labels for its points. Without one
 * an outcome is rated 1–5 ({@link DEFAULT_RATING_SCALE}). golden-thread ships no wording:
 * labels are the host's own.
 *
 * @example
 * ```ts
 * RatingScaleSchema.parse({ min: 1, max: 5, labels: [{ score: 1, label: 'Not started' }] });
 * ```
 * @category Outcomes
 */
export const RatingScaleSchema = z
  .strictObject({
    /** The lowest score. */
    min: z.number().int().min(-100).max(100),
    /** The highest score. */
    max: z.number().int().min(-100).max(200),
    /** What each score means, in the host's words. */
    labels: z
      .array(
        z.strictObject({
          /** A score on the scale. */
          score: z.number().int(),
          /** What it means. */
          label: textSchema({ max: 200 }),
        }),
      )
      .max(101)
      .optional(),
  })
  .superRefine((scale, ctx) => {
    // Each rule compares scores with the bounds, so none runs while a bound has its own issue.
    if (!validBounds(scale.min, scale.max)) return;
    if (scale.max <= scale.min) {
      issue(ctx, 'scale_min_not_below_max', ['max'], { minimum: scale.min });
      return;
    }
    if (scale.max - scale.min > 100) issue(ctx, 'scale_too_wide', ['max']);
    const seen = new Set<number>();
    for (const [index, label] of (scale.labels ?? []).entries()) {
      if (!Number.isInteger(label.score)) continue;
      if (label.score < scale.min || label.score > scale.max) {
        issue(ctx, 'label_outside_scale', ['labels', index, 'score'], {
          minimum: scale.min,
          maximum: scale.max,
        });
      } else if (seen.has(label.score)) {
        issue(ctx, 'duplicate_scale_label', ['labels', index, 'score']);
      }
      seen.add(label.score);
    }
  });

/**
 * The scale used when an outcome does not name one: 1 to 5, without labels.
 *
 * @example
 * ```ts
 * DEFAULT_RATING_SCALE; // => { min: 1, max: 5 }
 * ```
 * @category Outcomes
 */
export const DEFAULT_RATING_SCALE: RatingScale = Object.freeze({ min: 1, max: 5 });

/**
 * One progress rating: a score on the outcome's scale with a concrete example of what
 * happened, who rated it, and optionally the GAS level it was judged to reach.
 *
 * @example
 * ```ts
 * RatingSchema.parse({ on: '2026-10-12', score: 3, ratedBy: 'person', example: 'Went to the art group on the bus with Sam' });
 * ```
 * @category Outcomes
 */
export const RatingSchema = z.strictObject({
  /** The day of the rating. */
  on: IsoDateSchema,
  /** The score, on the outcome's scale. */
  score: z.number().int(),
  /** Something that happened that shows the score ("travelled alone to the GP"). */
  example: textSchema({ max: 2000 }).optional(),
  /** Who gave the score. */
  ratedBy: PartyRoleSchema,
  /** The Goal Attainment Scaling level reached, if the outcome uses GAS. */
  gasLevel: GasLevelSchema.optional(),
  /** Anything else said at the time. */
  note: textSchema({ max: 2000 }).optional(),
});

/**
 * A progress rating. Derived from {@link RatingSchema}.
 *
 * @example
 * ```ts
 * const rating: Rating = { on: '2026-10-12', score: 3, ratedBy: 'person' };
 * ```
 * @category Outcomes
 */
export type Rating = z.output<typeof RatingSchema>;

/**
 * A rating scale. Derived from {@link RatingScaleSchema}.
 *
 * @example
 * ```ts
 * const scale: RatingScale = { min: 0, max: 10 };
 * ```
 * @category Outcomes
 */
export type RatingScale = z.output<typeof RatingScaleSchema>;

/**
 * Reads an untrusted progress rating (its score is checked against a scale by
 * {@link recordRating}).
 *
 * @param input - Anything.
 * @returns The typed rating, or issues.
 * @example
 * ```ts
 * parseRating({ on: '2026-10-12', score: 3, ratedBy: 'person' }).success; // => true
 * ```
 * @category Outcomes
 */
export const parseRating = createParser(RatingSchema, { issues: outcomeIssueCatalogue });
