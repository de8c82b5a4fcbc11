import { produce } from 'immer';
import type * as z from 'zod';
import { type IsoDate, type ParseIssue, type Result, renderMessage } from '../core/index.js';
import { requireOptions, requireRecord, unexpected } from '../core/internal/index.js';
import { plusCadence } from './dates.js';
import { restrictionIssueCatalogue } from './issues.js';
import {
  parseRestrictionReview,
  type Restriction,
  type RestrictionReview,
  type RestrictionReviewSchema,
} from './schemas.js';

/**
 * Options for {@link recordRestrictionReview}.
 *
 * @example
 * ```ts
 * recordRestrictionReview(r, review, { defaultReviewEvery: { count: 1, unit: 'month' } });
 * ```
 * @category Restrictions
 */
export interface RecordRestrictionReviewOptions {
  /**
   * The cadence used when the restriction has none of its own. Default every 3 months, the
   * longest gap common provider policies allow between reviews of a restrictive practice.
   */
  readonly defaultReviewEvery?: { readonly count: number; readonly unit: 'week' | 'month' };
}

/**
 * Records a review of a restriction and works out when it must next be reviewed, returning
 * a new, frozen restriction.
 *
 * @remarks
 * - `stop`: the restriction ends on the review day (unless it already ended earlier) and has
 *   no next review date.
 * - `continue`, `reduce`, `change`: the next review is the latest review's date plus the
 *   restriction's cadence (or `defaultReviewEvery`), and never earlier than it already was —
 *   so recording a review (even a late-entered old one) never makes a restriction overdue.
 *
 * The review is read like untrusted input; the restriction passed in is not modified (not
 * even frozen), and the result passes {@link RestrictionSchema}.
 * @param restriction - A parsed restriction.
 * @param review - The review: date, who took part, decision and reason.
 * @param options - `defaultReviewEvery`.
 * @returns The updated restriction, or issues: those of {@link parseRestrictionReview}, or
 * `review_before_start`.
 * @example
 * ```ts
 * const result = recordRestrictionReview(lockedKitchen, {
 *   on: '2026-11-02', by: ['Registered manager', 'Aisha', 'Aisha’s sister'],
 *   decision: 'reduce', reason: 'Locked only 11pm–6am from now on',
 * });
 * if (result.success) result.data.nextReviewOn; // => '2027-02-02'
 * ```
 * @category Restrictions
 */
export function recordRestrictionReview(
  restriction: Restriction,
  review: z.input<typeof RestrictionReviewSchema>,
  options: RecordRestrictionReviewOptions = {},
): Result<Restriction, ParseIssue> {
  // The review is untrusted input: parsed before anything else touches it.
  const parsed = parseRestrictionReview(review);
  if (!parsed.success) return parsed;
  requireRecord('recordRestrictionReview', 'restriction', restriction);
  requireOptions('recordRestrictionReview', options);
  try {
    return record(restriction, parsed.data, options);
  } catch (error) {
    throw unexpected('recordRestrictionReview', error);
  }
}

function record(
  restriction: Restriction,
  added: RestrictionReview,
  options: RecordRestrictionReviewOptions,
): Result<Restriction, ParseIssue> {
  if (added.on < restriction.start) {
    const issue = {
      code: 'review_before_start',
      path: Object.freeze(['on']),
      start: restriction.start,
      message: '',
    };
    const message = renderMessage(restrictionIssueCatalogue.review_before_start.message, issue);
    return { success: false, issues: [Object.freeze({ ...issue, message })] };
  }
  // Work on copies only: immer freezes what it returns, and the caller's restriction and
  // review objects must stay as they were (not frozen, not shared with the result).
  const copy = JSON.parse(JSON.stringify(restriction)) as Restriction;
  const reviews: RestrictionReview[] = [
    ...(copy.reviews ?? []),
    JSON.parse(JSON.stringify(added)) as RestrictionReview,
  ];
  const latest = reviews.reduce((a, b) => (b.on >= a.on ? b : a));
  const data = produce(copy, (draft) => {
    draft.reviews = reviews;
    if (latest.decision === 'stop') {
      if (draft.end === undefined || draft.end > latest.on) draft.end = latest.on;
      delete draft.nextReviewOn;
      return;
    }
    const every = restriction.reviewEvery ??
      options.defaultReviewEvery ?? { count: 3, unit: 'month' };
    // Saturates at 9999-12-31: a review on the last calendar day never makes this throw.
    const next: IsoDate = plusCadence(latest.on, every);
    if (draft.nextReviewOn === undefined || draft.nextReviewOn < next) draft.nextReviewOn = next;
  });
  return { success: true, data };
}
