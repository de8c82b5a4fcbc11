import * as z from 'zod';
import { createParser, IdSchema, IsoDateSchema, textSchema } from '../../core/index.js';
import { ExpressedBySchema } from '../../outcomes/index.js';

/**
 * One small piece of feedback logged between reviews: what was said, by whom, in their
 * words. Actions answer it through their `feedbackIds`.
 *
 * @example
 * ```ts
 * FeedbackSchema.parse({
 *   id: 'fb-1', personId: 'p-aisha', on: '2026-09-12', from: 'person',
 *   words: 'I want to choose when I go to bed',
 * });
 * ```
 * @category Reviews
 */
export const FeedbackSchema = z.strictObject({
  /** The host's id for the feedback. */
  id: IdSchema,
  /** The person it is about. */
  personId: IdSchema,
  /** The day it was given. */
  on: IsoDateSchema,
  /** Who gave it. */
  from: ExpressedBySchema,
  /** What they said, word for word. */
  words: textSchema({ max: 2000 }),
  /**
   * Themes the host tagged it with: its own tags (`feeling-rushed`), or the review question it
   * answers (`what_works`, `what_is_difficult`, `what_would_you_change`). Counted across
   * people and periods by `feedbackThemes`.
   */
  themes: z.array(IdSchema).max(20).optional(),
});

/**
 * A piece of feedback. Derived from {@link FeedbackSchema}.
 *
 * @example
 * ```ts
 * const feedback: Feedback = parsed.data;
 * ```
 * @category Reviews
 */
export type Feedback = z.output<typeof FeedbackSchema>;

/**
 * Parses a piece of feedback from untrusted input.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, issues }`; never throws.
 * @example
 * ```ts
 * parseFeedback({ id: 'fb-1', personId: 'p-1', on: '2026-09-12', from: 'person', words: 'I want a key to my room' });
 * ```
 * @category Reviews
 */
export const parseFeedback = createParser(FeedbackSchema);
