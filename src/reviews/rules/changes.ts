import { isAssentOnly } from '../wording.js';
import type { ReviewQualityRule } from './context.js';

/** What the person wants changed led to decisions or actions. */
export const changesActionedRule: ReviewQualityRule = {
  group: 'changes_actioned',
  codes: ['changes_without_actions'],
  check: ({ review, entries, planChanged }, report) => {
    const wantsChange =
      (review.difficult ?? []).length > 0 ||
      (review.wantsToChange ?? []).length > 0 ||
      entries.some((e) => e.stillMeaningful === 'no');
    if (wantsChange && !planChanged) report('changes_without_actions', ['actions']);
  },
};

/**
 * Not a pre-written plan the person was only asked to approve: nothing changed, and the
 * person's own words are missing or only agree ("Yes, that is fine").
 */
export const planOnlyApprovedRule: ReviewQualityRule = {
  group: 'changes_actioned',
  codes: ['plan_only_approved'],
  check: ({ review, entries, planChanged }, report) => {
    const outcomeChanged = entries.some(
      (e) =>
        e.note !== undefined || (e.stillMeaningful !== undefined && e.stillMeaningful !== 'yes'),
    );
    if (planChanged || outcomeChanged) return;
    const views = review.views;
    if (views === undefined || views.expressedBy !== 'person') {
      report('plan_only_approved', ['decisions'], { personsWords: 'none' });
    } else if (isAssentOnly(views.words)) {
      report('plan_only_approved', ['decisions'], { personsWords: 'assent_only' });
    }
  },
};

/** Not a rubber stamp: a plan carried on unchanged with no outcome's progress talked about. */
export const progressDiscussedRule: ReviewQualityRule = {
  group: 'changes_actioned',
  codes: ['continued_without_progress'],
  check: ({ entries, planChanged }, report) => {
    const progress = entries.some((e) => e.progress !== undefined || e.note !== undefined);
    if (!planChanged && !progress) report('continued_without_progress', ['outcomes']);
  },
};
