import { defineFindings } from '../../core/index.js';
import type { EvidenceFindingDetails } from '../findings.js';

// The catalogue entries of the codes only `goldenThread` reports: everyday records nothing
// said can be linked to.

const quoted = (v: unknown) => `“${String(v)}”`;

/** @internal */
export const threadFindings = defineFindings<
  Pick<EvidenceFindingDetails, 'chain_decision_without_input' | 'chain_action_without_input'>
>({
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
