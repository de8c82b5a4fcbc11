import type { IsoDate } from '../../core/index.js';
import { compareText } from '../../core/internal/index.js';
import type { Outcome } from '../../outcomes/index.js';
import type { EverydayRecords } from '../everyday-records.js';
import type { DecisionLink, EvidenceLink, InputLink } from '../links.js';
import type { EvidenceChain } from '../schemas.js';
import { type CheckOf, checksFor, measurementsOf } from './checks.js';
import { reviewDrafts, standaloneDrafts } from './decisions.js';
import { fitId, IdRegistry } from './ids.js';
import { feedbackInputs, reviewInputs, wordsInput } from './inputs.js';
import { type PersonRecords, personRecords } from './records.js';
import type {
  ActionDraft,
  DecisionDraft,
  InputDraft,
  LooseStep,
  Measurement,
  ThreadContext,
} from './types.js';

/** A decision or action that nothing anyone said can be linked to. */
export interface Unlinked {
  readonly kind: 'decision' | 'action';
  readonly id: string;
  readonly on: IsoDate;
  readonly text: string;
  readonly dueOn: IsoDate | null;
  readonly reviewId: string | null;
  readonly outcomes: readonly string[];
}

/** What the everyday records give: the chain, and the steps and gaps outside it. */
export interface Derivation {
  /** The person's outcomes, by id. */
  readonly outcomes: readonly Outcome[];
  /** The id the derived chain has (also when there is none). */
  readonly chainId: string;
  readonly chain: EvidenceChain | null;
  /** The person's outcomes each derived link concerns. */
  readonly outcomesOf: ReadonlyMap<string, readonly string[]>;
  /** The text each derived link's step shows. */
  readonly labels: ReadonlyMap<string, string>;
  readonly loose: readonly LooseStep[];
  readonly unlinked: readonly Unlinked[];
  /** The order records were read in, by the id claimed for each: orders a day's steps. */
  readonly order: ReadonlyMap<string, number>;
}

/** Everything read from the records, before deciding what the chain can hold. */
interface Drafts {
  readonly person: PersonRecords;
  readonly feedback: ReadonlyMap<string, InputDraft>;
  readonly reviewInputs: readonly { readonly reviewId: string; readonly inputs: InputDraft[] }[];
  readonly decisions: readonly DecisionDraft[];
  readonly actions: readonly ActionDraft[];
  readonly words: ReadonlyMap<string, InputDraft>;
  readonly measurements: readonly Measurement[];
  readonly loose: LooseStep[];
  readonly order: ReadonlyMap<string, number>;
}

function draftsOf(ctx: ThreadContext, person: PersonRecords): Drafts {
  const ids = new IdRegistry();
  const known = new Set(person.outcomes.map((o) => o.id));
  const feedback = feedbackInputs(ctx, ids, person.feedback);
  const decisions: DecisionDraft[] = [];
  const actions: ActionDraft[] = [];
  const loose: LooseStep[] = [];
  const inputsOfReviews = person.reviews.map((review) => {
    const inputs = reviewInputs(ctx, ids, review, known);
    const named = [
      ...(review.feedbackAnswered ?? []),
      ...(review.actions ?? []).flatMap((a) => a.feedbackIds ?? []),
    ];
    const answered = [...new Set(named)].flatMap((id) => {
      const f = feedback.get(id);
      return f !== undefined && f.link.on <= review.on ? [f.link.id] : [];
    });
    const drafts = reviewDrafts(ctx, ids, review, [...inputs.map((i) => i.link.id), ...answered]);
    decisions.push(...drafts.decisions);
    actions.push(...drafts.actions);
    loose.push(...drafts.loose);
    return { reviewId: review.id, inputs };
  });
  for (const action of person.actions) {
    const drafts = standaloneDrafts(ctx, ids, action, feedback);
    if ('kind' in drafts) loose.push(drafts);
    else {
      decisions.push(drafts.decision);
      actions.push(drafts.action);
    }
  }
  const words = new Map<string, InputDraft>();
  for (const outcome of person.outcomes) {
    const on = wordsDay(outcome, decisions);
    if (on !== null) words.set(outcome.id, wordsInput(ctx, ids, outcome, on));
  }
  const measurements = person.outcomes.flatMap((o) => measurementsOf(ids, o, person.reviews));
  return {
    person,
    feedback,
    reviewInputs: inputsOfReviews,
    decisions,
    actions,
    words,
    measurements,
    loose,
    order: ids.order,
  };
}

