import {
  defineFindings,
  type FindingCatalogue,
  type FindingOf,
  type IsoDate,
  type NoDetails,
} from '../core/index.js';
import type { AuthorisationKind } from './authorisation-schema.js';
import type { Intensity } from './practice-schemas.js';
import type { Likelihood, Seriousness } from './schemas.js';
import type { SettingType } from './setting-schema.js';

/**
 * The route to authorise a deprivation of liberty in a setting: the Deprivation of Liberty
 * Safeguards (`dols`) in a care home or hospital, the Court of Protection
 * (`court-of-protection`) elsewhere, or `null` when the setting is not recorded.
 *
 * @example
 * ```ts
 * const route: AuthorisationRoute = 'court-of-protection';
 * ```
 * @category Restrictions
 */
export type AuthorisationRoute = 'dols' | 'court-of-protection' | null;

/**
 * The details each restriction finding carries, by code. Every finding also carries
 * `restrictionId` (see {@link RestrictionFinding}).
 *
 * @example
 * ```ts
 * const details: RestrictionFindingDetails['authorisation_expiring'] = {
 *   reference: 'DOLS-2026-118', expiresOn: '2026-12-01', daysLeft: 8,
 * };
 * ```
 * @category Restrictions
 */
export interface RestrictionFindingDetails {
  /** The restriction applies to everyone in a setting. */
  readonly blanket_restriction: NoDetails;
  /** No legal basis is recorded. */
  readonly no_legal_basis: NoDetails;
  /** The basis is `other`: not a basis the law names. */
  readonly other_legal_basis: NoDetails;
  /** A best-interests basis without a capacity assessment. */
  readonly no_capacity_assessment: NoDetails;
  /** The only capacity assessments recorded do not say which decision they were about. */
  readonly capacity_assessment_not_decision_specific: {
    /** The day of the latest such assessment. */
    readonly assessedOn: IsoDate;
  };
  /** Every capacity assessment recorded is about another decision. */
  readonly capacity_assessment_other_decision: {
    /** The decision the latest of them was about. */
    readonly decision: string;
    /** Its day. */
    readonly assessedOn: IsoDate;
  };
  /** The first assessment for this decision is dated after the restriction began. */
  readonly capacity_assessment_after_start: {
    /** The day of the earliest assessment for this decision. */
    readonly assessedOn: IsoDate;
    /** The day the restriction began. */
    readonly start: IsoDate;
  };
  /** The latest assessment for this decision is older than the policy allows. */
  readonly capacity_assessment_out_of_date: {
    /** Its day. */
    readonly assessedOn: IsoDate;
    /** The policy: months an assessment stays current (`capacityValidMonths`). */
    readonly validMonths: number;
  };
  /** The latest assessment for this decision has no conclusion. */
  readonly capacity_conclusion_not_recorded: {
    /** Its day. */
    readonly assessedOn: IsoDate;
  };
  /** Best interests is the basis, but the latest assessment found the person has capacity. */
  readonly best_interests_with_capacity: {
    /** The day of that assessment. */
    readonly assessedOn: IsoDate;
  };
  /** A best-interests basis with nobody consulted. */
  readonly best_interests_without_consultation: NoDetails;
  /** A consent basis without a record of capacity to consent. */
  readonly consent_without_capacity: NoDetails;
  /** A consent basis, but the latest assessment found the person lacks capacity. */
  readonly consent_lacks_capacity: {
    /** The day of that assessment. */
    readonly assessedOn: IsoDate;
  };
  /** A consent basis without the day consent was given. */
  readonly consent_not_dated: NoDetails;
  /** Consent was withdrawn while the restriction continued. */
  readonly consent_withdrawn: {
    /** The day it was withdrawn. */
    readonly withdrawnOn: IsoDate;
  };
  /** Consent recorded as given by someone who cannot consent for the person. */
  readonly consent_not_given_by_person: {
    /** Who gave it. */
    readonly givenBy: 'family' | 'staff' | 'other';
  };
  /** The acid test is met and no authorisation is recorded at all. */
  readonly deprivation_without_authorisation: {
    /** The route the setting needs. */
    readonly route: AuthorisationRoute;
  };
  /** Continuous supervision, not free to leave, capacity not recorded, no authorisation. */
  readonly possible_deprivation_of_liberty: {
    /** The route the setting would need. */
    readonly route: AuthorisationRoute;
  };
  /** One element of the acid test is recorded as met and another is not recorded. */
  readonly acid_test_not_recorded: {
    /** The elements not recorded. */
    readonly missing: readonly ('continuous-supervision' | 'free-to-leave' | 'capacity')[];
  };
  /** A Deprivation of Liberty Safeguards authorisation in a setting where they cannot apply. */
  readonly dols_outside_care_home_or_hospital: {
    /** The setting's type. */
    readonly setting: SettingType;
  };
  /** A check needs the setting's type and the record has none. */
  readonly setting_not_recorded: NoDetails;
  /** A Liberty Protection Safeguards authorisation: not in force. */
  readonly lps_not_in_force: {
    /** Its reference. */
    readonly reference: string | null;
  };
  /** A deprivation-of-liberty or court-order basis with no authorisation recorded. */
  readonly authorisation_not_recorded: NoDetails;
  /** An authorisation lacks a date a check needs. */
  readonly authorisation_dates_not_recorded: {
    /** Its kind. */
    readonly kind: AuthorisationKind;
    /** The fields missing. */
    readonly missing: readonly ('requestedOn' | 'startsOn' | 'expiresOn' | 'suspendedOn')[];
  };
  /** An urgent authorisation recorded as lasting longer than the law allows. */
  readonly urgent_authorisation_too_long: {
    /** The day it was given. */
    readonly startsOn: IsoDate;
    /** Its recorded last day (after any extension). */
    readonly lastDay: IsoDate;
    /** The latest day it could lawfully last to. */
    readonly latestLawfulDay: IsoDate;
  };
  /** A standard authorisation granted for longer than 12 months. */
  readonly standard_authorisation_too_long: {
    /** Its first day. */
    readonly startsOn: IsoDate;
    /** Its recorded last day. */
    readonly expiresOn: IsoDate;
    /** The latest day it could lawfully last to. */
    readonly latestLawfulDay: IsoDate;
  };
  /** An urgent authorisation given with no standard authorisation requested. */
  readonly urgent_without_standard_request: {
    /** The day it was given. */
    readonly startsOn: IsoDate;
  };
  /** The urgent authorisation has run out and no standard authorisation is in force. */
  readonly urgent_authorisation_lapsed: {
    /** The day it was given. */
    readonly startsOn: IsoDate;
    /** Its last day in force. */
    readonly lastDay: IsoDate;
    /** The day a standard authorisation was requested, if one is waiting. */
    readonly standardRequestedOn: IsoDate | null;
  };
  /** An authorisation expired while the restriction was in place, and none replaced it. */
  readonly authorisation_expired: {
    /** The authorisation's reference. */
    readonly reference: string | null;
    /** Its last day in force. */
    readonly expiresOn: IsoDate;
    /** The day a further authorisation was requested, if one is waiting. */
    readonly furtherRequestedOn: IsoDate | null;
  };
  /** An authorisation expires soon and no further one is requested. */
  readonly authorisation_expiring: {
    /** The authorisation's reference. */
    readonly reference: string | null;
    /** Its last day in force. */
    readonly expiresOn: IsoDate;
    /** Days from `asOf` to `expiresOn`. */
    readonly daysLeft: number;
  };
  /** An authorisation is requested and not yet decided, within the time allowed. */
  readonly authorisation_awaiting_decision: {
    /** Its kind. */
    readonly kind: AuthorisationKind;
    /** The day it was requested. */
    readonly requestedOn: IsoDate;
    /** Days from the request to `asOf`. */
    readonly daysWaiting: number;
    /** Whether another authorisation (such as an urgent one) is in force meanwhile. */
    readonly covered: boolean;
    /** Its last day, or `null` when none is in force or it has no end date. */
    readonly coveredUntil: IsoDate | null;
  };
  /** A standard authorisation is requested and not decided in the time allowed. */
  readonly authorisation_decision_overdue: {
    /** The day it was requested. */
    readonly requestedOn: IsoDate;
    /** Days from the request to `asOf`. */
    readonly daysWaiting: number;
    /** The policy: days a decision is due within (`decisionDueDays`). */
    readonly dueWithinDays: number;
    /** Whether another authorisation (such as an urgent one) is in force meanwhile. */
    readonly covered: boolean;
    /** Its last day, or `null` when none is in force or it has no end date. */
    readonly coveredUntil: IsoDate | null;
  };
  /** An authorisation was refused and the restriction continues without another. */
  readonly authorisation_refused: {
    /** Its reference. */
    readonly reference: string | null;
    /** The day it was refused, if recorded. */
    readonly decidedOn: IsoDate | null;
  };
  /** A standard authorisation suspended for more than 28 days. */
  readonly authorisation_suspended_too_long: {
    /** The day it was suspended. */
    readonly suspendedOn: IsoDate;
    /** Days from then to `asOf` (or the end). */
    readonly daysSuspended: number;
  };
  /** A condition of an authorisation in force is not recorded as met. */
  readonly authorisation_conditions_not_met: {
    /** The condition. */
    readonly condition: string;
    /** `false` when recorded as not met, `null` when not recorded. */
    readonly met: boolean | null;
  };
  /** The review date of an authorisation in force has passed. */
  readonly authorisation_review_overdue: {
    /** The review date. */
    readonly reviewOn: IsoDate;
    /** Days from then to `asOf`. */
    readonly daysOverdue: number;
  };
  /** No less restrictive alternative is recorded. */
  readonly no_less_restrictive_option: NoDetails;
  /** The rationale, the risk or its likelihood or seriousness is missing. */
  readonly no_rationale: {
    /** What is missing: `rationale`, `risk`, `likelihood`, `seriousness`. */
    readonly missing: readonly ('rationale' | 'risk' | 'likelihood' | 'seriousness')[];
  };
  /** The restriction is more intrusive than the risk it answers can justify. */
  readonly disproportionate_restriction: {
    /** How intrusive it is. */
    readonly intensity: Intensity;
    /** How likely the harm is. */
    readonly likelihood: Likelihood;
    /** How serious it would be. */
    readonly seriousness: Seriousness;
    /** The most intrusive restriction that risk can justify, by the proportionality table. */
    readonly proportionateUpTo: Intensity;
  };
  /** A best-interests or DoLS basis for a risk only to other people. */
  readonly harm_to_others_under_s6: {
    /** Who could be harmed. */
    readonly toWhom: readonly ('others' | 'staff' | 'public')[];
  };
  /** The person's view is not recorded. */
  readonly person_view_missing: NoDetails;
  /** Covert medication without the best-interests meeting NICE asks for. */
  readonly covert_medication_without_meeting: {
    /** What is missing. */
    readonly missing: readonly (
      | 'best-interests-basis'
      | 'meeting'
      | 'prescriber'
      | 'family-or-advocate'
    )[];
  };
  /** Covert medication without a review date. */
  readonly covert_medication_no_review_date: NoDetails;
  /** A psychotropic medicine given as needed for behaviour without a recent review. */
  readonly psychotropic_review_overdue: {
    /** The day of the last review, if any. */
    readonly lastReviewedOn: IsoDate | null;
    /** The policy: months within which a review is due (`medicationReviewMonths`). */
    readonly withinMonths: number;
  };
  /** A chemical restriction without the details of the medicine. */
  readonly medication_not_recorded: NoDetails;
  /** Neither an end date nor a review date. */
  readonly not_time_limited: NoDetails;
  /** The next review date has passed. */
  readonly restriction_review_overdue: {
    /** The day the review was due by. */
    readonly nextReviewOn: IsoDate;
    /** Days overdue, to `asOf` or to the end date. */
    readonly daysOverdue: number;
  };
  /** The next review is further out than the review cadence allows. */
  readonly next_review_beyond_cadence: {
    /** The recorded next review date. */
    readonly nextReviewOn: IsoDate;
    /** The day the cadence allows at the latest. */
    readonly latestAllowed: IsoDate;
    /** The day the cadence is counted from: the latest review, or the start. */
    readonly from: IsoDate;
  };
  /** The latest review did not involve the person or an advocate. */
  readonly review_without_person: {
    /** The day of the review. */
    readonly on: IsoDate;
  };
  /** Several "continue" decisions in a row and no reduction plan. */
  readonly review_drift: {
    /** How many consecutive "continue" decisions, up to the latest review. */
    readonly continues: number;
    /** The day of the first of them. */
    readonly since: IsoDate;
  };
  /** A long-standing individual restriction names no enablement outcome. */
  readonly no_enablement_outcome: {
    /** The day it began. */
    readonly since: IsoDate;
    /** The policy: months after which an outcome is expected (`enablementAfterMonths`). */
    readonly afterMonths: number;
  };
  /** Uses are rising. */
  readonly rising_use: {
    /** Uses in the latest window. */
    readonly recent: number;
    /** Uses in the window before. */
    readonly previous: number;
    /** The windows' length in days. */
    readonly windowDays: number;
  };
  /** A use after the restriction ended. */
  readonly used_after_end: {
    /** The UK day of the use. */
    readonly on: IsoDate;
    /** The restriction's end date. */
    readonly end: IsoDate;
  };
  /** A use (not a physical intervention) without a debrief. */
  readonly debrief_missing: {
    /** The UK day of the use. */
    readonly on: IsoDate;
  };
  /** A physical intervention without a post-incident debrief. */
  readonly physical_intervention_without_debrief: {
    /** The UK day of the use. */
    readonly on: IsoDate;
  };
  /** Face-down restraint allowed or used without a recorded reason. */
  readonly prone_restraint_without_reason: {
    /** The UK day of the use, or `null` when it is the plan that allows it. */
    readonly on: IsoDate | null;
  };
  /** A use in which someone was hurt, without the follow-up it needs. */
  readonly injury_without_follow_up: {
    /** The UK day of the use. */
    readonly on: IsoDate;
    /** Who was hurt. */
    readonly injury: 'person' | 'staff' | 'person-and-staff' | 'other';
    /** What is not recorded. */
    readonly missing: readonly ('incident-review' | 'safeguarding' | 'cqc-notification')[];
  };
}

