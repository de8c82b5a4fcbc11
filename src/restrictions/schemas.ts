import * as z from 'zod';
import {
  createParser,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  isIsoDate,
  isIsoDateTime,
  textSchema,
} from '../core/index.js';
import { isRecord } from '../core/internal/index.js';
import { AuthorisationSchema } from './authorisation-schema.js';
import { CapacityAssessmentSchema } from './capacity-schema.js';
import { issue, restrictionIssueCatalogue } from './issues.js';
import {
  BestInterestsMeetingSchema,
  ConsultedPartySchema,
  IntensitySchema,
  LibertySchema,
  MedicationSchema,
  PhysicalInterventionSchema,
  ReductionPlanSchema,
  RestraintPositionSchema,
} from './practice-schemas.js';
import { RestrictionSettingSchema } from './setting-schema.js';
import { ukDate } from './uk-date.js';
import { LIKELIHOODS, RESTRICTION_TYPES, SERIOUSNESS } from './vocabulary.js';

/**
 * The kind of restriction: `physical` (holding), `mechanical` (a belt, a locked cutlery
 * drawer), `chemical` (medication to manage behaviour, such as PRN sedation),
 * `environmental` (locked doors, removed items), `psychological` (threats, withholding),
 * `surveillance` (sensor mats, cameras), `seclusion-segregation`, `blanket` (a rule for
 * everyone in a setting), `other`.
 *
 * @example
 * ```ts
 * RestrictionTypeSchema.parse('environmental'); // => 'environmental'
 * ```
 * @category Restrictions
 */
export const RestrictionTypeSchema = z.enum(RESTRICTION_TYPES);

/**
 * How likely the harm a restriction prevents is, without it.
 *
 * @example
 * ```ts
 * LikelihoodSchema.parse('likely'); // => 'likely'
 * ```
 * @category Restrictions
 */
export const LikelihoodSchema = z.enum(LIKELIHOODS);

/**
 * How serious that harm would be.
 *
 * @example
 * ```ts
 * SeriousnessSchema.parse('serious'); // => 'serious'
 * ```
 * @category Restrictions
 */
export const SeriousnessSchema = z.enum(SERIOUSNESS);

/**
 * A likelihood. Derived from {@link LikelihoodSchema}.
 *
 * @example
 * ```ts
 * const likelihood: Likelihood = 'possible';
 * ```
 * @category Restrictions
 */
export type Likelihood = z.output<typeof LikelihoodSchema>;

/**
 * A seriousness. Derived from {@link SeriousnessSchema}.
 *
 * @example
 * ```ts
 * const seriousness: Seriousness = 'serious';
 * ```
 * @category Restrictions
 */
export type Seriousness = z.output<typeof SeriousnessSchema>;

/**
 * A decision taken at a restriction review.
 *
 * @example
 * ```ts
 * ReviewDecisionSchema.options; // => ['continue', 'reduce', 'stop', 'change']
 * ```
 * @category Restrictions
 */
export const ReviewDecisionSchema = z.enum(['continue', 'reduce', 'stop', 'change']);

/**
 * Whom a restriction applies to: one person (`individual`, with `personId`) or everyone in a
 * setting (`blanket`, with `settingId`).
 *
 * @example
 * ```ts
 * RestrictionScopeSchema.parse({ kind: 'individual', personId: 'p-aisha' });
 * ```
 * @category Restrictions
 */
export const RestrictionScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** One person. */
    kind: z.literal('individual'),
    /** The host's id for the person. */
    personId: IdSchema,
  }),
  z.strictObject({
    /** Everyone in a setting: a blanket restriction. */
    kind: z.literal('blanket'),
    /** The host's id for the setting (a house, a unit, a service). */
    settingId: IdSchema,
  }),
]);

/**
 * A record that someone was consulted about a restriction, and what they said.
 *
 * @example
 * ```ts
 * ConsultationSchema.parse({ party: 'family', name: 'Mum', on: '2026-09-01', view: 'Agrees, for now' });
 * ```
 * @category Restrictions
 */
