import { daysBetween, GoldenThreadError, type IsoDate } from '../core/index.js';
import {
  requireCalendarDate,
  requireList,
  requireOptions,
  unexpected,
} from '../core/internal/index.js';
import { isRestrictionActive } from './check-restriction.js';
import type { Restriction, RestrictionType } from './schemas.js';
import { ukDate } from './uk-date.js';
import { RESTRICTION_TYPES } from './vocabulary.js';

/**
 * Restrictions in place on one day, by type and by scope.
 *
 * @example
 * ```ts
 * const { total, byType, byScope }: RestrictionCounts = summary.activeAtEnd;
 * ```
 * @category Restrictions
 */
export interface RestrictionCounts {
  /** How many were in place. */
  readonly total: number;
  /** How many of each type (every type is present, 0 when none). */
  readonly byType: Readonly<Record<RestrictionType, number>>;
  /** How many applied to one person, and how many to a whole setting. */
  readonly byScope: { readonly individual: number; readonly blanket: number };
}

/**
 * What happened to a register of restrictions over a period.
 *
 * @example
 * ```ts
 * const summary: RestrictionSummary = restrictionSummary(register, { from: '2026-04-01', to: '2026-06-30', supportDays: 2730 });
 * ```
 * @category Restrictions
 */
export interface RestrictionSummary {
  /** The period, both days included, and its length in days. */
  readonly period: { readonly from: IsoDate; readonly to: IsoDate; readonly days: number };
  /** In place on `from`. */
  readonly activeAtStart: RestrictionCounts;
  /** In place on `to`. */
  readonly activeAtEnd: RestrictionCounts;
  /** Restrictions that started in the period. */
  readonly started: number;
  /** Restrictions that ended in the period. */
  readonly ended: number;
  /** Restrictions with at least one review deciding to `reduce` them in the period. */
  readonly reduced: number;
  /** Blanket restrictions that ended in the period and were replaced by individual ones. */
  readonly blanketReplaced: number;
  /** Uses of restrictions in the period (by UK calendar day). */
  readonly uses: number;
  /** Uses per 1,000 support days; `null` when no exposure was given or it is 0. */
  readonly usesPer1000SupportDays: number | null;
  /**
   * The count and exposure for a before/after comparison (for example a rate ratio from the
   * metrics module); `null` when no exposure was given.
   */
  readonly comparison: { readonly count: number; readonly exposure: number } | null;
}

/**
 * Options for {@link restrictionSummary}.
 *
 * @example
 * ```ts
 * restrictionSummary(register, { from: '2026-04-01', to: '2026-06-30', supportDays: 2730 });
 * ```
 * @category Restrictions
 */
export interface RestrictionSummaryOptions {
  /** The first day of the period. */
  readonly from: IsoDate;
  /** The last day of the period (included). */
  readonly to: IsoDate;
  /** Support days delivered in the period (people × days), from the host; the exposure for rates. */
  readonly supportDays?: number;
}

function counts(register: readonly Restriction[], on: IsoDate): RestrictionCounts {
  const byType = Object.fromEntries(RESTRICTION_TYPES.map((t) => [t, 0])) as Record<
    RestrictionType,
    number
  >;
  const byScope = { individual: 0, blanket: 0 };
  let total = 0;
  for (const r of register) {
    if (!isRestrictionActive(r, on)) continue;
    total += 1;
    byType[r.type] += 1;
    byScope[r.scope.kind] += 1;
  }
  return { total, byType, byScope };
}

/**
 * Summarises a register over a period, to show whether restrictions are going down: what was
 * in place at the start and the end, what started, ended or was reduced, how often
 * restrictions were used (and per 1,000 support days), and how many blanket rules were
 * replaced by individual plans.
 *
 * @remarks Counts do not depend on the order of the register. Use the `comparison` of two
 * periods for a before/after rate ratio in the metrics module; this function reports the
 * data, not the statistics.
 * @param register - Parsed restrictions.
 * @param options - `from`, `to` and, for rates, `supportDays`.
 * @returns The summary.
 * @throws {@link GoldenThreadError} `invalid_date` for a bad date, `invalid_argument` when
 * `from` is after `to` or `supportDays` is negative or not finite.
 * @example
 * ```ts
 * restrictionSummary(register, { from: '2026-04-01', to: '2026-06-30', supportDays: 2730 });
 * // => { activeAtStart: { total: 6, … }, activeAtEnd: { total: 4, … }, ended: 2,
 * //      blanketReplaced: 1, uses: 13, usesPer1000SupportDays: 4.76…, … }
 * ```
 * @category Restrictions
 */
export function restrictionSummary(
  register: readonly Restriction[],
  options: RestrictionSummaryOptions,
): RestrictionSummary {
  requireList('restrictionSummary', 'register', register);
  requireOptions('restrictionSummary', options);
  try {
    const { from, to, supportDays } = options;
    requireCalendarDate('restrictionSummary', 'from', from);
    requireCalendarDate('restrictionSummary', 'to', to);
    if (from > to) {
      throw new GoldenThreadError(
        'invalid_argument',
        `restrictionSummary: from (${from}) is after to (${to}).`,
      );
    }
    if (supportDays !== undefined && !(Number.isFinite(supportDays) && supportDays >= 0)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `restrictionSummary: supportDays must be a finite number of at least 0, but it is ${String(supportDays)}.`,
      );
    }
    const within = (d: IsoDate | undefined) => d !== undefined && from <= d && d <= to;
    let started = 0;
    let ended = 0;
    let reduced = 0;
    let blanketReplaced = 0;
    let uses = 0;
    for (const r of register) {
      if (within(r.start)) started += 1;
      if (within(r.end)) {
        ended += 1;
        if (r.scope.kind === 'blanket' && (r.replacedBy ?? []).length > 0) blanketReplaced += 1;
      }
      if ((r.reviews ?? []).some((review) => review.decision === 'reduce' && within(review.on)))
        reduced += 1;
      for (const use of r.uses ?? []) if (within(ukDate(use.at))) uses += 1;
    }
    return {
      period: { from, to, days: daysBetween(from, to) + 1 },
      activeAtStart: counts(register, from),
      activeAtEnd: counts(register, to),
      started,
      ended,
      reduced,
      blanketReplaced,
      uses,
      usesPer1000SupportDays:
        supportDays === undefined || supportDays === 0 ? null : (uses / supportDays) * 1000,
      comparison: supportDays === undefined ? null : { count: uses, exposure: supportDays },
    };
  } catch (error) {
    throw unexpected('restrictionSummary', error);
  }
}
