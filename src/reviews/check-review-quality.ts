import { compareText, runRules } from '../core/internal/index.js';
import { isOpen, type Outcome } from '../outcomes/index.js';
import { type ReviewFinding, reviewFindings } from './findings.js';
import { REVIEW_QUALITY_RULES, type ReviewRuleContext } from './rules/index.js';
import type { EventSeverity, Feedback, LifeEvent, LifeEventKind, Review } from './schemas/index.js';

/**
 * The governance checks of a review's quality, each backed by one or more finding codes.
 *
 * - `person_views`: the person took part and their views are recorded
 *   (`person_not_involved`, `person_views_missing`);
 * - `outcomes_current`: the person's open outcomes were each looked at, asked about, and are
 *   theirs and specific (`outcome_not_reviewed`, `meaning_not_asked`, `outcome_service_led`,
 *   `outcome_generic`);
 * - `changes_actioned`: what the person wants changed led to decisions or actions, and the
 *   plan was not merely approved (`changes_without_actions`, `plan_only_approved`);
 * - `involvement`: family and advocates took part where the person wants them
 *   (`wanted_involvement_missing`);
 * - `previous_actions`: the last review's actions were done (`previous_action_not_done`);
 * - `events_discussed`: significant events since the last review were discussed
 *   (`significant_event_not_discussed`);
 * - `feedback_answered`: feedback since the last review was answered
 *   (`feedback_not_answered`).
 *
 * @example
 * ```ts
 * const check: ReviewQualityCheck = 'person_views';
 * ```
 * @category Reviews
 */
export type ReviewQualityCheck =
  | 'person_views'
  | 'outcomes_current'
  | 'changes_actioned'
  | 'involvement'
  | 'previous_actions'
  | 'events_discussed'
  | 'feedback_answered';

/**
 * The result of one governance check: `passed`, `failed` (a warning or error finding), or
 * `not_applicable` when the context needed for it was not given (no previous review, no
 * events, no feedback, no wishes about involvement, no outcomes).
 *
 * @example
 * ```ts
 * const state: CheckState = 'not_applicable';
 * ```
 * @category Reviews
 */
export type CheckState = 'passed' | 'failed' | 'not_applicable';

/**
 * What {@link checkReviewQuality} knows about the person beyond the review itself. Each part
 * is optional; the checks that need a missing part are `not_applicable`.
 *
 * @example
 * ```ts
 * const context: ReviewQualityContext = {
 *   outcomes, previousReview, events, feedback, involvementWanted: ['family'],
 * };
 * ```
 * @category Reviews
 */
export interface ReviewQualityContext {
  /** The person's outcomes (open ones should be looked at). */
  readonly outcomes?: readonly Outcome[];
  /** The review before this one, for its actions and as the start of "since the last review". */
  readonly previousReview?: Review;
  /** Life events about the person. */
  readonly events?: readonly LifeEvent[];
  /** Feedback about the person. */
  readonly feedback?: readonly Feedback[];
  /** Whom the person wants involved in their reviews. */
  readonly involvementWanted?: readonly ('family' | 'advocate')[];
  /** The lowest severity that makes an event significant. Default `high`. */
  readonly significantSeverity?: EventSeverity;
  /**
   * Kinds of event that are significant whatever their severity. Default
   * `safeguarding_concern` and `hospital_admission_unplanned`.
   */
  readonly significantKinds?: readonly LifeEventKind[];
}

/**
 * What {@link checkReviewQuality} returns.
 *
 * @example
 * ```ts
 * const quality: ReviewQuality = checkReviewQuality(review, context);
 * if (!quality.passed) showFindings(quality.findings);
 * ```
 * @category Reviews
 */
export interface ReviewQuality {
  /** The findings, in a stable order: by check, then by code and path. */
  readonly findings: ReviewFinding[];
  /** Each governance check's state. */
  readonly checks: Readonly<Record<ReviewQualityCheck, CheckState>>;
  /** `true` when no applicable check failed: the "every quality check passed" of governance metrics. */
  readonly passed: boolean;
}

/**
 * The governance checks of review quality, in the order they are reported: the groups of the
 * rule table, so a new rule (or a new check) needs no second list.
 *
 * @example
 * ```ts
 * REVIEW_QUALITY_CHECKS[0]; // => 'person_views'
 * ```
 * @category Reviews
 */