export const ConsultationSchema = z.strictObject({
  /** Who was consulted. */
  party: ConsultedPartySchema,
  /** Their name, if held. */
  name: textSchema({ max: 200 }).optional(),
  /** When. */
  on: IsoDateSchema,
  /** What they said. */
  view: textSchema({ max: 2000 }).optional(),
});

/**
 * Who gave consent: the `person` themselves, or an `attorney` (a health and welfare lasting
 * power of attorney) or `deputy` appointed by the Court of Protection acting within their
 * authority. A relative's or staff member's agreement (`family`, `staff`, `other`) is not
 * consent (Mental Capacity Act 2005 sections 9–11 and 16).
 *
 * @example
 * ```ts
 * ConsentGiverSchema.parse('person'); // => 'person'
 * ```
 * @category Restrictions
 */
export const ConsentGiverSchema = z.enum([
  'person',
  'attorney',
  'deputy',
  'family',
  'staff',
  'other',
]);

/**
 * Why a restriction is lawful:
 * - `consent`: the person's consent — who gave it, when, whether it was withdrawn — with
 *   their capacity to consent recorded (a capacity assessment, or the older
 *   `capacityRecordedOn`);
 * - `best-interests`: a best-interests decision for a person who lacks capacity to make it
 *   (Mental Capacity Act 2005 sections 4–6), with the decision-specific capacity assessment,
 *   who was consulted, the best-interests meeting and the decision maker;
 * - `deprivation-of-liberty`: a Deprivation of Liberty Safeguards authorisation — record it
 *   in the restriction's `authorisations`, with its status and dates (the `reference` and
 *   `expiresOn` here are the older, shorter form, still read);
 * - `court-order`: a Court of Protection (or other court) order, likewise;
 * - `other`: any other basis, described (the check asks for it to be named in law).
 *
 * @example
 * ```ts
 * LegalBasisSchema.parse({ kind: 'consent', consentedOn: '2026-07-15', givenBy: 'person' });
 * LegalBasisSchema.parse({ kind: 'deprivation-of-liberty' }); // applied for: see `authorisations`
 * ```
 * @category Restrictions
 */
export const LegalBasisSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The person consents. */
    kind: z.literal('consent'),
    /** The day the person's capacity to consent to this was recorded (older form). */
    capacityRecordedOn: IsoDateSchema.optional(),
    /** The day consent was given. */
    consentedOn: IsoDateSchema.optional(),
    /** Who gave it. */
    givenBy: ConsentGiverSchema.optional(),
    /** The day it was withdrawn, if it was. */
    withdrawnOn: IsoDateSchema.optional(),
  }),
  z.strictObject({
    /** A best-interests decision for a person who lacks capacity to make it. */
    kind: z.literal('best-interests'),
    /** The decision-specific capacity assessment (older form: one assessment, here). */
    capacityAssessment: CapacityAssessmentSchema.optional(),
    /** Who was consulted about the person's best interests. */
    consulted: z.array(ConsultationSchema).max(50).optional(),
    /** The best-interests meeting, if one was held. */
    meeting: BestInterestsMeetingSchema.optional(),
    /** Who made the decision: their role, and name if held. */
    decisionMaker: z
      .strictObject({
        /** Their role, in the host's words (such as "Registered manager"). */
        role: textSchema({ max: 200 }),
        /** Their name. */
        name: textSchema({ max: 200 }).optional(),
      })
      .optional(),
  }),
  z.strictObject({
    /** A Deprivation of Liberty Safeguards authorisation (see `authorisations`). */
    kind: z.literal('deprivation-of-liberty'),
    /** The authorisation's reference (older form). */
    reference: textSchema({ max: 200 }).optional(),
    /** The last day it is in force (older form). */
    expiresOn: IsoDateSchema.optional(),
  }),
  z.strictObject({
    /** A Court of Protection (or other court) order (see `authorisations`). */
    kind: z.literal('court-order'),
    /** The order's reference (older form). */
    reference: textSchema({ max: 200 }).optional(),
    /** The last day it is in force, if it has one (older form). */
    expiresOn: IsoDateSchema.optional(),
  }),
  z.strictObject({
    /** Any other basis, described. */
    kind: z.literal('other'),
    /** What it is. */
    description: textSchema({ max: 1000 }),
  }),
]);

