import type { ReviewQualityRule } from './context.js';

/** The previous review's actions due by now were done (or dropped with a reason). */
export const previousActionsRule: ReviewQualityRule = {
  group: 'previous_actions',
  codes: ['previous_action_not_done'],
  applies: ({ previous }) => previous !== undefined,
  check: ({ review, previous }, report) => {
    for (const [index, action] of (previous?.actions ?? []).entries()) {
      if (action.status === 'open' && action.dueOn <= review.on) {
        report('previous_action_not_done', ['previousReview', 'actions', index], {
          actionId: action.id,
          description: action.description,
          dueOn: action.dueOn,
        });
      }
    }
  },
};
