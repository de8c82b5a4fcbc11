import type * as z from 'zod';
import type { ParseIssue, Result } from '../core/index.js';
import { addLink } from './add-link.js';
import type { ActionLinkSchema } from './links.js';
import type { EvidenceChain } from './schemas.js';

/**
 * Records an action carrying out one or more decisions.
 *
 * @remarks The action must refer only to decisions the chain holds and be agreed (`on`) no
 * earlier than each of them; it is not due or done before it was agreed, and `completedOn`
 * goes with status `done`. Otherwise the chain is left as it was and issues say why. The
 * chain returned is new and deeply frozen.
 * @param chain - A parsed chain.
 * @param action - The action (without `type`).
 * @returns The new chain, or issues.
 * @throws {@link GoldenThreadError} `invalid_argument` when `chain` is not an object with a
 * list of links (pass a parsed chain). Anything wrong with the action itself, even a value that
 * cannot be read, gives issues instead (`unreadable_input` for a getter that throws).
 * @example
 * ```ts
 * recordAction(chain, {
 *   id: 'act-unlock', on: '2026-06-20', decisionIds: ['dec-kitchen'], kind: 'environment',
 *   description: 'Take the lock off the kitchen door', owner: 'Registered manager',
 *   dueOn: '2026-07-01', status: 'open',
 *   source: { kind: 'quality_meeting_minutes', id: 'qm-06' }, level: { kind: 'service', serviceId: 'elm-house' },
 * });
 * ```
 * @category Evidence
 */
export function recordAction(
  chain: EvidenceChain,
  action: Omit<z.input<typeof ActionLinkSchema>, 'type'>,
): Result<EvidenceChain, ParseIssue> {
  return addLink('recordAction', chain, 'action', action);
}
