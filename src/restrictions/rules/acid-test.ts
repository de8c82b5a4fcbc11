import type { AuthorisationRoute, RestrictionFindingDetails } from '../findings.js';
import type { Restriction } from '../schemas.js';
import { DOLS_SETTINGS } from '../vocabulary.js';
import { inPlace, type RestrictionContext, type RestrictionRule } from './context.js';

type Missing = RestrictionFindingDetails['acid_test_not_recorded']['missing'][number];

/** What the record says about the acid test (Cheshire West [2014] UKSC 19). */
export type AcidTest =
  | { readonly result: 'met' | 'possible' | 'not-met' | 'not-recorded' }
  | { readonly result: 'partial'; readonly missing: readonly Missing[] };

/**
 * Reads the acid test from its three elements: lacks capacity to consent to the
 * arrangements, continuous supervision and control, not free to leave. Any element recorded
 * as not met settles it; all three met is a deprivation of liberty; the two facts met with
 * capacity unknown is a possible one.
 */
export function acidTest(
  liberty: Restriction['liberty'],
  lacksCapacity: boolean | undefined,
): AcidTest {
  const supervised = liberty?.continuousSupervision;
  const free = liberty?.freeToLeave;
  if (supervised === false || free === true || lacksCapacity === false) {
    return { result: 'not-met' };
  }
  if (supervised === true && free === false) {
    return { result: lacksCapacity === true ? 'met' : 'possible' };
  }
  if (supervised !== true && free !== false) return { result: 'not-recorded' };
  const missing: Missing[] = [];
  if (supervised === undefined) missing.push('continuous-supervision');
  if (free === undefined) missing.push('free-to-leave');
  if (lacksCapacity === undefined) missing.push('capacity');
  return { result: 'partial', missing };
}

/** The route that authorises a deprivation of liberty in the restriction's setting. */
export function routeOf(restriction: Restriction): AuthorisationRoute {
  const type = restriction.setting?.type;
  if (type === undefined) return null;
  return DOLS_SETTINGS.includes(type) ? 'dols' : 'court-of-protection';
}

/** The acid test of this restriction on its own. */
export const acidTestOf = (ctx: RestrictionContext): AcidTest =>
  acidTest(ctx.restriction.liberty, ctx.capacity.lacksCapacity);

/**
 * A deprivation of liberty (the acid test met) needs an authorisation: DoLS in a care home
 * or hospital, a Court of Protection order elsewhere (MCA 2005 s.4A). When an authorisation
 * is recorded in any state, the authorisation rules say what that state means instead.
 */
export const acidTestRule: RestrictionRule = {
  codes: [
    'deprivation_without_authorisation',
    'possible_deprivation_of_liberty',
    'acid_test_not_recorded',
  ],
  // A DoLS basis with nothing recorded is `authorisation_not_recorded`'s to report.
  applies: (ctx) =>
    inPlace(ctx) &&
    !ctx.authorisations.accounted &&
    ctx.restriction.legalBasis?.kind !== 'deprivation-of-liberty',
  check: (ctx, report) => {
    const test = acidTestOf(ctx);
    const route = routeOf(ctx.restriction);
    if (test.result === 'met') report('deprivation_without_authorisation', ['liberty'], { route });
    else if (test.result === 'possible') {
      report('possible_deprivation_of_liberty', ['liberty'], { route });
    } else if (test.result === 'partial') {
      report('acid_test_not_recorded', ['liberty'], { missing: test.missing });
    }
  },
};
