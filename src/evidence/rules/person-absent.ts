import type { EvidenceRule } from './context.js';

/** A decision about one person that does not show they took part. */
export const personAbsentRule: EvidenceRule = {
  codes: ['chain_person_absent_from_decision'],
  check: ({ gaps }, report) => {
    for (const { link, index } of gaps.decisionsWithoutPerson) {
      report('chain_person_absent_from_decision', ['links', index], {
        linkId: link.id,
        personId: link.level.kind === 'individual' ? link.level.personId : '',
        text: link.text,
      });
    }
  },
};
