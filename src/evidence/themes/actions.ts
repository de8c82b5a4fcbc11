import type { IsoDate } from '../../core/index.js';
import { compareText } from '../../core/internal/index.js';
import type { Action, Review } from '../../reviews/index.js';
import type { Mention } from './mentions.js';

/** How an action is linked to a theme. */
export type ThemeActionLink = 'feedback' | 'review';

/** An action taken on a theme (the public `ThemeAction`). */
export interface TakenAction {
  readonly actionId: string;
  readonly description: string;
  readonly agreedOn: IsoDate | null;
  readonly dueOn: IsoDate;
  readonly state: 'done' | 'open' | 'dropped';
  readonly completedOn: IsoDate | null;
  readonly via: ThemeActionLink;
}

/**
 * The actions taken on a theme: those answering feedback that mentions it, and those agreed
 * at a review where it came up; each as it stood on the day before `to`.
 */
export function themeActions(
  mentions: readonly Mention[],
  reviews: readonly Review[],
  actions: readonly Action[],
  to: IsoDate,
): TakenAction[] {
  const feedbackIds = new Set(
    mentions.filter((m) => m.record.kind === 'feedback').map((m) => m.record.id),
  );
  const reviewIds = new Set(
    mentions.filter((m) => m.record.kind === 'review').map((m) => m.record.id),
  );
  const all = new Map<string, { action: Action; review: Review | null }>();
  for (const review of reviews) {
    for (const action of review.actions ?? [])
      if (!all.has(action.id)) all.set(action.id, { action, review });
  }
  for (const action of actions)
    if (!all.has(action.id)) all.set(action.id, { action, review: null });
  const out: TakenAction[] = [];
  for (const { action, review } of all.values()) {
    const answers = (action.feedbackIds ?? []).some((id) => feedbackIds.has(id));
    const raised = review !== null && reviewIds.has(review.id);
    if (!answers && !raised) continue;
    const done =
      action.status === 'done' && action.completedOn !== undefined && action.completedOn < to;
    out.push({
      actionId: action.id,
      description: action.description,
      agreedOn: review?.on ?? null,
      dueOn: action.dueOn,
      state: done ? 'done' : action.status === 'dropped' ? 'dropped' : 'open',
      completedOn: done ? (action.completedOn ?? null) : null,
      via: answers ? 'feedback' : 'review',
    });
  }
  return out.sort((a, b) => compareText(a.dueOn, b.dueOn) || compareText(a.actionId, b.actionId));
}
