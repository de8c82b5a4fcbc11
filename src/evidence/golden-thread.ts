import type { IsoDate } from '../core/index.js';
import { type Outcome, type RatingTrend, ratingTrend } from '../outcomes/index.js';
import type { Review } from '../reviews/index.js';
import { chainStatus } from './chain-status.js';
import type { EvidenceLink } from './links.js';
import type { EvidenceChain } from './schemas.js';

/**
 * Inputs for {@link goldenThread}: the records to draw the line through. Records about
 * other people are ignored.
 *
 * @example
 * ```ts
 * goldenThread('p-aisha', { outcomes, reviews, chains });
 * ```
 * @category Evidence
 */
export interface GoldenThreadSources {
  /** Outcomes (the person's are used). */
  readonly outcomes: readonly Outcome[];
  /** Reviews (the person's are used). */
  readonly reviews: readonly Review[];
  /** Evidence chains (links about the person, or naming their outcomes, are used). */
  readonly chains: readonly EvidenceChain[];
}

/**
 * One step on the thread: a review of an outcome, or a link of a chain.
 *
 * @example
 * ```ts
 * const line = `${step.on} ${step.kind}: ${step.text}`;
 * ```
 * @category Evidence
 */
export interface GoldenThreadStep {
  /** `review`, or the link's type: `input`, `decision`, `action`, `check`. */
  readonly kind: 'review' | EvidenceLink['type'];
  /** The day. */
  readonly on: IsoDate;
  /** The review's id, or the link's id. */
  readonly id: string;
  /** The chain, for a link; `null` for a review. */
  readonly chainId: string | null;
  /** What it says: the words, decision, action, check summary, or the progress noted at review. */
  readonly text: string;
}

/**
 * One outcome's line, from the person's words to measured change.
 *
 * @example
 * ```ts
 * const { words, steps, trend }: GoldenThreadOutcome = thread.outcomes[0];
 * ```
 * @category Evidence
 */
export interface GoldenThreadOutcome {
  /** The outcome. */
  readonly outcomeId: string;
  /** The person's words. */
  readonly words: string;
  /** Reviews that looked at it and chain links that name it, by date. */
  readonly steps: readonly GoldenThreadStep[];
  /** The measured change: {@link ratingTrend} of its ratings. */
  readonly trend: RatingTrend;
}

/**
 * One person's golden thread.
 *
 * @example
 * ```ts
 * const thread: GoldenThread = goldenThread('p-aisha', sources);
 * ```
 * @category Evidence
 */
export interface GoldenThread {
  /** The person. */
  readonly personId: string;
  /** Each of their outcomes, by id. */
  readonly outcomes: readonly GoldenThreadOutcome[];
  /** Chains with a link about the person or naming one of their outcomes, by id. */
  readonly chains: readonly {
    /** The chain. */
    readonly chainId: string;
    /** Its title. */
    readonly title: string;
    /** Its stage ({@link chainStatus}). */
    readonly stage: EvidenceLink['type'];
    /** Whether it is complete. */
    readonly complete: boolean;
    /** Its links about the person or their outcomes, by date. */
    readonly steps: readonly GoldenThreadStep[];
  }[];
}

function textOf(link: EvidenceLink): string {
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

const byDateThenId = (a: GoldenThreadStep, b: GoldenThreadStep) =>
  a.on < b.on ? -1 : a.on > b.on ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const byId = <T extends { readonly id: string }>(a: T, b: T) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Draws one person's golden thread: for each of their outcomes, the reviews that looked at
 * it and the decisions, actions and checks that name it, in date order, ending in the
 * measured change (the trend of their ratings); and the chains that touch them.
 *
 * @remarks A chain link is on the person's thread when its level is `individual` with
 * their id, or its `outcomeIds` name one of their outcomes. A review step's text is the
 * progress recorded for the outcome and the note, if any.
 * @param personId - The person.
 * @param sources - `outcomes`, `reviews` and `chains`.
 * @returns The thread: outcomes by id, chains by id.
 * @example
 * ```ts
 * const thread = goldenThread('p-aisha', { outcomes, reviews, chains });
 * thread.outcomes[0]?.trend.direction; // => 'improving'
 * ```
 * @category Evidence
 */
export function goldenThread(personId: string, sources: GoldenThreadSources): GoldenThread {
  const outcomes = sources.outcomes.filter((o) => o.personId === personId).sort(byId);
  const mine = new Set(outcomes.map((o) => o.id));
  const reviews = sources.reviews.filter((r) => r.personId === personId);
  const linkSteps = new Map<string, GoldenThreadStep[]>();
  const chains: GoldenThread['chains'][number][] = [];
  for (const chain of [...sources.chains].sort(byId)) {
    const steps: GoldenThreadStep[] = [];
    for (const link of chain.links) {
      const named = (link.outcomeIds ?? []).filter((id) => mine.has(id));
      const aboutPerson = link.level.kind === 'individual' && link.level.personId === personId;
      if (!aboutPerson && named.length === 0) continue;
      const step: GoldenThreadStep = {
        kind: link.type,
        on: link.on,
        id: link.id,
        chainId: chain.id,
        text: textOf(link),
      };
      steps.push(step);
      for (const id of new Set(named)) {
        const list = linkSteps.get(id);
        if (list === undefined) linkSteps.set(id, [step]);
        else list.push(step);
      }
    }
    if (steps.length === 0) continue;
    const status = chainStatus(chain);
    chains.push({
      chainId: chain.id,
      title: chain.title,
      stage: status.stage,
      complete: status.complete,
      steps: steps.sort(byDateThenId),
    });
  }
  return {
    personId,
    outcomes: outcomes.map((outcome) => {
      const steps: GoldenThreadStep[] = [...(linkSteps.get(outcome.id) ?? [])];
      for (const review of reviews) {
        for (const entry of review.outcomes ?? []) {
          if (entry.outcomeId !== outcome.id) continue;
          const parts = [entry.progress?.replaceAll('-', ' ') ?? 'reviewed', entry.note ?? ''];
          steps.push({
            kind: 'review',
            on: review.on,
            id: review.id,
            chainId: null,
            text: parts.filter((p) => p !== '').join(': '),
          });
        }
      }
      return {
        outcomeId: outcome.id,
        words: outcome.words,
        steps: steps.sort(byDateThenId),
        trend: ratingTrend(outcome),
      };
    }),
    chains,
  };
}
