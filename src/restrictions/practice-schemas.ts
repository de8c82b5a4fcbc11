import * as z from 'zod';
import { IsoDateSchema, textSchema } from '../core/index.js';
import { INTENSITIES } from './vocabulary.js';

/**
 * Who can be consulted about a restriction, or take part in a meeting or review: `imca` is
 * an Independent Mental Capacity Advocate; `representative` is the person's representative
 * under the Deprivation of Liberty Safeguards, or an attorney or deputy; `prescriber` is the
 * clinician who prescribes a medicine (a GP, psychiatrist or nurse prescriber).
 *
 * @example
 * ```ts
 * ConsultedPartySchema.parse('imca'); // => 'imca'
 * ```
 * @category Restrictions
 */
export const ConsultedPartySchema = z.enum([
  'person',
  'family',
  'advocate',
  'imca',
  'representative',
  'staff',
  'manager',
  'clinician',
  'prescriber',
  'pharmacist',
  'other',
]);

/**
 * A consulted party. Derived from {@link ConsultedPartySchema}.
 *
 * @example
 * ```ts
 * const party: ConsultedParty = 'family';
 * ```
 * @category Restrictions
 */
export type ConsultedParty = z.output<typeof ConsultedPartySchema>;

/**
 * The facts of the "acid test" for a deprivation of liberty (*P v Cheshire West and Chester
 * Council* [2014] UKSC 19): whether the person is under continuous supervision and control,
 * and whether they are free to leave. The third fact, that they lack capacity to consent to
 * the arrangements, comes from the capacity assessments and the legal basis.
 *
 * @remarks Both fields are optional: record what is known. A restriction that records one
 * element of the test but not the other gets an `acid_test_not_recorded` note.
 * @example
 * ```ts
 * LibertySchema.parse({ continuousSupervision: true, freeToLeave: false });
 * ```
 * @category Restrictions
 */
export const LibertySchema = z.strictObject({
  /** Staff know where the person is and what they are doing at all times, and act on it. */
  continuousSupervision: z.boolean().optional(),
  /** The person may leave, to live elsewhere or go out, when they choose. */
  freeToLeave: z.boolean().optional(),
});

/**
 * How intrusive a restriction is, for the proportionality check (Mental Capacity Act 2005
 * section 6): `low` (alerts, such as a sensor mat), `medium` (limits access, such as a
 * locked cupboard), `high` (holds, medicates, secludes or confines).
 *
 * @example
 * ```ts
 * IntensitySchema.parse('high'); // => 'high'
 * ```
 * @category Restrictions
 */
export const IntensitySchema = z.enum(INTENSITIES);

/**
 * An intensity. Derived from {@link IntensitySchema}.
 *
 * @example
 * ```ts
 * const intensity: Intensity = 'medium';
 * ```
 * @category Restrictions
 */
export type Intensity = z.output<typeof IntensitySchema>;

/**
 * The medicine a chemical restriction (or covert administration) concerns: whether it is
 * given covertly, as needed (PRN), whether it is psychotropic and given for behaviour (the
 * medicines STOMP asks to be reviewed), and when its use was last reviewed by a prescriber.
 *
 * @example
 * ```ts
 * MedicationSchema.parse({ name: 'Lorazepam 1 mg', prn: true, psychotropic: true, forBehaviour: true, lastReviewedOn: '2026-07-01' });
 * ```
 * @category Restrictions
 */
export const MedicationSchema = z.strictObject({
  /** The medicine. */
  name: textSchema({ max: 200 }).optional(),
  /** Given hidden in food or drink, without the person knowing. */
  covert: z.boolean().optional(),
  /** Given as needed rather than regularly. */
  prn: z.boolean().optional(),
  /** A psychotropic medicine (antipsychotic, antidepressant, anxiolytic, hypnotic, mood stabiliser). */
  psychotropic: z.boolean().optional(),
  /** Given to manage behaviour (rather than to treat a diagnosed condition). */
  forBehaviour: z.boolean().optional(),
  /** The day a prescriber last reviewed the need for it. */
  lastReviewedOn: IsoDateSchema.optional(),
});

/**
 * A body position during a physical intervention. `prone` is face down, on any surface.
 *
 * @example
 * ```ts
 * RestraintPositionSchema.parse('seated'); // => 'seated'
 * ```
 * @category Restrictions
 */
export const RestraintPositionSchema = z.enum([
  'standing',
  'seated',
  'supine',
  'side-lying',
  'kneeling',
  'prone',
  'other',
]);

/**
 * The physical intervention a restriction plan allows: the positions, and — if it allows
 * face-down (`prone`) restraint — the recorded reason (*Positive and Proactive Care*,
 * Department of Health, 2014: no deliberate restraint that affects airway, breathing or
 * circulation; later guidance allows it only exceptionally, with a cogent recorded reason).
 *
 * @example
 * ```ts
 * PhysicalInterventionSchema.parse({ positions: ['standing', 'seated'] });
 * ```
 * @category Restrictions
 */
export const PhysicalInterventionSchema = z.strictObject({
  /** The positions the plan allows. */
  positions: z.array(RestraintPositionSchema).min(1).max(7),
  /** Why a face-down position is allowed, if it is. */
  proneReason: textSchema({ max: 1000 }).optional(),
});

/**
 * A plan to reduce and end a restriction: what will change, agreed when (*Positive and
 * Proactive Care*, 2014: every restrictive intervention sits inside a reduction programme).
 *
 * @example
 * ```ts
 * ReductionPlanSchema.parse({ description: 'Unlock the kitchen one evening a week from May, with a snack box', agreedOn: '2026-04-20' });
 * ```
 * @category Restrictions
 */
export const ReductionPlanSchema = z.strictObject({
  /** What will be done to reduce the restriction. */
  description: textSchema({ max: 2000 }),
  /** When it was agreed. */
  agreedOn: IsoDateSchema,
});

/**
 * A best-interests meeting: when, and who took part (Mental Capacity Act 2005 section 4(7);
 * for covert medication NICE SC1 and quality standard QS85 statement 6 ask for care staff,
 * the prescriber and a family member or advocate).
 *
 * @example
 * ```ts
 * BestInterestsMeetingSchema.parse({ on: '2026-08-25', attendees: ['staff', 'prescriber', 'family', 'pharmacist'] });
 * ```
 * @category Restrictions
 */
export const BestInterestsMeetingSchema = z.strictObject({
  /** The day of the meeting. */
  on: IsoDateSchema,
  /** Who took part. */
  attendees: z.array(ConsultedPartySchema).min(1).max(20),
});
