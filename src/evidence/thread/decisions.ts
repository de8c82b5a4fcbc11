import type { IsoDate } from '../../core/index.js';
import type { Action, Review } from '../../reviews/index.js';
import type { ActionLink } from '../links.js';
import { fitText, type IdRegistry, partId } from './ids.js';
import type { ActionDraft, DecisionDraft, InputDraft, LooseStep, ThreadContext } from './types.js';

/** What a review gives the chain besides its inputs: its decisions and actions. */
export interface ReviewDrafts {
  readonly decisions: DecisionDraft[];
  readonly actions: ActionDraft[];
  readonly loose: LooseStep[];
}

const ownerOf = (a: Action) => fitText(a.owner.name ?? a.owner.role, 200);

/** Who took part in a review, as the decision's `decidedBy`. */
function participants(review: Review): string[] {
  const out = review.person.involvement === 'not_involved' ? [] : ['The person'];
  for (const o of review.others ?? []) {
    out.push(fitText(o.name === undefined ? o.role : `${o.name} (${o.role})`, 200));
  }
  return out.length === 0 ? ['The review'] : out.slice(0, 30);
}

/**
 * An action as a link, or `null` when its record cannot be one (done with no completed
 * date: the day it changed is unknown).
 */
function actionLink(
  ctx: ThreadContext,
  action: Action,
  fields: Pick<ActionLink, 'id' | 'on' | 'decisionIds' | 'source'>,
): ActionLink | null {
  if (action.status === 'done' && action.completedOn === undefined) return null;
  return {
    type: 'action',
    ...fields,
    level: ctx.level,
    ...(action.outcomeIds === undefined ? {} : { outcomeIds: [...action.outcomeIds] }),
    kind: 'other',
    description: action.description,
    owner: ownerOf(action),
    dueOn: action.dueOn,
    status: action.status,
    ...(action.status === 'done' && action.completedOn !== undefined
      ? { completedOn: action.completedOn }
      : {}),
    ...(action.note === undefined ? {} : { note: action.note }),
  };
}

function looseAction(
  action: Action,
  ref: string,
  on: IsoDate,
  sourceId: string,
  kind: 'review' | 'action_record',
): LooseStep {
  return {
    kind: 'action',
    on,
    id: action.id,
    ref,
    text: action.description,
    source: { kind, id: sourceId },
    outcomes: action.outcomeIds ?? [],
  };
}

/** The decisions an action at a review carries out: those about its outcomes, else the rest. */
function carriedOut(action: Action, decisions: readonly DecisionDraft[]): string[] {
  const named = new Set(action.outcomeIds ?? []);
  const about = decisions.filter((d) => d.outcomes.some((id) => named.has(id)));
  if (about.length > 0) return about.map((d) => d.id);
  const general = decisions.filter((d) => d.outcomes.length === 0);
  return (general.length > 0 ? general : decisions).map((d) => d.id);
}

/**
 * A review's decisions (each answering the review's inputs and the feedback it answered)
 * and actions. Actions with no decision recorded carry out one decision implied by the
 * review: "Agreed at the review: …".
 */
export function reviewDrafts(
  ctx: ThreadContext,
  ids: IdRegistry,
  review: Review,
  inputs: readonly string[],
): ReviewDrafts {
  const source = { kind: 'review', id: review.id } as const;
  const common = {
    on: review.on,
    decidedBy: participants(review),
    source,
    inputs,
    reviewId: review.id,
    personInvolvement: review.person.involvement,
    origin: { kind: 'review_decision', reviewId: review.id },
  } as const;
  const decisions: DecisionDraft[] = (review.decisions ?? []).map((d) => ({
    ...common,
    id: ids.claim(d.id, partId(review.id, d.id)),
    text: d.text,
    outcomes: d.outcomeIds ?? [],
  }));
  const reviewActions = review.actions ?? [];
  if (decisions.length === 0 && reviewActions.length > 0) {
    const agreed = partId(review.id, 'agreed');
    decisions.push({
      ...common,
      id: ids.claim(agreed, agreed),
      text: fitText(
        `Agreed at the review: ${reviewActions.map((a) => a.description).join('; ')}`,
        4000,
      ),
      outcomes: [...new Set(reviewActions.flatMap((a) => a.outcomeIds ?? []))].slice(0, 50),
    });
  }
  const actions: ActionDraft[] = [];
  const loose: LooseStep[] = [];
  for (const action of reviewActions) {
    const id = ids.claim(action.id, partId(review.id, action.id));
    const decisionIds = carriedOut(action, decisions);
    const link = actionLink(ctx, action, { id, on: review.on, decisionIds, source });
    if (link === null) loose.push(looseAction(action, id, review.on, review.id, 'review'));
    else
      actions.push({
        link,
        outcomes: action.outcomeIds ?? [],
        feedbackIds: action.feedbackIds ?? [],
      });
  }
  return { decisions, actions, loose };
}

/**
 * An action agreed outside a review, with the decision it implies ("Agreed: …"), answering
 * the feedback it names. Its agreed day is not recorded: it is taken as the day of the latest
 * feedback it answers, but never after its due or completed date (or, answering none, the
 * earlier of those).
 */
export function standaloneDrafts(
  ctx: ThreadContext,
  ids: IdRegistry,
  action: Action,
  feedback: ReadonlyMap<string, InputDraft>,
): { readonly decision: DecisionDraft; readonly action: ActionDraft } | LooseStep {
  const answered = (action.feedbackIds ?? []).flatMap((id) => {
    const input = feedback.get(id);
    return input === undefined ? [] : [input.link];
  });
  const done = action.status === 'done' ? action.completedOn : undefined;
  const cap = done !== undefined && done < action.dueOn ? done : action.dueOn;
  const latest = answered
    .map((l) => l.on)
    .reduce<IsoDate | null>((a, b) => (a === null || b > a ? b : a), null);
  const on = latest === null || latest > cap ? cap : latest;
  const source = { kind: 'action_record', id: action.id } as const;
  const agreed = partId(action.id, 'agreed');
  const decision: DecisionDraft = {
    id: ids.claim(agreed, agreed),
    on,
    text: fitText(`Agreed: ${action.description}`, 4000),
    decidedBy: [ownerOf(action)],
    source,
    outcomes: action.outcomeIds ?? [],
    inputs: answered.filter((l) => l.on <= on).map((l) => l.id),
    reviewId: null,
    personInvolvement: null,
    origin: { kind: 'action', actionId: action.id },
  };
  const id = ids.claim(action.id, partId(action.id, 'action'));
  const link = actionLink(ctx, action, { id, on, decisionIds: [decision.id], source });
  if (link === null) return looseAction(action, id, on, action.id, 'action_record');
  return {
    decision,
    action: { link, outcomes: action.outcomeIds ?? [], feedbackIds: action.feedbackIds ?? [] },
  };
}
