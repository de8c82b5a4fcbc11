import { firstById } from '../order.js';
import type { ReviewQualityRule } from './context.js';

/** Feedback since the last review was answered, by this or the last review or an action. */
export const feedbackAnsweredRule: ReviewQualityRule = {
  group: 'feedback_answered',
  codes: ['feedback_not_answered'],
  applies: ({ given }) => given.feedback !== undefined,
  check: ({ review, previous, given, since }, report) => {
    const reviews = previous === undefined ? [review] : [review, previous];
    const answered = new Set(
      reviews.flatMap((r) => [
        ...(r.feedbackAnswered ?? []),
        ...(r.actions ?? []).flatMap((a) => a.feedbackIds ?? []),
      ]),
    );
    const feedback = (given.feedback ?? []).filter(
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
  },
};
