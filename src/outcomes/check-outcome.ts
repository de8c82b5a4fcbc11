import { addMonths, createFinding, daysBetween, type IsoDate, type Path } from '../core/index.js';
import { requireCalendarDate, requireWholeNumber } from '../core/internal/index.js';
import { type OutcomeFinding, type OutcomeFindingCode, outcomeFindings } from './findings.js';
import { defaultPhraseMatcher, normaliseWords, phraseMatcher } from './generic-phrases.js';
import { ratingsInOrder } from './ratings.js';
import type { Outcome } from './schemas/index.js';

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
  /** Phrases treated as generic aims. Default {@link DEFAULT_GENERIC_PHRASES}. */
  readonly genericPhrases?: readonly string[];
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

const TIMED: ReadonlySet<string> = new Set(['planned', 'accepted', 'active', 'on-hold']);
const OPEN: ReadonlySet<string> = new Set(['proposed', 'planned', 'accepted', 'active', 'on-hold']);
const RATED: ReadonlySet<string> = new Set(['active']);

const FIRST_PERSON = [' i ', ' me ', ' my ', ' mine ', ' myself ', ' we ', ' us ', ' our '];
const THIRD_PERSON = [
  ' he ',
  ' she ',
  ' him ',
  ' his ',
  ' her ',
  ' hers ',
  ' himself ',
  ' herself ',
  ' they ',
  ' them ',
  ' their ',
];
const SERVICE_LANGUAGE = [
  ' service user ',
  ' the client ',
  ' the resident ',
  ' the patient ',
  ' staff will ',
  ' staff to ',
  ' to support ',
  ' to encourage ',
  ' to enable ',
  ' to assist ',
  ' to promote ',
  ' to ensure ',
];

/**
 * Whether words read as written about a person rather than by them: no first-person words,
 * and third-person pronouns, service language, or an aim starting "To …".
 *
 * @internal
 */
export function readsAsAboutPerson(words: string): boolean {
  const text = normaliseWords(words);
  if (FIRST_PERSON.some((w) => text.includes(w))) return false;
  return (
    text.startsWith(' to ') ||
    THIRD_PERSON.some((w) => text.includes(w)) ||
    SERVICE_LANGUAGE.some((w) => text.includes(w))
  );
}

/**
 * Checks one outcome against the quality rules a registered manager or auditor applies:
 * is it in the person's words, measurable, timed, owned, agreed, and is progress being
 * rated and reviewed?
 *
 * @remarks
 * Rules and their codes (see {@link outcomeFindings} for messages and details):
 * - wording: `generic_wording`, `generic_indicator`, `words_about_person`,
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
 * `invalid_argument` when a policy number is negative or fractional (or `fallingBy` is 0).
 * @example
 * ```ts
 * const findings = checkOutcome(outcome, { asOf: '2026-11-23' });
 * // => [{ code: 'review_overdue', severity: 'error', path: ['timeframe', 'reviewBy'],
 * //       message: 'Progress was due to be reviewed by 2026-11-09, 14 days ago.', … }]
 * ```
 * @category Outcomes
 */
export function checkOutcome(outcome: Outcome, options: CheckOutcomeOptions): OutcomeFinding[] {
  return checkWithPolicy(outcome, resolvePolicy('checkOutcome', options));
}

/** A policy checked once and ready to apply to many outcomes. @internal */
export interface ResolvedPolicy {
  readonly asOf: IsoDate;
  readonly maxReviewMonths: number;
  readonly staleAfterDays: number;
  readonly fallingBy: number;
  readonly genericPhrasesIn: (text: string) => string[];
}

/** Checks the options and prepares the phrase list. @internal */
export function resolvePolicy(fn: string, options: CheckOutcomeOptions): ResolvedPolicy {
  return {
    asOf: requireCalendarDate(fn, 'asOf', options.asOf),
    maxReviewMonths: requireWholeNumber(fn, 'maxReviewMonths', options.maxReviewMonths, 12),
    staleAfterDays: requireWholeNumber(fn, 'staleAfterDays', options.staleAfterDays, 42),
    fallingBy: requireWholeNumber(fn, 'fallingBy', options.fallingBy, 1, 1),
    genericPhrasesIn:
      options.genericPhrases === undefined
        ? defaultPhraseMatcher
        : phraseMatcher(options.genericPhrases),
  };
}

