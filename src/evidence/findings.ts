import { defineFindings, type Finding, type FindingDefinition } from '../core/index.js';

/**
 * A finding code reported by {@link checkEvidenceChain}: a place where the chain from what
 * people said to what changed has stopped.
 *
 * @example
 * ```ts
 * const code: EvidenceFindingCode = 'chain_action_unchecked';
 * ```
 * @category Evidence
 */
export type EvidenceFindingCode =
  | 'chain_input_without_decision'
  | 'chain_decision_without_action'
  | 'chain_action_overdue'
  | 'chain_action_unchecked'
  | 'chain_check_without_follow_up'
  | 'chain_person_absent_from_decision';

const quoted = (v: unknown) => `“${String(v)}”`;

const definitions = defineFindings({
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
 *
 * @example
 * ```ts
 * evidenceFindings.chain_action_unchecked.severity; // => 'warning'
 * ```
 * @category Evidence
 */
export const evidenceFindings: Readonly<Record<EvidenceFindingCode, FindingDefinition>> =
  definitions;

/**
 * A finding about an evidence chain.
 *
 * @example
 * ```ts
 * const gaps = checkEvidenceChain(chain, { asOf }).filter((f: EvidenceFinding) => f.severity === 'error');
 * ```
 * @category Evidence
 */
export type EvidenceFinding = Finding<EvidenceFindingCode> & {
  /** The chain the finding is about. */
  readonly chainId: string;
  /** The link the finding is about. */
  readonly linkId: string;
};
