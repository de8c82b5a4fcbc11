import * as z from 'zod';
import {
  createParser,
  IdSchema,
  type IsoDate,
  type IssueCatalogue,
  isIsoDate,
  type NoDetails,
  type ParseIssueOf,
  textSchema,
} from '../core/index.js';
import { deepFreeze, isRecord, issueReporter, list } from '../core/internal/index.js';
import {
  type ActionIssueDetails,
  actionIssueCatalogue,
  refineActionDates,
} from '../reviews/index.js';
import { EvidenceLevelSchema } from './link-parts.js';
import { EvidenceLinkSchema } from './links.js';

// The evidence chain: its schema, the checks across its links (references, dates, loops) and
// the parse issues they report. The links themselves are in `links.ts`, their shared parts in
// `link-parts.ts`.

type LinkType = 'input' | 'decision' | 'action' | 'check';

/** What each kind of link may refer to, through which field. */
const REFERS: Readonly<Record<LinkType, { field: string; to: readonly LinkType[] } | null>> = {
  input: null,
  decision: { field: 'basedOn', to: ['input', 'check'] },
  action: { field: 'decisionIds', to: ['decision'] },
  check: { field: 'actionIds', to: ['action'] },
};

/**
 * An evidence chain: what people said → what was decided → what changed → how it was
 * checked, as a list of links that refer to earlier links by id.
 *
 * @remarks Besides each link's own shape, the schema checks the chain as a whole, reporting
 * every problem: ids are unique (`chain_duplicate_id`); every id referred to exists
 * (`chain_missing_link`) and is of the right kind — a decision answers inputs or checks, an
 * action carries out decisions, a check checks actions (`chain_wrong_link_kind`); no link is
 * dated before a link it refers to (`chain_link_out_of_order`); the references never loop
 * (`chain_cycle`); an action's dates are consistent — the one action rule of reviews
 * (`action_due_before_agreed`, `action_done_before_agreed`, `done_without_completed_on`,
 * `completed_on_without_done`, see {@link refineActionDates}); and the chain holds at least
 * one input
 * (`chain_without_input`). Cycle detection is iterative: any input ends in bounded time.
 * @example
 * ```ts
 * const result = parseEvidenceChain(row);
 * if (result.success) checkEvidenceChain(result.data, { asOf: '2026-11-23' });
 * ```
 * @category Evidence
 */
export const EvidenceChainSchema = z
  .strictObject({
    /** The host's id for the chain. */
    id: IdSchema,
    /** A short name for what the chain is about ("Kitchen locked at night"). */
    title: textSchema({ max: 200 }),
    /** The level the chain is evidence at (its links may be about individuals). */
    level: EvidenceLevelSchema,
    /** The links, in any order. */
    links: z.array(EvidenceLinkSchema).min(1).max(2000),
  })
  .superRefine((chain: unknown, ctx) => checkChainLinks(ctx, chain), { when: () => true });

/**
 * An evidence chain. Derived from {@link EvidenceChainSchema}.
 *
 * @example
 * ```ts
 * const chain: EvidenceChain = parsed.data;
 * ```
 * @category Evidence
 */
export type EvidenceChain = z.output<typeof EvidenceChainSchema>;

