import * as z from 'zod';
import { textSchema } from '../../core/index.js';
import { GasLevelSchema } from './codes.js';
/**
 * The five Goal Attainment Scaling levels of an outcome, written for this person, with the
 * level they start at and the goal's weight.
 *
 * @example
 * ```ts
 * GasSchema.parse({
 *   levels: {
 *     muchLess: 'Does not go to the group', less: 'Goes with staff',
 *     expected: 'Goes alone once a month', more: 'Goes alone twice a month',
 *     muchMore: 'Goes alone every week',
 *   },
 *   baseline: -1,
 *   weight: 2,
 * });
 * ```
 * @category Goal attainment
 */
export const GasSchema = z.strictObject({
  /** What each level looks like for this person. */
  levels: z.strictObject({
    /** −2: much less than expected. */
    muchLess: textSchema({ max: 500 }),
    /** −1: less than expected. */
    less: textSchema({ max: 500 }),
    /** 0: the expected outcome. */
    expected: textSchema({ max: 500 }),
    /** +1: more than expected. */
    more: textSchema({ max: 500 }),
    /** +2: much more than expected. */
    muchMore: textSchema({ max: 500 }),
  }),
  /** The level at the start (usually −1 or −2). */
  baseline: GasLevelSchema,
  /** The goal's weight in a combined score (often importance × difficulty); default 1. */
  weight: z.number().min(0).max(1000).optional(),
});
