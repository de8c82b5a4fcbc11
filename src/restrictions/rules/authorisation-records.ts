import type { RestrictionFindingDetails } from '../findings.js';
import type { AuthorisationView } from './authorisation-facts.js';
import { inPlace, type RestrictionRule } from './context.js';

type Missing = RestrictionFindingDetails['authorisation_dates_not_recorded']['missing'][number];

/** The dates a check needs that an authorisation record lacks. */
function missingDates(view: AuthorisationView): Missing[] {
  const record = view.record;
  if (record === undefined) return [];
  const missing: Missing[] = [];
  if (record.status === 'requested' && record.requestedOn === undefined)
    missing.push('requestedOn');
  if (record.status === 'suspended' && record.suspendedOn === undefined)
    missing.push('suspendedOn');
  const given = record.status === 'granted' || record.status === 'suspended';
  if (given && record.kind !== 'court-of-protection' && view.start === undefined) {
    missing.push('startsOn');
  }
  if (given && record.kind === 'dols-standard' && record.expiresOn === undefined) {
    missing.push('expiresOn');
  }
  return missing;
}

/**
 * The authorisation records themselves: an LPS authorisation is not in force (the
 * Liberty Protection Safeguards were postponed in 2023), a DoLS basis needs an
 * authorisation recorded, and each authorisation the dates its checks need.
 */
export const authorisationRecordsRule: RestrictionRule = {
  codes: ['lps_not_in_force', 'authorisation_not_recorded', 'authorisation_dates_not_recorded'],
  applies: inPlace,
  check: ({ restriction, authorisations }, report) => {
    for (const view of authorisations.all) {
      if (view.kind === 'lps') {
        report('lps_not_in_force', [...view.path, 'kind'], { reference: view.reference });
        continue;
      }
      const missing = missingDates(view);
      if (missing.length > 0) {
        report('authorisation_dates_not_recorded', view.path, { kind: view.kind, missing });
      }
    }
    if (
      restriction.legalBasis?.kind === 'deprivation-of-liberty' &&
      !authorisations.all.some((v) => v.kind !== 'lps')
    ) {
      report('authorisation_not_recorded', ['authorisations']);
    }
  },
};
