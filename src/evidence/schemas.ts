import * as z from 'zod';
import {
  createParser,
  IdSchema,
  IsoDateSchema,
  type IssueDefinition,
  isIsoDate,
  textSchema,
} from '../core/index.js';
import { reportIssue } from '../core/internal/index.js';
import { ExpressedBySchema } from '../outcomes/index.js';
import {
  actionIssueCatalogue,
  PersonInvolvementSchema,
  refineActionDates,
} from '../reviews/index.js';
import { EvidenceCategorySchema, KeyQuestionSchema, QualityStatementSchema } from './cqc.js';

// ---------------------------------------------------------------------------------------------
// Parts shared by every link
// ---------------------------------------------------------------------------------------------

/**
 * Who a link (or a chain) is evidence about: one person (`individual`), one service
 * (`service`), or the provider as a whole (`organisation`, its governance).
 *
 * @example
 * ```ts
 * EvidenceLevelSchema.parse({ kind: 'service', serviceId: 'elm-house' });
 * ```
 * @category Evidence
 */
export const EvidenceLevelSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** One person. */
    kind: z.literal('individual'),
    /** The host's id for the person. */
    personId: IdSchema,
  }),
  z.strictObject({
    /** One service. */
    kind: z.literal('service'),
    /** The host's id for the service. */
    serviceId: IdSchema,
  }),
  z.strictObject({
    /** The provider as a whole: governance. */
    kind: z.literal('organisation'),
  }),
]);

/**
 * The kinds of host record a link can come from.
 *
 * @example
 * ```ts
 * SourceRecordKindSchema.options.includes('quality_meeting_minutes'); // => true
 * ```
 * @category Evidence
 */
export const SourceRecordKindSchema = z.enum([
  'supervision_note',
  'care_plan',
  'daily_note',
  'review',
  'feedback_record',
  'complaint_record',
  'survey',
  'quality_meeting_minutes',
  'audit',
  'governance_report',
  'other',
]);

/**
 * The host record a link came from: its kind and the host's id for it.
 *
 * @example
 * ```ts
 * SourceRecordSchema.parse({ kind: 'quality_meeting_minutes', id: 'qm-2026-08' });
 * ```
 * @category Evidence
 */
export const SourceRecordSchema = z.strictObject({
  /** What kind of record. */
  kind: SourceRecordKindSchema,
  /** The host's id for it. */
  id: IdSchema,
});

/**
 * The CQC tags of a link: key questions, quality statements and evidence categories. Each
 * list is optional; a chain's tags are the union of its links' tags.
 *
 * @example
 * ```ts
 * EvidenceTagsSchema.parse({
 *   qualityStatements: ['listening_to_and_involving_people'],
 *   evidenceCategories: ['peoples_experience'],
 * });
 * ```
 * @category Evidence
 */
export const EvidenceTagsSchema = z.strictObject({
  /** Key questions. */
  keyQuestions: z.array(KeyQuestionSchema).max(5).optional(),
  /** Quality statements. */
  qualityStatements: z.array(QualityStatementSchema).max(34).optional(),
  /** Evidence categories. */
  evidenceCategories: z.array(EvidenceCategorySchema).max(6).optional(),
});

const ids = z.array(IdSchema).min(1).max(200);

const base = {
  /** The host's id for the link, unique within the chain. */
  id: IdSchema,
  /** The day it happened (UK calendar date). */
  on: IsoDateSchema,
  /** The host record it came from. */
  source: SourceRecordSchema,
  /** Who it is about. */
  level: EvidenceLevelSchema,
  /** CQC tags. */
  tags: EvidenceTagsSchema.optional(),
  /** The person's outcomes it concerns, if any. */
  outcomeIds: z.array(IdSchema).max(50).optional(),
};

// ---------------------------------------------------------------------------------------------
// The four kinds of link
// ---------------------------------------------------------------------------------------------

/**
 * An input: what someone said — feedback, a view, a complaint, a survey answer or lived
 * experience — who said it, and their words.
 *
 * @example
 * ```ts
 * InputLinkSchema.parse({
 *   type: 'input', id: 'in-aisha', on: '2026-06-03', kind: 'feedback', from: 'person',
 *   words: 'I want a drink from the kitchen at night',
 *   source: { kind: 'feedback_record', id: 'fb-118' },
 *   level: { kind: 'individual', personId: 'p-aisha' },
 * });
 * ```
 * @category Evidence
 */
export const InputLinkSchema = z.strictObject({
  /** Always `input`. */
  type: z.literal('input'),
  ...base,
  /** What kind of input. */
  kind: z.enum(['feedback', 'view', 'complaint', 'survey_answer', 'lived_experience']),
  /** Who said it: the person, family, an advocate or staff. */
  from: ExpressedBySchema,
  /** Their words, kept exactly as given. */
  words: textSchema({ max: 4000 }),
});

