import type { RestrictionFindingDetails } from '../findings.js';
import { inPlace, type RestrictionRule } from './context.js';

type Missing = RestrictionFindingDetails['no_rationale']['missing'][number];

/** A less restrictive way must have been considered first (MCA 2005 s.1(6)). */
export const optionsExploredRule: RestrictionRule = {
  codes: ['no_less_restrictive_option'],
  applies: inPlace,
  check: ({ restriction }, report) => {
    if ((restriction.optionsExplored ?? []).length === 0)
      report('no_less_restrictive_option', ['optionsExplored']);
  },
};

/** Necessity and proportionality need the rationale and the risk it answers (MCA 2005 s.6). */
export const rationaleRule: RestrictionRule = {
  codes: ['no_rationale'],
  applies: inPlace,
  check: ({ restriction }, report) => {
    const missing: Missing[] = [];
    if (restriction.leastRestrictiveRationale === undefined) missing.push('rationale');
    const { risk } = restriction;
    if (risk === undefined) missing.push('risk');
    else {
      if (risk.likelihood === undefined) missing.push('likelihood');
      if (risk.seriousness === undefined) missing.push('seriousness');
    }
    if (missing.length > 0) report('no_rationale', [], { missing });
  },
};
