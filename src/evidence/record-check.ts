import type * as z from 'zod';
import type { ParseIssue, Result } from '../core/index.js';
import { addLink } from './add-link.js';
import type { CheckLinkSchema } from './links.js';
import type { EvidenceChain } from './schemas.js';

/**
 * Records a check of whether one or more actions worked.
 *
 * @remarks The check must refer only to actions the chain holds and be dated no earlier
 * than each of them; a check of an action that does not exist gives `chain_missing_link`
 * and the chain is left as it was. A check that finds `partly` or `did_not_work` calls for
 * a follow-up decision (see {@link checkEvidenceChain}). The chain returned is new and
 * deeply frozen.
 * @param chain - A parsed chain.
 * @param check - The check (without `type`).
 * @returns The new chain, or issues.
 * @throws {@link GoldenThreadError} `invalid_argument` when `chain` is not an object with a
 * list of links (pass a parsed chain). Anything wrong with the check itself, even a value that
 * cannot be read, gives issues instead (`unreadable_input` for a getter that throws).
 * @example
 * ```ts
 * recordCheck(chain, {
 *   id: 'chk-aug', on: '2026-08-10', actionIds: ['act-unlock'], method: 'follow_up_feedback',
 *   result: 'worked', summary: 'All three use the kitchen at night; no incidents',
 *   source: { kind: 'audit', id: 'au-08' }, level: { kind: 'service', serviceId: 'elm-house' },
 * });
 * ```
 * @category Evidence
 */
export function recordCheck(
  chain: EvidenceChain,
  check: Omit<z.input<typeof CheckLinkSchema>, 'type'>,
): Result<EvidenceChain, ParseIssue> {
  return addLink('recordCheck', chain, 'check', check);
}
