import type { IsoDate } from '../../core/index.js';
import { compareText } from '../../core/internal/index.js';
import type { Action, Review } from '../../reviews/index.js';
import type { ThemeAction } from '../feedback-themes.js';
import type { Mention } from './mentions.js';

/** How an action is linked to a theme. */
export type ThemeActionLink = ThemeAction['via'];

/** An action taken on a theme: the public {@link ThemeAction}, declared once there. */
export type TakenAction = ThemeAction;

interface Agreed {
  readonly action: Action;
  readonly review: Review | null;
}

/** Where to find the actions answering a piece of feedback, or agreed at a review. */
export interface ActionIndex {
  readonly byFeedback: ReadonlyMap<string, readonly Agreed[]>;
  readonly byReview: ReadonlyMap<string, readonly Agreed[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Every action once (a review's own first), indexed by the feedback it answers and its review. */
export function indexActions(reviews: readonly Review[], actions: readonly Action[]): ActionIndex {
  const all = new Map<string, Agreed>();
  for (const review of reviews) {
    for (const action of review.actions ?? []) {
      if (!all.has(action.id)) all.set(action.id, { action, review });
    }
  }
  for (const action of actions)
    if (!all.has(action.id)) all.set(action.id, { action, review: null });
  const byFeedback = new Map<string, Agreed[]>();
  const byReview = new Map<string, Agreed[]>();
  for (const agreed of all.values()) {
    for (const id of new Set(agreed.action.feedbackIds ?? [])) push(byFeedback, id, agreed);
    if (agreed.review !== null) push(byReview, agreed.review.id, agreed);
  }
  return { byFeedback, byReview };
}

/**
 * The actions taken on a theme: those answering feedback that mentions it, and those agreed
 * at a review where it came up; each as it stood on the day before `to`.
 */
export function themeActions(
  mentions: readonly Mention[],
  index: ActionIndex,
  to: IsoDate,
): TakenAction[] {
  const found = new Map<string, { agreed: Agreed; via: ThemeActionLink }>();
  for (const m of mentions) {
    if (m.record.kind !== 'feedback') continue;
    for (const agreed of index.byFeedback.get(m.record.id) ?? []) {
      found.set(agreed.action.id, { agreed, via: 'feedback' });
    }
  }
  for (const m of mentions) {
    if (m.record.kind !== 'review') continue;
    for (const agreed of index.byReview.get(m.record.id) ?? []) {
      if (!found.has(agreed.action.id)) found.set(agreed.action.id, { agreed, via: 'review' });
    }
  }
  return [...found.values()]
    .map(({ agreed, via }) => taken(agreed, via, to))
    .sort((a, b) => compareText(a.dueOn, b.dueOn) || compareText(a.actionId, b.actionId));
}

function taken({ action, review }: Agreed, via: ThemeActionLink, to: IsoDate): TakenAction {
  const done =
    action.status === 'done' && action.completedOn !== undefined && action.completedOn < to;
  return {
    actionId: action.id,
    description: action.description,
    agreedOn: review?.on ?? null,
    dueOn: action.dueOn,
    state: done ? 'done' : action.status === 'dropped' ? 'dropped' : 'open',
    completedOn: done ? (action.completedOn ?? null) : null,
    via,
  };
}