/**
 * A less restrictive alternative that was considered: tried or not, chosen or rejected, and
 * why.
 *
 * @example
 * ```ts
 * OptionExploredSchema.parse({ description: 'A kitchen timer and a snack box', tried: true, outcome: 'chosen', reason: 'Night-time snacking stopped' });
 * ```
 * @category Restrictions
 */
export const OptionExploredSchema = z.strictObject({
  /** The less restrictive alternative. */
  description: textSchema({ max: 1000 }),
  /** Whether it was tried. */
  tried: z.boolean(),
  /** Whether it was chosen (it then replaces or reduces the restriction) or rejected. */
  outcome: z.enum(['chosen', 'rejected']),
  /** Why. */
  reason: textSchema({ max: 1000 }),
});

/**
 * One review of a restriction: when, who took part, what was decided and why.
 *
 * @remarks `by` names the people or roles who took part; `involved` says which parties they
 * were (the person, their family, an advocate…), which is what the check of involvement
 * reads. Without `involved`, the check reads the words of `by` (see {@link checkRestriction}).
 * @example
 * ```ts
 * RestrictionReviewSchema.parse({ on: '2026-11-02', by: ['Registered manager', 'Aisha'], involved: ['manager', 'person'], decision: 'reduce', reason: 'No incidents since September' });
 * ```
 * @category Restrictions
 */
export const RestrictionReviewSchema = z.strictObject({
  /** The day of the review. */
  on: IsoDateSchema,
  /** Who took part (names or roles). */
  by: z
    .array(textSchema({ max: 200 }))
    .min(1)
    .max(20),
  /** Which parties took part. */
  involved: z.array(ConsultedPartySchema).min(1).max(20).optional(),
  /** What was decided. */
  decision: ReviewDecisionSchema,
  /** Why. */
  reason: textSchema({ max: 2000 }),
});

/**
 * One use of a reactive restriction: when, how long, what happened before, the debrief,
 * any injury and what followed it, and for a physical intervention the position.
 *
 * @example
 * ```ts
 * RestrictionUseSchema.parse({ at: '2026-10-03T19:40:00+01:00', durationMinutes: 5, debriefDone: true, injury: 'none', position: 'standing' });
 * ```
 * @category Restrictions
 */
export const RestrictionUseSchema = z.strictObject({
  /** When it started. */
  at: IsoDateTimeSchema,
  /** How long it lasted, in minutes (0 or more). */
  durationMinutes: z.number().min(0).max(100_000),
  /** What happened just before. */
  antecedent: textSchema({ max: 2000 }).optional(),
  /** Whether a debrief with the person and staff took place. */
  debriefDone: z.boolean(),
  /** Whether anyone was hurt. */
  injury: z.enum(['none', 'person', 'staff', 'person-and-staff', 'other']),
  /** Whether the injury was serious (notifiable to CQC when the person was hurt). */
  seriousInjury: z.boolean().optional(),
  /** Whether the incident was reviewed (for a use with an injury). */
  incidentReviewed: z.boolean().optional(),
  /** Whether a safeguarding concern was considered (for a use in which someone was hurt). */
  safeguardingConsidered: z.boolean().optional(),
  /** Whether CQC was notified (for a serious injury). */
  cqcNotified: z.boolean().optional(),
  /** For a physical intervention: the position held in. */
  position: RestraintPositionSchema.optional(),
  /** For a face-down (`prone`) position: why. */
  proneReason: textSchema({ max: 1000 }).optional(),
});

/**
 * One restrictive practice as a provider's register records it: whom it applies to, what it
 * is, the risk it addresses, its legal basis, the person's view, the alternatives explored,
 * its dates, reviews and — for reactive restrictions — each use.
 *
 * @remarks The schema checks structure and dates (no end, review or use before the start; a
 * blanket scope goes with the `blanket` type; the dates of each authorisation in order).
 * Whether the restriction is lawful, proportionate and reviewed is for
 * {@link checkRestriction}.
 *
 * Every field added for the Mental Capacity Act checks (`setting`, `liberty`,
 * `authorisations`, `capacityAssessments`, `medication`, `physicalIntervention`,
 * `reductionPlan`, `enablementOutcomeIds`, and the new fields of reviews and uses) is
 * optional, so records written before them still parse. A check that needs a fact a record
 * does not hold says so with an `info` finding; it never guesses.
 * @example
 * ```ts
 * const result = RestrictionSchema.safeParse(row);
 * ```
 * @category Restrictions
 */
