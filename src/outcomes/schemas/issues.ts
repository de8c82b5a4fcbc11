import type { IsoDate, IssueCatalogue, NoDetails, ParseIssueOf } from '../../core/index.js';
import { deepFreeze, issueReporter } from '../../core/internal/index.js';

/**
 * The details each outcome parse issue code carries, by code, so that a host's
 * `switch (issue.code)` narrows them.
 *
 * @example
 * ```ts
 * const details: OutcomeIssueDetails['score_outside_scale'] = { minimum: 1, maximum: 5 };
 * ```
 * @category Outcomes
 */
export interface OutcomeIssueDetails {
  /** The review-by date of a timeframe is on or before its start date. */
  readonly review_by_not_after_start: {
    /** The timeframe's start date. */
    readonly start: IsoDate;
  };
  /** A frequency indicator without its period. */
  readonly frequency_needs_period: NoDetails;
  /** A period on an indicator that is not a frequency. */
  readonly period_without_frequency: NoDetails;
  /** A negative baseline or target for a counted measure. */
  readonly negative_amount: {
    /** The indicator's kind of measure (`count`, `frequency`, `prompts` or `duration`). */
    readonly measure: string;
  };
  /** A rating scale whose lowest score is not below its highest. */
  readonly scale_min_not_below_max: {
    /** The scale's lowest score. */
    readonly minimum: number;
  };
  /** A rating scale with more than 101 points. */
  readonly scale_too_wide: NoDetails;
  /** A scale label for a score outside the scale. */
  readonly label_outside_scale: {
    /** The scale's lowest score. */
    readonly minimum: number;
    /** The scale's highest score. */
    readonly maximum: number;
  };
  /** Two labels for the same score. */
  readonly duplicate_scale_label: NoDetails;
  /** A rating's score is not on the outcome's scale. */
  readonly score_outside_scale: {
    /** The scale's lowest score. */
    readonly minimum: number;
    /** The scale's highest score. */
    readonly maximum: number;
  };
  /** An achieved date on an outcome not recorded as achieved or sustaining. */
  readonly achieved_on_without_achievement: NoDetails;
  /** An achieved date before the start of the timeframe. */
  readonly achieved_before_start: {
    /** The timeframe's start date. */
    readonly start: IsoDate;
  };
  /** A wellbeing area listed twice on one outcome. */
  readonly duplicate_wellbeing_area: NoDetails;
  /** A cancellation reason or note on an outcome that is not cancelled. */
  readonly cancelled_reason_without_cancellation: NoDetails;
  /** A closed date on an outcome that is still open (proposed, planned, accepted, active or on hold). */
  readonly closed_on_while_open: NoDetails;
  /** A closed date before the start of the timeframe. */
  readonly closed_before_start: {
    /** The timeframe's start date. */
    readonly start: IsoDate;
  };
}

/**
 * A parse issue code that outcome records add to the core codes.
 *
 * @example
 * ```ts
 * const code: OutcomeIssueCode = 'score_outside_scale';
 * ```
 * @category Outcomes
 */
export type OutcomeIssueCode = keyof OutcomeIssueDetails;

/**
 * A parse issue with one of the outcome codes, typed per code: `switch (issue.code)` narrows
 * its details.
 *
 * @example
 * ```ts
 * function hint(issue: OutcomeParseIssue): string {
 *   return issue.code === 'score_outside_scale' ? `${issue.minimum}–${issue.maximum}` : issue.message;
 * }
 * ```
 * @category Outcomes
 */
export type OutcomeParseIssue = ParseIssueOf<OutcomeIssueDetails>;

