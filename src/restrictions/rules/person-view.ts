import { inPlace, type RestrictionRule } from './context.js';

/** The person's own view of an individual restriction, in their words. */
export const personViewRule: RestrictionRule = {
  codes: ['person_view_missing'],
  applies: inPlace,
  check: ({ restriction }, report) => {
    if (restriction.scope.kind === 'individual' && restriction.personsView === undefined)
      report('person_view_missing', ['personsView']);
  },
};
