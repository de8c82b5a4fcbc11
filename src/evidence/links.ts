import * as z from 'zod';
import { createParser, IsoDateSchema, textSchema } from '../core/index.js';
import { ExpressedBySchema } from '../outcomes/index.js';
import { PersonInvolvementSchema } from '../reviews/index.js';
import { linkBase, linkIds } from './link-parts.js';

// The four kinds of link of an evidence chain — input, decision, action, check — each type
// beside its schema, and the parser of one link.

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
  ...linkBase,
  /** What kind of input. */
  kind: z.enum(['feedback', 'view', 'complaint', 'survey_answer', 'lived_experience']),
  /** Who said it: the person, family, an advocate or staff. */
  from: ExpressedBySchema,
  /** Their words, kept exactly as given. */
  words: textSchema({ max: 4000 }),
});

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
  ...linkBase,
  /** The input links it answers, or the check links it follows up. At least one. */
  basedOn: linkIds,
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
  ...linkBase,
  /** The decisions it carries out. At least one. */
  decisionIds: linkIds,
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
  ...linkBase,
  /** The actions it checks. At least one. */
  actionIds: linkIds,
  /** How it was checked. */
  method: z.enum(['audit', 'outcome_data', 'follow_up_feedback', 'spot_check', 'observation']),
  /** `worked`, `partly` or `did_not_work`. */
  result: z.enum(['worked', 'partly', 'did_not_work']),
  /** What was found. */
  summary: textSchema({ max: 4000 }),
});

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
export const parseEvidenceLink = createParser(EvidenceLinkSchema);
