import type * as z from 'zod';
import type { ParseIssue, Result } from '../core/index.js';
import { addLink } from './add-link.js';
import type { InputLinkSchema } from './links.js';
import type { EvidenceChain } from './schemas.js';

/**
 * Adds another input to a chain — a second person saying the same thing, a survey answer,
 * a complaint on the same theme.
 *
 * @remarks The input is read like untrusted input. The chain returned is new, deeply frozen
 * and keeps its links in a canonical order (date, then input → decision → action → check,
 * then id), so recording the same links in any valid order gives the same chain.
 * @param chain - A parsed chain.
 * @param input - The input (without `type`).
 * @returns The new chain, or issues: the input's own (paths relative to it) or the chain's
 * (paths into the new chain, such as `chain_duplicate_id`).
 * @throws {@link GoldenThreadError} `invalid_argument` when `chain` is not an object with a
 * list of links (pass a parsed chain). Anything wrong with the input itself, even a value that
 * cannot be read, gives issues instead (`unreadable_input` for a getter that throws).
 * @example
 * ```ts
 * const next = recordInput(chain, {
 *   id: 'in-ben', on: '2026-06-05', kind: 'view', from: 'advocate',
 *   words: 'Ben says the locked door makes him feel in trouble',
 *   source: { kind: 'review', id: 'rev-ben-06' }, level: { kind: 'individual', personId: 'p-ben' },
 * });
 * ```
 * @category Evidence
 */
export function recordInput(
  chain: EvidenceChain,
  input: Omit<z.input<typeof InputLinkSchema>, 'type'>,
): Result<EvidenceChain, ParseIssue> {
  return addLink('recordInput', chain, 'input', input);
}
