import { compareText } from '../../core/internal/index.js';
import { authorisationFacts, capacityFacts, routeOf } from '../rules/index.js';
import { groupBy, type RegisterRule } from './context.js';

/**
 * Several restrictions of one person can together meet the acid test (Cheshire West [2014]
 * UKSC 19) when none does alone: one records continuous supervision, another that the
 * person is not free to leave. Without an authorisation on any of them, that is a
 * deprivation of liberty nobody has authorised.
 */
export const combinedAcidTestRule: RegisterRule = {
  codes: ['combined_deprivation_without_authorisation'],
  check: ({ inPlace, policy }, report) => {
    for (const [personId, theirs] of groupBy(inPlace, (r) => r.scope.personId)) {
      const supervised = theirs.filter((r) => r.liberty?.continuousSupervision === true);
      const confined = theirs.filter((r) => r.liberty?.freeToLeave === false);
      if (supervised.length === 0 || confined.length === 0) continue;
      if (supervised.some((r) => confined.includes(r))) continue; // one alone meets it
      const lacks = theirs.some((r) => capacityFacts(r, policy.asOf).lacksCapacity === true);
      if (!lacks) continue;
      if (theirs.some((r) => authorisationFacts(r, policy.asOf).accounted)) continue;
      const ids = [...new Set([...supervised, ...confined].map((r) => r.id))].sort(compareText);
      const routed = theirs.find((r) => r.setting !== undefined);
      report('combined_deprivation_without_authorisation', [], {
        personId,
        restrictionIds: ids,
        route: routed === undefined ? null : routeOf(routed),
      });
    }
  },
};