/**
 * A finding code reported by {@link checkRestriction}.
 *
 * @example
 * ```ts
 * const code: RestrictionFindingCode = 'authorisation_expired';
 * ```
 * @category Restrictions
 */
export type RestrictionFindingCode = keyof RestrictionFindingDetails;

const days = (n: unknown) => `${String(n)} day${n === 1 ? '' : 's'}`;
const months = (n: unknown) => `${String(n)} month${n === 1 ? '' : 's'}`;
/** The words for a list of codes, from a table; defensive for items a host built itself. */
const labels = (value: unknown, table: Readonly<Record<string, string>>): string[] =>
  (Array.isArray(value) ? value : []).map((m: unknown) =>
    typeof m === 'string' && Object.hasOwn(table, m) ? (table[m] as string) : String(m),
  );
/** The same words as a phrase: "a, b and c". */
const words = (value: unknown, table: Readonly<Record<string, string>>): string => {
  const items = labels(value, table);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
};

const MISSING_RATIONALE: Readonly<Record<string, string>> = {
  rationale: 'why this is the least restrictive option',
  risk: 'the risk it addresses',
  likelihood: 'how likely the harm is',
  seriousness: 'how serious it would be',
};
const ACID_TEST: Readonly<Record<string, string>> = {
  'continuous-supervision': 'whether they are under continuous supervision and control',
  'free-to-leave': 'whether they are free to leave',
  capacity: 'whether they have capacity to consent to the arrangements',
};
const AUTHORISATION_DATES: Readonly<Record<string, string>> = {
  requestedOn: 'when it was requested',
  startsOn: 'when it came into force',
  expiresOn: 'when it expires',
  suspendedOn: 'when it was suspended',
};
const COVERT: Readonly<Record<string, string>> = {
  'best-interests-basis': 'a best-interests decision',
  meeting: 'a best-interests meeting',
  prescriber: 'the prescriber at the meeting',
  'family-or-advocate': 'a family member or advocate at the meeting',
};
const FOLLOW_UP: Readonly<Record<string, string>> = {
  'incident-review': 'an incident review',
  safeguarding: 'a safeguarding consideration',
  'cqc-notification': 'a notification to CQC (a serious injury)',
};
const KIND: Readonly<Record<string, string>> = {
  'dols-urgent': 'urgent authorisation',
  'dols-standard': 'standard authorisation',
  'court-of-protection': 'Court of Protection application',
  lps: 'Liberty Protection Safeguards authorisation',
};
const ROUTE_ADVICE: Readonly<Record<string, string>> = {
  dols: 'In a care home or hospital, the managing authority must give an urgent authorisation and request a standard one from the supervisory body (Schedule A1)',
  'court-of-protection':
    'Outside a care home or hospital, only the Court of Protection can authorise it (Mental Capacity Act 2005 section 16(2)(a))',
};
const route = (r: unknown): string =>
  typeof r === 'string' && Object.hasOwn(ROUTE_ADVICE, r)
    ? `${ROUTE_ADVICE[r] as string}.`
    : 'Record the setting’s type to see which route applies: the Deprivation of Liberty Safeguards in a care home or hospital, the Court of Protection elsewhere.';
