import type { IsoDate } from '../../core/index.js';
import { compareText } from '../../core/internal/index.js';
import { gapsOf, isComplete, stageOf, viewChain } from '../analysis.js';
import { checkEvidenceChain, type EvidenceChainPolicy } from '../check-evidence-chain.js';
import type { EvidenceFinding } from '../findings.js';
import type { SourceRecord } from '../link-parts.js';
import type { EvidenceLink } from '../links.js';
import type { EvidenceChain } from '../schemas.js';
import type { Derivation } from './derive.js';
import type { LooseStep } from './types.js';

/** Where links of chains built by hand come among a day's steps: after the derived ones. */
const HAND_BUILT = 2 ** 40;

/** One step of a person's thread (the public {@link GoldenThreadStep}). */
export interface Step {
  readonly kind: EvidenceLink['type'] | 'review' | 'rating';
  readonly on: IsoDate;
  readonly id: string;
  readonly chainId: string | null;
  readonly text: string;
  readonly source: SourceRecord;
  readonly derived: boolean;
  readonly outcomeIds: readonly string[];
  /** Its place among steps of the same day and kind: its position in its chain or record. */
  readonly seq: number;
}

/** One chain on a person's thread (the public {@link GoldenThreadChain}). */
export interface ChainOnThread {
  readonly chainId: string;
  readonly title: string;
  readonly stage: EvidenceLink['type'];
  readonly complete: boolean;
  readonly derived: boolean;
  readonly steps: readonly Omit<Step, 'seq'>[];
}

/** A chain's steps on the thread and its findings about them. */
export interface ChainPart {
  readonly chain: ChainOnThread;
  /** Its steps on the thread, with their place in the chain. */
  readonly steps: readonly Step[];
  readonly findings: readonly EvidenceFinding[];
  /** What identifies its links on the thread as steps (see {@link sameStepKeys}). */
  readonly keys: readonly string[];
}

const RANK: Readonly<Record<Step['kind'], number>> = {
  input: 0,
  decision: 1,
  action: 2,
  check: 3,
  review: 4,
  rating: 5,
};

/**
 * Steps by date, then input → decision → action → check → review → rating, then the order
 * their records were read in (a review's views, then its answers in the order of the three
 * questions; derived steps before links of chains built by hand, in chain order), then chain
 * and id.
 */
export function compareSteps(a: Step, b: Step): number {
  return (
    compareText(a.on, b.on) ||
    RANK[a.kind] - RANK[b.kind] ||
    a.seq - b.seq ||
    compareText(a.chainId ?? '', b.chainId ?? '') ||
    compareText(a.id, b.id)
  );
}

/** What a link says, in plain words. */
export function textOf(link: EvidenceLink): string {
  switch (link.type) {
    case 'input':
      return link.words;
    case 'decision':
      return link.text;
    case 'action':
      return link.description;
    case 'check':
      return `${link.summary} (${link.result.replaceAll('_', ' ')})`;
    default:
      return link satisfies never;
  }
}

/** What identifies a link as the same step in another chain: its id, or its record and words. */
export function sameStepKeys(link: EvidenceLink): readonly string[] {
  const said = link.type === 'check' ? link.summary : textOf(link);
  return [
    `${link.type}\u0000id\u0000${link.id}`,
    `${link.type}\u0000from\u0000${link.source.kind}\u0000${link.source.id}\u0000${said}`,
  ];
}

function stepOf(
  link: EvidenceLink,
  chainId: string,
  seq: number,
  derived: boolean,
  outcomeIds: readonly string[],
  text = textOf(link),
): Step {
  const { type: kind, on, id, source } = link;
  return {
    kind,
    on,
    id,
    chainId,
    text,
    source: { ...source },
    derived,
    outcomeIds: [...outcomeIds],
    seq,
  };
}

/** Where a chain had got to on `asOf`. */
function summaryOf(
  chain: EvidenceChain,
  asOf: IsoDate,
  derived: boolean,
  steps: readonly Step[],
): ChainOnThread {
  const view = viewChain(chain, asOf);
  const complete = isComplete(gapsOf(view, asOf));
  return {
    chainId: chain.id,
    title: chain.title,
    stage: stageOf(view),
    complete,
    derived,
    steps: [...steps].sort(compareSteps),
  };
}

/**
 * A hand-built chain's part of the thread: its links about the person (individual level with
 * their id) or naming their outcomes, up to `asOf`, and its findings about those links.
 */
export function handBuiltPart(
  chain: EvidenceChain,
  personId: string,
  known: ReadonlySet<string>,
  asOf: IsoDate,
  policy: EvidenceChainPolicy,
): ChainPart | null {
  const steps: Step[] = [];
  const keys: string[] = [];
  for (const [seq, link] of chain.links.entries()) {
    if (link.on > asOf) continue;
    const named = [...new Set((link.outcomeIds ?? []).filter((id) => known.has(id)))].sort(
      compareText,
    );
    const aboutPerson = link.level.kind === 'individual' && link.level.personId === personId;
    if (!aboutPerson && named.length === 0) continue;
    steps.push(stepOf(link, chain.id, HAND_BUILT + seq, false, named));
    keys.push(...sameStepKeys(link));
  }
  if (steps.length === 0) return null;
  const onThread = new Set(steps.map((s) => s.id));
  const findings = checkEvidenceChain(chain, { asOf, policy }).filter((f) =>
    onThread.has(f.linkId),
  );
  return { chain: summaryOf(chain, asOf, false, steps), steps, findings, keys };
}

/** The derived chain's part of the thread, leaving out links a hand-built chain already holds. */
export function derivedPart(
  derivation: Derivation,
  handKeys: ReadonlySet<string>,
  asOf: IsoDate,
  policy: EvidenceChainPolicy,
): ChainPart | null {
  const { chain } = derivation;
  if (chain === null) return null;
  const steps: Step[] = [];
  for (const [index, link] of chain.links.entries()) {
    if (link.on > asOf || sameStepKeys(link).some((k) => handKeys.has(k))) continue;
    const seq = derivation.order.get(link.id) ?? index;
    const outcomeIds = derivation.outcomesOf.get(link.id) ?? [];
    steps.push(
      stepOf(link, chain.id, seq, true, outcomeIds, derivation.labels.get(link.id) ?? textOf(link)),
    );
  }
  if (steps.length === 0) return null;
  const shown = new Set(steps.map((s) => s.id));
  const findings = checkEvidenceChain(chain, { asOf, policy }).filter((f) => shown.has(f.linkId));
  return { chain: summaryOf(chain, asOf, true, steps), steps, findings, keys: [] };
}

/** The derived steps outside any chain, up to `asOf`. */
export function looseSteps(
  loose: readonly LooseStep[],
  order: ReadonlyMap<string, number>,
  asOf: IsoDate,
): Step[] {
  return loose.flatMap((s, index): Step[] =>
    s.on > asOf
      ? []
      : [
          {
            kind: s.kind,
            on: s.on,
            id: s.id,
            chainId: null,
            text: s.text,
            source: { ...s.source },
            derived: true,
            outcomeIds: [...new Set(s.outcomes)].sort(compareText),
            seq: order.get(s.ref) ?? index,
          },
        ],
  );
}

/** A step as the host sees it (without its place in its record). */
export function publicStep({ seq: _seq, ...step }: Step): Omit<Step, 'seq'> {
  return step;
}
