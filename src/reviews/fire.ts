import { daysBetween, type IsoDate } from '../core/index.js';
import { compareText } from '../core/internal/index.js';
import { isOpen, type Outcome, type Rating } from '../outcomes/index.js';
import { SEVERITY_RANK } from './order.js';
import type { LifeEvent, ReviewTriggerRule } from './schemas/index.js';

/** A rule that fired: the day, and what it counted. */
export interface Fired {
  readonly on: IsoDate;
  readonly eventIds: string[];
  readonly outcomeIds: string[];
}

type EventsRule = Extract<ReviewTriggerRule, { on: 'events' }>;
type RatingRule = Extract<ReviewTriggerRule, { on: 'falling_rating' }>;

/**
 * An `events` rule over the events still to be answered (oldest first): it fires on the
 * first day that `atLeast` matching events fall within `withinDays` days, and counts every
 * matching event.
 */
export function fireOnEvents(rule: EventsRule, open: readonly LifeEvent[]): Fired | undefined {
  const kinds: ReadonlySet<string> = new Set(rule.kinds);
  const least = SEVERITY_RANK[rule.minSeverity ?? 'low'];
  const matching = open.filter((e) => kinds.has(e.kind) && SEVERITY_RANK[e.severity] >= least);
  const atLeast = rule.atLeast ?? 1;
  const withinDays = rule.withinDays ?? 1;
  let from = 0;
  for (const [i, event] of matching.entries()) {
    while (daysBetween((matching[from] as LifeEvent).on, event.on) >= withinDays) from += 1;
    if (i - from + 1 >= atLeast) {
      return { on: event.on, eventIds: matching.map((e) => e.id), outcomeIds: [] };
    }
  }
  return undefined;
}

/** An open outcome's ratings from the plan's start, oldest first (a day's in their order). */
export interface RatedOutcome {
  readonly id: string;
  readonly ratings: readonly Rating[];
}

/** The open outcomes and their ratings in the plan, sorted once. */
export function ratedOutcomes(
  outcomes: readonly Outcome[],
  start: IsoDate,
  asOf: IsoDate,
): RatedOutcome[] {
  return outcomes.filter(isOpen).map((outcome) => ({
    id: outcome.id,
    // Array.prototype.sort is stable: ratings on one day keep their recorded order.
    ratings: (outcome.ratings ?? [])
      .filter((r) => r.on >= start && r.on <= asOf)
      .sort((a, b) => compareText(a.on, b.on)),
  }));
}

/**
 * A `falling_rating` rule: for each outcome, the first rating (up to `until`) that is `drop`
 * or more below the one `last − 1` ratings before and still to be answered; the rule fires on
 * the earliest of them.
 */
export function fireOnRatings(
  rule: RatingRule,
  outcomes: readonly RatedOutcome[],
  until: IsoDate,
  stillOpen: (outcomeId: string, on: IsoDate) => boolean,
): Fired | undefined {
  const drop = rule.drop ?? 1;
  const last = rule.last ?? 2;
  let on: IsoDate | undefined;
  const outcomeIds: string[] = [];
  for (const { id, ratings } of outcomes) {
    const fall = firstFall(ratings, drop, last, until, (day) => stillOpen(id, day));
    if (fall === undefined) continue;
    outcomeIds.push(id);
    if (on === undefined || fall < on) on = fall;
  }
  if (on === undefined) return undefined;
  return { on, eventIds: [], outcomeIds: [...new Set(outcomeIds)].sort(compareText) };
}

function firstFall(
  ratings: readonly Rating[],
  drop: number,
  last: number,
  until: IsoDate,
  stillOpen: (on: IsoDate) => boolean,
): IsoDate | undefined {
  for (let i = last - 1; i < ratings.length; i += 1) {
    const latest = ratings[i] as Rating;
    if (latest.on > until) return undefined;
    const earlier = ratings[i - last + 1] as Rating;
    if (earlier.score - latest.score >= drop && stillOpen(latest.on)) return latest.on;
  }
  return undefined;
}
