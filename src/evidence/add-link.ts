import { produce } from 'immer';
import type { ParseIssue, Result } from '../core/index.js';
import { compareLinks } from './analysis.js';
import { type EvidenceLink, parseEvidenceLink } from './links.js';
import { type EvidenceChain, parseEvidenceChain } from './schemas.js';

/**
 * Adds one link of the given type to a chain: the link is parsed on its own (issue paths
 * relative to it), then the whole chain is checked (issue paths into the new chain). The
 * result keeps links in canonical order and is a new, deeply frozen value; the chain passed
 * in is not modified.
 *
 * @internal
 */
export function addLink(
  chain: EvidenceChain,
  type: EvidenceLink['type'],
  link: unknown,
): Result<EvidenceChain, ParseIssue> {
  const candidate =
    typeof link === 'object' && link !== null && !Array.isArray(link) ? { ...link, type } : link;
  const parsed = parseEvidenceLink(candidate);
  if (!parsed.success) return parsed;
  const links = [...chain.links, parsed.data].sort(compareLinks);
  const whole = parseEvidenceChain({ ...chain, links });
  if (!whole.success) return whole;
  const copy = JSON.parse(JSON.stringify(chain)) as EvidenceChain;
  const next = JSON.parse(JSON.stringify(whole.data.links)) as EvidenceLink[];
  return {
    success: true,
    data: produce(copy, (draft) => {
      draft.links = next;
    }),
  };
}
