import { produce } from 'immer';
import * as z from 'zod';
import { createParser, IdSchema, type ParseIssue, type Result, textSchema } from '../core/index.js';
import { EvidenceLevelSchema } from './link-parts.js';
import { InputLinkSchema } from './links.js';
import { type EvidenceChain, parseEvidenceChain } from './schemas.js';

/**
 * What {@link startChain} needs: the chain's id, title and level, and the first input.
 *
 * @example
 * ```ts
 * const start: StartChainInput = {
 *   id: 'ch-kitchen', title: 'Kitchen locked at night', level: { kind: 'service', serviceId: 'elm-house' },
 *   input: { id: 'in-aisha', on: '2026-06-03', kind: 'feedback', from: 'person', words: '…', source, level },
 * };
 * ```
 * @category Evidence
 */
export interface StartChainInput {
  /** The host's id for the chain. */
  readonly id: string;
  /** A short name for what it is about. */
  readonly title: string;
  /** The level the chain is evidence at. */
  readonly level: z.input<typeof EvidenceLevelSchema>;
  /** The first input (without `type`, which is set for you). */
  readonly input: Omit<z.input<typeof InputLinkSchema>, 'type'>;
}

/** What `startChain` reads: the chain's own fields and its first input. */
const StartChainInputSchema = z.strictObject({
  id: IdSchema,
  title: textSchema({ max: 200 }),
  level: EvidenceLevelSchema,
  input: InputLinkSchema.extend({ type: z.literal('input').optional() }),
});

const parseStart = createParser(StartChainInputSchema);

/**
 * Starts an evidence chain from what someone said.
 *
 * @remarks The argument is read like untrusted input, by the parser alone: anything wrong
 * gives issues (paths relative to the argument: `['input', 'on']`), never a throw — `null`
 * gives `required`, a value whose getter throws gives `unreadable_input`. The input may carry
 * `type: 'input'`; any other type is refused. The chain returned is new and deeply frozen.
 * @param start - The chain's id, title, level and first input.
 * @returns `{ success: true, data }` with a one-link chain, or `{ success: false, issues }`.
 * @example
 * ```ts
 * const result = startChain({
 *   id: 'ch-kitchen', title: 'Kitchen locked at night',
 *   level: { kind: 'service', serviceId: 'elm-house' },
 *   input: {
 *     id: 'in-aisha', on: '2026-06-03', kind: 'feedback', from: 'person',
 *     words: 'I want a drink from the kitchen at night',
 *     source: { kind: 'feedback_record', id: 'fb-118' }, level: { kind: 'individual', personId: 'p-aisha' },
 *   },
 * });
 * ```
 * @category Evidence
 */
export function startChain(start: StartChainInput): Result<EvidenceChain, ParseIssue> {
  const parsed = parseStart(start);
  if (!parsed.success) return parsed;
  const { input, ...rest } = parsed.data;
  const chain = parseEvidenceChain({ ...rest, links: [{ ...input, type: 'input' }] });
  if (!chain.success) return chain;
  const copy = JSON.parse(JSON.stringify(chain.data)) as EvidenceChain;
  return { success: true, data: produce(copy, () => {}) };
}
