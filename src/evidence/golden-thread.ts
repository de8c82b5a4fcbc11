import type { IsoDate } from '../core/index.js';
import {
  compareText,
  deepFreeze,
  findingFactory,
  requireOptions,
  unexpected,
} from '../core/internal/index.js';
import { type RatingTrend, ratingTrend } from '../outcomes/index.js';
import {
  type CheckEvidenceChainOptions,
  type EvidenceChainPolicy,
  resolvePolicy,
} from './check-evidence-chain.js';
import type { EverydayRecords } from './everyday-records.js';
import type { EvidenceFinding } from './findings.js';
import type { SourceRecord } from './link-parts.js';
import type { EvidenceLink } from './links.js';
import type { EvidenceChain } from './schemas.js';
import { type Derivation, deriveThread } from './thread/derive.js';
import { threadFindings } from './thread/findings.js';
import { requireRecords } from './thread/records.js';
import {
  type ChainPart,
  compareSteps,
  derivedPart,
  handBuiltPart,
  looseSteps,
  publicStep,
  type Step,
} from './thread/steps.js';

/**
 * What {@link goldenThread} draws a person's thread from: their everyday records (see
 * {@link EverydayRecords}) and any evidence chains built by hand. Records about other people
 * are ignored.
 *
 * @example
 * ```ts
 * goldenThread('p-aisha', { plan, feedback, actions, chains }, { asOf: '2026-12-01' });
 * ```
 * @category Evidence
 */
export interface GoldenThreadSources extends EverydayRecords {
  /** Evidence chains built by hand (links about the person, or naming their outcomes, are used). */
  readonly chains?: readonly EvidenceChain[] | undefined;
}

/**
 * Options for {@link goldenThread}: the day the thread is drawn as of, and the time each step
 * may take before a missing one is reported.
 *
 * @example
 * ```ts
 * goldenThread('p-aisha', sources, { asOf: '2026-12-01', policy: { checkWithinDays: 28 } });
 * ```
 * @category Evidence
 */
export interface GoldenThreadOptions {
  /** The day to draw the thread as of: later records are left out. */
  readonly asOf: IsoDate;
  /** Allowances for what is missing; see {@link EvidenceChainPolicy} for the defaults. */
  readonly policy?: EvidenceChainPolicy;
}

/**
 * One step on the thread: a link of a chain (derived from everyday records or built by
 * hand), or a record with nothing to link to — a review of an outcome or a rating that
 * checked no change, a view nobody needed to answer, a decision or action nothing said is
 * linked to.
 *
 * @example
 * ```ts
 * const line = `${step.on} ${step.kind}: ${step.text}`;
 * ```
 * @category Evidence
 */
export interface GoldenThreadStep {
  /** The link's type (`input`, `decision`, `action`, `check`), or `review` or `rating`. */
  readonly kind: EvidenceLink['type'] | 'review' | 'rating';
  /** The day. */
  readonly on: IsoDate;
  /** The link's id; for a review, the review's id. */
  readonly id: string;
  /** The chain, for a link; `null` for a step outside any chain. */
  readonly chainId: string | null;
  /** What it says: the words, the decision, the action, the check and its result, or the progress. */
  readonly text: string;
  /** The host record it came from. */
  readonly source: SourceRecord;
  /** Whether it was derived from everyday records (`false`: a link of a chain built by hand). */
  readonly derived: boolean;
  /** The person's outcomes it concerns, by id. */
  readonly outcomeIds: readonly string[];
}

/**
 * One outcome's line, from the person's words to measured change, with what is missing.
 *
 * @example
 * ```ts
 * const { words, steps, findings, trend }: GoldenThreadOutcome = thread.outcomes[0];
 * ```
 * @category Evidence
 */
