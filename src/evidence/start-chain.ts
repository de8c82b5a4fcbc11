import { produce } from 'immer';
import type * as z from 'zod';
import type { ParseIssue, Result } from '../core/index.js';
import type { EvidenceLevelSchema } from './link-parts.js';
import type { InputLinkSchema } from './links.js';
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

/**
 * Starts an evidence chain from what someone said.
 *
 * @remarks The argument is read like untrusted input: anything wrong gives issues, never a
 * throw. The chain returned is new and deeply frozen.
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
  const { input, ...rest } = start;
  const parsed = parseEvidenceChain({ ...rest, links: [{ ...input, type: 'input' }] });
  if (!parsed.success) return parsed;
  const copy = JSON.parse(JSON.stringify(parsed.data)) as EvidenceChain;
  return { success: true, data: produce(copy, () => {}) };
}
