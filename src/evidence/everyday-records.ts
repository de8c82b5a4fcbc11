import type { Outcome } from '../outcomes/index.js';
import type { Action, Feedback, Review, SupportPlan } from '../reviews/index.js';

/**
 * The records staff keep every day, from which {@link toEvidenceChain} and
 * {@link goldenThread} draw a person's thread: their support plan (its outcomes, with their
 * ratings, and its reviews), outcomes and reviews given on their own, feedback, and actions.
 *
 * @remarks Give the records however the host holds them: a plan, loose lists, or both (a
 * record given twice with the same id is read once). Records about other people are left
 * out; an action, which names no person, belongs to the person when it is agreed at one of
 * their reviews, answers their feedback or supports one of their outcomes.
 * @example
 * ```ts
 * const records: EverydayRecords = { plan, feedback, actions };
 * ```
 * @category Evidence
 */
export interface EverydayRecords {
  /** The person's support plan: its outcomes and reviews are read. */
  readonly plan?: SupportPlan | undefined;
  /** Outcomes, with their progress ratings (and examples). */
  readonly outcomes?: readonly Outcome[] | undefined;
  /** Review records: views, the three questions, decisions, actions, progress. */
  readonly reviews?: readonly Review[] | undefined;
  /** Feedback logged between reviews ("you said"). */
  readonly feedback?: readonly Feedback[] | undefined;
  /** Actions agreed outside (or inside) reviews ("we did"). */
  readonly actions?: readonly Action[] | undefined;
}
