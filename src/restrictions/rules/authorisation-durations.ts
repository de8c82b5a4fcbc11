import { plusDays, plusMonths } from '../dates.js';
import { STANDARD_MONTHS, URGENT_DAYS, urgentLimit } from './authorisation-facts.js';
import type { RestrictionRule } from './context.js';

/**
 * How long an authorisation may last: an urgent one at most 7 days after it is given, and
 * once extended at most 7 more (MCA 2005 Schedule A1, paras 78 and 84–85); a standard one
 * at most 12 months (para 42). An urgent authorisation goes with a request for a standard
 * one (para 76). These are facts of the record, so they are reported even after the
 * restriction ended.
 */
export const authorisationDurationRule: RestrictionRule = {
  codes: [
    'urgent_authorisation_too_long',
    'standard_authorisation_too_long',
    'urgent_without_standard_request',
  ],
  check: ({ authorisations }, report) => {
    for (const view of authorisations.all) {
      const { record, start } = view;
      if (record === undefined || start === undefined) continue;
      if (record.kind === 'dols-urgent') {
        const initialLimit = urgentLimit(start, false);
        const { expiresOn, extendedTo } = record;
        if (expiresOn !== undefined && expiresOn > initialLimit) {
          report('urgent_authorisation_too_long', [...view.path, 'expiresOn'], {
            startsOn: start,
            lastDay: extendedTo ?? expiresOn,
            latestLawfulDay: extendedTo === undefined ? initialLimit : urgentLimit(start, true),
          });
        } else if (extendedTo !== undefined) {
          const limit = plusDays(expiresOn ?? initialLimit, URGENT_DAYS);
          if (extendedTo > limit) {
            report('urgent_authorisation_too_long', [...view.path, 'extendedTo'], {
              startsOn: start,
              lastDay: extendedTo,
              latestLawfulDay: limit,
            });
          }
        }
        const requested = authorisations.all.some(
          (other) =>
            other.kind === 'dols-standard' &&
            (other.requestedOn === undefined || other.requestedOn <= start),
        );
        if (!requested && record.status !== 'requested' && record.status !== 'refused') {
          report('urgent_without_standard_request', view.path, { startsOn: start });
        }
      } else if (record.kind === 'dols-standard' && record.expiresOn !== undefined) {
        const limit = plusMonths(start, STANDARD_MONTHS);
        if (record.expiresOn > limit) {
          report('standard_authorisation_too_long', [...view.path, 'expiresOn'], {
            startsOn: start,
            expiresOn: record.expiresOn,
            latestLawfulDay: limit,
          });
        }
      }
    }
  },
};
