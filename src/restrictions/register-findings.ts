import {
  defineFindings,
  type FindingCatalogue,
  type FindingOf,
  type NoDetails,
} from '../core/index.js';
import type { AuthorisationRoute } from './findings.js';
import type { RestrictionType } from './schemas.js';

/**
 * The details each register finding carries, by code.
 *
 * @example
 * ```ts
 * const details: RestrictionRegisterFindingDetails['duplicate_restriction_id'] = { restrictionId: 'r-12', count: 2 };
 * ```
 * @category Restrictions
 */
export interface RestrictionRegisterFindingDetails {
  /** Two or more restrictions share an id. */
  readonly duplicate_restriction_id: {
    /** The id. */
    readonly restrictionId: string;
    /** How many restrictions have it. */
    readonly count: number;
  };
  /** The same individual restriction for all or most residents of a setting. */
  readonly de_facto_blanket_restriction: {
    /** The setting. */
    readonly settingId: string;
    /** The restrictions' type. */
    readonly type: RestrictionType;
    /** Their description (as the first of them, in id order, words it). */
    readonly description: string;
    /** How many people have it. */
    readonly people: number;
    /** How many residents the setting has (given, or the people with a restriction there). */
    readonly residents: number;
    /** The restrictions, in id order. */
    readonly restrictionIds: readonly string[];
  };
  /** Several restrictions of one person together meet the acid test, with no authorisation. */
  readonly combined_deprivation_without_authorisation: {
    /** The person. */
    readonly personId: string;
    /** The restrictions that together meet it, in id order. */
    readonly restrictionIds: readonly string[];
    /** The route the setting needs. */
    readonly route: AuthorisationRoute;
  };
  /** Individual restrictions without a setting id cannot be compared across residents. */
  readonly setting_id_not_recorded: {
    /** How many individual restrictions in place have no `setting.id`. */
    readonly restrictions: number;
  };
}

/**
 * A finding code reported by {@link checkRestrictionRegister}.
 *
 * @example
 * ```ts
 * const code: RestrictionRegisterFindingCode = 'de_facto_blanket_restriction';
 * ```
 * @category Restrictions
 */
export type RestrictionRegisterFindingCode = keyof RestrictionRegisterFindingDetails;

const ROUTE: Readonly<Record<string, string>> = {
  dols: 'In a care home or hospital, the managing authority must give an urgent authorisation and request a standard one (Mental Capacity Act 2005 Schedule A1).',
  'court-of-protection':
    'Outside a care home or hospital, only the Court of Protection can authorise it (section 16(2)(a)).',
};

const definitions = defineFindings<RestrictionRegisterFindingDetails>({
  duplicate_restriction_id: {
    severity: 'error',
    message:
      '{count} restrictions in the register have the id "{restrictionId}". Each restriction needs its own id, or reviews, uses and findings are attached to the wrong one.',
    description: 'An id shared by several restrictions. Details: `restrictionId`, `count`.',
  },
  de_facto_blanket_restriction: {
    severity: 'error',
    message:
      '{people} of {residents} residents of {settingId} have the same {type} restriction (“{description}”). The same “individual” restriction for all or most residents is a blanket rule in disguise: decide each person’s restriction for them, as the least restrictive option for them (Mental Capacity Act 2005, sections 1 and 4).',
    description:
      'Individual restrictions in place with the same `setting.id`, type and description (compared without case, spacing or punctuation) for at least `blanketMinPeople` (default 3) people and at least `blanketShare` (default 0.75) of the residents. Details: `settingId`, `type`, `description`, `people`, `residents`, `restrictionIds`.',
  },
  combined_deprivation_without_authorisation: {
    severity: 'error',
    message: (f) =>
      `Together, the restrictions on ${String(f.personId)} (${(Array.isArray(f.restrictionIds) ? f.restrictionIds : []).join(', ')}) mean continuous supervision and control and not being free to leave, for a person who lacks capacity to consent: a deprivation of liberty (P v Cheshire West and Chester Council [2014] UKSC 19), and none of them records an authorisation. ${typeof f.route === 'string' && Object.hasOwn(ROUTE, f.route) ? (ROUTE[f.route] as string) : 'Record the setting’s type to see which route applies.'}`,
    description:
      'A person whose restrictions in place record, between them but not any one alone, continuous supervision, not being free to leave and a lack of capacity, with no authorisation on any of them. Details: `personId`, `restrictionIds`, `route`.',
  },
  setting_id_not_recorded: {
    severity: 'info',
    message:
      '{restrictions} individual restrictions in place do not record their setting’s id, so they cannot be compared across the residents of a setting to find blanket rules in disguise. Record `setting.id`.',
    description: 'Individual restrictions in place without `setting.id`. Details: `restrictions`.',
  },
});

/**
 * The findings {@link checkRestrictionRegister} reports, with severities, messages and
 * descriptions.
 *
 * @example
 * ```ts
 * restrictionRegisterFindings.de_facto_blanket_restriction.severity; // => 'error'
 * ```
 * @category Restrictions
 */
export const restrictionRegisterFindings: FindingCatalogue<RestrictionRegisterFindingDetails> =
  definitions;

/**
 * A finding about a register of restrictions.
 *
 * @example
 * ```ts
 * const findings: RestrictionRegisterFinding[] = checkRestrictionRegister(register, { asOf: '2026-11-23' });
 * ```
 * @category Restrictions
 */
export type RestrictionRegisterFinding = FindingOf<RestrictionRegisterFindingDetails, NoDetails>;
