import type * as z from 'zod';
import type { ParseIssue, Result } from '../core/index.js';
import { addLink } from './add-link.js';
import type { DecisionLinkSchema } from './links.js';
import type { EvidenceChain } from './schemas.js';

/**
 * Records a decision answering one or more inputs (a service-wide theme), or following up
 * a check that found a problem.
 *
 * @remarks The decision must refer only to inputs or checks the chain holds, and be dated
 * on or after each of them; otherwise the chain is left as it was and issues say why
 * (`chain_missing_link`, `chain_wrong_link_kind`, `chain_link_out_of_order`,
 * `chain_duplicate_id`, `chain_cycle`). The chain returned is new and deeply frozen.
 * @param chain - A parsed chain.
 * @param decision - The decision (without `type`).
 * @returns The new chain, or issues.
 * @throws {@link GoldenThreadError} `invalid_argument` when `chain` is not an object with a
 * list of links (pass a parsed chain). Anything wrong with the decision itself, even a value that
 * cannot be read, gives issues instead (`unreadable_input` for a getter that throws).
 * @example
 * ```ts
 * recordDecision(chain, {
 *   id: 'dec-kitchen', on: '2026-06-20', basedOn: ['in-aisha', 'in-ben', 'in-chris'],
 *   text: 'Unlock the kitchen at night; Ben agrees his own plan', decidedBy: ['House meeting'],
 *   source: { kind: 'quality_meeting_minutes', id: 'qm-06' }, level: { kind: 'service', serviceId: 'elm-house' },
 * });
 * ```
 * @category Evidence
 */
export function recordDecision(
  chain: EvidenceChain,
  decision: Omit<z.input<typeof DecisionLinkSchema>, 'type'>,
): Result<EvidenceChain, ParseIssue> {
  return addLink('recordDecision', chain, 'decision', decision);
}
