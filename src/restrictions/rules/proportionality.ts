import type { Intensity } from '../practice-schemas.js';
import { inPlace, type RestrictionRule } from './context.js';

const RANK: Readonly<Record<Intensity, number>> = { low: 0, medium: 1, high: 2 };

/**
 * Restraint must be a proportionate response to the likelihood and seriousness of the harm
 * (MCA 2005 s.6(3)): the restriction's intensity against the proportionality table.
 */
export const proportionalityRule: RestrictionRule = {
  codes: ['disproportionate_restriction'],
  applies: inPlace,
  check: ({ restriction, policy }, report) => {
    const likelihood = restriction.risk?.likelihood;
    const seriousness = restriction.risk?.seriousness;
    if (likelihood === undefined || seriousness === undefined) return;
    const intensity = restriction.intensity ?? policy.intensityByType[restriction.type];
    const proportionateUpTo = policy.proportionality[likelihood][seriousness];
    if (RANK[intensity] > RANK[proportionateUpTo]) {
      report('disproportionate_restriction', ['risk'], {
        intensity,
        likelihood,
        seriousness,
        proportionateUpTo,
      });
    }
  },
};

/**
 * Section 6 covers restraint to prevent harm to the person; a risk only to others rests on
 * other law, and a best-interests (or DoLS) basis does not cover it.
 */
export const harmToOthersRule: RestrictionRule = {
  codes: ['harm_to_others_under_s6'],
  applies: inPlace,
  check: ({ restriction }, report) => {
    const kind = restriction.legalBasis?.kind;
    if (kind !== 'best-interests' && kind !== 'deprivation-of-liberty') return;
    const toWhom = restriction.risk?.toWhom ?? [];
    const others = toWhom.filter((who) => who !== 'person');
    if (toWhom.length > 0 && others.length === toWhom.length) {
      report('harm_to_others_under_s6', ['risk', 'toWhom'], { toWhom: others });
    }
  },
};