export interface GoldenThreadOutcome {
  /** The outcome. */
  readonly outcomeId: string;
  /** The person's words. */
  readonly words: string;
  /** Every step concerning it, in date order. */
  readonly steps: readonly GoldenThreadStep[];
  /** What is missing on its line: the findings about its steps. */
  readonly findings: readonly EvidenceFinding[];
  /** The measured change: {@link ratingTrend} of its ratings up to `asOf`. */
  readonly trend: RatingTrend;
}

/**
 * A chain on a person's thread: the one derived from their everyday records, or one built by
 * hand that touches them.
 *
 * @example
 * ```ts
 * const open = thread.chains.filter((c: GoldenThreadChain) => !c.complete);
 * ```
 * @category Evidence
 */
export interface GoldenThreadChain {
  /** The chain. */
  readonly chainId: string;
  /** Its title. */
  readonly title: string;
  /** The furthest kind of link it held on `asOf`. */
  readonly stage: EvidenceLink['type'];
  /** Whether it had no open end on `asOf`. */
  readonly complete: boolean;
  /** Whether it is the chain derived from everyday records. */
  readonly derived: boolean;
  /** Its steps on the person's thread, by date. */
  readonly steps: readonly GoldenThreadStep[];
}

/**
 * One person's golden thread.
 *
 * @example
 * ```ts
 * const thread: GoldenThread = goldenThread('p-aisha', sources, { asOf: '2026-12-01' });
 * ```
 * @category Evidence
 */
export interface GoldenThread {
  /** The person. */
  readonly personId: string;
  /** The day it was drawn as of. */
  readonly asOf: IsoDate;
  /** Each of their outcomes, by id. */
  readonly outcomes: readonly GoldenThreadOutcome[];
  /** Steps concerning none of their outcomes (feedback about daily life and what came of it), by date. */
  readonly otherSteps: readonly GoldenThreadStep[];
  /** The derived chain, then chains built by hand, by id. */
  readonly chains: readonly GoldenThreadChain[];
  /** Everything missing on the thread, each once, by date of the step it is about. */
  readonly findings: readonly EvidenceFinding[];
}

/**
 * Draws one person's golden thread from the records staff keep every day: for each of their
 * outcomes, what was said, what was decided, what was done and how it was checked, in date
 * order, with what is missing (a decision with no action, an action never checked) as
 * findings — and the trend of their ratings.
 *
 * @remarks The everyday records become a chain by {@link toEvidenceChain} (its remarks say
 * what becomes what). Chains built by hand merge in: their links about the person, or naming
 * their outcomes, are steps too; where a hand-built link is the same step as a derived one
 * (the same type and id, or the same type, host record and words), the hand-built one is kept
 * and the derived one left out, with its findings. What is missing is
 * {@link checkEvidenceChain} on each chain as of `asOf` (with the `policy` allowances), about
 * the steps on the thread, plus `chain_decision_without_input` and
 * `chain_action_without_input` for everyday records nothing said can be linked to. Records
 * dated after `asOf` are left out. The result is deeply frozen; the sources are not changed.
 * @param personId - The person.
 * @param sources - Their everyday records, and chains built by hand.
 * @param options - `asOf`, and `policy`.
 * @returns The thread: outcomes by id, other steps, chains, findings.
 * @throws {@link GoldenThreadError} `invalid_date` when `asOf` is not a calendar date;
 * `invalid_argument` when an allowance is not a whole number, `personId` is not text, or the
 * sources are not an object of lists.
 * @example
 * ```ts
 * const thread = goldenThread('p-aisha', { plan, feedback, actions }, { asOf: '2026-12-20' });
 * thread.outcomes[0]?.steps.map((s) => s.kind);
 * // => ['input', 'input', 'decision', 'action', 'rating', 'check', …]
 * ```
 * @category Evidence
 */
