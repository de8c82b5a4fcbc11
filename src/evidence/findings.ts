import type { FindingCatalogue, FindingOf, IsoDate } from '../core/index.js';
import { chainFindings } from './chain-findings.js';
import { threadFindings } from './thread/findings.js';

/**
 * The details each evidence-chain finding carries, by code. Every finding also carries
 * `chainId` and `linkId` (see {@link EvidenceFinding}).
 *
 * @example
 * ```ts
 * const details: EvidenceFindingDetails['chain_action_overdue'] = {
 *   dueOn: '2026-07-01', description: 'Take the lock off the kitchen door',
 * };
 * ```
 * @category Evidence
 */
export interface EvidenceFindingDetails {
  /** An input with no decision. */
  readonly chain_input_without_decision: {
    /** The input's day. */
    readonly on: IsoDate;
    /** Days since it. */
    readonly days: number;
    /** What was said. */
    readonly words: string;
  };
  /** A decision with no action. */
  readonly chain_decision_without_action: {
    /** The decision's day. */
    readonly on: IsoDate;
    /** Days since it. */
    readonly days: number;
    /** What was decided. */
    readonly text: string;
  };
  /** An open action past its due date. */
  readonly chain_action_overdue: {
    /** When it was due. */
    readonly dueOn: IsoDate;
    /** What it is. */
    readonly description: string;
  };
  /** A change never checked. */
  readonly chain_action_unchecked: {
    /** When it was done. */
    readonly completedOn: IsoDate;
    /** What it is. */
    readonly description: string;
  };
  /** A check that found a problem, with no follow-up. */
  readonly chain_check_without_follow_up: {
    /** The check's day. */
    readonly on: IsoDate;
    /** Its result: `did_not_work` or `partly`. */
    readonly result: string;
  };
  /** A decision about one person made without them. */
  readonly chain_person_absent_from_decision: {
    /** The person. */
    readonly personId: string;
    /** What was decided. */
    readonly text: string;
  };
  /** A decision at a review with nothing recorded of what was said (reported by {@link goldenThread}). */
  readonly chain_decision_without_input: {
    /** The review's day. */
    readonly on: IsoDate;
    /** What was decided. */
    readonly text: string;
    /** The review. */
    readonly reviewId: string;
  };
  /** An action that cannot be traced to anything said before it (reported by {@link goldenThread}). */
  readonly chain_action_without_input: {
    /** When it is due. */
    readonly dueOn: IsoDate;
    /** What it is. */
    readonly description: string;
  };
}

/**
 * A finding code reported by {@link checkEvidenceChain} (and by {@link goldenThread}, which
 * adds the two `*_without_input` codes for everyday records it cannot link): a place where
 * the chain from what people said to what changed has stopped.
 *
 * @example
 * ```ts
 * const code: EvidenceFindingCode = 'chain_action_unchecked';
 * ```
 * @category Evidence
 */
export type EvidenceFindingCode = keyof EvidenceFindingDetails;

/**
 * The findings {@link checkEvidenceChain} reports, with their severity and default message.
 *
 * - `chain_input_without_decision` (warning): feedback with no decision.
 * - `chain_decision_without_action` (warning): a decision nobody acted on.
 * - `chain_action_overdue` (warning): an open action past its due date.
 * - `chain_action_unchecked` (warning): a change never checked.
 * - `chain_check_without_follow_up` (error): a check found it did not (fully) work, and
 *   nothing followed.
 * - `chain_person_absent_from_decision` (error): a decision about one person made without
 *   them.
 * - `chain_decision_without_input`, `chain_action_without_input` (warning; reported by
 *   {@link goldenThread} only): a decision or action in everyday records that nothing said
 *   can be linked to.
 *
 * @example
 * ```ts
 * evidenceFindings.chain_action_unchecked.severity; // => 'warning'
 * ```
 * @category Evidence
 */
export const evidenceFindings: FindingCatalogue<EvidenceFindingDetails> = Object.freeze({
  ...chainFindings,
  ...threadFindings,
});

/**
 * A finding about an evidence chain.
 *
 * @example
 * ```ts
 * const gaps = checkEvidenceChain(chain, { asOf }).filter((f: EvidenceFinding) => f.severity === 'error');
 * ```
 * @category Evidence
 */
export type EvidenceFinding = FindingOf<
  EvidenceFindingDetails,
  {
    /** The chain the finding is about. */
    readonly chainId: string;
    /** The link the finding is about. */
    readonly linkId: string;
  }
>;
