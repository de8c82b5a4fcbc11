import type { ReviewQualityRule, ReviewRuleContext } from './context.js';

/** Something was decided or someone agreed to do something. */
const decided = ({ review }: ReviewRuleContext): boolean =>
  (review.decisions ?? []).length + (review.actions ?? []).length > 0;

/** What the person wants changed led to decisions or actions. */
export const changesActionedRule: ReviewQualityRule = {
  group: 'changes_actioned',
  codes: ['changes_without_actions'],
  check: (ctx, report) => {
    const { review, entries } = ctx;
    const wantsChange =
      (review.difficult ?? []).length > 0 ||
      (review.wantsToChange ?? []).length > 0 ||
      entries.some((e) => e.stillMeaningful === 'no');
    if (wantsChange && !decided(ctx)) report('changes_without_actions', ['actions']);
  },
};

/** Not a pre-written plan the person was only asked to approve. */
export const planOnlyApprovedRule: ReviewQualityRule = {
  group: 'changes_actioned',
  codes: ['plan_only_approved'],
  check: (ctx, report) => {
    const { review, entries } = ctx;
    const outcomeChanged = entries.some(
      (e) =>
        e.note !== undefined || (e.stillMeaningful !== undefined && e.stillMeaningful !== 'yes'),
    );
    const personsWords = review.views !== undefined && review.views.expressedBy === 'person';
    if (!decided(ctx) && !outcomeChanged && !personsWords) {
      report('plan_only_approved', ['decisions']);
    }
  },
};
