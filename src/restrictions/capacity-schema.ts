import * as z from 'zod';
import { IsoDateSchema, textSchema } from '../core/index.js';

/**
 * The role of the person who assessed capacity. Anyone proposing to make the decision can
 * assess capacity for it (Mental Capacity Act Code of Practice, chapter 4); more complex
 * decisions usually involve a professional.
 *
 * @example
 * ```ts
 * AssessorRoleSchema.parse('social-worker'); // => 'social-worker'
 * ```
 * @category Restrictions
 */
export const AssessorRoleSchema = z.enum([
  'social-worker',
  'best-interests-assessor',
  'doctor',
  'psychiatrist',
  'psychologist',
  'nurse',
  'occupational-therapist',
  'speech-and-language-therapist',
  'registered-manager',
  'senior-carer',
  'support-worker',
  'other',
]);

/**
 * What a capacity assessment concluded about the decision: the person `lacks-capacity` to
 * make it, or `has-capacity` (then only their own decision — their consent or refusal —
 * counts, never a best-interests decision: Mental Capacity Act 2005 sections 1(2) and 2).
 *
 * @example
 * ```ts
 * CapacityConclusionSchema.parse('lacks-capacity'); // => 'lacks-capacity'
 * ```
 * @category Restrictions
 */
export const CapacityConclusionSchema = z.enum(['lacks-capacity', 'has-capacity']);

/**
 * A decision-specific, time-specific capacity assessment (Mental Capacity Act 2005 sections
 * 2 and 3): the decision it was about, when, who assessed (role and name) and the
 * conclusion.
 *
 * @remarks Every field but the date is optional so that today's records parse; the checks
 * report what is missing (`capacity_assessment_not_decision_specific`,
 * `capacity_conclusion_not_recorded`). `relatesTo` says how the assessment relates to the
 * restriction it is recorded on: `this-restriction`, `care-arrangements` (the care and
 * support arrangements that include it, as for a deprivation of liberty) or
 * `another-decision`. Without it, the check reads the words of `decision` (English only; see
 * {@link checkRestriction}). `by` is the older free-text form of `assessor`.
 * @example
 * ```ts
 * CapacityAssessmentSchema.parse({
 *   decision: 'Whether to use bed rails at night',
 *   assessedOn: '2026-08-20',
 *   assessor: { role: 'social-worker', name: 'J. Okafor' },
 *   conclusion: 'lacks-capacity',
 * });
 * ```
 * @category Restrictions
 */
export const CapacityAssessmentSchema = z.strictObject({
  /** The decision the assessment was about. */
  decision: textSchema({ max: 500 }).optional(),
  /** When it was done. */
  assessedOn: IsoDateSchema,
  /** Who did it (free text; the older form of `assessor`). */
  by: textSchema({ max: 200 }).optional(),
  /** Who did it: their role, and their name if held. */
  assessor: z
    .strictObject({
      /** Their role. */
      role: AssessorRoleSchema,
      /** Their name. */
      name: textSchema({ max: 200 }).optional(),
    })
    .optional(),
  /** What it concluded. */
  conclusion: CapacityConclusionSchema.optional(),
  /** How it relates to the restriction it is recorded on. */
  relatesTo: z.enum(['this-restriction', 'care-arrangements', 'another-decision']).optional(),
});

/**
 * A capacity assessment. Derived from {@link CapacityAssessmentSchema}.
 *
 * @example
 * ```ts
 * const assessment: CapacityAssessment = { decision: 'Bed rails at night', assessedOn: '2026-08-20', conclusion: 'lacks-capacity' };
 * ```
 * @category Restrictions
 */
export type CapacityAssessment = z.output<typeof CapacityAssessmentSchema>;
