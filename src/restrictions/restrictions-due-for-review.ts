import { daysBetween, type IsoDate } from '../core/index.js';
import {
  requireCalendarDate,
  requireList,
  requireOptions,
  requireWholeNumber,
  unexpected,
} from '../core/internal/index.js';
import { isRestrictionActive } from './check-restriction.js';
import type { Restriction, RestrictionType } from './schemas.js';

/**
 * A restriction that needs reviewing, and how urgently.
 *
 * @example
 * ```ts
 * const due: DueRestrictionReview[] = restrictionsDueForReview(register, { asOf: '2026-11-23' });
 * ```
 * @category Restrictions
 */
export interface DueRestrictionReview {
  /** The restriction. */
  readonly restrictionId: string;
  /** Its type. */
  readonly type: RestrictionType;
  /** `individual` or `blanket`. */
  readonly scope: 'individual' | 'blanket';
  /** The day it must be reviewed by; `null` when it has no review date. */
  readonly nextReviewOn: IsoDate | null;
  /** `overdue`, `no-review-date` (never scheduled) or `due-soon`. */
  readonly urgency: 'overdue' | 'no-review-date' | 'due-soon';
  /** Days from `asOf` to the review date: negative when overdue; `null` without a date. */
  readonly daysUntilDue: number | null;
}

/**
 * Options for {@link restrictionsDueForReview}.
 *
 * @example
 * ```ts
 * restrictionsDueForReview(register, { asOf: '2026-11-23', withinDays: 28 });
 * ```
 * @category Restrictions
 */
export interface RestrictionsDueForReviewOptions {
  /** The day to judge on. */
  readonly asOf: IsoDate;
  /** Include reviews due within this many days. Default 14. */
  readonly withinDays?: number;
}

const RANK = { overdue: 0, 'no-review-date': 1, 'due-soon': 2 } as const;

/**
 * Lists the restrictions in place on `asOf` that must be reviewed, most urgent first:
 * overdue (longest overdue first), then those with no review date at all, then those due
 * within `withinDays` (soonest first). Ties are ordered by id, so the list does not depend
 * on the order of the register.
 *
 * @param register - Parsed restrictions.
 * @param options - `asOf` and `withinDays` (default 14).
 * @returns The restrictions to review, in order of urgency.
 * @throws {@link GoldenThreadError} `invalid_date` for a bad `asOf`, `invalid_argument` when
 * `withinDays` is not a whole number of at least 0.
 * @example
 * ```ts
 * restrictionsDueForReview(register, { asOf: '2026-11-23' });
 * // => [{ restrictionId: 'r-kitchen', urgency: 'overdue', daysUntilDue: -22, … }, …]
 * ```
 * @category Restrictions
 */
export function restrictionsDueForReview(
  register: readonly Restriction[],
  options: RestrictionsDueForReviewOptions,
): DueRestrictionReview[] {
  requireList('restrictionsDueForReview', 'register', register);
  requireOptions('restrictionsDueForReview', options);
  try {
    const asOf = requireCalendarDate('restrictionsDueForReview', 'asOf', options.asOf);
    const withinDays = requireWholeNumber(
      'restrictionsDueForReview',
      'withinDays',
      options.withinDays,
      14,
    );
    const due: DueRestrictionReview[] = [];
    for (const r of register) {
      if (!isRestrictionActive(r, asOf)) continue;
      const base = { restrictionId: r.id, type: r.type, scope: r.scope.kind };
      if (r.nextReviewOn === undefined) {
        due.push({ ...base, nextReviewOn: null, urgency: 'no-review-date', daysUntilDue: null });
        continue;
      }
      const daysUntilDue = daysBetween(asOf, r.nextReviewOn);
      if (daysUntilDue < 0)
        due.push({ ...base, nextReviewOn: r.nextReviewOn, urgency: 'overdue', daysUntilDue });
      else if (daysUntilDue <= withinDays) {
        due.push({ ...base, nextReviewOn: r.nextReviewOn, urgency: 'due-soon', daysUntilDue });
      }
    }
    return due.sort(
      (a, b) =>
        RANK[a.urgency] - RANK[b.urgency] ||
        (a.daysUntilDue ?? 0) - (b.daysUntilDue ?? 0) ||
        (a.restrictionId < b.restrictionId ? -1 : a.restrictionId > b.restrictionId ? 1 : 0),
    );
  } catch (error) {
    throw unexpected('restrictionsDueForReview', error);
  }
}