function checkChainLinks(ctx: z.core.$RefinementCtx<unknown>, chain: unknown): void {
  if (!isRecord(chain) || !Array.isArray(chain['links'])) return;
  const links = chain['links'];
  const byId = new Map<string, { index: number; type: LinkType; on: unknown }>();
  let inputs = 0;
  for (const [index, link] of links.entries()) {
    if (!isRecord(link)) continue;
    const { id, type, on } = link;
    if (typeof id !== 'string' || !isLinkType(type)) continue;
    if (type === 'input') inputs += 1;
    if (byId.has(id)) issue(ctx, 'chain_duplicate_id', ['links', index, 'id'], { id });
    else byId.set(id, { index, type, on });
    if (type === 'action') refineActionDates(ctx, link, ['links', index], on);
  }
  if (inputs === 0 && byId.size > 0) issue(ctx, 'chain_without_input', ['links']);
  const edges = new Map<string, string[]>();
  for (const [index, link] of links.entries()) {
    if (!isRecord(link) || !isLinkType(link['type']) || typeof link['id'] !== 'string') continue;
    const rule = REFERS[link['type']];
    if (rule === null) continue;
    const targets: string[] = [];
    for (const [k, ref] of list(link[rule.field]).entries()) {
      if (typeof ref !== 'string') continue;
      const at = ['links', index, rule.field, k];
      const target = byId.get(ref);
      if (target === undefined) {
        issue(ctx, 'chain_missing_link', at);
        continue;
      }
      if (!rule.to.includes(target.type)) {
        issue(ctx, 'chain_wrong_link_kind', at, {
          id: ref,
          found: target.type,
          expected: rule.to.join(' or '),
        });
        continue;
      }
      targets.push(ref);
      const on = link['on'];
      if (isIsoDate(on) && isIsoDate(target.on) && on < target.on) {
        issue(ctx, 'chain_link_out_of_order', ['links', index, 'on'], {
          id: ref,
          targetOn: target.on,
        });
      }
    }
    if (byId.get(link['id'])?.index === index) edges.set(link['id'], targets);
  }
  const cycle = findCycle(edges);
  if (cycle !== null) {
    const index = byId.get(cycle[0] as string)?.index ?? 0;
    issue(ctx, 'chain_cycle', ['links', index], { ids: cycle.join(' → ') });
  }
}

/**
 * A cycle in the reference graph (as the ids along it, first repeated at the end), or `null`.
 * Iterative depth-first search with three colours: O(links + references), no recursion.
 */
function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 1 | 2>();
  for (const start of [...edges.keys()].sort()) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const targets = edges.get(top.id) ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const target = targets[top.next] as string;
      top.next += 1;
      const seen = state.get(target);
      if (seen === 1) {
        const from = stack.findIndex((frame) => frame.id === target);
        return [...stack.slice(from).map((frame) => frame.id), target];
      }
      if (seen === undefined) {
        state.set(target, 1);
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return null;
}

function isLinkType(v: unknown): v is LinkType {
  return v === 'input' || v === 'decision' || v === 'action' || v === 'check';
}

// ---------------------------------------------------------------------------------------------
// Parse issue codes
// ---------------------------------------------------------------------------------------------

/**
 * The details each parse issue of an evidence chain carries, by code (the fields beyond
 * `code`, `path` and `message`).
 *
 * @example
 * ```ts
 * const details: EvidenceIssueDetails['chain_wrong_link_kind'] = {
 *   id: 'act-open', found: 'action', expected: 'input or check',
 * };
 * ```
 * @category Evidence
 */
export interface EvidenceIssueDetails {
  /** Two links share an id. */
  readonly chain_duplicate_id: {
    /** The id used twice. */
    readonly id: string;
  };
  /**
   * A reference to an id the chain does not hold. The id itself is not repeated (it is
   * input the chain does not know, and issues never copy input); `path` says where it is.
   */
  readonly chain_missing_link: NoDetails;
  /** A reference to the wrong kind of link. */
  readonly chain_wrong_link_kind: {
    /** The id referred to. */
    readonly id: string;
    /** The kind of link it is. */
    readonly found: string;
    /** The kinds it must be (`input or check`, `decision`, `action`). */
    readonly expected: string;
  };
  /** A link dated before a link it refers to. */
  readonly chain_link_out_of_order: {
    /** The link referred to. */
    readonly id: string;
    /** Its date. */
    readonly targetOn: IsoDate;
  };
  /** References that loop. */
  readonly chain_cycle: {
    /** The loop, as ids joined by arrows. */
    readonly ids: string;
  };
  /** A chain with no input. */
  readonly chain_without_input: NoDetails;
}

