import * as z from 'zod';

/**
 * Who said the words of an outcome: the person, or someone speaking for them. Recording it
 * makes visible when the words are not the person's own.
 *
 * @example
 * ```ts
 * ExpressedBySchema.options; // => ['person', 'family', 'advocate', 'staff']
 * ```
 * @category Outcomes
 */
export const ExpressedBySchema = z.enum(['person', 'family', 'advocate', 'staff']);

/**
 * Who a party to an outcome is: an owner, someone who agreed it, or who rated progress.
 *
 * @example
 * ```ts
 * PartyRoleSchema.parse('keyworker'); // => 'keyworker'
 * ```
 * @category Outcomes
 */
export const PartyRoleSchema = z.enum([
  'person',
  'keyworker',
  'family',
  'advocate',
  'manager',
  'other',
]);

/**
 * A role in an outcome. Derived from {@link PartyRoleSchema}.
 *
 * @example
 * ```ts
 * const role: PartyRole = 'advocate';
 * ```
 * @category Outcomes
 */
export type PartyRole = z.output<typeof PartyRoleSchema>;

/**
 * What kind of thing an indicator measures: a `count`, a `frequency` (per day, week or
 * month), a `rating` on a scale, a yes/no `milestone`, the number of `prompts` needed, or a
 * `duration`.
 *
 * @example
 * ```ts
 * MeasureKindSchema.options.includes('prompts'); // => true
 * ```
 * @category Outcomes
 */
export const MeasureKindSchema = z.enum([
  'count',
  'frequency',
  'rating',
  'milestone',
  'prompts',
  'duration',
]);

/**
 * The period of a `frequency` indicator.
 *
 * @example
 * ```ts
 * PeriodSchema.parse('week'); // => 'week'
 * ```
 * @category Outcomes
 */
export const PeriodSchema = z.enum(['day', 'week', 'month']);

/**
 * Which way an indicator should move for things to be getting better: `increase` (more
 * trips out), `decrease` (fewer prompts), `maintain` (keep a skill), `achieve` (a milestone).
 *
 * @example
 * ```ts
 * DirectionSchema.parse('decrease'); // => 'decrease'
 * ```
 * @category Outcomes
 */
export const DirectionSchema = z.enum(['increase', 'decrease', 'maintain', 'achieve']);

/**
 * Where an outcome is in its life, using the HL7 FHIR R4 `Goal.lifecycleStatus` codes.
 *
 * @example
 * ```ts
 * LifecycleStatusSchema.options.length; // => 9
 * ```
 * @category Outcomes
 */
export const LifecycleStatusSchema = z.enum([
  'proposed',
  'planned',
  'accepted',
  'active',
  'on-hold',
  'completed',
  'cancelled',
  'entered-in-error',
  'rejected',
]);

/**
 * A FHIR Goal lifecycle code. Derived from {@link LifecycleStatusSchema}.
 *
 * @example
 * ```ts
 * const status: LifecycleStatus = 'on-hold';
 * ```
 * @category Outcomes
 */
export type LifecycleStatus = z.output<typeof LifecycleStatusSchema>;

/**
 * How far an outcome has been reached, using the HL7 FHIR R4 `Goal.achievementStatus` codes.
 *
 * @example
 * ```ts
 * AchievementStatusSchema.parse('sustaining'); // => 'sustaining'
 * ```
 * @category Outcomes
 */
export const AchievementStatusSchema = z.enum([
  'in-progress',
  'improving',
  'worsening',
  'no-change',
  'achieved',
  'sustaining',
  'not-achieved',
  'no-progress',
  'not-attainable',
]);

/**
 * How much an outcome matters now, using the HL7 FHIR R4 goal-priority codes.
 *
 * @example
 * ```ts
 * PrioritySchema.parse('high-priority'); // => 'high-priority'
 * ```
 * @category Outcomes
 */
export const PrioritySchema = z.enum(['high-priority', 'medium-priority', 'low-priority']);

/**
 * A party's answer when asked whether they agree with an outcome.
 *
 * @example
 * ```ts
 * AgreementResponseSchema.options; // => ['agree', 'disagree', 'pending']
 * ```
 * @category Outcomes
 */
export const AgreementResponseSchema = z.enum(['agree', 'disagree', 'pending']);

/**
 * A Goal Attainment Scaling level: −2 (much less than expected) to +2 (much more), with 0
 * the expected outcome.
 *
 * @example
 * ```ts
 * GasLevelSchema.parse(-1); // => -1
 * ```
 * @category Goal attainment
 */
export const GasLevelSchema = z.literal([-2, -1, 0, 1, 2]);

/**
 * A Goal Attainment Scaling level, −2 to +2. Derived from {@link GasLevelSchema}.
 *
 * @example
 * ```ts
 * const expected: GasLevel = 0;
 * ```
 * @category Goal attainment
 */
export type GasLevel = z.output<typeof GasLevelSchema>;
