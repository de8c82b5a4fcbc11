import { plusMonths } from '../dates.js';
import type { AssessmentView } from './capacity-facts.js';
import { inPlace, type RestrictionRule } from './context.js';

const last = <T>(items: readonly T[]): T | undefined => items[items.length - 1];

/** Reports a best-interests basis with no assessment that is about this decision. */
function reportMissing(
  all: readonly AssessmentView[],
  report: Parameters<RestrictionRule['check']>[1],
): void {
  const latest = last(all);
  if (latest === undefined) {
    report('no_capacity_assessment', ['legalBasis', 'capacityAssessment']);
    return;
  }
  const decided = last(all.filter((v) => v.relation !== 'no-decision'));
  if (decided === undefined) {
    report('capacity_assessment_not_decision_specific', latest.path, {
      assessedOn: latest.assessment.assessedOn,
    });
    return;
  }
  report('capacity_assessment_other_decision', [...decided.path, 'decision'], {
    decision: decided.assessment.decision ?? '',
    assessedOn: decided.assessment.assessedOn,
  });
}

/**
 * A best-interests basis needs a decision-specific, time-specific capacity assessment that
 * found the person lacks capacity, made before the restriction began and still current
 * (MCA 2005 ss.1–3).
 */
export const capacityRule: RestrictionRule = {
  codes: [
    'no_capacity_assessment',
    'capacity_assessment_not_decision_specific',
    'capacity_assessment_other_decision',
    'best_interests_with_capacity',
    'capacity_conclusion_not_recorded',
    'capacity_assessment_after_start',
    'capacity_assessment_out_of_date',
  ],
  applies: (ctx) => inPlace(ctx) && ctx.restriction.legalBasis?.kind === 'best-interests',
  check: ({ restriction, capacity, policy }, report) => {
    const { relevant, latest } = capacity;
    const first = relevant[0];
    if (latest === undefined || first === undefined) {
      reportMissing(capacity.all, report);
      return;
    }
    const { assessedOn, conclusion } = latest.assessment;
    if (conclusion === 'has-capacity') {
      report('best_interests_with_capacity', [...latest.path, 'conclusion'], { assessedOn });
    } else if (conclusion === undefined) {
      report('capacity_conclusion_not_recorded', latest.path, { assessedOn });
    }
    if (first.assessment.assessedOn > restriction.start) {
      report('capacity_assessment_after_start', [...first.path, 'assessedOn'], {
        assessedOn: first.assessment.assessedOn,
        start: restriction.start,
      });
    }
    if (plusMonths(assessedOn, policy.capacityValidMonths) < policy.asOf) {
      report('capacity_assessment_out_of_date', [...latest.path, 'assessedOn'], {
        assessedOn,
        validMonths: policy.capacityValidMonths,
      });
    }
  },
};