/**
 * A decision: what was agreed and why, who decided, whether the person took part, and the
 * inputs (or checks, for a follow-up decision) it answers.
 *
 * @example
 * ```ts
 * DecisionLinkSchema.parse({
 *   type: 'decision', id: 'dec-kitchen', on: '2026-06-20', basedOn: ['in-aisha', 'in-ben'],
 *   text: 'Open the kitchen at night; Ben gets his own plan', grounds: ['proportionality'],
 *   decidedBy: ['Registered manager', 'House meeting'],
 *   source: { kind: 'quality_meeting_minutes', id: 'qm-06' },
 *   level: { kind: 'service', serviceId: 'elm-house' },
 * });
 * ```
 * @category Evidence
 */
export const DecisionLinkSchema = z.strictObject({
  /** Always `decision`. */
  type: z.literal('decision'),
  ...base,
  /** The input links it answers, or the check links it follows up. At least one. */
  basedOn: ids,
  /** What was agreed, and why. */
  text: textSchema({ max: 4000 }),
  /** What the decision weighed: `priorities`, `risk`, `proportionality`. */
  grounds: z
    .array(z.enum(['priorities', 'risk', 'proportionality']))
    .max(3)
    .optional(),
  /** Who decided (roles or names). */
  decidedBy: z
    .array(textSchema({ max: 200 }))
    .min(1)
    .max(30),
  /** How the person took part; for an individual-level decision, say it. */
  personInvolvement: PersonInvolvementSchema.optional(),
});

/**
 * What an action changes in day-to-day practice.
 *
 * @example
 * ```ts
 * ActionKindSchema.options; // => ['staff_guidance', 'plan', 'routine', 'environment', 'rota', 'other']
 * ```
 * @category Evidence
 */
export const ActionKindSchema = z.enum([
  'staff_guidance',
  'plan',
  'routine',
  'environment',
  'rota',
  'other',
]);

/**
 * An action: what changed in day-to-day practice, who owns it, when it is due and when it
 * was done, and the decisions it carries out. `on` is the day it was agreed.
 *
 * @example
 * ```ts
 * ActionLinkSchema.parse({
 *   type: 'action', id: 'act-open', on: '2026-06-20', decisionIds: ['dec-kitchen'],
 *   kind: 'environment', description: 'Take the lock off the kitchen door',
 *   owner: 'Registered manager', dueOn: '2026-07-01', status: 'done', completedOn: '2026-06-28',
 *   source: { kind: 'governance_report', id: 'gr-q2' }, level: { kind: 'service', serviceId: 'elm-house' },
 * });
 * ```
 * @category Evidence
 */
export const ActionLinkSchema = z.strictObject({
  /** Always `action`. */
  type: z.literal('action'),
  ...base,
  /** The decisions it carries out. At least one. */
  decisionIds: ids,
  /** What it changes. */
  kind: ActionKindSchema,
  /** What will be done. */
  description: textSchema({ max: 4000 }),
  /** Who owns it (a role or a name). */
  owner: textSchema({ max: 200 }),
  /** The day it is due by. */
  dueOn: IsoDateSchema,
  /** `open`, `done`, or `dropped` (decided against; say why in `note`). */
  status: z.enum(['open', 'done', 'dropped']),
  /** The day it was done: with status `done`, and only then. */
  completedOn: IsoDateSchema.optional(),
  /** Anything else, such as why it was dropped. */
  note: textSchema({ max: 2000 }).optional(),
});

/**
 * A check: how a change was verified — an audit, outcome data, follow-up feedback, a spot
 * check or an observation — and whether it worked.
 *
 * @example
 * ```ts
 * CheckLinkSchema.parse({
 *   type: 'check', id: 'chk-1', on: '2026-08-01', actionIds: ['act-open'],
 *   method: 'follow_up_feedback', result: 'worked', summary: 'All three say the kitchen is open',
 *   source: { kind: 'audit', id: 'au-7' }, level: { kind: 'service', serviceId: 'elm-house' },
 * });
 * ```
 * @category Evidence
 */
export const CheckLinkSchema = z.strictObject({
  /** Always `check`. */
  type: z.literal('check'),
  ...base,
  /** The actions it checks. At least one. */
  actionIds: ids,
  /** How it was checked. */
  method: z.enum(['audit', 'outcome_data', 'follow_up_feedback', 'spot_check', 'observation']),
  /** `worked`, `partly` or `did_not_work`. */
  result: z.enum(['worked', 'partly', 'did_not_work']),
  /** What was found. */
  summary: textSchema({ max: 4000 }),
});

/**
 * Any link of an evidence chain: an input, a decision, an action or a check, told apart by
 * `type`.
 *
 * @example
 * ```ts
 * EvidenceLinkSchema.parse(row).type; // => 'input' | 'decision' | 'action' | 'check'
 * ```
 * @category Evidence
 */
