import type { OutcomeRule } from './context.js';

/** Somebody owns the outcome. */
export const ownerRule: OutcomeRule = {
  codes: ['no_owner'],
  check: ({ outcome }, report) => {
    if ((outcome.owners ?? []).length === 0) report('no_owner', ['owners']);
  },
};

/** Each owner says what they will do. */
export const responsibilityRule: OutcomeRule = {
  codes: ['owner_without_responsibility'],
  check: ({ outcome }, report) => {
    for (const [index, owner] of (outcome.owners ?? []).entries()) {
      if (owner.responsibility === undefined)
        report('owner_without_responsibility', ['owners', index], { party: owner.party });
    }
  },
};
