import { findingCollector } from '../core/internal/index.js';
import { findGenericPhrases, isOpen, type Outcome } from '../outcomes/index.js';
import { type ReviewFinding, type ReviewFindingCode, reviewFindings } from './findings.js';
import { compareText, firstById, SEVERITY_RANK } from './order.js';
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

const CHECK_OF: Readonly<Record<ReviewFindingCode, ReviewQualityCheck>> = {
  person_not_involved: 'person_views',
  person_views_missing: 'person_views',
  views_not_in_persons_words: 'person_views',
  outcome_not_reviewed: 'outcomes_current',
  meaning_not_asked: 'outcomes_current',
  outcome_service_led: 'outcomes_current',
  outcome_generic: 'outcomes_current',
  changes_without_actions: 'changes_actioned',
  plan_only_approved: 'changes_actioned',
  wanted_involvement_missing: 'involvement',
  previous_action_not_done: 'previous_actions',
  significant_event_not_discussed: 'events_discussed',
  feedback_not_answered: 'feedback_answered',
};
const CHECKS: readonly ReviewQualityCheck[] = [
  'person_views',
  'outcomes_current',
  'changes_actioned',
  'involvement',
  'previous_actions',
  'events_discussed',
  'feedback_answered',
];
const DEFAULT_SIGNIFICANT_KINDS: readonly LifeEventKind[] = [
  'safeguarding_concern',
  'hospital_admission_unplanned',
];

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
  const { findings: found, report } = findingCollector(reviewFindings, { reviewId: review.id });
  const previous =
    context.previousReview !== undefined &&
    context.previousReview.personId === review.personId &&
    context.previousReview.on < review.on
      ? context.previousReview
      : undefined;
  const since = (on: string) => on < review.on && (previous === undefined || on >= previous.on);

  // The person's views.
  if (review.person.involvement === 'not_involved') report('person_not_involved', ['person']);
  if (review.views === undefined) report('person_views_missing', ['views']);
  else if (review.views.expressedBy !== 'person') {
    report('views_not_in_persons_words', ['views', 'expressedBy'], {
      expressedBy: review.views.expressedBy,
    });
  }

  // Outcomes individual and current.
  const entries = review.outcomes ?? [];
  const reviewedIds = new Set(entries.map((e) => e.outcomeId));
  const outcomes = (context.outcomes ?? []).filter((o) => o.personId === review.personId);
  const expected = outcomes.filter(
    (o) => isOpen(o) && (o.timeframe === undefined || o.timeframe.start <= review.on),
  );
  for (const outcome of expected) {
    if (!reviewedIds.has(outcome.id)) {
      report('outcome_not_reviewed', ['outcomes'], { outcomeId: outcome.id, words: outcome.words });
    }
  }
  for (const [index, entry] of entries.entries()) {
    if (entry.stillMeaningful === undefined) {
      report('meaning_not_asked', ['outcomes', index, 'stillMeaningful'], {
        outcomeId: entry.outcomeId,
      });
    }
  }
  const inScope = outcomes.filter((o) => reviewedIds.has(o.id) || expected.includes(o));
  for (const outcome of inScope) {
    const details = { outcomeId: outcome.id, words: outcome.words };
    if (outcome.expressedBy === 'staff') report('outcome_service_led', ['outcomes'], details);
    const [phrase] = findGenericPhrases(outcome.words);
    if (phrase !== undefined) report('outcome_generic', ['outcomes'], { ...details, phrase });
  }

  // Changes led to actions; not a pre-written plan approved.
  const decided = (review.decisions ?? []).length + (review.actions ?? []).length > 0;
  const wantsChange =
    (review.difficult ?? []).length > 0 ||
    (review.wantsToChange ?? []).length > 0 ||
    entries.some((e) => e.stillMeaningful === 'no');
  if (wantsChange && !decided) report('changes_without_actions', ['actions']);
  const outcomeChanged = entries.some(
    (e) => e.note !== undefined || (e.stillMeaningful !== undefined && e.stillMeaningful !== 'yes'),
  );
  const personsWords = review.views !== undefined && review.views.expressedBy === 'person';
  if (!decided && !outcomeChanged && !personsWords) report('plan_only_approved', ['decisions']);

  // Family and advocates.
  const wanted = [...new Set(context.involvementWanted ?? [])].sort();
  const tookPart = new Set((review.others ?? []).map((o) => o.role));
  for (const role of wanted) {
    if (!tookPart.has(role)) report('wanted_involvement_missing', ['others'], { role });
  }

  // Actions from the previous review.
  for (const [index, action] of (previous?.actions ?? []).entries()) {
    if (action.status === 'open' && action.dueOn <= review.on) {
      report('previous_action_not_done', ['previousReview', 'actions', index], {
        actionId: action.id,
        description: action.description,
        dueOn: action.dueOn,
      });
    }
  }

  // Significant events discussed.
  const discussed = new Set([
    ...(review.eventsDiscussed ?? []),
    ...(previous?.eventsDiscussed ?? []),
  ]);
  const kinds: ReadonlySet<string> = new Set(context.significantKinds ?? DEFAULT_SIGNIFICANT_KINDS);
  const least = SEVERITY_RANK[context.significantSeverity ?? 'high'];
  const significant = (context.events ?? []).filter(
    (e) =>
      e.personId === review.personId &&
      since(e.on) &&
      (kinds.has(e.kind) || SEVERITY_RANK[e.severity] >= least),
  );
  for (const event of firstById(significant, (e) => e.on)) {
    if (discussed.has(event.id)) continue;
    report('significant_event_not_discussed', ['eventsDiscussed'], {
      eventId: event.id,
      on: event.on,
      kind: event.kind,
      severity: event.severity,
    });
  }

  // Feedback answered.
  const reviews = previous === undefined ? [review] : [review, previous];
  const answered = new Set(
    reviews.flatMap((r) => [
      ...(r.feedbackAnswered ?? []),
      ...(r.actions ?? []).flatMap((a) => a.feedbackIds ?? []),
    ]),
  );
  const feedback = (context.feedback ?? []).filter(
    (f) => f.personId === review.personId && since(f.on),
  );
  for (const item of firstById(feedback, (f) => f.on)) {
    if (answered.has(item.id)) continue;
    report('feedback_not_answered', ['feedbackAnswered'], {
      feedbackId: item.id,
      on: item.on,
      from: item.from,
      words: item.words,
    });
  }

  const applicable: Readonly<Record<ReviewQualityCheck, boolean>> = {
    person_views: true,
    outcomes_current: entries.length > 0 || expected.length > 0,
    changes_actioned: true,
    involvement: wanted.length > 0,
    previous_actions: previous !== undefined,
    events_discussed: context.events !== undefined,
    feedback_answered: context.feedback !== undefined,
  };
  const failed = new Set(found.filter((f) => f.severity !== 'info').map((f) => CHECK_OF[f.code]));
  const checks = Object.fromEntries(
    CHECKS.map((c) => [
      c,
      applicable[c] ? (failed.has(c) ? 'failed' : 'passed') : 'not_applicable',
    ]),
  ) as Record<ReviewQualityCheck, CheckState>;
  const rank = (f: ReviewFinding) => CHECKS.indexOf(CHECK_OF[f.code]);
  const findings = found.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareText(a.code, b.code) ||
      compareText(JSON.stringify(a.path), JSON.stringify(b.path)) ||
      compareText(a.message, b.message),
  );
  return {
    findings,
    checks,
    passed: CHECKS.every((c) => checks[c] !== 'failed'),
  };
}
