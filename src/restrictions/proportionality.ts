import { deepFreeze } from '../core/internal/index.js';
import type { Intensity } from './practice-schemas.js';
import type { Likelihood, RestrictionType, Seriousness } from './schemas.js';

/**
 * The proportionality table of the Mental Capacity Act 2005 section 6 check: for each
 * likelihood and seriousness of the harm a restriction prevents, the most intrusive
 * restriction that risk can justify.
 *
 * @example
 * ```ts
 * const strict: ProportionalityTable = { ...defaultProportionality, likely: { ...defaultProportionality.likely, moderate: 'medium' } };
 * ```
 * @category Restrictions
 */
export type ProportionalityTable = Readonly<
  Record<Likelihood, Readonly<Record<Seriousness, Intensity>>>
>;

/**
 * The intensity each restriction type has when a record does not give its own `intensity`.
 *
 * @example
 * ```ts
 * const mine: IntensityByType = { ...defaultIntensityByType, mechanical: 'high' };
 * ```
 * @category Restrictions
 */
export type IntensityByType = Readonly<Record<RestrictionType, Intensity>>;

/**
 * The default proportionality table: likelihood scored 1 (rare) to 5 (almost certain),
 * seriousness 1 (minor) to 4 (severe); their product from 1 to 3 justifies a `low`
 * intensity restriction, 4 to 7 `medium`, 8 or more `high`.
 *
 * | likelihood \ seriousness | minor | moderate | serious | severe |
 * |---|---|---|---|---|
 * | rare | low | low | low | medium |
 * | unlikely | low | medium | medium | high |
 * | possible | low | medium | high | high |
 * | likely | medium | high | high | high |
 * | almost certain | medium | high | high | high |
 *
 * @remarks Section 6 asks that restraint be "a proportionate response to the likelihood of
 * P's suffering harm and the seriousness of that harm"; it gives no scores. This table is a
 * documented starting point, not law: a provider whose policy weighs risks differently
 * passes its own as the `proportionality` option of {@link checkRestriction}. A physical
 * hold (high) for a harm recorded as rare and minor is disproportionate on any reading.
 * @example
 * ```ts
 * defaultProportionality.rare.minor; // => 'low'
 * ```
 * @category Restrictions
 */
export const defaultProportionality: ProportionalityTable = deepFreeze({
  rare: { minor: 'low', moderate: 'low', serious: 'low', severe: 'medium' },
  unlikely: { minor: 'low', moderate: 'medium', serious: 'medium', severe: 'high' },
  possible: { minor: 'low', moderate: 'medium', serious: 'high', severe: 'high' },
  likely: { minor: 'medium', moderate: 'high', serious: 'high', severe: 'high' },
  'almost-certain': { minor: 'medium', moderate: 'high', serious: 'high', severe: 'high' },
});

/**
 * The default intensity of each restriction type: holds (`physical`), medication to manage
 * behaviour (`chemical`), `seclusion-segregation` and `psychological` restrictions are
 * `high`; `mechanical` (bed rails, lap belts), `environmental` (locked doors and cupboards),
 * `blanket` and `other` are `medium`; `surveillance` (sensor mats, door alarms) is `low`.
 *
 * @remarks A record's own `intensity` wins: a mechanical restraint such as an arm splint is
 * `high`, a hand held to cross the road may be `low`. Replace the table with the
 * `intensityByType` option of {@link checkRestriction}.
 * @example
 * ```ts
 * defaultIntensityByType.surveillance; // => 'low'
 * ```
 * @category Restrictions
 */
export const defaultIntensityByType: IntensityByType = deepFreeze({
  physical: 'high',
  mechanical: 'medium',
  chemical: 'high',
  environmental: 'medium',
  psychological: 'high',
  surveillance: 'low',
  'seclusion-segregation': 'high',
  blanket: 'medium',
  other: 'medium',
});
