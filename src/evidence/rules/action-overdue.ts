import type { EvidenceRule } from './context.js';

/** An open action past its due date. */
export const actionOverdueRule: EvidenceRule = {
  codes: ['chain_action_overdue'],
  check: ({ gaps, asOf }, report) => {
    for (const { link, index } of gaps.actionsNotDone) {
      if (link.dueOn < asOf) {
        report('chain_action_overdue', ['links', index], {
          linkId: link.id,
          dueOn: link.dueOn,
          description: link.description,
        });
      }
    }
  },
};
