import { daysBetween, type IsoDate } from '../../core/index.js';
import type { AuthorisationView } from './authorisation-facts.js';
import type { RestrictionContext, RestrictionRule } from './context.js';

type Report = Parameters<RestrictionRule['check']>[1];

const latestBy = (views: readonly AuthorisationView[]): AuthorisationView | undefined => {
  let best: AuthorisationView | undefined;
  for (const v of views) {
    if (v.lastDay !== undefined && (best?.lastDay === undefined || v.lastDay > best.lastDay)) {
      best = v;
    }
  }
  return best;
};

/** The day the first pending request of these kinds was made, if any. */
function requestedOn(ctx: RestrictionContext, urgentToo: boolean): IsoDate | null {
  const pending = ctx.authorisations.pending.filter(
    (v) => v.requestedOn !== undefined && (urgentToo || v.kind !== 'dols-urgent'),
  );
  return pending[0]?.requestedOn ?? null;
}

/** An authorisation in force expiring soon, with no further one requested or granted. */
function reportExpiring(ctx: RestrictionContext, report: Report): void {
  const { current, all } = ctx.authorisations;
  const lasting = current.filter((v) => v.kind !== 'dols-urgent');
  if (lasting.length === 0 || lasting.some((v) => v.lastDay === undefined)) return;
  const latest = latestBy(lasting);
  if (latest?.lastDay === undefined) return;
  const { asOf, expiringWithinDays } = ctx.policy;
  const daysLeft = daysBetween(asOf, latest.lastDay);
  if (daysLeft > expiringWithinDays) return;
  const successor = all.some(
    (v) =>
      v !== latest &&
      v.kind !== 'lps' &&
      v.kind !== 'dols-urgent' &&
      (v.status === 'requested' ||
        (v.status === 'granted' && v.start !== undefined && v.start > asOf)),
  );
  if (successor) return;
  report('authorisation_expiring', latest.path, {
    reference: latest.reference,
    expiresOn: latest.lastDay,
    daysLeft,
  });
}

/**
 * An authorisation must be in force for as long as the restriction is: an urgent one that
 * ran out with no standard authorisation granted, or a standard one or an order that expired
 * with nothing since, is an error; one expiring soon with no further request is a warning
 * (MCA 2005 s.4A; Schedule A1, paras 78, 84 and Part 4).
 */
export const authorisationRule: RestrictionRule = {
  codes: ['urgent_authorisation_lapsed', 'authorisation_expired', 'authorisation_expiring'],
  check: (ctx, report) => {
    const { restriction, ended, inForceUntil, authorisations } = ctx;
    if (restriction.start > inForceUntil) return;
    if (authorisations.current.length > 0) {
      if (!ended) reportExpiring(ctx, report);
      return;
    }
    const lapsed = latestBy(
      authorisations.all.filter(
        (v) =>
          v.kind !== 'lps' &&
          (v.status === 'granted' || v.status === 'expired') &&
          v.lastDay !== undefined &&
          v.lastDay < inForceUntil,
      ),
    );
    if (lapsed?.lastDay === undefined) return;
    if (lapsed.kind === 'dols-urgent' && lapsed.start !== undefined) {
      report('urgent_authorisation_lapsed', lapsed.path, {
        startsOn: lapsed.start,
        lastDay: lapsed.lastDay,
        standardRequestedOn: requestedOn(ctx, false),
      });
      return;
    }
    report('authorisation_expired', lapsed.path, {
      reference: lapsed.reference,
      expiresOn: lapsed.lastDay,
      furtherRequestedOn: requestedOn(ctx, false),
    });
  },
};
