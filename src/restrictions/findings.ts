import {
  defineFindings,
  type FindingCatalogue,
  type FindingOf,
  type IsoDate,
  type NoDetails,
} from '../core/index.js';

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
  /** A best-interests basis without a capacity assessment. */
  readonly no_capacity_assessment: NoDetails;
  /** A consent basis without a record of capacity to consent. */
  readonly consent_without_capacity: NoDetails;
  /** A best-interests basis with nobody consulted. */
  readonly best_interests_without_consultation: NoDetails;
  /** An authorisation expired while the restriction was in place. */
  readonly authorisation_expired: {
    /** The authorisation's reference. */
    readonly reference: string;
    /** Its last day in force. */
    readonly expiresOn: IsoDate;
  };
  /** An authorisation expires soon. */
  readonly authorisation_expiring: {
    /** The authorisation's reference. */
    readonly reference: string;
    /** Its last day in force. */
    readonly expiresOn: IsoDate;
    /** Days from `asOf` to `expiresOn`. */
    readonly daysLeft: number;
  };
  /** No less restrictive alternative is recorded. */
  readonly no_less_restrictive_option: NoDetails;
  /** The rationale, the risk or its likelihood or seriousness is missing. */
  readonly no_rationale: {
    /** What is missing: `rationale`, `risk`, `likelihood`, `seriousness`. */
    readonly missing: readonly ('rationale' | 'risk' | 'likelihood' | 'seriousness')[];
  };
  /** The person's view is not recorded. */
  readonly person_view_missing: NoDetails;
  /** Neither an end date nor a review date. */
  readonly not_time_limited: NoDetails;
  /** The next review date has passed. */
  readonly restriction_review_overdue: {
    /** The day the review was due by. */
    readonly nextReviewOn: IsoDate;
    /** Days overdue, to `asOf` or to the end date. */
    readonly daysOverdue: number;
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
  /** A use without a debrief. */
  readonly debrief_missing: {
    /** The UK day of the use. */
    readonly on: IsoDate;
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

const days = (n: number) => `${String(n)} day${n === 1 ? '' : 's'}`;

const MISSING: Readonly<
  Record<RestrictionFindingDetails['no_rationale']['missing'][number], string>
> = {
  rationale: 'why this is the least restrictive option',
  risk: 'the risk it addresses',
  likelihood: 'how likely the harm is',
  seriousness: 'how serious it would be',
};

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
      'No legal basis is recorded. Every restriction needs one: the person’s consent, a best-interests decision, an authorisation or a court order.',
    description: 'A restriction without a legal basis.',
  },
  no_capacity_assessment: {
    severity: 'error',
    message:
      'Best interests is the basis, but there is no capacity assessment for this decision. A person is assumed to have capacity unless an assessment about this specific decision shows otherwise (Mental Capacity Act 2005, sections 1 to 3).',
    description: 'A best-interests basis without a decision-specific capacity assessment.',
  },
  consent_without_capacity: {
    severity: 'warning',
    message:
      'Consent is the basis, but the person’s capacity to consent is not recorded. Consent counts only when the person has capacity to give it (Mental Capacity Act 2005, section 2).',
    description: 'A consent basis without a record of the person’s capacity to consent.',
  },
  best_interests_without_consultation: {
    severity: 'warning',
    message:
      'Nobody is recorded as consulted about the person’s best interests. Family, carers and advocates must be consulted where practicable (Mental Capacity Act 2005, section 4).',
    description: 'A best-interests basis with no one consulted, in the basis or in `consulted`.',
  },
  authorisation_expired: {
    severity: 'error',
    message: (f) =>
      `The authorisation ${f.reference} expired on ${f.expiresOn} while the restriction was still in place. Depriving someone of their liberty needs a current legal authorisation (Mental Capacity Act 2005).`,
    description:
      'A deprivation-of-liberty authorisation or court order expired while the restriction continued. Details: `reference`, `expiresOn`.',
  },
  authorisation_expiring: {
    severity: 'warning',
    message: (f) =>
      `The authorisation ${f.reference} expires on ${f.expiresOn}, in ${days(f.daysLeft)}. Apply to renew it in time: a deprivation of liberty needs a current legal authorisation.`,
    description:
      'An authorisation expires within `expiringWithinDays` (default 28). Details: `reference`, `expiresOn`, `daysLeft`.',
  },
  no_less_restrictive_option: {
    severity: 'warning',
    message:
      'No less restrictive alternative is recorded. Before restricting someone, a less restrictive way must be considered (Mental Capacity Act 2005, section 1).',
    description: 'No option explored.',
  },
  no_rationale: {
    severity: 'warning',
    message: (f) => {
      // Defensive: a host may render this template for an item it built itself.
      const missing: readonly string[] = Array.isArray(f.missing) ? f.missing : [];
      const words = missing.map((m) =>
        Object.hasOwn(MISSING, m) ? MISSING[m as keyof typeof MISSING] : m,
      );
      return `The record does not say ${words.join(', ')}. A restriction must be necessary and proportionate to the likelihood and seriousness of harm (Mental Capacity Act 2005, section 6).`;
    },
    description:
      'The least-restrictive rationale, the risk, or its likelihood or seriousness is missing. Details: `missing` (`rationale`, `risk`, `likelihood`, `seriousness`).',
  },
  person_view_missing: {
    severity: 'warning',
    message:
      'The person’s view of this restriction is not recorded in their words. People must be helped to take part in decisions about them (Mental Capacity Act 2005, sections 1 and 4).',
    description: 'An individual restriction without the person’s view.',
  },
  not_time_limited: {
    severity: 'warning',
    message:
      'There is no end date and no review date. Restrictions should be time-limited and reviewed so that they last no longer than needed.',
    description: 'Neither `end` nor `nextReviewOn` is set.',
  },
  restriction_review_overdue: {
    severity: 'error',
    message: (f) =>
      `The review was due by ${f.nextReviewOn} and is ${days(f.daysOverdue)} overdue. Regular review keeps a restriction necessary and proportionate as the risk changes (Mental Capacity Act 2005, section 6).`,
    description:
      'The next review date passed while the restriction was in place. Details: `nextReviewOn`, `daysOverdue` (counted to `asOf`, or to the end date if it ended).',
  },
  rising_use: {
    severity: 'warning',
    message: (f) =>
      `The restriction was used ${f.recent} times in the last ${days(f.windowDays)}, up from ${f.previous} in the ${days(f.windowDays)} before. Restrictions should reduce as risk falls: review what has changed.`,
    description:
      'More uses in the latest window than in the one before, and at least `minRisingUses` (default 3). Details: `recent`, `previous`, `windowDays`.',
  },
  used_after_end: {
    severity: 'error',
    message: (f) =>
      `The restriction was used on ${f.on}, after it ended on ${f.end}. A restriction that has ended has no basis.`,
    description: 'A use dated (in UK time) after the end date. Details: `on`, `end`.',
  },
  debrief_missing: {
    severity: 'info',
    message:
      'No debrief is recorded after the use on {on}. A debrief with the person and staff helps find ways not to use the restriction again.',
    description: 'A use without a debrief. Details: `on`.',
  },
});

/**
 * The findings {@link checkRestriction} reports, with severities, English messages (each
 * naming the law or principle it protects) and descriptions. Every finding also carries
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
