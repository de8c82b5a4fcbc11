import {
  defineFindings,
  type FindingCatalogue,
  type FindingOf,
  type IsoDate,
} from '../core/index.js';

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

const quoted = (v: unknown) => `“${String(v)}”`;

const definitions = defineFindings<EvidenceFindingDetails>({
  chain_input_without_decision: {
    severity: 'warning',
    message: (f) =>
      `${quoted(f['words'])} was said on ${String(f['on'])}, ${String(f['days'])} days ago, and nothing has been decided about it. Feedback with no decision is what inspectors call tokenism.`,
    description:
      'An input older than `decisionWithinDays` that no decision answers. Details: `chainId`, `linkId`, `on`, `days`, `words`.',
  },
  chain_decision_without_action: {
    severity: 'warning',
    message: (f) =>
      `The decision ${quoted(f['text'])} of ${String(f['on'])} has no action ${String(f['days'])} days later. Say what will change, who does it and by when.`,
    description:
      'A decision older than `actionWithinDays` that no action carries out. Details: `chainId`, `linkId`, `on`, `days`, `text`.',
  },
  chain_action_overdue: {
    severity: 'warning',
    message: (f) =>
      `The action ${quoted(f['description'])} was due on ${String(f['dueOn'])} and is not done.`,
    description:
      'An open action whose due date is before `asOf`. Details: `chainId`, `linkId`, `dueOn`, `description`.',
  },
  chain_action_unchecked: {
    severity: 'warning',
    message: (f) =>
      `The action ${quoted(f['description'])} was done on ${String(f['completedOn'])} and nobody has checked whether it worked. Check it with the people it was for.`,
    description:
      'An action done more than `checkWithinDays` before `asOf` with no check. Details: `chainId`, `linkId`, `completedOn`, `description`.',
  },
  chain_check_without_follow_up: {
    severity: 'error',
    message: (f) =>
      `The check on ${String(f['on'])} found the change ${f['result'] === 'partly' ? 'only partly worked' : 'did not work'}, and nothing has been decided since. Agree what happens next.`,
    description:
      'A check with result `did_not_work` or `partly`, older than `followUpWithinDays`, that no decision follows up. Details: `chainId`, `linkId`, `on`, `result`.',
  },
  chain_person_absent_from_decision: {
    severity: 'error',
    message: (f) =>
      `The decision ${quoted(f['text'])} is about one person, and the record does not show they took part. Involve them, or record how they took part.`,
    description:
      'A decision at individual level whose `personInvolvement` is missing or `not_involved`. Details: `chainId`, `linkId`, `personId`, `text`.',
  },
  chain_decision_without_input: {
    severity: 'warning',
    message: (f) =>
      `The review on ${String(f.on)} decided ${quoted(f.text)} with nothing recorded of what the person said: no views, no answers to the three questions and no feedback. Record what they said, or how they took part.`,
    description:
      'Reported by `goldenThread` from everyday records: a decision at a review that recorded no views, no answers to the three questions and no feedback, and that names no outcome and follows no check, so nothing links it to what the person said. Details: `chainId` (the derived chain), `linkId` (the decision), `on`, `text`, `reviewId`.',
  },
  chain_action_without_input: {
    severity: 'warning',
    message: (f) =>
      `The action ${quoted(f.description)} (due ${String(f.dueOn)}) cannot be traced to anything said before it was agreed. Link it to the feedback or the outcome it answers.`,
    description:
      'Reported by `goldenThread` from everyday records: an action logged outside a review whose feedback and outcomes all date from after it, so nothing said before it can be linked. Details: `chainId` (the derived chain), `linkId` (the action), `dueOn`, `description`.',
  },
});

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
export const evidenceFindings: FindingCatalogue<EvidenceFindingDetails> = definitions;

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
