import { inPlace, type RestrictionRule } from './context.js';

/** Every restriction needs a legal basis, and each kind of basis needs its own evidence. */
export const legalBasisRule: RestrictionRule = {
  codes: [
    'no_legal_basis',
    'no_capacity_assessment',
    'best_interests_without_consultation',
    'consent_without_capacity',
  ],
  applies: inPlace,
  check: ({ restriction }, report) => {
    const basis = restriction.legalBasis;
    if (basis === undefined) report('no_legal_basis', ['legalBasis']);
    else if (basis.kind === 'best-interests') {
      if (basis.capacityAssessment === undefined)
        report('no_capacity_assessment', ['legalBasis', 'capacityAssessment']);
      if ((basis.consulted ?? []).length === 0 && (restriction.consulted ?? []).length === 0) {
        report('best_interests_without_consultation', ['legalBasis', 'consulted']);
      }
    } else if (basis.kind === 'consent' && basis.capacityRecordedOn === undefined) {
      report('consent_without_capacity', ['legalBasis', 'capacityRecordedOn']);
    }
  },
};
