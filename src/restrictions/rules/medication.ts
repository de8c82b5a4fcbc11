import { plusMonths } from '../dates.js';
import type { RestrictionFindingDetails } from '../findings.js';
import type { Restriction } from '../schemas.js';
import { inPlace, type RestrictionRule } from './context.js';

type Missing = RestrictionFindingDetails['covert_medication_without_meeting']['missing'][number];
const SPEAKS_FOR = new Set(['family', 'advocate', 'imca', 'representative']);

/** What covert medication lacks of the best-interests process NICE asks for. */
function covertMissing(restriction: Restriction): Missing[] {
  const basis = restriction.legalBasis;
  if (basis?.kind !== 'best-interests') return ['best-interests-basis', 'meeting'];
  const attendees = basis.meeting?.attendees;
  if (attendees === undefined) return ['meeting'];
  const missing: Missing[] = [];
  if (!attendees.includes('prescriber')) missing.push('prescriber');
  if (!attendees.some((party) => SPEAKS_FOR.has(party))) missing.push('family-or-advocate');
  return missing;
}

/**
 * Medication as a restriction: covert administration only after a best-interests meeting
 * with the prescriber and a family member or advocate, with a review date (NICE SC1 s.1.15,
 * QS85 statement 6); psychotropic medicine given as needed for behaviour reviewed regularly
 * (STOMP, NHS England 2016); and the details those checks need.
 */
export const medicationRule: RestrictionRule = {
  codes: [
    'covert_medication_without_meeting',
    'covert_medication_no_review_date',
    'psychotropic_review_overdue',
    'medication_not_recorded',
  ],
  applies: inPlace,
  check: ({ restriction, policy }, report) => {
    const medication = restriction.medication;
    if (medication === undefined) {
      if (restriction.type === 'chemical') report('medication_not_recorded', ['medication']);
      return;
    }
    if (medication.covert === true) {
      const missing = covertMissing(restriction);
      if (missing.length > 0) {
        report('covert_medication_without_meeting', ['medication', 'covert'], { missing });
      }
      if (restriction.nextReviewOn === undefined) {
        report('covert_medication_no_review_date', ['nextReviewOn']);
      }
    }
    if (medication.prn && medication.psychotropic && medication.forBehaviour) {
      const from = medication.lastReviewedOn ?? restriction.start;
      if (plusMonths(from, policy.medicationReviewMonths) < policy.asOf) {
        report('psychotropic_review_overdue', ['medication', 'lastReviewedOn'], {
          lastReviewedOn: medication.lastReviewedOn ?? null,
          withinMonths: policy.medicationReviewMonths,
        });
      }
    }
  },
};
