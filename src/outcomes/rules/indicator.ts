import type { OutcomeRule } from './context.js';

/** Progress can be measured: an indicator with a measure, target and direction, and a baseline. */
export const measurableRule: OutcomeRule = {
  codes: ['indicator_not_measurable', 'no_baseline'],
  check: ({ outcome, missing }, report) => {
    const { indicator } = outcome;
    if (missing.length > 0) {
      report('indicator_not_measurable', indicator === undefined ? [] : ['indicator'], {
        missing,
      });
    } else if (
      indicator !== undefined &&
      indicator.measure !== 'milestone' &&
      indicator.baseline === undefined
    ) {
      report('no_baseline', ['indicator', 'baseline']);
    }
  },
};
