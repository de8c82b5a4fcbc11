import { compareText, requireRecord, runRules, unexpected } from '../core/internal/index.js';
import { isOpen, type Outcome } from '../outcomes/index.js';
import { type ReviewFinding, reviewFindings } from './findings.js';
import { firstById, SEVERITY_RANK } from './order.js';
import { REVIEW_QUALITY_RULES, type ReviewRuleContext } from './rules/index.js';
import type {
  EventSeverity,
  Feedback,
  LifeEvent,
  LifeEventKind,
  Review,
  ReviewTriggerRule,
  Supporter,
} from './schemas/index.js';
import { decisionChangesPlan } from './wording.js';

/**
 * The governance checks of a review's quality, each backed by one or more finding codes.
 *
 * - `person_views`: the person took part and their views are recorded
 *   (`person_not_involved`, `person_views_missing`);
 * - `outcomes_current`: the person's open outcomes were each looked at, asked about, and are
 *   theirs and specific (`outcome_not_reviewed`, `meaning_not_asked`, `outcome_service_led`,
 *   `outcome_generic`);
 * - `changes_actioned`: what the person wants changed led to decisions or actions, and the
 *   plan was not merely approved or carried on without looking at progress
 *   (`changes_without_actions`, `plan_only_approved`, `continued_without_progress`);
 * - `involvement`: the supporters the person chose took part when the person wants them,
 *   and not when they do not (`wanted_involvement_missing`, `unwanted_supporter_present`);
 * - `previous_actions`: the last review's actions were done (`previous_action_not_done`);
 * - `events_discussed`: the events since the last review were talked about, and significant
 *   ones led to a decision or action (`significant_event_not_discussed`,
 *   `event_without_decision`, `trigger_event_not_recorded`);
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
 * events, no feedback, no supporters, no outcomes).
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
 *   outcomes, previousReview, events, feedback,
 *   supporters: [{ role: 'family', name: 'Mum', atReviews: 'wanted' }],
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
  /** The supporters the person chose, and whether they want them at reviews (the plan's `supporters`). */
  readonly supporters?: readonly Supporter[];
  /**
   * The trigger rules, for the events that asked for a review. Default
   * {@link defaultReviewTriggerRules}.
   */
  readonly rules?: readonly ReviewTriggerRule[];
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
 * lists it. Other events since the last review that a trigger rule counts were answered by
 * this review (see {@link reviewsDue}): not recording them is `trigger_event_not_recorded`,
 * a quality finding rather than an overdue review.
 *
 * The plan **changed** when the review agreed an action or a decision that changes it: a
 * decision with `changesPlan: false`, or whose words only continue the plan ("Continue
 * current plan", "No changes"), is no change. **Progress was discussed** when an outcome
 * entry records `progress` or a note. Views that **only agree** ("Yes, that is fine", "I'm
 * happy with it") are read as assent, not as the person's own words, when the plan did not
 * change. These readings of words are English only; anything they do not recognise counts
 * as a real view or a real decision.
 *
 * `outcome_generic` is the outcome wording check of {@link checkOutcome} (its
 * `generic_wording` finding, judged on the review's day): an outcome that check passes is
 * never generic here. Supporters are matched to the review's participants by role, and by
 * name when both are recorded; a supporter the person does not want counts as present only
 * when identified (their name, or their role when the plan gives no name). Feedback from
 * anyone counts as answered when this or the previous review lists it, or an action of
 * either review refers to it. A check with a warning or error finding fails; an `info`
 * finding does not fail a check.
 * @param review - A parsed review.
 * @param context - The person's outcomes, previous review, events, feedback, supporters and
 * the policy (significant events, trigger rules).
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
  requireRecord('checkReviewQuality', 'review', review);
  requireRecord('checkReviewQuality', 'context', context);
  try {
    const ctx = ruleContext(review, context);
    const { findings, applied } = runRules(REVIEW_QUALITY_RULES, ctx, reviewFindings, {
      reviewId: review.id,
    });
    const applicable = new Set(
      REVIEW_QUALITY_RULES.filter((_, i) => applied[i]).map((r) => r.group),
    );
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
  } catch (error) {
    throw unexpected('checkReviewQuality', error);
  }
}

function ruleContext(review: Review, given: ReviewQualityContext): ReviewRuleContext {
  const candidate = given.previousReview;
  const previous =
    candidate !== undefined && candidate.personId === review.personId && candidate.on < review.on
      ? candidate
      : undefined;
  const entries = review.outcomes ?? [];
  const outcomes = (given.outcomes ?? []).filter((o) => o.personId === review.personId);
  const kinds: ReadonlySet<string> = new Set(given.significantKinds ?? DEFAULT_SIGNIFICANT_KINDS);
  const least = SEVERITY_RANK[given.significantSeverity ?? 'high'];
  const mine = (given.events ?? []).filter((e) => e.personId === review.personId);
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
    planChanged: planChanged(review),
    significant: (e) => kinds.has(e.kind) || SEVERITY_RANK[e.severity] >= least,
    events: firstById(mine, (e) => e.on),
    discussed: new Set([...(review.eventsDiscussed ?? []), ...(previous?.eventsDiscussed ?? [])]),
  };
}

/** An action agreed, or a decision that changes the plan (not one that only continues it). */
function planChanged(review: Review): boolean {
  return (review.actions ?? []).length > 0 || (review.decisions ?? []).some(decisionChangesPlan);
}

const DEFAULT_SIGNIFICANT_KINDS: readonly LifeEventKind[] = [
  'safeguarding_concern',
  'hospital_admission_unplanned',
];

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
