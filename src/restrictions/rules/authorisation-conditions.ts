import { daysBetween } from '../../core/index.js';
import { inPlaceNow, type RestrictionRule } from './context.js';

/**
 * An authorisation in force is only as good as its conditions (MCA 2005 Schedule A1,
 * para 53: the managing authority must make sure they are met) and its reviews (Part 8; a
 * court order's own review date).
 */
export const authorisationConditionsRule: RestrictionRule = {
  codes: ['authorisation_conditions_not_met', 'authorisation_review_overdue'],
  applies: inPlaceNow,
  check: ({ authorisations, policy }, report) => {
    for (const view of authorisations.current) {
      const record = view.record;
      if (record === undefined) continue;
      for (const [index, condition] of (record.conditions ?? []).entries()) {
        if (condition.met === true) continue;
        report('authorisation_conditions_not_met', [...view.path, 'conditions', index], {
          condition: condition.text,
          met: condition.met ?? null,
        });
      }
      if (record.reviewOn !== undefined && record.reviewOn < policy.asOf) {
        report('authorisation_review_overdue', [...view.path, 'reviewOn'], {
          reviewOn: record.reviewOn,
          daysOverdue: daysBetween(record.reviewOn, policy.asOf),
        });
      }
    }
  },
};
