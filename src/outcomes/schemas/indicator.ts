import * as z from 'zod';
import { textSchema } from '../../core/index.js';
import { DirectionSchema, MeasureKindSchema, PeriodSchema } from './codes.js';
import { issue } from './issues.js';

const NON_NEGATIVE_MEASURES: ReadonlySet<string> = new Set([
  'count',
  'frequency',
  'prompts',
  'duration',
]);

/**
 * What will be seen, heard or counted to show progress.
 *
 * @example
 * ```ts
 * IndicatorSchema.parse({
 *   description: 'Trips to the art group made on her own',
 *   measure: 'frequency', per: 'month', unit: 'trips',
 *   baseline: 0, target: 4, direction: 'increase',
 * });
 * ```
 * @category Outcomes
 */
export const IndicatorSchema = z
  .strictObject({
    /** What will be seen, heard or counted, in plain words. */
    description: textSchema({ max: 1000 }),
    /** The kind of measure. */
    measure: MeasureKindSchema.optional(),
    /** For a frequency: per day, week or month. */
    per: PeriodSchema.optional(),
    /** The unit counted (`trips`, `minutes`, `prompts`). */
    unit: textSchema({ max: 100 }).optional(),
    /** Where things stand at the start, where known. */
    baseline: z.number().optional(),
    /** Where the person wants to get to. */
    target: z.number().optional(),
    /** Which way is better. */
    direction: DirectionSchema.optional(),
  })
  .superRefine((indicator, ctx) => {
    if (indicator.measure === 'frequency' && indicator.per === undefined) {
      issue(ctx, 'frequency_needs_period', ['per']);
    }
    if (indicator.per !== undefined && indicator.measure !== 'frequency') {
      issue(ctx, 'period_without_frequency', ['per']);
    }
    if (indicator.measure !== undefined && NON_NEGATIVE_MEASURES.has(indicator.measure)) {
      for (const key of ['baseline', 'target'] as const) {
        const value = indicator[key];
        if (value !== undefined && value < 0) {
          issue(ctx, 'negative_amount', [key], { measure: indicator.measure });
        }
      }
    }
  });

/**
 * An indicator. Derived from {@link IndicatorSchema}.
 *
 * @example
 * ```ts
 * const indicator: Indicator = { description: 'Prompts needed to make a hot drink', measure: 'prompts', target: 0, direction: 'decrease' };
 * ```
 * @category Outcomes
 */
export type Indicator = z.output<typeof IndicatorSchema>;
