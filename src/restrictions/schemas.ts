import * as z from 'zod';
import {
  createParser,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  type IssueDefinition,
  isIsoDate,
  isIsoDateTime,
  textSchema,
} from '../core/index.js';
import { reportIssue } from '../core/internal/index.js';
import { ukDate } from './uk-date.js';

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
export const RestrictionTypeSchema = z.enum([
  'physical',
  'mechanical',
  'chemical',
  'environmental',
  'psychological',
  'surveillance',
  'seclusion-segregation',
  'blanket',
  'other',
]);

/**
 * How likely the harm a restriction prevents is, without it.
 *
 * @example
 * ```ts
 * LikelihoodSchema.parse('likely'); // => 'likely'
 * ```
 * @category Restrictions
 */
export const LikelihoodSchema = z.enum([
  'rare',
  'unlikely',
  'possible',
  'likely',
  'almost-certain',
]);

/**
 * How serious that harm would be.
 *
 * @example
 * ```ts
 * SeriousnessSchema.parse('serious'); // => 'serious'
 * ```
 * @category Restrictions
 */
export const SeriousnessSchema = z.enum(['minor', 'moderate', 'serious', 'severe']);

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
 * Who can be consulted about a restriction; `imca` is an Independent Mental Capacity Advocate.
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
  'staff',
  'manager',
  'clinician',
  'other',
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
 * Why a restriction is lawful: the person's `consent` (with their capacity to consent
 * recorded), a `best-interests` decision (with a decision-specific capacity assessment and
 * who was consulted), a `deprivation-of-liberty` authorisation (reference and expiry), a
 * `court-order`, or `other`.
 *
 * @example
 * ```ts
 * LegalBasisSchema.parse({ kind: 'deprivation-of-liberty', reference: 'DOLS-2026-118', expiresOn: '2027-03-31' });
 * ```
 * @category Restrictions
 */
export const LegalBasisSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The person consents. */
    kind: z.literal('consent'),
    /** The day the person's capacity to consent to this was recorded. */
    capacityRecordedOn: IsoDateSchema.optional(),
    /** The day consent was given. */
    consentedOn: IsoDateSchema.optional(),
  }),
  z.strictObject({
    /** A best-interests decision for a person who lacks capacity to make it. */
    kind: z.literal('best-interests'),
    /** The decision-specific capacity assessment. */
    capacityAssessment: z
      .strictObject({
        /** The decision the assessment was about. */
        decision: textSchema({ max: 500 }),
        /** When it was done. */
        assessedOn: IsoDateSchema,
        /** Who did it. */
        by: textSchema({ max: 200 }).optional(),
      })
      .optional(),
    /** Who was consulted about the person's best interests. */
    consulted: z.array(ConsultationSchema).max(50).optional(),
  }),
  z.strictObject({
    /** A Deprivation of Liberty Safeguards authorisation (or its successor). */
    kind: z.literal('deprivation-of-liberty'),
    /** The authorisation's reference. */
    reference: textSchema({ max: 200 }),
    /** The last day it is in force. */
    expiresOn: IsoDateSchema,
  }),
  z.strictObject({
    /** A Court of Protection (or other court) order. */
    kind: z.literal('court-order'),
    /** The order's reference. */
    reference: textSchema({ max: 200 }),
    /** The last day it is in force, if it has one. */
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
 * @example
 * ```ts
 * RestrictionReviewSchema.parse({ on: '2026-11-02', by: ['Registered manager', 'Aisha'], decision: 'reduce', reason: 'No incidents since September' });
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
  /** What was decided. */
  decision: ReviewDecisionSchema,
  /** Why. */
  reason: textSchema({ max: 2000 }),
});

/**
 * One use of a reactive restriction.
 *
 * @example
 * ```ts
 * RestrictionUseSchema.parse({ at: '2026-10-03T19:40:00+01:00', durationMinutes: 5, debriefDone: true, injury: 'none' });
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
});

// ---------------------------------------------------------------------------------------------

/**
 * A parse issue code that restriction records add to the core codes.
 *
 * @example
 * ```ts
 * const code: RestrictionIssueCode = 'end_before_start';
 * ```
 * @category Restrictions
 */
export type RestrictionIssueCode =
  | 'end_before_start'
  | 'review_before_start'
  | 'next_review_before_start'
  | 'use_before_start'
  | 'blanket_scope_mismatch';

const issueDefinitions = Object.freeze({
  end_before_start: {
    message: '{field} is before the restriction started ({start}).',
    description: 'An end date earlier than the start date.',
  },
  review_before_start: {
    message: '{field} is a review dated before the restriction started ({start}).',
    description: 'A review dated before the restriction started.',
  },
  next_review_before_start: {
    message: '{field} is before the restriction started ({start}).',
    description: 'A next review date earlier than the start date.',
  },
  use_before_start: {
    message: '{field} records a use before the restriction started ({start}).',
    description: 'A use of the restriction dated (in UK time) before it started.',
  },
  blanket_scope_mismatch: {
    message: '{field} must be "blanket" when the restriction applies to a whole setting.',
    description:
      'A restriction whose scope is a whole setting but whose type is not `blanket`, or the other way round.',
  },
} satisfies Record<RestrictionIssueCode, IssueDefinition>);

/**
 * The parse issue codes restriction records add, with their messages.
 *
 * @example
 * ```ts
 * restrictionIssueCatalogue.end_before_start.description;
 * ```
 * @category Restrictions
 */
export const restrictionIssueCatalogue: Readonly<Record<RestrictionIssueCode, IssueDefinition>> =
  issueDefinitions;

const issue = (
  ctx: z.core.$RefinementCtx<unknown>,
  code: RestrictionIssueCode,
  path: (string | number)[],
  details: Record<string, unknown>,
) => reportIssue(ctx, issueDefinitions, code, path, details);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One restrictive practice as a provider's register records it: whom it applies to, what it
 * is, the risk it addresses, its legal basis, the person's view, the alternatives explored,
 * its dates, reviews and — for reactive restrictions — each use.
 *
 * @remarks The schema checks structure and dates (no end, review or use before the start; a
 * blanket scope goes with the `blanket` type). Whether the restriction is lawful,
 * proportionate and reviewed is for {@link checkRestriction}.
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