export const REVIEW_QUALITY_CHECKS: readonly ReviewQualityCheck[] = Object.freeze([
  ...new Set(REVIEW_QUALITY_RULES.map((rule) => rule.group)),
]);
const CHECK_RANK: ReadonlyMap<ReviewQualityCheck, number> = new Map(
  REVIEW_QUALITY_CHECKS.map((check, rank) => [check, rank]),
);
const GROUP_OF: ReadonlyMap<string, ReviewQualityCheck> = new Map(
  REVIEW_QUALITY_RULES.flatMap((rule) => rule.codes.map((code) => [code, rule.group] as const)),
);

/**
 * Checks whether a review was a real, person-led one: the governance checks and the common
 * pitfalls of review practice.
 *
 * @remarks
 * Finding codes (see {@link reviewFindings}) and the checks they belong to are listed under
 * {@link ReviewQualityCheck}. "Since the last review" means from the previous review's day
 * (when given) up to the day before this review; events and feedback on the review's own day
 * may have come after it and are not held against it. Only records about the review's person
 * are read. Significant events are those of `significantKinds` or at least
 * `significantSeverity`; an event counts as discussed when this review or the previous one
 * lists it. Feedback from anyone counts as answered when this or the previous review lists
 * it, or an action of either review refers to it. A check with a warning or error finding
 * fails; an `info` finding does not fail a check.
 * @param review - A parsed review.
 * @param context - The person's outcomes, previous review, events, feedback and wishes.
 * @returns The findings, the state of each check, and whether every applicable check passed.
 * @example
 * ```ts
 * const { findings, checks, passed } = checkReviewQuality(review, { outcomes, previousReview });
 * checks.person_views; // => 'passed'
 * ```
 * @category Reviews
 */
export function checkReviewQuality(
  review: Review,
  context: ReviewQualityContext = {},
): ReviewQuality {
  const ctx = ruleContext(review, context);
  const { findings, applied } = runRules(REVIEW_QUALITY_RULES, ctx, reviewFindings, {
    reviewId: review.id,
  });
  const applicable = new Set(REVIEW_QUALITY_RULES.filter((_, i) => applied[i]).map((r) => r.group));
  const failed = new Set(findings.filter((f) => f.severity !== 'info').map(groupOf));
  const checks = Object.fromEntries(
    REVIEW_QUALITY_CHECKS.map((c) => [
      c,
      applicable.has(c) ? (failed.has(c) ? 'failed' : 'passed') : 'not_applicable',
    ]),
  ) as Record<ReviewQualityCheck, CheckState>;
  return {
    findings: findings.sort(inReportingOrder),
    checks,
    passed: REVIEW_QUALITY_CHECKS.every((c) => checks[c] !== 'failed'),
  };
}

function ruleContext(review: Review, given: ReviewQualityContext): ReviewRuleContext {
  const candidate = given.previousReview;
  const previous =
    candidate !== undefined && candidate.personId === review.personId && candidate.on < review.on
      ? candidate
      : undefined;
  const entries = review.outcomes ?? [];
  const outcomes = (given.outcomes ?? []).filter((o) => o.personId === review.personId);
  return {
    review,
    given,
    previous,
    since: (on) => on < review.on && (previous === undefined || on >= previous.on),
    entries,
    reviewedIds: new Set(entries.map((e) => e.outcomeId)),
    outcomes,
    expected: outcomes.filter(
      (o) => isOpen(o) && (o.timeframe === undefined || o.timeframe.start <= review.on),
    ),
  };
}

const groupOf = (f: ReviewFinding): ReviewQualityCheck =>
  GROUP_OF.get(f.code) as ReviewQualityCheck;

function inReportingOrder(a: ReviewFinding, b: ReviewFinding): number {
  return (
    (CHECK_RANK.get(groupOf(a)) as number) - (CHECK_RANK.get(groupOf(b)) as number) ||
    compareText(a.code, b.code) ||
    compareText(JSON.stringify(a.path), JSON.stringify(b.path)) ||
    compareText(a.message, b.message)
  );
}
