import * as z from 'zod';
import { requireConfidence, requireOptions } from '../core/internal/index.js';
import {
  checkReviewQuality,
  REVIEW_QUALITY_CHECKS,
  type Review,
  type ReviewQualityCheck,
  type ReviewQualityContext,
} from '../reviews/index.js';
import { type Proportion, proportionInterval } from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import type { PersonRecord, ProviderRecord } from './records.js';
import { withStateSchema } from './state.js';
import { countSchema, countsSchema, type StateSchema, withLaws } from './state-schemas.js';
import { bump as bumpKey, compareText, oncePerId } from './tallies.js';
import { inWindow, type MetricOptions, type MetricsWindow, requireWindow } from './window.js';

const CHECKS: ReadonlySet<string> = new Set(REVIEW_QUALITY_CHECKS);

const reviewQualityStateSchema: StateSchema<ReviewQualityState> = withLaws(
  z.strictObject({
    reviews: countSchema,
    passed: countSchema,
    failedChecks: countsSchema,
    findings: countsSchema,
  }),
  [
    ['passed ≤ reviews', 'passed', (s) => s.passed <= s.reviews],
    [
      'failedChecks counts only the review quality checks',
      'failedChecks',
      (s) => Object.keys(s.failedChecks).every((k) => CHECKS.has(k)),
    ],
    [
      'each check’s failures ≤ reviews',
      'failedChecks',
      (s) => Object.values(s.failedChecks).every((n) => n <= s.reviews),
    ],
  ],
);

/**
 * The state of {@link reviewQualityMetric}: plain JSON counts.
 *
 * @example
 * ```ts
 * const state: ReviewQualityState = { reviews: 30, passed: 21, failedChecks: { person_views: 4 }, findings: { person_views_missing: 4 } };
 * ```
 * @category Governance metrics
 */
export interface ReviewQualityState {
  /** Reviews held in the window. */
  reviews: number;
  /** Of them, reviews with every applicable quality check passed. */
  passed: number;
  /** How many reviews failed each check. */
  failedChecks: Record<string, number>;
  /** How many times each finding code was reported. */
  findings: Record<string, number>;
}

/**
 * What {@link reviewQualityMetric} returns.
 *
 * @example
 * ```ts
 * const { proportion, failedChecks }: ReviewQualityMetric = report.reviewQuality;
 * ```
 * @category Governance metrics
 */
export interface ReviewQualityMetric {
  /** The window counted. */
  readonly window: MetricsWindow;
  /** Reviews meeting every quality check ÷ reviews held in the window, with its interval. */
  readonly proportion: Proportion;
  /** How many reviews failed each check (every check listed, 0 when none). */
  readonly failedChecks: Readonly<Record<ReviewQualityCheck, number>>;
  /** How many times each finding code was reported, in code order. */
  readonly findings: Readonly<Record<string, number>>;
}

/**
 * Options for {@link reviewQualityMetric}.
 *
 * @example
 * ```ts
 * const options: ReviewQualityMetricOptions = { window: { from: '2026-07-01', to: '2026-10-01' } };
 * ```
 * @category Governance metrics
 */
export interface ReviewQualityMetricOptions extends MetricOptions {
  /** The confidence level of the interval. Default 0.95. */
  readonly confidence?: number;
  /** The lowest severity that makes an event significant (see {@link checkReviewQuality}). */
  readonly significantSeverity?: ReviewQualityContext['significantSeverity'];
  /** Kinds of event significant whatever their severity (see {@link checkReviewQuality}). */
  readonly significantKinds?: ReviewQualityContext['significantKinds'];
  /** The trigger rules, for events that asked for a review. Default {@link defaultReviewTriggerRules}. */
  readonly rules?: ReviewQualityContext['rules'];
}

