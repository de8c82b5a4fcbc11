import * as z from 'zod';
import { IdSchema, textSchema } from '../core/index.js';
import { SETTING_TYPES } from './vocabulary.js';

/**
 * The kind of place a restriction happens in, which decides how a deprivation of liberty is
 * authorised: `care-home`, `nursing-home` (a care home registered to provide nursing) and
 * `hospital` can use the Deprivation of Liberty Safeguards (Mental Capacity Act 2005
 * Schedule A1, paragraph 1); everywhere else — `supported-living`, `own-home`,
 * `shared-lives`, `day-service`, `other` — needs an order of the Court of Protection
 * (section 16(2)(a)).
 *
 * @example
 * ```ts
 * SettingTypeSchema.parse('supported-living'); // => 'supported-living'
 * ```
 * @category Restrictions
 */
export const SettingTypeSchema = z.enum(SETTING_TYPES);

/**
 * A setting type. Derived from {@link SettingTypeSchema}.
 *
 * @example
 * ```ts
 * const type: SettingType = 'shared-lives';
 * ```
 * @category Restrictions
 */
export type SettingType = z.output<typeof SettingTypeSchema>;

/**
 * Where a restriction happens: the type of setting and, if the host holds them, its id (the
 * house, unit or service, as in the host's own records) and the host's own name for it or
 * for its kind (such as "Extra care flat" for `other`).
 *
 * @remarks The register check groups individual restrictions by `id` to find the same
 * restriction recorded for most residents of one setting.
 * @example
 * ```ts
 * RestrictionSettingSchema.parse({ type: 'supported-living', id: 'elm-house', name: 'Elm House' });
 * ```
 * @category Restrictions
 */
export const RestrictionSettingSchema = z.strictObject({
  /** The type of setting. */
  type: SettingTypeSchema,
  /** The host's id for the setting. */
  id: IdSchema.optional(),
  /** The host's own name for the setting or its kind. */
  name: textSchema({ max: 200 }).optional(),
});

/**
 * A restriction's setting. Derived from {@link RestrictionSettingSchema}.
 *
 * @example
 * ```ts
 * const setting: RestrictionSetting = { type: 'care-home', id: 'oak-lodge' };
 * ```
 * @category Restrictions
 */
export type RestrictionSetting = z.output<typeof RestrictionSettingSchema>;