/**
 * A parse issue code that evidence chains add to the core codes.
 *
 * @example
 * ```ts
 * const code: EvidenceIssueCode = 'chain_missing_link';
 * ```
 * @category Evidence
 */
export type EvidenceIssueCode = keyof EvidenceIssueDetails;

/**
 * A parse issue with one of the evidence-chain codes (or an action link's date codes, shared
 * with reviews: {@link ActionIssueDetails}), typed per code: `switch (issue.code)`
 * narrows its details.
 *
 * @example
 * ```ts
 * function where(issue: EvidenceParseIssue): string {
 *   return issue.code === 'chain_missing_link' ? `no link ${issue.id}` : issue.message;
 * }
 * ```
 * @category Evidence
 */
export type EvidenceParseIssue = ParseIssueOf<EvidenceIssueDetails & ActionIssueDetails>;

const issueDefinitions = deepFreeze({
  chain_duplicate_id: {
    message: '{field} repeats the id "{id}" of another link in this chain.',
    description: 'Two links of one chain share an id.',
  },
  chain_missing_link: {
    message: '{field} refers to a link that is not in this chain.',
    description: 'A decision, action or check refers to a link id the chain does not hold.',
  },
  chain_wrong_link_kind: {
    message: '{field} refers to "{id}", which is a {found}; it must refer to a {expected}.',
    description:
      'A reference to the wrong kind of link: a decision answers inputs (or follows up checks), an action carries out decisions, a check checks actions. Details: `id`, `found`, `expected`.',
  },
  chain_link_out_of_order: {
    message: '{field} is before {targetOn}, the date of "{id}" which it refers to.',
    description:
      'A link dated before a link it refers to (an action before its decision, a check before its action). Details: `id`, `targetOn`.',
  },
  chain_cycle: {
    message: '{field} is part of a loop of links that refer to each other ({ids}).',
    description:
      'The references go round in a circle (a decision following up a check of its own action). Details: `ids`, the loop.',
  },
  chain_without_input: {
    message: '{field} holds no input: a chain starts from what people said.',
    description: 'A chain with decisions, actions or checks but no input link.',
  },
} satisfies IssueCatalogue<EvidenceIssueDetails>);

/**
 * The parse issue codes evidence chains add, with their messages.
 *
 * - `chain_duplicate_id`: two links share an id.
 * - `chain_missing_link`: a reference to an id the chain does not hold.
 * - `chain_wrong_link_kind`: a reference to the wrong kind of link.
 * - `chain_link_out_of_order`: a link dated before a link it refers to.
 * - `chain_cycle`: references that loop.
 * - `chain_without_input`: no input link.
 *
 * An action link's dates and status are checked by the same rule as a review's actions, with
 * the codes of {@link actionIssueCatalogue}.
 *
 * @example
 * ```ts
 * evidenceIssueCatalogue.chain_cycle.description;
 * ```
 * @category Evidence
 */
export const evidenceIssueCatalogue: IssueCatalogue<EvidenceIssueDetails> = issueDefinitions;

const issue = issueReporter(issueDefinitions);

/**
 * Parses an evidence chain from untrusted input, checking every link and every reference.
 *
 * @param input - Anything, such as a stored document.
 * @returns `{ success: true, data }` or `{ success: false, issues }`; never throws, and ends
 * in bounded time whatever the references (loops are reported as `chain_cycle`).
 * @example
 * ```ts
 * const result = parseEvidenceChain(JSON.parse(stored));
 * if (!result.success) result.issues.map((i) => i.code); // e.g. ['chain_missing_link']
 * ```
 * @category Evidence
 */
export const parseEvidenceChain = createParser(EvidenceChainSchema, {
  issues: { ...actionIssueCatalogue, ...evidenceIssueCatalogue },
});