/**
 * The day an outcome's words count from: its start, else the first day someone agreed it,
 * else the first decision about it. `null` when no decision is about it.
 */
function wordsDay(outcome: Outcome, decisions: readonly DecisionDraft[]): IsoDate | null {
  const about = decisions.filter((d) => d.outcomes.includes(outcome.id)).map((d) => d.on);
  if (about.length === 0) return null;
  const agreed = (outcome.agreements ?? []).map((a) => a.on);
  const earliest = (days: readonly IsoDate[]) => [...days].sort(compareText)[0] as IsoDate;
  return outcome.timeframe?.start ?? (agreed.length > 0 ? earliest(agreed) : earliest(about));
}

/** What each decision is based on, given the checks: its inputs, the words and follow-ups. */
function basesOf(drafts: Drafts, checks: readonly CheckOf[]): Map<string, string[]> {
  const known = new Set(drafts.person.outcomes.map((o) => o.id));
  const checksOf = new Map<string, CheckOf[]>();
  const checksAt = new Map<string, CheckOf[]>();
  for (const c of checks) {
    push(checksOf, c.measurement.outcomeId, c);
    if (c.measurement.reviewId !== null) push(checksAt, c.measurement.reviewId, c);
  }
  const decidedOn = new Map<string, IsoDate[]>();
  for (const d of drafts.decisions) for (const id of new Set(d.outcomes)) push(decidedOn, id, d.on);
  const out = new Map<string, string[]>();
  for (const d of drafts.decisions) {
    const bases = new Set(d.inputs);
    for (const id of d.outcomes) {
      const words = drafts.words.get(id);
      if (words !== undefined && words.link.on <= d.on) bases.add(words.link.id);
      const since = latestBefore(decidedOn.get(id) ?? [], d.on);
      for (const c of checksOf.get(id) ?? []) {
        const on = c.measurement.on;
        if (on <= d.on && (since === null || on > since)) bases.add(c.link.id);
      }
    }
    if (d.reviewId !== null && !d.outcomes.some((id) => known.has(id))) {
      for (const c of checksAt.get(d.reviewId) ?? []) bases.add(c.link.id);
    }
    out.set(d.id, [...bases].slice(0, 200));
  }
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The latest day before `on`, or `null`. */
function latestBefore(days: readonly IsoDate[], on: IsoDate): IsoDate | null {
  let last: IsoDate | null = null;
  for (const day of days) if (day < on && (last === null || day > last)) last = day;
  return last;
}

/**
 * Which decisions can be linked to something said, which actions carry out one of them, and
 * the checks of those actions — found together, since a decision may rest only on a check.
 */
function settle(ctx: ThreadContext, drafts: Drafts) {
  let actions = [...drafts.actions];
  for (;;) {
    const { checks, loose } = checksFor(ctx.level, drafts.measurements, actions);
    const bases = basesOf(drafts, checks);
    const anchored = new Set(
      drafts.decisions.filter((d) => (bases.get(d.id) ?? []).length > 0).map((d) => d.id),
    );
    const kept = actions.filter((a) => a.link.decisionIds.some((id) => anchored.has(id)));
    if (kept.length === actions.length) return { actions, checks, loose, bases, anchored };
    actions = kept;
  }
}

/**
 * Derives the evidence a person's everyday records hold: one chain at individual level
 * (inputs, decisions, actions, checks), the steps that have nothing to link to, and the
 * decisions and actions nothing said can be linked to.
 */
export function deriveThread(personId: string, records: EverydayRecords): Derivation {
  const ctx: ThreadContext = { personId, level: { kind: 'individual', personId } };
  const drafts = draftsOf(ctx, personRecords(personId, records));
  const settled = settle(ctx, drafts);
  const decisions = drafts.decisions.filter((d) => settled.anchored.has(d.id));
  const inputs = chainInputs(drafts, decisions, settled.bases);
  const outcomesOf = relevance(drafts, inputs, decisions, settled);
  const byId = new Map(inputs.map((i) => [i.link.id, i.link]));
  const links: EvidenceLink[] = [
    // An input names the outcomes it concerns, so a copy of the chain keeps the thread.
    ...inputs.map((i) => {
      const named = (outcomesOf.get(i.link.id) ?? []).slice(0, 50);
      return named.length === 0 ? i.link : { ...i.link, outcomeIds: [...named] };
    }),
    ...decisions.map((d) => decisionLink(ctx, d, settled.bases.get(d.id) ?? [], byId)),
    ...settled.actions.map((a) => ({
      ...a.link,
      decisionIds: a.link.decisionIds.filter((id) => settled.anchored.has(id)),
    })),
    ...settled.checks.map((c) => c.link),
  ].sort(byDayAndKind);
  const chainId = fitId(`everyday:${personId}`);
  const chain: EvidenceChain | null =
    links.length === 0
      ? null
      : {
          id: chainId,
          title: 'From everyday records: reviews, feedback, actions and ratings',
          level: ctx.level,
          links,
        };
  const { loose, unlinked } = outside(drafts, settled, inputs);
  return {
    outcomes: drafts.person.outcomes,
    chainId,
    chain,
    outcomesOf,
    labels: new Map([...inputs.map((i) => [i.link.id, i.label] as const)]),
    loose,
    unlinked,
    order: drafts.order,
  };
}

const KIND_RANK: Readonly<Record<EvidenceLink['type'], number>> = {
  input: 0,
  decision: 1,
  action: 2,
  check: 3,
};

/**
 * Links by date, then input → decision → action → check; otherwise in the order they were
 * read (a review's views, then its answers in the order of the three questions), which is
 * fixed whatever the order the records were given in.
 */
function byDayAndKind(a: EvidenceLink, b: EvidenceLink): number {
  return compareText(a.on, b.on) || KIND_RANK[a.type] - KIND_RANK[b.type];
}

/** The inputs the chain holds: all feedback, what reviews said, and outcomes' words decided on. */
function chainInputs(
  drafts: Drafts,
  decisions: readonly DecisionDraft[],
  bases: ReadonlyMap<string, readonly string[]>,
): InputDraft[] {
  const used = new Set(decisions.flatMap((d) => bases.get(d.id) ?? []));
  const decided = new Set(decisions.flatMap((d) => (d.reviewId === null ? [] : [d.reviewId])));
  return [
    ...drafts.feedback.values(),
    ...drafts.reviewInputs.flatMap((r) =>
      r.inputs.filter((i) => i.asksForAnswer || decided.has(r.reviewId)),
    ),
    ...[...drafts.words.values()].filter((w) => used.has(w.link.id)),
  ];
}

function decisionLink(
  ctx: ThreadContext,
  d: DecisionDraft,
  basedOn: readonly string[],
  inputs: ReadonlyMap<string, InputLink>,
): DecisionLink {
  const spoke = basedOn.some((id) => inputs.get(id)?.from === 'person');
  const involvement = d.personInvolvement ?? (spoke ? 'other_means' : undefined);
  return {
    type: 'decision',
    id: d.id,
    on: d.on,
    source: d.source,
    level: ctx.level,
    ...(d.outcomes.length === 0 ? {} : { outcomeIds: d.outcomes.slice(0, 50) }),
    basedOn: [...basedOn],
    text: d.text,
    decidedBy: [...d.decidedBy],
    ...(involvement === undefined ? {} : { personInvolvement: involvement }),
  };
}

type Settled = ReturnType<typeof settle>;

/** The steps outside the chain, and the decisions and actions nothing said is linked to. */
function outside(
  drafts: Drafts,
  settled: Settled,
  inputs: readonly InputDraft[],
): { readonly loose: LooseStep[]; readonly unlinked: Unlinked[] } {
  const inChain = new Set(inputs.map((i) => i.link.id));
  const loose: LooseStep[] = [...drafts.loose, ...settled.loose];
  for (const i of drafts.reviewInputs.flatMap((r) => r.inputs)) {
    if (inChain.has(i.link.id)) continue;
    const { id, on, source } = i.link;
    loose.push({
      kind: 'input',
      id,
      on,
      source,
      text: i.label,
      outcomes: [...i.outcomes],
      ref: id,
    });
  }
  const unlinked = drafts.decisions
    .filter((d) => !settled.anchored.has(d.id))
    .map((d) => unlinkedOf(drafts, d, loose));
  const kept = new Set(settled.actions.map((a) => a.link.id));
  for (const a of drafts.actions) {
    if (kept.has(a.link.id)) continue;
    const { id, on, source, description: text } = a.link;
    loose.push({ kind: 'action', id, on, source, text, outcomes: a.outcomes, ref: id });
  }
  return { loose, unlinked };
}

/**
 * A decision nothing said is linked to, as a gap to report: a review's decision is shown as
 * a step of its own (added to `loose`); the decision an action outside a review implies is
 * reported as that action.
 */
function unlinkedOf(drafts: Drafts, d: DecisionDraft, loose: LooseStep[]): Unlinked {
  const common = { on: d.on, reviewId: d.reviewId, outcomes: d.outcomes };
  const action = drafts.actions.find((a) => a.link.decisionIds.includes(d.id));
  if (d.origin.kind === 'action' && action !== undefined) {
    const { id, description: text, dueOn } = action.link;
    return { ...common, kind: 'action', id, text, dueOn };
  }
  const { id, on, text, source, outcomes } = d;
  loose.push({ kind: 'decision', id, on, text, source, outcomes, ref: id });
  return { ...common, kind: 'decision', id, text, dueOn: null };
}

/** The person's outcomes each link concerns; an input concerns those decided on from it. */
function relevance(
  drafts: Drafts,
  inputs: readonly InputDraft[],
  decisions: readonly DecisionDraft[],
  settled: Settled,
): Map<string, readonly string[]> {
  const known = new Set(drafts.person.outcomes.map((o) => o.id));
  const out = new Map<string, Set<string>>();
  const add = (id: string, outcomes: Iterable<string>) => {
    const set = out.get(id) ?? new Set<string>();
    for (const o of outcomes) if (known.has(o)) set.add(o);
    out.set(id, set);
  };
  for (const i of inputs) add(i.link.id, i.outcomes);
  const feedback = new Map([...drafts.feedback].map(([id, f]) => [id, f.link.id]));
  const isFeedback = new Set(feedback.values());
  const isInput = new Set(inputs.map((i) => i.link.id));
  for (const d of decisions) {
    add(d.id, d.outcomes);
    // Feedback answered at a review concerns the outcomes of the actions that name it, not
    // every outcome decided on that day; a review's own words concern all it decided.
    for (const base of settled.bases.get(d.id) ?? []) {
      if (!isInput.has(base)) continue;
      if (!isFeedback.has(base) || d.origin.kind === 'action') add(base, d.outcomes);
    }
  }
  for (const a of settled.actions) {
    add(a.link.id, a.outcomes);
    for (const id of a.feedbackIds) {
      const input = feedback.get(id);
      if (input !== undefined) add(input, a.outcomes);
    }
  }
  for (const c of settled.checks) add(c.link.id, [c.measurement.outcomeId]);
  return new Map([...out].map(([id, set]) => [id, [...set].sort(compareText)]));
}
