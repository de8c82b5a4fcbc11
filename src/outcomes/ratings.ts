import type { IsoDate } from '../core/index.js';
import type { Outcome, Rating } from './schemas/index.js';

/**
 * An outcome's ratings in date order (ties keep their recorded order), optionally only
 * those on or before `asOf`.
 *
 * @internal
 */
export function ratingsInOrder(outcome: Outcome, asOf?: IsoDate): Rating[] {
  const ratings = (outcome.ratings ?? []).filter((r) => asOf === undefined || r.on <= asOf);
  return ratings
    .map((rating, index) => ({ rating, index }))
    .sort((a, b) =>
      a.rating.on < b.rating.on ? -1 : a.rating.on > b.rating.on ? 1 : a.index - b.index,
    )
    .map(({ rating }) => rating);
}
