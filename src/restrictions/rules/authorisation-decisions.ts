import { daysBetween, type IsoDate } from '../../core/index.js';
import { SUSPENSION_DAYS } from './authorisation-facts.js';
import { inPlace, type RestrictionContext, type RestrictionRule } from './context.js';

/** Whether something is in force meanwhile, and until when (`null` when open-ended or none). */
function cover(ctx: RestrictionContext): { covered: boolean; coveredUntil: IsoDate | null } {
  const { current } = ctx.authorisations;
  if (current.length === 0) return { covered: false, coveredUntil: null };
  let until: IsoDate | undefined;
  for (const v of current) {
    if (v.lastDay === undefined) return { covered: true, coveredUntil: null };
    if (until === undefined || v.lastDay > until) until = v.lastDay;
  }
  return { covered: true, coveredUntil: until ?? null };
}

/**
 * What a request not yet decided means on `asOf`: awaiting the supervisory body (or the
 * court) for N days, past the 21 days a standard authorisation's assessments are due in
 * (Mental Capacity (DoLS: Standard Authorisations, Assessments and Ordinary Residence)
 * Regulations 2008, reg. 13) — and whether anything authorises the deprivation meanwhile.
 * Also a refusal with nothing since, and a suspension past 28 days (Schedule A1 Part 6).
 */
export const authorisationDecisionRule: RestrictionRule = {
  codes: [
    'authorisation_awaiting_decision',
    'authorisation_decision_overdue',
    'authorisation_refused',
    'authorisation_suspended_too_long',
  ],
  applies: inPlace,
  check: (ctx, report) => {
    const { policy, authorisations, inForceUntil } = ctx;
    for (const view of authorisations.pending) {
      if (view.requestedOn === undefined || view.requestedOn > policy.asOf) continue;
      const daysWaiting = daysBetween(view.requestedOn, policy.asOf);
      const { covered, coveredUntil } = cover(ctx);
      if (view.kind === 'dols-standard' && daysWaiting > policy.decisionDueDays) {
        report('authorisation_decision_overdue', [...view.path, 'requestedOn'], {
          requestedOn: view.requestedOn,
          daysWaiting,
          dueWithinDays: policy.decisionDueDays,
          covered,
          coveredUntil,
        });
      } else {
        report('authorisation_awaiting_decision', [...view.path, 'requestedOn'], {
          kind: view.kind,
          requestedOn: view.requestedOn,
          daysWaiting,
          covered,
          coveredUntil,
        });
      }
    }
    const last = authorisations.all.filter((v) => v.kind !== 'lps').at(-1);
    if (last?.status === 'refused' && authorisations.current.length === 0) {
      report('authorisation_refused', [...last.path, 'status'], {
        reference: last.reference,
        decidedOn: last.record?.decidedOn ?? null,
      });
    }
    for (const view of authorisations.all) {
      const suspendedOn = view.record?.suspendedOn;
      if (view.status !== 'suspended' || suspendedOn === undefined) continue;
      const daysSuspended = daysBetween(suspendedOn, inForceUntil);
      if (daysSuspended > SUSPENSION_DAYS) {
        report('authorisation_suspended_too_long', [...view.path, 'suspendedOn'], {
          suspendedOn,
          daysSuspended,
        });
      }
    }
  },
};