export const RestrictionSchema = z
  .strictObject({
    /** The host's id for the restriction. */
    id: IdSchema,
    /** Whom it applies to: one person, or everyone in a setting. */
    scope: RestrictionScopeSchema,
    /** The kind of restriction. */
    type: RestrictionTypeSchema,
    /** What is done, in plain words. */
    description: textSchema({ max: 2000 }),
    /** The risk it addresses. */
    risk: z
      .strictObject({
        /** What could happen. */
        description: textSchema({ max: 2000 }),
        /** Who could be harmed. */
        toWhom: z
          .array(z.enum(['person', 'others', 'staff', 'public']))
          .min(1)
          .max(4),
        /** How likely it is without the restriction. */
        likelihood: LikelihoodSchema.optional(),
        /** How serious it would be. */
        seriousness: SeriousnessSchema.optional(),
      })
      .optional(),
    /** Why it is lawful. */
    legalBasis: LegalBasisSchema.optional(),
    /** What the person said about it, in their words. */
    personsView: z
      .strictObject({
        /** Their words. */
        words: textSchema({ max: 2000 }),
        /** When. */
        recordedOn: IsoDateSchema,
      })
      .optional(),
    /** Family, advocates and others consulted. */
    consulted: z.array(ConsultationSchema).max(50).optional(),
    /** Each less restrictive alternative considered. */
    optionsExplored: z.array(OptionExploredSchema).max(50).optional(),
    /** Why this is the least restrictive option that works. */
    leastRestrictiveRationale: textSchema({ max: 2000 }).optional(),
    /** The first day it applies. */
    start: IsoDateSchema,
    /** The last day it applies, once ended or if planned to end. */
    end: IsoDateSchema.optional(),
    /** How often it must be reviewed. */
    reviewEvery: z
      .strictObject({
        /** How many weeks or months. */
        count: z.number().int().min(1).max(52),
        /** `week` or `month`. */
        unit: z.enum(['week', 'month']),
      })
      .optional(),
    /** The day it must next be reviewed by. */
    nextReviewOn: IsoDateSchema.optional(),
    /** Reviews held. */
    reviews: z.array(RestrictionReviewSchema).max(500).optional(),
    /** For a reactive restriction: each time it was used. */
    uses: z.array(RestrictionUseSchema).max(10_000).optional(),
    /** For a blanket restriction: the individual restrictions that replaced it. */
    replacedBy: z.array(IdSchema).max(100).optional(),
    /** Where it happens: the setting's type (and id), which decides how a deprivation of liberty is authorised. */
    setting: RestrictionSettingSchema.optional(),
    /** The facts of the acid test for a deprivation of liberty. */
    liberty: LibertySchema.optional(),
    /** Authorisations of a deprivation of liberty (DoLS or a court order), each with its lifecycle. */
    authorisations: z.array(AuthorisationSchema).max(50).optional(),
    /** Capacity assessments for the decisions this restriction rests on. */
    capacityAssessments: z.array(CapacityAssessmentSchema).max(50).optional(),
    /** How intrusive it is, where it differs from what its type suggests. */
    intensity: IntensitySchema.optional(),
    /** For a chemical restriction or covert medication: the medicine. */
    medication: MedicationSchema.optional(),
    /** For a physical intervention: the positions the plan allows. */
    physicalIntervention: PhysicalInterventionSchema.optional(),
    /** The plan to reduce and end it. */
    reductionPlan: ReductionPlanSchema.optional(),
    /** The person's outcomes (their ids) meant to make it unnecessary: skills, routines, confidence. */
    enablementOutcomeIds: z.array(IdSchema).max(20).optional(),
    /** Why no outcome could make it unnecessary (for example a progressive condition), where none is named. */
    enablementNotPossible: textSchema({ max: 1000 }).optional(),
  })
  .superRefine(
    (restriction: unknown, ctx) => {
      if (!isRecord(restriction)) return;
      const { start, end, nextReviewOn, reviews, uses, scope, type } = restriction;
      if (
        isRecord(scope) &&
        typeof type === 'string' &&
        (scope['kind'] === 'blanket') !== (type === 'blanket')
      ) {
        issue(ctx, 'blanket_scope_mismatch', ['type'], {});
      }
      if (!isIsoDate(start)) return;
      if (isIsoDate(end) && end < start) issue(ctx, 'end_before_start', ['end'], { start });
      if (isIsoDate(nextReviewOn) && nextReviewOn < start) {
        issue(ctx, 'next_review_before_start', ['nextReviewOn'], { start });
      }
      for (const [index, review] of (Array.isArray(reviews) ? reviews : []).entries()) {
        const on = isRecord(review) ? review['on'] : undefined;
        if (isIsoDate(on) && on < start)
          issue(ctx, 'review_before_start', ['reviews', index, 'on'], { start });
      }
      for (const [index, use] of (Array.isArray(uses) ? uses : []).entries()) {
        const at = isRecord(use) ? use['at'] : undefined;
        // Compare the UK date of the use: 00:30 BST on the start day is written 23:30Z the
        // day before and is not before the start.
        const day = isIsoDateTime(at) ? ukDate(at) : undefined;
        if (day !== undefined && day < start) {
          issue(ctx, 'use_before_start', ['uses', index, 'at'], { start });
        }
      }
    },
    { when: () => true },
  );

