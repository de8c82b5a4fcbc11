import * as z from 'zod';
import { IsoDateSchema, isIsoDate } from '../../core/index.js';
import { issue } from './issues.js';
/**
 * When work on an outcome starts and when it must be looked at again.
 *
 * @example
 * ```ts
 * TimeframeSchema.parse({ start: '2026-09-14', reviewBy: '2026-11-09' });
 * ```
 * @category Outcomes
 */
export const TimeframeSchema = z
  .strictObject({
    /** The day work on the outcome starts. */
    start: IsoDateSchema,
    /** The day by which progress must be reviewed (after `start`). */
    reviewBy: IsoDateSchema,
    /** How often progress is reviewed after that, if agreed. */
    reviewEvery: z
      .strictObject({
        /** How many weeks or months between reviews. */
        count: z.number().int().min(1).max(52),
        /** `week` or `month`. */
        unit: z.enum(['week', 'month']),
      })
      .optional(),
  })
  .superRefine(({ start, reviewBy }, ctx) => {
    // Compares two dates, so it runs only when both are real calendar dates: an impossible
    // start date has its own issue and is never quoted back here.
    if (isIsoDate(start) && isIsoDate(reviewBy) && reviewBy <= start) {
      issue(ctx, 'review_by_not_after_start', ['reviewBy'], { start });
    }
  });
