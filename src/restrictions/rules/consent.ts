import { inPlace, type RestrictionRule } from './context.js';

/**
 * Consent is given by the person (or an attorney or deputy within their authority), on a
 * day, with capacity to give it, and can be withdrawn (MCA 2005 ss.2, 9–11, 16).
 */
export const consentRule: RestrictionRule = {
  codes: [
    'consent_not_given_by_person',
    'consent_withdrawn',
    'consent_lacks_capacity',
    'consent_without_capacity',
    'consent_not_dated',
  ],
  applies: (ctx) => inPlace(ctx) && ctx.restriction.legalBasis?.kind === 'consent',
  check: ({ restriction, capacity, inForceUntil }, report) => {
    const basis = restriction.legalBasis;
    if (basis?.kind !== 'consent') return;
    const { givenBy, withdrawnOn } = basis;
    if (givenBy === 'family' || givenBy === 'staff' || givenBy === 'other') {
      report('consent_not_given_by_person', ['legalBasis', 'givenBy'], { givenBy });
    }
    if (withdrawnOn !== undefined && withdrawnOn <= inForceUntil) {
      report('consent_withdrawn', ['legalBasis', 'withdrawnOn'], { withdrawnOn });
    }
    // An attorney or deputy consents because the person cannot: their capacity is not the question.
    if (givenBy !== 'attorney' && givenBy !== 'deputy') {
      const latest = capacity.latest;
      if (latest?.assessment.conclusion === 'lacks-capacity') {
        report('consent_lacks_capacity', [...latest.path, 'conclusion'], {
          assessedOn: latest.assessment.assessedOn,
        });
      } else if (
        basis.capacityRecordedOn === undefined &&
        latest?.assessment.conclusion !== 'has-capacity'
      ) {
        report('consent_without_capacity', ['legalBasis', 'capacityRecordedOn']);
      }
    }
    if (basis.consentedOn === undefined) report('consent_not_dated', ['legalBasis', 'consentedOn']);
  },
};
