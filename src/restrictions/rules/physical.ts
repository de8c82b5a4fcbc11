import type { RestrictionFindingDetails } from '../findings.js';
import type { RestrictionUse } from '../schemas.js';
import { inPlace, type RestrictionRule } from './context.js';
import { usesUpTo } from './uses.js';

type Missing = RestrictionFindingDetails['injury_without_follow_up']['missing'][number];

/** What is not recorded after a use in which someone was hurt. */
function followUpMissing(use: RestrictionUse): Missing[] {
  const missing: Missing[] = [];
  if (use.incidentReviewed !== true) missing.push('incident-review');
  if (use.injury !== 'staff' && use.safeguardingConsidered !== true) missing.push('safeguarding');
  const personHurt = use.injury === 'person' || use.injury === 'person-and-staff';
  if (use.seriousInjury === true && personHurt && use.cqcNotified !== true) {
    missing.push('cqc-notification');
  }
  return missing;
}

/**
 * No face-down restraint without a cogent recorded reason (Positive and Proactive Care,
 * 2014), in the plan or in a use.
 */
export const proneRule: RestrictionRule = {
  codes: ['prone_restraint_without_reason'],
  check: (ctx, report) => {
    const plan = ctx.restriction.physicalIntervention;
    const planReason = plan?.proneReason;
    if (inPlace(ctx) && plan?.positions.includes('prone') && planReason === undefined) {
      report('prone_restraint_without_reason', ['physicalIntervention', 'proneReason'], {
        on: null,
      });
    }
    for (const { index, on, use } of usesUpTo(ctx)) {
      if (use.position === 'prone' && use.proneReason === undefined && planReason === undefined) {
        report('prone_restraint_without_reason', ['uses', index, 'position'], { on });
      }
    }
  },
};

/**
 * An injury during a restriction calls for an incident review and, unless only staff were
 * hurt, a safeguarding consideration; a serious injury to the person is notifiable to CQC
 * (Care Quality Commission (Registration) Regulations 2009, reg. 18).
 */
export const injuryRule: RestrictionRule = {
  codes: ['injury_without_follow_up'],
  check: (ctx, report) => {
    for (const { index, on, use } of usesUpTo(ctx)) {
      if (use.injury === 'none') continue;
      const missing = followUpMissing(use);
      if (missing.length > 0) {
        report('injury_without_follow_up', ['uses', index, 'injury'], {
          on,
          injury: use.injury,
          missing,
        });
      }
    }
  },
};
