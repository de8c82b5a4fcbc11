import {
  addDays,
  createFinding,
  daysBetween,
  type IsoDate,
  type Path,
  requireCalendarDate,
  requireWholeNumber,
} from '../core/index.js';
import {
  type RestrictionFinding,
  type RestrictionFindingCode,
  restrictionFindings,
} from './findings.js';
import type { Restriction } from './schemas.js';
import { ukDate } from './uk-date.js';

/**
 * The policy {@link checkRestriction} applies.
 *
 * @example
 * ```ts
 * const policy: CheckRestrictionOptions = { asOf: '2026-11-23', expiringWithinDays: 42 };
 * ```
 * @category Restrictions
 */
export interface CheckRestrictionOptions {
  /** The day to judge the restriction on. */
  readonly asOf: IsoDate;
  /** Report an authorisation expiring within this many days. Default 28, time to apply for renewal. */
  readonly expiringWithinDays?: number;
  /** The length of the windows compared for rising use, in days. Default 28. */
  readonly useWindowDays?: number;
  /** The fewest uses in the latest window that can count as rising. Default 3, so 0 → 1 is not "rising". */
  readonly minRisingUses?: number;
}

/**
 * Says whether a restriction is in place on a day: started, and not yet past its end date.
 *
 * @param restriction - A parsed restriction.
 * @param on - The day.
 * @returns `true` when `start ≤ on` and there is no end date or `on ≤ end`.
 * @example
 * ```ts
 * isRestrictionActive({ ...r, start: '2026-01-01', end: '2026-06-30' }, '2026-06-30'); // => true
 * ```
 * @category Restrictions
 */
export function isRestrictionActive(restriction: Restriction, on: IsoDate): boolean {
  return restriction.start <= on && (restriction.end === undefined || on <= restriction.end);
}

/**
 * Checks one restriction against the law and good practice: is it lawful, individual,
 * necessary and proportionate, the least restrictive option, agreed with the person where
 * possible, time-limited, reviewed — and is its use going down?
 *
 * @remarks
 * Codes (see {@link restrictionFindings}; each message names the law or principle it
 * protects): `blanket_restriction`, `no_legal_basis`, `no_capacity_assessment`,
 * `consent_without_capacity`, `best_interests_without_consultation`,
 * `authorisation_expired`, `authorisation_expiring`, `no_less_restrictive_option`,
 * `no_rationale`, `person_view_missing`, `not_time_limited`, `restriction_review_overdue`, `rising_use`,
 * `used_after_end`, `debrief_missing`.
 *
 * A restriction that ended before `asOf` is judged only on what happened while it was in
 * place (a review or authorisation that lapsed before the end) and on uses after its end.
 * `restriction_review_overdue` and `authorisation_expired` never clear as `asOf` moves on: only a review
 * (or a renewal) clears them. Uses are dated by their UK calendar day.
 * @param restriction - A parsed restriction.
 * @param options - `asOf` and the policy.
 * @returns The findings, each with `restrictionId`, in a stable order; frozen.
 * @throws {@link GoldenThreadError} `invalid_date` for a bad `asOf`, `invalid_argument` for a
 * bad policy number.
 * @example
 * ```ts
 * checkRestriction(lockedKitchen, { asOf: '2026-11-23' }).map((f) => f.code);
 * // => ['blanket_restriction', 'no_less_restrictive_option', 'person_view_missing', 'restriction_review_overdue']
 * ```
 * @category Restrictions
 */