const WHO: Readonly<Record<string, string>> = {
  family: 'a relative',
  staff: 'a member of staff',
  other: 'someone other than the person',
};
const HARMED: Readonly<Record<string, string>> = {
  others: 'other people',
  staff: 'staff',
  public: 'the public',
};
const INJURED: Readonly<Record<string, string>> = {
  person: 'the person was hurt',
  staff: 'a member of staff was hurt',
  'person-and-staff': 'the person and a member of staff were hurt',
  other: 'someone was hurt',
};
const pick = (table: Readonly<Record<string, string>>, key: unknown, fallback: string): string =>
  typeof key === 'string' && Object.hasOwn(table, key) ? (table[key] as string) : fallback;
const meanwhile = (covered: unknown, until: unknown, otherwise: string): string =>
  covered !== true
    ? otherwise
    : typeof until === 'string'
      ? `An authorisation is in force meanwhile, until ${until}.`
      : 'An authorisation is in force meanwhile.';
const named = (reference: unknown) =>
  typeof reference === 'string' ? `The authorisation ${reference}` : 'The authorisation';

const definitions = defineFindings<RestrictionFindingDetails>({
  blanket_restriction: {
    severity: 'error',
    message:
      'This rule applies to everyone in the setting. Restrictions must be decided for each person and be the least restrictive option for them (Mental Capacity Act 2005, section 1); blanket rules are a warning sign to inspectors.',
    description: 'The restriction is blanket: its scope is a whole setting.',
  },
  no_legal_basis: {
    severity: 'error',
    message:
      'No legal basis is recorded. Every restriction needs one: the person’s consent, a best-interests decision (Mental Capacity Act 2005, sections 5 and 6), a Deprivation of Liberty Safeguards authorisation or a court order.',
    description: 'A restriction without a legal basis.',
  },
  other_legal_basis: {
    severity: 'warning',
    message:
      'The legal basis is recorded only as “other”. A restriction rests on the person’s consent, the Mental Capacity Act 2005 (a best-interests decision under sections 5 and 6, a Deprivation of Liberty Safeguards authorisation or a Court of Protection order) or another law such as the Mental Health Act 1983 — name it. A house rule or a staff agreement is not a legal basis.',
    description: 'A legal basis of kind `other`.',
  },
  no_capacity_assessment: {
    severity: 'error',
    message:
      'Best interests is the basis, but there is no capacity assessment for this decision. A person is assumed to have capacity unless an assessment about this specific decision shows otherwise (Mental Capacity Act 2005, sections 1 to 3).',
    description:
      'A best-interests basis with no capacity assessment at all (neither in `capacityAssessments` nor in the basis).',
  },
  capacity_assessment_not_decision_specific: {
    severity: 'error',
    message:
      'The capacity assessment of {assessedOn} does not say which decision it was about. Capacity is assessed for one decision at a time, so an assessment that names no decision cannot support a best-interests decision (Mental Capacity Act 2005, sections 2 and 3).',
    description:
      'A best-interests basis whose capacity assessments all lack a `decision`. Details: `assessedOn` (the latest).',
  },
  capacity_assessment_other_decision: {
    severity: 'error',
    message:
      'The capacity assessment of {assessedOn} was about another decision (“{decision}”), not this restriction. Capacity is decision-specific: assess the person’s capacity to decide about this restriction, or the care arrangements that include it (Mental Capacity Act 2005, sections 2 and 3).',
    description:
      'A best-interests basis whose capacity assessments are all about other decisions: `relatesTo: another-decision`, or (without `relatesTo`) a `decision` that shares no word with the description or medicine, is not about the care arrangements, and is plainly about another matter (money, a tenancy, contact, medical treatment…). Details: `decision`, `assessedOn` (the latest).',
  },
  capacity_assessment_after_start: {
    severity: 'warning',
    message:
      'The first capacity assessment for this decision is dated {assessedOn}, after the restriction began on {start}. Until then it rested on an assumption that the person lacked capacity, which the law does not allow (Mental Capacity Act 2005, section 1(2)).',
    description:
      'The earliest assessment relating to the restriction is after its start. Details: `assessedOn`, `start`.',
  },
  capacity_assessment_out_of_date: {
    severity: 'warning',
    message: (f) =>
      `The latest capacity assessment for this decision is from ${String(f.assessedOn)}, more than ${months(f.validMonths)} ago. Capacity is time-specific and can change: reassess it (Mental Capacity Act 2005, section 2; Code of Practice, chapter 4).`,
    description:
      'The latest assessment relating to the restriction is older than `capacityValidMonths` (default 12) on `asOf`. Details: `assessedOn`, `validMonths`.',
  },
  capacity_conclusion_not_recorded: {
    severity: 'warning',
    message:
      'The capacity assessment of {assessedOn} does not record its conclusion. Record whether the person has or lacks capacity to make this decision: the basis depends on it (Mental Capacity Act 2005, sections 2 and 3).',
    description:
      'The latest assessment relating to the restriction has no `conclusion`. Details: `assessedOn`.',
  },
  best_interests_with_capacity: {
    severity: 'error',
    message:
      'The capacity assessment of {assessedOn} found the person has capacity to make this decision, so a best-interests decision cannot be the basis: only the person’s own consent can (Mental Capacity Act 2005, sections 1(2) and 4).',
    description:
      'A best-interests basis whose latest relating assessment concluded `has-capacity`. Details: `assessedOn`.',
  },
  best_interests_without_consultation: {
    severity: 'warning',
    message:
      'Nobody is recorded as consulted about the person’s best interests. Family, carers and advocates must be consulted where practicable (Mental Capacity Act 2005, section 4(7)).',
    description:
      'A best-interests basis with no one consulted: not in the basis, not in `consulted`, and no one other than staff at the best-interests meeting.',
  },
  consent_without_capacity: {
    severity: 'warning',
    message:
      'Consent is the basis, but the person’s capacity to consent is not recorded. Consent counts only when the person has capacity to give it (Mental Capacity Act 2005, section 2).',
    description:
      'A consent basis with neither `capacityRecordedOn` nor a relating assessment that found capacity.',
  },
  consent_lacks_capacity: {
    severity: 'error',
    message:
      'Consent is the basis, but the capacity assessment of {assessedOn} found the person lacks capacity to make this decision, so their agreement is not consent. Decide in their best interests instead, and record it (Mental Capacity Act 2005, sections 2 and 4).',
    description:
      'A consent basis whose latest relating assessment concluded `lacks-capacity`. Details: `assessedOn`.',
  },
  consent_not_dated: {
    severity: 'warning',
    message:
      'Consent is the basis, but the day it was given is not recorded. Record when the person consented, so that it can be checked that they agreed before the restriction began and still agree: a person with capacity decides for themselves (Mental Capacity Act 2005, section 1(2)).',
    description: 'A consent basis without `consentedOn`.',
  },
  consent_withdrawn: {
    severity: 'error',
    message:
      'The person withdrew their consent on {withdrawnOn} and the restriction continued. Once consent is withdrawn it is no longer a basis: stop the restriction, or if the person now lacks capacity, assess it and decide in their best interests (Mental Capacity Act 2005).',
    description:
      'A consent basis withdrawn (`withdrawnOn`) while the restriction was in place. Details: `withdrawnOn`.',
  },
  consent_not_given_by_person: {
    severity: 'error',
    message: (f) =>
      `Consent is recorded as given by ${pick(WHO, f.givenBy, 'someone other than the person')}. Only the person can consent (or an attorney or deputy within their authority); a relative’s or staff member’s agreement is not consent (Mental Capacity Act 2005, sections 9 to 11 and 16).`,
    description:
      'A consent basis given by `family`, `staff` or `other` (rather than `person`, `attorney` or `deputy`). Details: `givenBy`.',
  },
  deprivation_without_authorisation: {
    severity: 'error',
    message: (f) =>
      `The person lacks capacity to consent to these arrangements, is under continuous supervision and control and is not free to leave: that is a deprivation of liberty (P v Cheshire West and Chester Council [2014] UKSC 19), and no authorisation is recorded. ${route(f.route)}`,
    description:
      'The acid test is met (`liberty.continuousSupervision` true, `liberty.freeToLeave` false, and the person lacks capacity by the assessments or the basis) and the restriction records no authorisation, requested or granted. Details: `route`.',
  },
  possible_deprivation_of_liberty: {
    severity: 'warning',
    message: (f) =>
      `The person is under continuous supervision and control and is not free to leave, and their capacity to consent to this is not recorded. If they lack it, this is a deprivation of liberty and needs an authorisation (P v Cheshire West and Chester Council [2014] UKSC 19). ${route(f.route)}`,
    description:
      'Two elements of the acid test are recorded as met, capacity is unknown (no relating assessment, basis `other`), and no authorisation is recorded. Details: `route`.',
  },
  acid_test_not_recorded: {
    severity: 'info',
    message: (f) =>
      `Part of the acid test for a deprivation of liberty is recorded, but not ${words(f.missing, ACID_TEST)}. Record it, so that the check can tell whether an authorisation is needed (P v Cheshire West and Chester Council [2014] UKSC 19).`,
    description:
      'One element of the acid test is recorded as met and another is not recorded. Details: `missing` (`continuous-supervision`, `free-to-leave`, `capacity`).',
  },
  dols_outside_care_home_or_hospital: {
    severity: 'error',
    message: (f) =>
      `A Deprivation of Liberty Safeguards authorisation is recorded, but the setting is ${String(f.setting).replace(/-/g, ' ')}. DoLS apply only in care homes and hospitals (Mental Capacity Act 2005 Schedule A1, paragraph 1); elsewhere a deprivation of liberty needs an order of the Court of Protection (section 16(2)(a)).`,
    description:
      'A DoLS authorisation (or basis) on a restriction whose `setting.type` is not `care-home`, `nursing-home` or `hospital`. Details: `setting`.',
  },
  setting_not_recorded: {
    severity: 'info',
    message:
      'The type of setting is not recorded, so the check cannot tell whether a deprivation of liberty here is authorised by the Deprivation of Liberty Safeguards (care homes and hospitals) or needs the Court of Protection (everywhere else). Record `setting`.',
    description:
      'A restriction with a DoLS authorisation, or meeting the acid test, and no `setting`.',
  },
  lps_not_in_force: {
    severity: 'error',
    message:
      'A Liberty Protection Safeguards authorisation is recorded. The Liberty Protection Safeguards (Mental Capacity (Amendment) Act 2019) are not in force — their start was postponed in April 2023 — so it authorises nothing: use the Deprivation of Liberty Safeguards or the Court of Protection.',
    description: 'An authorisation of kind `lps`. Details: `reference`.',
  },
  authorisation_not_recorded: {
    severity: 'warning',
    message:
      'The basis is an authorisation of a deprivation of liberty, but none is recorded: not when it was requested, nor whether it was granted or when it expires. Record it in `authorisations` with its status and dates: a deprivation of liberty is lawful only when authorised (Mental Capacity Act 2005, section 4A).',
    description: 'A `deprivation-of-liberty` basis without `expiresOn` and no `authorisations`.',
  },
  authorisation_dates_not_recorded: {
    severity: 'info',
    message: (f) =>
      `The ${pick(KIND, f.kind, 'authorisation')} does not record ${words(f.missing, AUTHORISATION_DATES)}, so the check cannot tell whether it is in force or in time (Mental Capacity Act 2005 Schedule A1). Record the dates.`,
    description:
      'An authorisation without a date a check needs: `requestedOn` (requested), `startsOn` or `decidedOn` (urgent, granted), `expiresOn` (standard, granted), `suspendedOn` (suspended). Details: `kind`, `missing`.',
  },
  urgent_authorisation_too_long: {
    severity: 'error',
    message:
      'The urgent authorisation given on {startsOn} is recorded as lasting to {lastDay}, beyond {latestLawfulDay}. An urgent authorisation lasts at most 7 days, and the supervisory body can extend it once by at most 7 more (Mental Capacity Act 2005 Schedule A1, paragraphs 78 and 84–85); after that the deprivation of liberty is not authorised.',
    description:
      'A `dols-urgent` authorisation whose `expiresOn` is more than 7 days after `startsOn`, or whose `extendedTo` is more than 7 days after that. Details: `startsOn`, `lastDay`, `latestLawfulDay`.',
  },
  standard_authorisation_too_long: {
    severity: 'error',
    message:
      'The standard authorisation from {startsOn} is recorded as lasting to {expiresOn}, beyond {latestLawfulDay}. A standard authorisation lasts at most 12 months (Mental Capacity Act 2005 Schedule A1, paragraph 42): check the date.',
    description:
      'A `dols-standard` authorisation whose `expiresOn` is more than 12 months after `startsOn`. Details: `startsOn`, `expiresOn`, `latestLawfulDay`.',
  },
  urgent_without_standard_request: {
    severity: 'warning',
    message:
      'An urgent authorisation was given on {startsOn}, but no request for a standard authorisation is recorded by then. An urgent authorisation is given only with a request for a standard one (Mental Capacity Act 2005 Schedule A1, paragraph 76).',
    description:
      'A `dols-urgent` authorisation with no `dols-standard` requested on or before the day it was given. Details: `startsOn`.',
  },
  urgent_authorisation_lapsed: {
    severity: 'error',
    message: (f) =>
      `The urgent authorisation given on ${String(f.startsOn)} ran out on ${String(f.lastDay)}, and no standard authorisation is in force. ${typeof f.standardRequestedOn === 'string' ? `The standard authorisation requested on ${f.standardRequestedOn} is still not decided: chase the supervisory body.` : 'No standard authorisation has been requested.'} Since then the deprivation of liberty has not been authorised (Mental Capacity Act 2005 Schedule A1, paragraphs 78 and 84).`,
    description:
      'The latest authorisation was urgent and its last day in force (at most 7 days, 14 with an extension) is before `asOf`, with nothing in force since. Details: `startsOn`, `lastDay`, `standardRequestedOn`.',
  },
  authorisation_expired: {
    severity: 'error',
    message: (f) =>
      `${named(f.reference)} expired on ${String(f.expiresOn)} while the restriction was still in place. ${typeof f.furtherRequestedOn === 'string' ? `A further authorisation was requested on ${f.furtherRequestedOn} and is not yet decided; meanwhile the deprivation of liberty is not authorised.` : 'Depriving someone of their liberty needs a current legal authorisation (Mental Capacity Act 2005, section 4A).'}`,
    description:
      'A standard authorisation or court order expired while the restriction continued and nothing has been in force since. Details: `reference`, `expiresOn`, `furtherRequestedOn`.',
  },
  authorisation_expiring: {
    severity: 'warning',
    message: (f) =>
      `${named(f.reference)} expires on ${String(f.expiresOn)}, in ${days(f.daysLeft)}, and no further authorisation is requested. Request it in time: a deprivation of liberty needs a current legal authorisation (Mental Capacity Act 2005 Schedule A1, Part 4).`,
    description:
      'A standard authorisation or court order in force expires within `expiringWithinDays` (default 28) and no further one is requested or granted. Details: `reference`, `expiresOn`, `daysLeft`.',
  },
  authorisation_awaiting_decision: {
    severity: 'info',
    message: (f) =>
      `The ${pick(KIND, f.kind, 'authorisation')} requested on ${String(f.requestedOn)} has been awaiting a decision for ${days(f.daysWaiting)}. ${meanwhile(f.covered, f.coveredUntil, 'Until it is granted, a deprivation of liberty here is not authorised (Mental Capacity Act 2005, section 4A).')}`,
    description:
      'An authorisation with status `requested`, within the time a decision is due. Details: `kind`, `requestedOn`, `daysWaiting`, `covered`, `coveredUntil`.',
  },
  authorisation_decision_overdue: {
    severity: 'warning',
    message: (f) =>
      `The standard authorisation requested on ${String(f.requestedOn)} is still not decided after ${days(f.daysWaiting)}; the assessments are due within ${days(f.dueWithinDays)} (Mental Capacity (Deprivation of Liberty: Standard Authorisations, Assessments and Ordinary Residence) Regulations 2008, regulation 13). ${meanwhile(f.covered, f.coveredUntil, 'Nothing is in force meanwhile, so the deprivation of liberty is not authorised: chase the supervisory body and record it.')}`,
    description:
      'A `dols-standard` request undecided for more than `decisionDueDays` (default 21). Details: `requestedOn`, `daysWaiting`, `dueWithinDays`, `covered`, `coveredUntil`.',
  },
  authorisation_refused: {
    severity: 'error',
    message: (f) =>
      `${named(f.reference)} was refused${typeof f.decidedOn === 'string' ? ` on ${f.decidedOn}` : ''} and the restriction continues with no other authorisation. The arrangements must change so that they no longer deprive the person of their liberty, or the matter go to the Court of Protection (Mental Capacity Act 2005, sections 4A and 16).`,
    description:
      'A refused authorisation, with none in force or requested since. Details: `reference`, `decidedOn`.',
  },
  authorisation_suspended_too_long: {
    severity: 'error',
    message:
      'The standard authorisation has been suspended since {suspendedOn}, {daysSuspended} days. A suspension lasts at most 28 days; after that the authorisation ends (Mental Capacity Act 2005 Schedule A1, Part 6): request a new one if it is needed.',
    description:
      'An authorisation with status `suspended` for more than 28 days. Details: `suspendedOn`, `daysSuspended`.',
  },
  authorisation_conditions_not_met: {
    severity: 'warning',
    message: (f) =>
      `The condition “${String(f.condition)}” of the authorisation is ${f.met === false ? 'recorded as not met' : 'not recorded as met'}. The managing authority must make sure every condition is met (Mental Capacity Act 2005 Schedule A1, paragraph 53).`,
    description:
      'A condition of an authorisation in force without `met: true`. Details: `condition`, `met` (`false` or `null`).',
  },
  authorisation_review_overdue: {
    severity: 'warning',
    message:
      'The authorisation was due to be reviewed by {reviewOn}, {daysOverdue} days ago. Reviews keep an authorisation in step with the person’s circumstances (Mental Capacity Act 2005 Schedule A1, Part 8; a court order’s own review date).',
    description:
      'An authorisation in force whose `reviewOn` has passed. Details: `reviewOn`, `daysOverdue`.',
  },
  no_less_restrictive_option: {
    severity: 'warning',
    message:
      'No less restrictive alternative is recorded. Before restricting someone, a less restrictive way must be considered (Mental Capacity Act 2005, section 1(6)).',
    description: 'No option explored.',
  },
  no_rationale: {
    severity: 'warning',
    message: (f) =>
      `The record does not say ${labels(f.missing, MISSING_RATIONALE).join(', ')}. A restriction must be necessary and proportionate to the likelihood and seriousness of harm (Mental Capacity Act 2005, section 6).`,
    description:
      'The least-restrictive rationale, the risk, or its likelihood or seriousness is missing. Details: `missing` (`rationale`, `risk`, `likelihood`, `seriousness`).',
  },
  disproportionate_restriction: {
    severity: 'error',
    message:
      'This is a {intensity}-intensity restriction for a harm recorded as {likelihood} and {seriousness}; by the proportionality table that risk justifies at most a {proportionateUpTo}-intensity one. Restraint must be a proportionate response to the likelihood and seriousness of the harm (Mental Capacity Act 2005, section 6(3)).',
    description:
      'The restriction’s intensity (`intensity`, or the default for its type) is above what the proportionality table allows for the risk’s likelihood and seriousness (options `proportionality` and `intensityByType`). Details: `intensity`, `likelihood`, `seriousness`, `proportionateUpTo`.',
  },
  harm_to_others_under_s6: {
    severity: 'warning',
    message: (f) =>
      `The risk is recorded as a risk to ${words(f.toWhom, HARMED)} only, but the basis is the Mental Capacity Act. Section 6 covers restraint to prevent harm to the person; restraint to protect others rests on other law (such as the common law of self-defence and the prevention of harm, or the Mental Health Act 1983) — record it as such.`,
    description:
      'A best-interests or DoLS basis for a risk whose `toWhom` does not include `person`. Details: `toWhom`.',
  },
  person_view_missing: {
    severity: 'warning',
    message:
      'The person’s view of this restriction is not recorded in their words. People must be helped to take part in decisions about them (Mental Capacity Act 2005, sections 1 and 4).',
    description: 'An individual restriction without the person’s view.',
  },
  covert_medication_without_meeting: {
    severity: 'error',
    message: (f) =>
      `Medicine is given covertly without ${words(f.missing, COVERT)}. Covert medication is only for a person assessed as lacking capacity, after a best-interests meeting of care staff, the prescriber and a family member or advocate, with a management plan (NICE SC1, section 1.15; quality standard QS85, statement 6).`,
    description:
      'A restriction with `medication.covert` missing a best-interests basis, a `meeting`, the `prescriber` at it, or `family`, `advocate`, `imca` or `representative` at it. Details: `missing`.',
  },
  covert_medication_no_review_date: {
    severity: 'warning',
    message:
      'Medicine is given covertly and no review date is recorded. Covert administration must be reviewed regularly, as capacity and the need can change (NICE SC1, section 1.15; quality standard QS85, statement 6).',
    description: 'A restriction with `medication.covert` and no `nextReviewOn`.',
  },
  psychotropic_review_overdue: {
    severity: 'warning',
    message: (f) =>
      `A psychotropic medicine is given as needed to manage behaviour and ${typeof f.lastReviewedOn === 'string' ? `was last reviewed on ${f.lastReviewedOn}` : 'no review is recorded'}. STOMP (NHS England, 2016) asks for these medicines to be reviewed regularly, here at least every ${months(f.withinMonths)}, so they are not used for longer or more often than needed.`,
    description:
      'A `medication` that is `prn`, `psychotropic` and `forBehaviour`, with no `lastReviewedOn` within `medicationReviewMonths` (default 6) of `asOf`. Details: `lastReviewedOn`, `withinMonths`.',
  },
  medication_not_recorded: {
    severity: 'info',
    message:
      'This is a chemical restriction, but the medicine is not recorded: whether it is given as needed, is psychotropic, is given for behaviour, or covertly, and when it was last reviewed. Record `medication` so that the STOMP and covert medication checks can run.',
    description: 'A restriction of type `chemical` without `medication`.',
  },
  not_time_limited: {
    severity: 'warning',
    message:
      'There is no end date and no review date. Restrictions should be time-limited and reviewed so that they last no longer than needed (Mental Capacity Act 2005, section 6; Positive and Proactive Care, Department of Health, 2014).',
    description: 'Neither `end` nor `nextReviewOn` is set.',
  },
  restriction_review_overdue: {
    severity: 'error',
    message: (f) =>
      `The review was due by ${String(f.nextReviewOn)} and is ${days(f.daysOverdue)} overdue. Regular review keeps a restriction necessary and proportionate as the risk changes (Mental Capacity Act 2005, section 6).`,
    description:
      'The next review date passed while the restriction was in place. Details: `nextReviewOn`, `daysOverdue` (counted to `asOf`, or to the end date if it ended).',
  },
  next_review_beyond_cadence: {
    severity: 'warning',
    message:
      'The next review is set for {nextReviewOn}, but the review cadence counted from {from} calls for one by {latestAllowed}. A review date far in the future lets a restriction run unchecked (Mental Capacity Act 2005, section 6).',
    description:
      'A `nextReviewOn` later than the latest review (or the start) plus `reviewEvery` (or `defaultReviewEvery`, every 3 months). Details: `nextReviewOn`, `latestAllowed`, `from`.',
  },
  review_without_person: {
    severity: 'warning',
    message:
      'The review of {on} did not involve the person or an advocate: only staff or family took part. A review of a restriction must involve the person, helped to take part, or someone who speaks for them (Mental Capacity Act 2005, sections 1(3) and 4(4)).',
    description:
      'The latest review’s `involved` (or, without it, the words of `by`) names no `person`, `advocate`, `imca` or `representative`. Details: `on`.',
  },
  review_drift: {
    severity: 'warning',
    message:
      'The last {continues} reviews since {since} all decided to continue, and there is no plan to reduce the restriction. Reviewing without a reduction plan is drift (Positive and Proactive Care, Department of Health, 2014): agree a plan with the person.',
    description:
      'At least `driftAfterContinues` (default 3) consecutive `continue` decisions up to the latest review, and no `reductionPlan`. Details: `continues`, `since`.',
  },
  no_enablement_outcome: {
    severity: 'info',
    message:
      'This restriction has been in place since {since}, more than {afterMonths} months, and names no outcome for the person meant to make it unnecessary (a skill, a routine, confidence). Linking each restriction to an enablement outcome shows how it will be reduced (Positive and Proactive Care, Department of Health, 2014: restrictions sit inside a plan of positive, proactive support).',
    description:
      'An individual restriction in place for `enablementAfterMonths` (default 6) with no `enablementOutcomeIds` and no `enablementNotPossible`. Details: `since`, `afterMonths`.',
  },
  rising_use: {
    severity: 'warning',
    message: (f) =>
      `The restriction was used ${String(f.recent)} times in the last ${days(f.windowDays)}, up from ${String(f.previous)} in the ${days(f.windowDays)} before. Restrictions should reduce as risk falls: review what has changed (Positive and Proactive Care, Department of Health, 2014).`,
    description:
      'More uses in the latest window than in the one before, and at least `minRisingUses` (default 3). Details: `recent`, `previous`, `windowDays`.',
  },
  used_after_end: {
    severity: 'error',
    message: (f) =>
      `The restriction was used on ${String(f.on)}, after it ended on ${String(f.end)}. A restriction that has ended has no basis (Mental Capacity Act 2005, sections 5 and 6).`,
    description: 'A use dated (in UK time) after the end date. Details: `on`, `end`.',
  },
  debrief_missing: {
    severity: 'info',
    message:
      'No debrief is recorded after the use on {on}. A debrief with the person and staff helps find ways not to use the restriction again (Positive and Proactive Care, Department of Health, 2014).',
    description:
      'A use of a restriction that is not a physical intervention without a debrief. Details: `on`.',
  },
  physical_intervention_without_debrief: {
    severity: 'warning',
    message:
      'No post-incident debrief is recorded after the physical intervention on {on}. Every physical intervention should be followed by a debrief with the person and the staff involved (Positive and Proactive Care, Department of Health, 2014).',
    description:
      'A use of a `physical`, `mechanical` or `seclusion-segregation` restriction without a debrief. Details: `on`.',
  },
  prone_restraint_without_reason: {
    severity: 'error',
    message: (f) =>
      `${typeof f.on === 'string' ? `The person was held face down on ${f.on}` : 'The plan allows face-down restraint'} with no reason recorded. There must be no deliberate restraint that affects airway, breathing or circulation, such as face down on any surface (Positive and Proactive Care, Department of Health, 2014); later guidance allows it only exceptionally, with a cogent recorded reason.`,
    description:
      'A `prone` position in `physicalIntervention.positions` without `proneReason`, or a use in a `prone` position without a `proneReason` (on the use or the plan). Details: `on` (`null` for the plan).',
  },
  injury_without_follow_up: {
    severity: 'error',
    message: (f) =>
      `On ${String(f.on)} ${pick(INJURED, f.injury, 'someone was hurt')} during the restriction, and ${words(f.missing, FOLLOW_UP)} ${Array.isArray(f.missing) && f.missing.length > 1 ? 'are' : 'is'} not recorded. An injury during an intervention calls for an incident review and a safeguarding consideration (Positive and Proactive Care, 2014; Care Act 2014, section 42); a serious injury to the person must be notified to CQC (Care Quality Commission (Registration) Regulations 2009, regulation 18).`,
    description:
      'A use with an `injury` other than `none` without `incidentReviewed`; without `safeguardingConsidered` when anyone but staff alone was hurt; without `cqcNotified` when `seriousInjury` and the person was hurt. Details: `on`, `injury`, `missing`.',
  },
});

/**
 * The findings {@link checkRestriction} reports, with severities, English messages (each
 * naming the law or guidance it protects) and descriptions. Every finding also carries
 * `restrictionId`.
 *
 * @example
 * ```ts
 * restrictionFindings.blanket_restriction.severity; // => 'error'
 * ```
 * @category Restrictions
 */
export const restrictionFindings: FindingCatalogue<RestrictionFindingDetails> = definitions;

/**
 * A finding about a restriction.
 *
 * @example
 * ```ts
 * const findings: RestrictionFinding[] = checkRestriction(restriction, { asOf: '2026-11-23' });
 * ```
 * @category Restrictions
 */
export type RestrictionFinding = FindingOf<
  RestrictionFindingDetails,
  {
    /** The restriction the finding is about. */
    readonly restrictionId: string;
  }
>;