/**
 * The parse issue codes that outcome records add to the core codes, with their messages.
 *
 * - `review_by_not_after_start`: the review-by date is on or before the start date.
 * - `frequency_needs_period` / `period_without_frequency`: a frequency indicator must say
 *   per day, week or month, and only a frequency may.
 * - `negative_amount`: a count, frequency, number of prompts or duration below zero.
 * - `scale_min_not_below_max`: a rating scale whose lowest score is not below its highest.
 * - `scale_too_wide`: a rating scale with more than 101 points.
 * - `label_outside_scale` / `duplicate_scale_label`: a scale label for a score the scale does
 *   not have, or two labels for one score.
 * - `score_outside_scale`: a rating's score is not on the outcome's scale (`minimum`,
 *   `maximum`).
 * - `achieved_on_without_achievement`: an achieved date on an outcome whose achievement status
 *   is not `achieved` or `sustaining`.
 * - `achieved_before_start`: an achieved date before the timeframe's start.
 * - `duplicate_wellbeing_area`: a wellbeing area listed twice on one outcome.
 * - `cancelled_reason_without_cancellation`: a cancellation reason or note on an outcome whose
 *   status is not `cancelled`.
 * - `closed_on_while_open`: a closed date on an outcome that is still open.
 * - `closed_before_start`: a closed date before the timeframe's start.
 *
 * A rule that compares two fields runs only when both are valid on their own, so a message
 * never quotes a value that has its own issue (an impossible start date, say).
 *
 * @example
 * ```ts
 * outcomeIssueCatalogue.score_outside_scale.description;
 * ```
 * @category Outcomes
 */
export const outcomeIssueCatalogue: IssueCatalogue<OutcomeIssueDetails> =
  /* @__PURE__ */ deepFreeze({
    review_by_not_after_start: {
      message: '{field} must be after the start date ({start}).',
      description: 'The review-by date of a timeframe is on or before its start date.',
    },
    frequency_needs_period: {
      message: '{field} is needed for a frequency: say whether it is per day, week or month.',
      description: 'A frequency indicator without its period.',
    },
    period_without_frequency: {
      message: '{field} only applies to a frequency indicator.',
      description: 'A period (per day, week or month) on an indicator that is not a frequency.',
    },
    negative_amount: {
      message: '{field} cannot be below zero for a {measure}.',
      description: 'A negative baseline or target for a count, frequency, prompts or duration.',
    },
    scale_min_not_below_max: {
      message: '{field} must be higher than the lowest score ({minimum}).',
      description: 'A rating scale whose lowest score is not below its highest.',
    },
    scale_too_wide: {
      message: '{field} makes the scale too wide: a scale can have at most 101 points.',
      description: 'A rating scale with more than 101 points.',
    },
    label_outside_scale: {
      message: '{field} is not a score on this scale ({minimum} to {maximum}).',
      description: 'A scale label for a score outside the scale.',
    },
    duplicate_scale_label: {
      message: '{field} labels a score that already has a label.',
      description: 'Two labels for the same score.',
    },
    score_outside_scale: {
      message: '{field} must be a score from {minimum} to {maximum} on this outcome’s scale.',
      description: 'A progress rating whose score is not on the outcome’s rating scale.',
    },
    achieved_on_without_achievement: {
      message:
        '{field} can only be given when the achievement status is "achieved" or "sustaining".',
      description: 'An achieved date on an outcome that is not recorded as achieved.',
    },
    achieved_before_start: {
      message: '{field} is before the outcome started ({start}).',
      description: 'An achieved date earlier than the start of the timeframe.',
    },
    duplicate_wellbeing_area: {
      message: '{field} is already listed for this outcome: list each area once.',
      description: 'A wellbeing area listed twice on one outcome.',
    },
    cancelled_reason_without_cancellation: {
      message: '{field} can only be given when the outcome has been cancelled.',
      description: 'A cancellation reason or note on an outcome whose status is not "cancelled".',
    },
    closed_on_while_open: {
      message: '{field} can only be given once the outcome is completed, cancelled or rejected.',
      description:
        'A closed date on an outcome that is still proposed, planned, accepted, active or on hold.',
    },
    closed_before_start: {
      message: '{field} is before the outcome started ({start}).',
      description: 'A closed date earlier than the start of the timeframe.',
    },
  });

/** Reports an outcome parse issue from a refinement. @internal */
export const issue = issueReporter(outcomeIssueCatalogue);

/** Runs an object's refinement even when some of its fields have issues. @internal */
export const always = { when: () => true };