export function checkRestriction(
  restriction: Restriction,
  options: CheckRestrictionOptions,
): RestrictionFinding[] {
  const fn = 'checkRestriction';
  const asOf = requireCalendarDate(fn, 'asOf', options.asOf);
  const expiringWithinDays = requireWholeNumber(
    fn,
    'expiringWithinDays',
    options.expiringWithinDays,
    28,
  );
  const windowDays = requireWholeNumber(fn, 'useWindowDays', options.useWindowDays, 28, 1);
  const minRisingUses = requireWholeNumber(fn, 'minRisingUses', options.minRisingUses, 3, 1);

  const findings: RestrictionFinding[] = [];
  const add = (code: RestrictionFindingCode, path: Path, details: Record<string, unknown> = {}) => {
    findings.push(
      createFinding(restrictionFindings, code, path, {
        ...details,
        restrictionId: restriction.id,
      }) as RestrictionFinding,
    );
  };
  const r = restriction;
  const ended = r.end !== undefined && r.end < asOf;
  // The last day the restriction was in place up to asOf.
  const inForceUntil: IsoDate = r.end !== undefined && r.end < asOf ? r.end : asOf;

  if (!ended) {
    if (r.scope.kind === 'blanket') add('blanket_restriction', ['scope']);
    const basis = r.legalBasis;
    if (basis === undefined) add('no_legal_basis', ['legalBasis']);
    else if (basis.kind === 'best-interests') {
      if (basis.capacityAssessment === undefined)
        add('no_capacity_assessment', ['legalBasis', 'capacityAssessment']);
      if ((basis.consulted ?? []).length === 0 && (r.consulted ?? []).length === 0) {
        add('best_interests_without_consultation', ['legalBasis', 'consulted']);
      }
    } else if (basis.kind === 'consent' && basis.capacityRecordedOn === undefined) {
      add('consent_without_capacity', ['legalBasis', 'capacityRecordedOn']);
    }
  }
  const basis = r.legalBasis;
  const expiresOn =
    basis !== undefined && (basis.kind === 'deprivation-of-liberty' || basis.kind === 'court-order')
      ? basis.expiresOn
      : undefined;
  if (
    basis !== undefined &&
    'reference' in basis &&
    expiresOn !== undefined &&
    r.start <= inForceUntil
  ) {
    if (expiresOn < inForceUntil) {
      add('authorisation_expired', ['legalBasis', 'expiresOn'], {
        reference: basis.reference,
        expiresOn,
      });
    } else if (!ended && daysBetween(asOf, expiresOn) <= expiringWithinDays) {
      add('authorisation_expiring', ['legalBasis', 'expiresOn'], {
        reference: basis.reference,
        expiresOn,
        daysLeft: daysBetween(asOf, expiresOn),
      });
    }
  }
  if (!ended) {
    if ((r.optionsExplored ?? []).length === 0)
      add('no_less_restrictive_option', ['optionsExplored']);
    const missing: string[] = [];
    if (r.leastRestrictiveRationale === undefined) missing.push('rationale');
    if (r.risk === undefined) missing.push('risk');
    else {
      if (r.risk.likelihood === undefined) missing.push('likelihood');
      if (r.risk.seriousness === undefined) missing.push('seriousness');
    }
    if (missing.length > 0) add('no_rationale', [], { missing });
    if (r.scope.kind === 'individual' && r.personsView === undefined)
      add('person_view_missing', ['personsView']);
    if (r.end === undefined && r.nextReviewOn === undefined) add('not_time_limited', []);
  }
  if (r.nextReviewOn !== undefined && r.nextReviewOn < inForceUntil && r.start <= inForceUntil) {
    add('restriction_review_overdue', ['nextReviewOn'], {
      nextReviewOn: r.nextReviewOn,
      daysOverdue: daysBetween(r.nextReviewOn, inForceUntil),
    });
  }

  // Uses, by UK calendar day.
  const recentFrom = addDays(asOf, -(windowDays - 1));
  const previousFrom = addDays(asOf, -(2 * windowDays - 1));
  let recent = 0;
  let previous = 0;
  const afterEnd: { index: number; on: IsoDate }[] = [];
  const noDebrief: { index: number; on: IsoDate }[] = [];
  for (const [index, use] of (r.uses ?? []).entries()) {
    const on = ukDate(use.at);
    if (on === undefined || on > asOf) continue;
    if (on >= recentFrom) recent += 1;
    else if (on >= previousFrom) previous += 1;
    if (r.end !== undefined && on > r.end) afterEnd.push({ index, on });
    if (!use.debriefDone) noDebrief.push({ index, on });
  }
  if (!ended && recent >= minRisingUses && recent > previous) {
    add('rising_use', ['uses'], { recent, previous, windowDays });
  }
  for (const { index, on } of afterEnd) add('used_after_end', ['uses', index], { on, end: r.end });
  for (const { index, on } of noDebrief) add('debrief_missing', ['uses', index], { on });
  return findings;
}