/**
 * Review quality: the share of reviews held in a window that met every quality check of
 * {@link checkReviewQuality} — held with the person, their views in their words, outcomes
 * looked at, changes turned into actions, earlier actions followed up, significant events
 * discussed and feedback answered.
 *
 * @remarks Each review held in the window (on or after its plan started; an id repeated in a
 * plan counts once) is checked with the person's outcomes, life events, feedback and chosen
 * supporters (the plan's `supporters`), and the review before it (by date, then id) as
 * context. A check that has nothing to look at is not
 * applicable and does not fail. The counts of failed checks and finding codes say what to
 * work on.
 * @param options - `window` (the window); the confidence level (default 0.95) and the other context
 * {@link checkReviewQuality} accepts, applied to every review (`significantSeverity`,
 * `significantKinds`).
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window or
 * confidence.
 * @example
 * ```ts
 * computeMetrics(records, { quality: reviewQualityMetric({ window }) }).quality.proportion.value; // => 0.7
 * ```
 * @category Governance metrics
 */
export function reviewQualityMetric(
  options: ReviewQualityMetricOptions,
): Accumulator<ReviewQualityState, ReviewQualityMetric> {
  const fn = 'reviewQualityMetric';
  const w = requireWindow(fn, requireOptions(fn, options).window);
  const confidence = requireConfidence(fn, options.confidence);
  const policy = policyOf(options);
  return withStateSchema(
    {
      name: 'review quality',
      init: () => ({
        reviews: 0,
        passed: 0,
        failedChecks: {},
        findings: {},
      }),
      add: (state, record: ProviderRecord) => {
        if (record.type === 'person') addPerson(state, record, w, policy);
        return state;
      },
      merge: (state, other) => {
        state.reviews += other.reviews;
        state.passed += other.passed;
        for (const k of Object.keys(other.failedChecks)) {
          bumpKey(state.failedChecks, k, other.failedChecks[k] as number);
        }
        for (const k of Object.keys(other.findings))
          bumpKey(state.findings, k, other.findings[k] as number);
        return state;
      },
      finish: (state) => ({
        window: w,
        proportion: proportionInterval(state.passed, state.reviews, { confidence }),
        failedChecks: Object.fromEntries(
          REVIEW_QUALITY_CHECKS.map((check) => [check, state.failedChecks[check] ?? 0]),
        ) as Record<ReviewQualityCheck, number>,
        findings: Object.fromEntries(
          Object.keys(state.findings)
            .sort(compareText)
            .map((code) => [code, state.findings[code] as number]),
        ),
      }),
    },
    reviewQualityStateSchema,
  );
}

/** The parts of the checker's context that the options set, the same for every review. */
function policyOf(options: ReviewQualityMetricOptions): ReviewQualityContext {
  return {
    ...(options.significantSeverity === undefined
      ? {}
      : { significantSeverity: options.significantSeverity }),
    ...(options.significantKinds === undefined
      ? {}
      : { significantKinds: options.significantKinds }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
  };
}

/** Checks each review the person had in the window, with the one before it as context. */
function addPerson(
  state: ReviewQualityState,
  record: PersonRecord,
  w: MetricsWindow,
  policy: ReviewQualityContext,
): void {
  const { plan } = record;
  const reviews = oncePerId(plan.reviews)
    .filter((r) => r.on >= plan.start)
    .sort(byDateThenId);
  let previous: Review | undefined;
  for (const review of reviews) {
    if (inWindow(w, review.on)) {
      const quality = checkReviewQuality(review, {
        ...policy,
        outcomes: plan.outcomes ?? [],
        events: plan.events ?? [],
        feedback: record.feedback ?? [],
        supporters: plan.supporters ?? [],
        ...(previous === undefined ? {} : { previousReview: previous }),
      });
      state.reviews += 1;
      if (quality.passed) state.passed += 1;
      for (const check of REVIEW_QUALITY_CHECKS) {
        if (quality.checks[check] === 'failed') bump(state.failedChecks, check, 1);
      }
      for (const finding of quality.findings) bump(state.findings, finding.code, 1);
    }
    previous = review;
  }
}

const byDateThenId = (a: Review, b: Review): number =>
  compareText(a.on, b.on) || compareText(a.id, b.id);

function bump(counts: Record<string, number>, key: string, n: number): void {
  counts[key] = (counts[key] ?? 0) + n;
}
