// The restriction vocabularies as plain lists, so that the checks can read them without
// loading zod (the schemas build their enums from these same lists).
import type { SettingType } from './setting-schema.js';

/** Restriction types. @internal */
export const RESTRICTION_TYPES = [
  'physical',
  'mechanical',
  'chemical',
  'environmental',
  'psychological',
  'surveillance',
  'seclusion-segregation',
  'blanket',
  'other',
] as const;

/** Likelihoods of harm, least to most likely. @internal */
export const LIKELIHOODS = ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'] as const;

/** Seriousness of harm, least to most serious. @internal */
export const SERIOUSNESS = ['minor', 'moderate', 'serious', 'severe'] as const;

/** Intensities of a restriction, least to most intrusive. @internal */
export const INTENSITIES = ['low', 'medium', 'high'] as const;

/** Setting types. @internal */
export const SETTING_TYPES = [
  'care-home',
  'nursing-home',
  'hospital',
  'supported-living',
  'own-home',
  'shared-lives',
  'day-service',
  'other',
] as const;

/**
 * The setting types where the Deprivation of Liberty Safeguards can authorise a deprivation
 * of liberty (Mental Capacity Act 2005 Schedule A1, paragraph 1: hospitals and care homes).
 *
 * @example
 * ```ts
 * DOLS_SETTINGS.includes('supported-living'); // => false
 * ```
 * @category Restrictions
 */
export const DOLS_SETTINGS: readonly SettingType[] = Object.freeze([
  'care-home',
  'nursing-home',
  'hospital',
]);
