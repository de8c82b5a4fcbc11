import { inPlace, type RestrictionRule } from './context.js';

/** Every restriction needs a legal basis the law recognises. */
export const legalBasisRule: RestrictionRule = {
  codes: ['no_legal_basis', 'other_legal_basis'],
  applies: inPlace,
  check: ({ restriction }, report) => {
    const basis = restriction.legalBasis;
    if (basis === undefined) report('no_legal_basis', ['legalBasis']);
    else if (basis.kind === 'other') report('other_legal_basis', ['legalBasis', 'kind']);
  },
};

const NOT_STAFF = new Set(['person', 'family', 'advocate', 'imca', 'representative', 'other']);

/** A best-interests decision must consult family, carers and advocates (MCA 2005 s.4(7)). */
export const consultationRule: RestrictionRule = {
  codes: ['best_interests_without_consultation'],
  applies: inPlace,
  check: ({ restriction }, report) => {
    const basis = restriction.legalBasis;
    if (basis?.kind !== 'best-interests') return;
    const atMeeting = (basis.meeting?.attendees ?? []).some((party) => NOT_STAFF.has(party));
    if ((basis.consulted ?? []).length === 0 && (restriction.consulted ?? []).length === 0) {
      if (!atMeeting) report('best_interests_without_consultation', ['legalBasis', 'consulted']);
    }
  },
};