/** {@link checkOutcome} with a resolved policy. @internal */
export function checkWithPolicy(outcome: Outcome, policy: ResolvedPolicy): OutcomeFinding[] {
  const { asOf, maxReviewMonths, staleAfterDays, fallingBy } = policy;
  const status = outcome.lifecycleStatus;
  const findings: OutcomeFinding[] = [];
  if (status === 'entered-in-error') return findings;

  const ids = { outcomeId: outcome.id, personId: outcome.personId };
  const add = (code: OutcomeFindingCode, path: Path, details: Record<string, unknown> = {}) => {
    findings.push(
      createFinding(outcomeFindings, code, path, { ...details, ...ids }) as OutcomeFinding,
    );
  };

  // Wording.
  const { indicator } = outcome;
  const missing: string[] = [];
  if (indicator === undefined) missing.push('indicator');
  else {
    if (indicator.measure === undefined) missing.push('measure');
    if (indicator.target === undefined && indicator.measure !== 'milestone') missing.push('target');
    if (indicator.direction === undefined && indicator.measure !== 'milestone')
      missing.push('direction');
  }
  if (missing.length > 0) {
    for (const phrase of policy.genericPhrasesIn(outcome.words))
      add('generic_wording', ['words'], { phrase });
  }
  if (indicator !== undefined) {
    for (const phrase of policy.genericPhrasesIn(indicator.description)) {
      add('generic_indicator', ['indicator', 'description'], { phrase });
    }
  }
  if (outcome.expressedBy === 'person' && readsAsAboutPerson(outcome.words))
    add('words_about_person', ['words']);
  if (outcome.expressedBy !== 'person')
    add('expressed_on_behalf', ['expressedBy'], { expressedBy: outcome.expressedBy });
  for (const [index, rating] of (outcome.ratings ?? []).entries()) {
    if (rating.example === undefined)
      add('rating_without_example', ['ratings', index], { on: rating.on });
  }

  // Indicator.
  if (missing.length > 0)
    add('indicator_not_measurable', indicator === undefined ? [] : ['indicator'], { missing });
  else if (
    indicator !== undefined &&
    indicator.measure !== 'milestone' &&
    indicator.baseline === undefined
  ) {
    add('no_baseline', ['indicator', 'baseline']);
  }

  // Timeframe.
  const { timeframe } = outcome;
  if (OPEN.has(status)) {
    if (timeframe === undefined) add('no_timeframe', []);
    else {
      const latestReviewBy = addMonths(timeframe.start, maxReviewMonths);
      if (timeframe.reviewBy > latestReviewBy) {
        add('review_too_far', ['timeframe', 'reviewBy'], {
          reviewBy: timeframe.reviewBy,
          latestReviewBy,
          maxReviewMonths,
        });
      }
    }
  }
  if (TIMED.has(status) && timeframe !== undefined && timeframe.reviewBy < asOf) {
    add('review_overdue', ['timeframe', 'reviewBy'], {
      reviewBy: timeframe.reviewBy,
      daysOverdue: daysBetween(timeframe.reviewBy, asOf),
    });
  }

  // Ownership.
  const owners = outcome.owners ?? [];
  if (owners.length === 0) add('no_owner', ['owners']);
  for (const [index, owner] of owners.entries()) {
    if (owner.responsibility === undefined)
      add('owner_without_responsibility', ['owners', index], { party: owner.party });
  }

  // Agreement: the person's latest answer on or before asOf.
  let latest: { response: string; on: IsoDate } | undefined;
  for (const agreement of outcome.agreements ?? []) {
    if (
      agreement.party === 'person' &&
      agreement.on <= asOf &&
      (latest === undefined || agreement.on >= latest.on)
    ) {
      latest = agreement;
    }
  }
  if (OPEN.has(status)) {
    if (latest === undefined) {
      if (TIMED.has(status)) add('not_agreed', ['agreements']);
    } else if (latest.response === 'disagree')
      add('person_disagrees', ['agreements'], { on: latest.on });
    else if (latest.response === 'pending')
      add('agreement_pending', ['agreements'], { on: latest.on });
  }

  // Progress.
  if (RATED.has(status)) {
    const ratings = ratingsInOrder(outcome, asOf);
    const last = ratings.at(-1);
    if (last === undefined) {
      if (timeframe !== undefined && timeframe.start <= asOf) {
        const daysSince = daysBetween(timeframe.start, asOf);
        if (daysSince > staleAfterDays)
          add('no_ratings', ['ratings'], { start: timeframe.start, daysSince });
      }
    } else {
      const daysSince = daysBetween(last.on, asOf);
      if (daysSince > staleAfterDays)
        add('ratings_stale', ['ratings'], { lastRatedOn: last.on, daysSince });
      const previous = ratings.at(-2);
      if (previous !== undefined && previous.score - last.score >= fallingBy) {
        add('rating_falling', ['ratings'], {
          latest: last.score,
          previous: previous.score,
          on: last.on,
        });
      }
    }
  }
  return findings;
}
