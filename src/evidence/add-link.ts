import { produce } from 'immer';
import * as z from 'zod';
import { createParser, GoldenThreadError, type ParseIssue, type Result } from '../core/index.js';
import { compareLinks } from './analysis.js';
import {
  ActionLinkSchema,
  CheckLinkSchema,
  DecisionLinkSchema,
  type EvidenceLink,
  InputLinkSchema,
} from './links.js';
import { type EvidenceChain, parseEvidenceChain } from './schemas.js';

/**
 * One parser per kind of link for what a builder is given: the link without its `type`
 * (which the builder sets), or with the right `type` — a link of another type is refused
 * (`invalid_value` at `type`), never silently retyped.
 */
const LINK_PARSERS = {
  input: createParser(InputLinkSchema.extend({ type: z.literal('input').optional() })),
  decision: createParser(DecisionLinkSchema.extend({ type: z.literal('decision').optional() })),
  action: createParser(ActionLinkSchema.extend({ type: z.literal('action').optional() })),
  check: createParser(CheckLinkSchema.extend({ type: z.literal('check').optional() })),
} as const;

/**
 * Adds one link of the given type to a chain: the link is parsed on its own first (issue
 * paths relative to it), then the whole chain is checked (issue paths into the new chain).
 * The link is read only by the parser, so a hostile value (a getter that throws, a proxy)
 * gives an `unreadable_input` issue, never a throw. The result keeps links in canonical
 * order and is a new, deeply frozen value; the chain passed in is not modified.
 *
 * @throws {@link GoldenThreadError} `invalid_argument` when `chain` is not an object holding
 * a list of links (a programmer error: pass a parsed chain).
 * @internal
 */
export function addLink(
  fn: string,
  chain: EvidenceChain,
  type: EvidenceLink['type'],
  link: unknown,
): Result<EvidenceChain, ParseIssue> {
  const parsed = LINK_PARSERS[type](link);
  if (!parsed.success) return parsed;
  const whole = parseEvidenceChain(withLink(fn, chain, { ...parsed.data, type } as EvidenceLink));
  if (!whole.success) return whole;
  const copy = JSON.parse(JSON.stringify(whole.data)) as EvidenceChain;
  return { success: true, data: produce(copy, () => {}) };
}

/** The chain with the link added, links in canonical order; reads the chain once. */
function withLink(fn: string, chain: EvidenceChain, link: EvidenceLink): unknown {
  try {
    const links = [...chain.links, link];
    return { ...chain, links: links.every(isLinkLike) ? links.sort(compareLinks) : links };
  } catch {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: chain must be a parsed evidence chain (an object with a list of links).`,
    );
  }
}

/** Whether a value can be ordered as a link (the chain's own links are parsed later). */
function isLinkLike(value: unknown): value is EvidenceLink {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { on?: unknown }).on === 'string' &&
    typeof (value as { type?: unknown }).type === 'string' &&
    typeof (value as { id?: unknown }).id === 'string'
  );
}
