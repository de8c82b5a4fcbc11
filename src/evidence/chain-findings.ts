import { defineFindings } from '../core/index.js';
import type { EvidenceFindingDetails } from './findings.js';

// The catalogue entries of the codes `checkEvidenceChain` reports, on their own so that a host
// importing the checker ships only these (the public catalogue is `evidenceFindings`).

/** The details of the codes of {@link checkEvidenceChain}. */
export type ChainFindingDetails = Omit<
  EvidenceFindingDetails,
  'chain_decision_without_input' | 'chain_action_without_input'
>;

/** @internal */
const quoted = (v: unknown) => `“${String(v)}”`;

export const chainFindings = defineFindings<ChainFindingDetails>({
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
