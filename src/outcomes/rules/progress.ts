import { daysBetween } from '../../core/index.js';
import { ratingsInOrder } from '../ratings.js';
import { isActive, type OutcomeRule } from './context.js';

/** An active outcome is rated: not never, not long ago, and a fall is noticed. */
export const progressRule: OutcomeRule = {
  codes: ['no_ratings', 'ratings_stale', 'rating_falling'],
  applies: isActive,
  check: ({ outcome, policy }, report) => {
    const { asOf, staleAfterDays, fallingBy } = policy;
    const ratings = ratingsInOrder(outcome, asOf);
    const last = ratings.at(-1);
    if (last === undefined) {
      const start = outcome.timeframe?.start;
      if (start !== undefined && start <= asOf) {
        const daysSince = daysBetween(start, asOf);
        if (daysSince > staleAfterDays) report('no_ratings', ['ratings'], { start, daysSince });
      }
      return;
    }
    const daysSince = daysBetween(last.on, asOf);
    if (daysSince > staleAfterDays)
      report('ratings_stale', ['ratings'], { lastRatedOn: last.on, daysSince });
    const previous = ratings.at(-2);
    if (previous !== undefined && previous.score - last.score >= fallingBy) {
      report('rating_falling', ['ratings'], {
        latest: last.score,
        previous: previous.score,
        on: last.on,
      });
    }
  },
};