/**
 * A parsed restriction. Derived from {@link RestrictionSchema}.
 *
 * @example
 * ```ts
 * const restriction: Restriction = parsed.data;
 * ```
 * @category Restrictions
 */
export type Restriction = z.output<typeof RestrictionSchema>;

/**
 * A restriction review. Derived from {@link RestrictionReviewSchema}.
 *
 * @example
 * ```ts
 * const review: RestrictionReview = { on: '2026-11-02', by: ['Manager'], decision: 'continue', reason: 'Risk unchanged' };
 * ```
 * @category Restrictions
 */
export type RestrictionReview = z.output<typeof RestrictionReviewSchema>;

/**
 * A restriction type. Derived from {@link RestrictionTypeSchema}.
 *
 * @example
 * ```ts
 * const type: RestrictionType = 'surveillance';
 * ```
 * @category Restrictions
 */
export type RestrictionType = z.output<typeof RestrictionTypeSchema>;

/**
 * A restriction's legal basis. Derived from {@link LegalBasisSchema}.
 *
 * @example
 * ```ts
 * const basis: LegalBasis = { kind: 'consent', consentedOn: '2026-07-15', givenBy: 'person' };
 * ```
 * @category Restrictions
 */
export type LegalBasis = z.output<typeof LegalBasisSchema>;

/**
 * One use of a restriction. Derived from {@link RestrictionUseSchema}.
 *
 * @example
 * ```ts
 * const use: RestrictionUse = { at: '2026-10-03T19:40:00+01:00', durationMinutes: 5, debriefDone: true, injury: 'none' };
 * ```
 * @category Restrictions
 */
export type RestrictionUse = z.output<typeof RestrictionUseSchema>;

/**
 * Reads an untrusted restriction record.
 *
 * @param input - Anything.
 * @returns The typed restriction, or every issue found (core codes and
 * {@link restrictionIssueCatalogue}). Never throws.
 * @example
 * ```ts
 * parseRestriction({ ...row, end: '2026-01-01', start: '2026-02-01' });
 * // => { success: false, issues: [{ code: 'end_before_start', path: ['end'], … }] }
 * ```
 * @category Restrictions
 */
export const parseRestriction = createParser(RestrictionSchema, {
  issues: restrictionIssueCatalogue,
});

/**
 * Reads an untrusted restriction review.
 *
 * @param input - Anything.
 * @returns The typed review, or issues.
 * @example
 * ```ts
 * parseRestrictionReview({ on: '2026-11-02', by: ['Manager'], decision: 'stop', reason: 'No longer needed' }).success; // => true
 * ```
 * @category Restrictions
 */
export const parseRestrictionReview = createParser(RestrictionReviewSchema, {
  issues: restrictionIssueCatalogue,
});