export function goldenThread(
  personId: string,
  sources: GoldenThreadSources,
  options: GoldenThreadOptions,
): GoldenThread {
  try {
    requireOptions('goldenThread', options);
    const { asOf, policy } = resolvePolicy('goldenThread', options as CheckEvidenceChainOptions);
    requireRecords('goldenThread', personId, sources);
    const derivation = deriveThread(personId, sources);
    const known = new Set(derivation.outcomes.map((o) => o.id));
    const hand = [...(sources.chains ?? [])]
      .sort((a, b) => compareText(a.id, b.id))
      .flatMap((chain) => handBuiltPart(chain, personId, known, asOf, policy) ?? []);
    const derived = derivedPart(derivation, new Set(hand.flatMap((p) => p.keys)), asOf, policy);
    const parts: ChainPart[] = derived === null ? hand : [derived, ...hand];
    const steps = [
      ...parts.flatMap((p) => p.steps),
      ...looseSteps(derivation.loose, derivation.order, asOf).map((s) => ({
        ...s,
        outcomeIds: s.outcomeIds.filter((id) => known.has(id)),
      })),
    ].sort(compareSteps);
    const about = findingSubjects(steps, derivation);
    const findings = orderFindings(
      [...parts.flatMap((p) => p.findings), ...unlinkedFindings(derivation, asOf)],
      about,
    );
    const shown = steps.map(publicStep);
    return deepFreeze({
      personId,
      asOf,
      outcomes: derivation.outcomes.map((outcome) => ({
        outcomeId: outcome.id,
        words: outcome.words,
        steps: shown.filter((s) => s.outcomeIds.includes(outcome.id)),
        findings: findings.filter((f) => subjectOf(about, f).outcomeIds.includes(outcome.id)),
        trend: ratingTrend(outcome, { asOf }),
      })),
      otherSteps: shown.filter((s) => s.outcomeIds.length === 0),
      chains: parts.map((p) => p.chain),
      findings,
    });
  } catch (error) {
    throw unexpected('goldenThread', error);
  }
}

const stepKey = (chainId: string | null, id: string) => `${chainId ?? ''}\u0000${id}`;

/** The findings for records nothing said can be linked to, up to `asOf`. */
function unlinkedFindings(derivation: Derivation, asOf: IsoDate): EvidenceFinding[] {
  return derivation.unlinked
    .filter((u) => u.on <= asOf)
    .map((u) => {
      const make = findingFactory(threadFindings, {
        chainId: derivation.chainId,
        linkId: u.id,
      });
      return u.kind === 'decision'
        ? make('chain_decision_without_input', [], {
            on: u.on,
            text: u.text,
            reviewId: u.reviewId ?? '',
          })
        : make('chain_action_without_input', [], { dueOn: u.dueOn ?? u.on, description: u.text });
    });
}

interface Subject {
  readonly on: string;
  readonly outcomeIds: readonly string[];
}

/** What each finding can be about, by chain and link: a step, or a record left unlinked. */
function findingSubjects(steps: readonly Step[], derivation: Derivation): Map<string, Subject> {
  const out = new Map<string, Subject>();
  for (const u of derivation.unlinked) {
    out.set(stepKey(derivation.chainId, u.id), { on: u.on, outcomeIds: u.outcomes });
  }
  for (const s of steps) if (s.chainId !== null) out.set(stepKey(s.chainId, s.id), s);
  return out;
}

function subjectOf(about: ReadonlyMap<string, Subject>, f: EvidenceFinding): Subject {
  return about.get(stepKey(f.chainId, f.linkId)) ?? { on: '', outcomeIds: [] };
}

function orderFindings(
  findings: readonly EvidenceFinding[],
  about: ReadonlyMap<string, Subject>,
): EvidenceFinding[] {
  return findings
    .map((f) => ({ f, on: subjectOf(about, f).on }))
    .sort(
      (a, b) =>
        compareText(a.on, b.on) ||
        compareText(a.f.chainId, b.f.chainId) ||
        compareText(a.f.linkId, b.f.linkId) ||
        compareText(a.f.code, b.f.code),
    )
    .map(({ f }) => f);
}
