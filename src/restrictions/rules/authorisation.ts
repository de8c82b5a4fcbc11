import { daysBetween } from '../../core/index.js';
import type { RestrictionRule } from './context.js';

/**
 * A deprivation-of-liberty authorisation or court order must be current while the
 * restriction is in place: expired is an error, expiring soon a warning.
 */
export const authorisationRule: RestrictionRule = {
  codes: ['authorisation_expired', 'authorisation_expiring'],
  check: ({ restriction, policy, ended, inForceUntil }, report) => {
    const basis = restriction.legalBasis;
    if (basis === undefined || restriction.start > inForceUntil) return;
    if (basis.kind !== 'deprivation-of-liberty' && basis.kind !== 'court-order') return;
    const { expiresOn, reference } = basis;
    if (expiresOn === undefined) return;
    const path = ['legalBasis', 'expiresOn'];
    if (expiresOn < inForceUntil) {
      report('authorisation_expired', path, { reference, expiresOn });
      return;
    }
    const daysLeft = daysBetween(policy.asOf, expiresOn);
    if (!ended && daysLeft <= policy.expiringWithinDays) {
      report('authorisation_expiring', path, { reference, expiresOn, daysLeft });
    }
  },
};
