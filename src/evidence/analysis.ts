import type { IsoDate } from '../core/index.js';
import type { ActionLink, CheckLink, DecisionLink, EvidenceLink, InputLink } from './links.js';
import type { EvidenceChain } from './schemas.js';

const RANK: Readonly<Record<EvidenceLink['type'], number>> = {
  input: 0,
  decision: 1,
  action: 2,
  check: 3,
};

/**
 * The canonical order of links: by date, then input → decision → action → check, then id
 * (by UTF-16 code units, the same on every machine).
 *
 * @internal
 */
export function compareLinks(a: EvidenceLink, b: EvidenceLink): number {
  if (a.on !== b.on) return a.on < b.on ? -1 : 1;
  if (a.type !== b.type) return RANK[a.type] - RANK[b.type];
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One link of a chain as seen on a given day, with its index in `chain.links`. @internal */
export interface Seen<L extends EvidenceLink> {
  readonly link: L;
  readonly index: number;
}

/**
 * A chain read as it stood on `asOf` (or as recorded, without `asOf`): links dated after
 * `asOf` are left out, and an action done after `asOf` counts as still open then.
 *
 * @internal
 */
export interface ChainView {
  readonly inputs: Seen<InputLink>[];
  readonly decisions: Seen<DecisionLink>[];
  readonly actions: Seen<ActionLink>[];
  readonly checks: Seen<CheckLink>[];
  /** Decisions answering each input or following up each check, by that link's id. */
  readonly decisionsOf: ReadonlyMap<string, Seen<DecisionLink>[]>;
  /** Actions carrying out each decision. */
  readonly actionsOf: ReadonlyMap<string, Seen<ActionLink>[]>;
  /** Checks of each action. */
  readonly checksOf: ReadonlyMap<string, Seen<CheckLink>[]>;
}

/** Whether an action counts as done on `asOf` (always by its status without `asOf`). @internal */
export function isDone(action: ActionLink, asOf?: IsoDate): boolean {
  return (
    action.status === 'done' &&
    (asOf === undefined || (action.completedOn !== undefined && action.completedOn <= asOf))
  );
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** @internal */
export function viewChain(chain: EvidenceChain, asOf?: IsoDate): ChainView {
  const view = {
    inputs: [] as Seen<InputLink>[],
    decisions: [] as Seen<DecisionLink>[],
    actions: [] as Seen<ActionLink>[],
    checks: [] as Seen<CheckLink>[],
    decisionsOf: new Map<string, Seen<DecisionLink>[]>(),
    actionsOf: new Map<string, Seen<ActionLink>[]>(),
    checksOf: new Map<string, Seen<CheckLink>[]>(),
  };
  for (const [index, link] of chain.links.entries()) {
    if (asOf !== undefined && link.on > asOf) continue;
    switch (link.type) {
      case 'input':
        view.inputs.push({ link, index });
        break;
      case 'decision':
        view.decisions.push({ link, index });
        for (const id of new Set(link.basedOn)) push(view.decisionsOf, id, { link, index });
        break;
      case 'action':
        view.actions.push({ link, index });
        for (const id of new Set(link.decisionIds)) push(view.actionsOf, id, { link, index });
        break;
      case 'check':
        view.checks.push({ link, index });
        for (const id of new Set(link.actionIds)) push(view.checksOf, id, { link, index });
        break;
      default:
        link satisfies never;
    }
  }
  return view;
}

/** Where a chain has stopped, link by link (no time allowances). @internal */
export interface ChainGaps {
  readonly inputsWithoutDecision: Seen<InputLink>[];
  readonly decisionsWithoutAction: Seen<DecisionLink>[];
  readonly actionsNotDone: Seen<ActionLink>[];
  readonly actionsUnchecked: Seen<ActionLink>[];
  readonly checksWithoutFollowUp: Seen<CheckLink>[];
  readonly decisionsWithoutPerson: Seen<DecisionLink>[];
}

/** @internal */
export function gapsOf(view: ChainView, asOf?: IsoDate): ChainGaps {
  return {
    inputsWithoutDecision: view.inputs.filter((s) => !view.decisionsOf.has(s.link.id)),
    decisionsWithoutAction: view.decisions.filter((s) => !view.actionsOf.has(s.link.id)),
    actionsNotDone: view.actions.filter(
      (s) => s.link.status !== 'dropped' && !isDone(s.link, asOf),
    ),
    actionsUnchecked: view.actions.filter(
      (s) => isDone(s.link, asOf) && !view.checksOf.has(s.link.id),
    ),
    checksWithoutFollowUp: view.checks.filter(
      (s) => s.link.result !== 'worked' && !view.decisionsOf.has(s.link.id),
    ),
    decisionsWithoutPerson: view.decisions.filter(
      (s) =>
        s.link.level.kind === 'individual' &&
        (s.link.personInvolvement === undefined || s.link.personInvolvement === 'not_involved'),
    ),
  };
}

/** Whether a chain has no gap at all. @internal */
export function isComplete(gaps: ChainGaps): boolean {
  return Object.values(gaps).every((list: readonly unknown[]) => list.length === 0);
}

/** The furthest kind of link a chain holds. @internal */
export function stageOf(view: ChainView): EvidenceLink['type'] {
  if (view.checks.length > 0) return 'check';
  if (view.actions.length > 0) return 'action';
  if (view.decisions.length > 0) return 'decision';
  return 'input';
}