export const EvidenceLinkSchema = z.discriminatedUnion('type', [
  InputLinkSchema,
  DecisionLinkSchema,
  ActionLinkSchema,
  CheckLinkSchema,
]);

// ---------------------------------------------------------------------------------------------
// The chain
// ---------------------------------------------------------------------------------------------

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
 * `completed_on_without_done`, see {@link refineActionDates}); and the chain holds at least one input
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
        issue(ctx, 'chain_missing_link', at, { id: ref });
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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

// ---------------------------------------------------------------------------------------------
// Parse issue codes
// ---------------------------------------------------------------------------------------------

/**
 * A parse issue code that evidence chains add to the core codes.
 *
 * @example
 * ```ts
 * const code: EvidenceIssueCode = 'chain_missing_link';
 * ```
 * @category Evidence
 */
export type EvidenceIssueCode =
  | 'chain_duplicate_id'
  | 'chain_missing_link'
  | 'chain_wrong_link_kind'
  | 'chain_link_out_of_order'
  | 'chain_cycle'
  | 'chain_without_input';

const issueDefinitions = Object.freeze({
  chain_duplicate_id: {
    message: '{field} repeats the id "{id}" of another link in this chain.',
    description: 'Two links of one chain share an id.',
  },
  chain_missing_link: {
    message: '{field} refers to "{id}", which is not a link in this chain.',
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
} satisfies Record<EvidenceIssueCode, IssueDefinition>);

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
export const evidenceIssueCatalogue: Readonly<Record<EvidenceIssueCode, IssueDefinition>> =
  issueDefinitions;

function issue(
  ctx: z.core.$RefinementCtx<unknown>,
  code: EvidenceIssueCode,
  path: (string | number)[],
  details: Record<string, unknown> = {},
): void {
  reportIssue(ctx, issueDefinitions, code, path, details);
}

// ---------------------------------------------------------------------------------------------
// Types and parsers
// ---------------------------------------------------------------------------------------------

/**
 * Who a link or chain is about. Derived from {@link EvidenceLevelSchema}.
 *
 * @example
 * ```ts
 * const level: EvidenceLevel = { kind: 'individual', personId: 'p-aisha' };
 * ```
 * @category Evidence
 */
export type EvidenceLevel = z.output<typeof EvidenceLevelSchema>;

/**
 * A link's source record. Derived from {@link SourceRecordSchema}.
 *
 * @example
 * ```ts
 * const source: SourceRecord = { kind: 'audit', id: 'au-7' };
 * ```
 * @category Evidence
 */
export type SourceRecord = z.output<typeof SourceRecordSchema>;

/**
 * A link's CQC tags. Derived from {@link EvidenceTagsSchema}.
 *
 * @example
 * ```ts
 * const tags: EvidenceTags = { qualityStatements: ['person_centred_care'] };
 * ```
 * @category Evidence
 */
export type EvidenceTags = z.output<typeof EvidenceTagsSchema>;

/**
 * An input link. Derived from {@link InputLinkSchema}.
 *
 * @example
 * ```ts
 * const words = (link as InputLink).words;
 * ```
 * @category Evidence
 */
export type InputLink = z.output<typeof InputLinkSchema>;

/**
 * A decision link. Derived from {@link DecisionLinkSchema}.
 *
 * @example
 * ```ts
 * const decided = (link as DecisionLink).text;
 * ```
 * @category Evidence
 */
export type DecisionLink = z.output<typeof DecisionLinkSchema>;

/**
 * An action link. Derived from {@link ActionLinkSchema}.
 *
 * @example
 * ```ts
 * const open = chain.links.filter((l): l is ActionLink => l.type === 'action' && l.status === 'open');
 * ```
 * @category Evidence
 */
export type ActionLink = z.output<typeof ActionLinkSchema>;

/**
 * A check link. Derived from {@link CheckLinkSchema}.
 *
 * @example
 * ```ts
 * const worked = (link as CheckLink).result === 'worked';
 * ```
 * @category Evidence
 */
export type CheckLink = z.output<typeof CheckLinkSchema>;

/**
 * Any link. Derived from {@link EvidenceLinkSchema}.
 *
 * @example
 * ```ts
 * for (const link of chain.links) if (link.type === 'input') quote(link.words);
 * ```
 * @category Evidence
 */
export type EvidenceLink = z.output<typeof EvidenceLinkSchema>;

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
  issues: { ...actionIssueCatalogue, ...issueDefinitions },
});

/**
 * Parses one link from untrusted input (its own shape only; references are checked when
 * it joins a chain).
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, issues }`; never throws.
 * @example
 * ```ts
 * parseEvidenceLink({ type: 'check', id: 'chk-1' }).success; // => false
 * ```
 * @category Evidence
 */
export const parseEvidenceLink = createParser(EvidenceLinkSchema, { issues: issueDefinitions });
