import type { IsoDate } from '../core/index.js';
import { requireCalendarDate, requireWholeNumber, runRules } from '../core/internal/index.js';
import { type RestrictionFinding, restrictionFindings } from './findings.js';
import {
  RESTRICTION_RULES,
  type RestrictionContext,
  type RestrictionPolicy,
} from './rules/index.js';
import type { Restriction } from './schemas.js';

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
  const policy = resolvePolicy('checkRestriction', options);
  const { asOf } = policy;
  const ended = restriction.end !== undefined && restriction.end < asOf;
  const inForceUntil: IsoDate = ended ? (restriction.end as IsoDate) : asOf;
  const ctx: RestrictionContext = { restriction, policy, ended, inForceUntil };
  return runRules(RESTRICTION_RULES, ctx, restrictionFindings, { restrictionId: restriction.id })
    .findings;
}

function resolvePolicy(fn: string, options: CheckRestrictionOptions): RestrictionPolicy {
  return {
    asOf: requireCalendarDate(fn, 'asOf', options.asOf),
    expiringWithinDays: requireWholeNumber(
      fn,
      'expiringWithinDays',
      options.expiringWithinDays,
      28,
    ),
    useWindowDays: requireWholeNumber(fn, 'useWindowDays', options.useWindowDays, 28, 1),
    minRisingUses: requireWholeNumber(fn, 'minRisingUses', options.minRisingUses, 3, 1),
  };
}
