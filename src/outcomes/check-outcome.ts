import type { IsoDate } from '../core/index.js';
import {
  requireCalendarDate,
  requireOptions,
  requireRecord,
  requireWholeNumber,
  runRules,
  unexpected,
} from '../core/internal/index.js';
import { type OutcomeFinding, outcomeFindings } from './findings.js';
import {
  missingParts,
  OUTCOME_RULES,
  type OutcomeContext,
  type OutcomePolicy,
  type OutcomeWording,
} from './rules/index.js';
import type { Outcome } from './schemas/index.js';
import {
  notEnglish,
  resolveLanguage,
  resolvePatterns,
  type WordingMatcher,
} from './wording/analyse.js';
import type { WordingPattern } from './wording/patterns.js';
import { read } from './wording/read.js';

/**
 * The policy {@link checkOutcome} applies. Every number has a default taken from public
 * practice; change it to match your service's own policy.
 *
 * @example
 * ```ts
 * const policy: CheckOutcomeOptions = { asOf: '2026-11-23', staleAfterDays: 35, maxReviewMonths: 6 };
 * ```
 * @category Outcomes
 */
export interface CheckOutcomeOptions {
  /** The day to judge the outcome on: overdue reviews and stale ratings are counted to it. */
  readonly asOf: IsoDate;
  /**
   * The wording patterns: a list, or a matcher compiled once with
   * {@link compileWordingPatterns} (pass one when checking outcomes one at a time, so the list
   * is not compiled on every call). Default {@link DEFAULT_WORDING_PATTERNS}.
   */
  readonly wordingPatterns?: readonly WordingPattern[] | WordingMatcher;
  /**
   * The language the outcomes' words are written in, as a BCP 47 tag (`en`, `en-GB`, `cy`).
   * Default `en`. The wording checks read English: for another language they are not applied
   * and `wording_not_checked` says so.
   */
  readonly language?: string;
  /**
   * The longest time from the start to the review-by date, in months. Default 12: public
   * guidance for care plans is a review at least every 12 months.
   */
  readonly maxReviewMonths?: number;
  /**
   * How many days without a rating make an active outcome's ratings stale. Default 42: six
   * weeks, for progress rated monthly.
   */
  readonly staleAfterDays?: number;
  /** How far (at least 1) the latest rating must fall below the one before to be reported. Default 1. */
  readonly fallingBy?: number;
}

/**
 * Checks one outcome against the quality rules a registered manager or auditor applies:
 * is it in the person's words, measurable, timed, owned, agreed, and is progress being
 * rated and reviewed?
 *
 * @remarks
 * Rules and their codes (see {@link outcomeFindings} for messages and details):
 * - wording (English; see {@link analyseWording}): `wording_not_checked` (another
 *   language), `generic_wording` (the person's words are a generic aim and no specific,
 *   measurable indicator translates it) or `generic_wording_translated` (one does: an `info`),
 *   `generic_indicator`, `service_led_outcome` (task, compliance or behaviour-management
 *   wording, whoever expressed it), `service_led_indicator` (counts what the service
 *   delivers), `words_about_person` (said to be the person's words, but written about them),
 *   `expressed_on_behalf`, `rating_without_example`;
 * - indicator: `indicator_not_measurable`, `no_baseline`;
 * - timeframe: `no_timeframe`, `review_too_far` (open outcomes), `review_overdue` (planned,
 *   accepted, active or on hold);
 * - ownership: `no_owner`, `owner_without_responsibility`;
 * - agreement: `not_agreed` (planned, accepted, active, on hold), `person_disagrees`,
 *   `agreement_pending`;
 * - progress (active outcomes): `no_ratings`, `ratings_stale`, `rating_falling`.
 *
 * An outcome `entered-in-error` has no findings. Records dated after `asOf` (ratings,
 * agreements) are ignored, so the result is what could have been known on that day. The
 * input is not modified; the findings come in the order above and are frozen.
 * @param outcome - A parsed outcome.
 * @param options - `asOf` and the policy (see {@link CheckOutcomeOptions}).
 * @returns The findings, each with `outcomeId` and `personId`; empty when none apply.
 * @throws {@link GoldenThreadError} `invalid_date` when `asOf` is not a calendar date,
 * `invalid_argument` when a policy number is negative or fractional (or `fallingBy` is 0),
 * a wording pattern is malformed, or `language` is not a language tag.
 * @example
 * ```ts
 * const findings = checkOutcome(outcome, { asOf: '2026-11-23' });
 * // => [{ code: 'review_overdue', severity: 'error', path: ['timeframe', 'reviewBy'],
 * //       message: 'Progress was due to be reviewed by 2026-11-09, 14 days ago.', … }]
 * ```
 * @category Outcomes
 */
export function checkOutcome(outcome: Outcome, options: CheckOutcomeOptions): OutcomeFinding[] {
  requireRecord('checkOutcome', 'outcome', outcome);
  requireOptions('checkOutcome', options);
  try {
    return checkWithPolicy(outcome, resolvePolicy('checkOutcome', options));
  } catch (error) {
    throw unexpected('checkOutcome', error);
  }
}

/** Checks the options and compiles the wording patterns. @internal */
export function resolvePolicy(fn: string, options: CheckOutcomeOptions): OutcomePolicy {
  return {
    asOf: requireCalendarDate(fn, 'asOf', options.asOf),
    maxReviewMonths: requireWholeNumber(fn, 'maxReviewMonths', options.maxReviewMonths, 12),
    staleAfterDays: requireWholeNumber(fn, 'staleAfterDays', options.staleAfterDays, 42),
    fallingBy: requireWholeNumber(fn, 'fallingBy', options.fallingBy, 1, 1),
    wording: resolvePatterns(fn, options.wordingPatterns),
    language: resolveLanguage(fn, options.language),
  };
}

/** The wording analyser's reading of an outcome's words and indicator, once. */
function readWording(outcome: Outcome, policy: OutcomePolicy): OutcomeWording {
  const reason = notEnglish(outcome.words, policy.language);
  if (reason !== undefined) return { checked: false, reason };
  const { indicator } = outcome;
  return {
    checked: true,
    words: read(outcome.words, policy.wording, 'words'),
    indicator:
      indicator === undefined
        ? undefined
        : read(indicator.description, policy.wording, 'indicator'),
  };
}

/** {@link checkOutcome} with a resolved policy: builds the context once and runs the rules. @internal */
export function checkWithPolicy(outcome: Outcome, policy: OutcomePolicy): OutcomeFinding[] {
  if (outcome.lifecycleStatus === 'entered-in-error') return [];
  const ctx: OutcomeContext = {
    outcome,
    policy,
    missing: missingParts(outcome),
    wording: readWording(outcome, policy),
  };
  return runRules(OUTCOME_RULES, ctx, outcomeFindings, {
    outcomeId: outcome.id,
    personId: outcome.personId,
  }).findings;
}
