import { produce } from 'immer';
import type * as z from 'zod';
import { type ParseIssue, type Result, renderMessage } from '../core/index.js';
import {
  DEFAULT_RATING_SCALE,
  type Outcome,
  outcomeIssueCatalogue,
  parseRating,
  type RatingSchema,
} from './schemas/index.js';

const MAX_RATINGS = 1000;

function failure(issue: ParseIssue): Result<never, ParseIssue> {
  return { success: false, issues: [Object.freeze(issue)] };
}

/**
 * Adds a progress rating to an outcome, returning a new, frozen outcome.
 *
 * @remarks The rating is read like untrusted input (so a form's values can be passed
 * straight in) and its score is checked against the outcome's scale (1–5 unless the outcome
 * has its own). The outcome passed in is not modified — not even frozen — and the result
 * passes {@link OutcomeSchema}. The rating is appended; functions that need date order sort
 * ratings themselves.
 * @param outcome - A parsed outcome.
 * @param rating - The rating: date, score, who rated, and ideally a concrete example.
 * @returns `{ success: true, data }` with the new outcome, or the issues: those of
 * {@link parseRating}, `score_outside_scale` (with `minimum` and `maximum`), or `too_big` when
 * the outcome already holds 1,000 ratings.
 * @example
 * ```ts
 * const result = recordRating(outcome, {
 *   on: '2026-11-02', score: 4, ratedBy: 'person', example: 'Took the bus to the art group alone',
 * });
 * if (result.success) save(result.data);
 * ```
 * @category Outcomes
 */
export function recordRating(
  outcome: Outcome,
  rating: z.input<typeof RatingSchema>,
): Result<Outcome, ParseIssue> {
  const parsed = parseRating(rating);
  if (!parsed.success) return parsed;
  const { min, max } = outcome.ratingScale ?? DEFAULT_RATING_SCALE;
  const { score } = parsed.data;
  if (score < min || score > max) {
    const issue = {
      code: 'score_outside_scale',
      path: ['score'],
      minimum: min,
      maximum: max,
      message: '',
    };
    const message = renderMessage(outcomeIssueCatalogue.score_outside_scale.message, issue);
    return failure({ ...issue, message });
  }
  if ((outcome.ratings?.length ?? 0) >= MAX_RATINGS) {
    return failure({
      code: 'too_big',
      path: ['ratings'],
      origin: 'array',
      maximum: MAX_RATINGS,
      inclusive: true,
      message: `The outcome already holds ${MAX_RATINGS} ratings, the most it can hold.`,
    });
  }
  // Records are plain JSON. Cloning first keeps the caller's object untouched: immer would
  // otherwise freeze the parts of it that the new outcome shares.
  const copy = JSON.parse(JSON.stringify(outcome)) as Outcome;
  const data = produce(copy, (draft) => {
    draft.ratings = [...(draft.ratings ?? []), parsed.data];
  });
  return { success: true, data };
}
