import type { IsoDate } from '../core/index.js';
import { type Fired, fireOnEvents, fireOnRatings, type RatedOutcome } from './fire.js';
import type { AnsweredBy, HeldReview } from './records.js';
import type { LifeEvent, ReviewTriggerRule } from './schemas/index.js';

/** When each event and each fall in a rating was answered, under the host's policy. */
export interface Answers {
  /** The first review day on or after the event that answers it, if any. */
  readonly event: (event: LifeEvent) => IsoDate | undefined;
  /** The first review day on or after the rating that answers its fall, if any. */
  readonly fall: (outcomeId: string, on: IsoDate) => IsoDate | undefined;
}

/**
 * `next_review`: the first review held on or after it answers it. `discussed`: the first
 * review on or after it that lists the event (or looked at the outcome).
 */
export function answersOf(held: readonly HeldReview[], answeredBy: AnsweredBy): Answers {
  if (answeredBy === 'next_review') {
    const days = held.map((r) => r.on);
    return { event: (e) => firstOnOrAfter(days, e.on), fall: (_, on) => firstOnOrAfter(days, on) };
  }
  const eventDays = daysListing(held, (r) => r.events);
  const outcomeDays = daysListing(held, (r) => r.outcomes);
  return {
    event: (e) => firstOnOrAfter(eventDays.get(e.id) ?? [], e.on),
    fall: (id, on) => firstOnOrAfter(outcomeDays.get(id) ?? [], on),
  };
}

function daysListing(
  held: readonly HeldReview[],
  pick: (r: HeldReview) => readonly string[],
): Map<string, IsoDate[]> {
  const days = new Map<string, IsoDate[]>();
  for (const review of held) {
    for (const id of new Set(pick(review))) {
      const list = days.get(id);
      if (list === undefined) days.set(id, [review.on]);
      else list.push(review.on);
    }
  }
  return days;
}

/** The first day in a sorted list on or after `on` (binary search). */
function firstOnOrAfter(days: readonly IsoDate[], on: IsoDate): IsoDate | undefined {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as IsoDate) < on) lo = mid + 1;
    else hi = mid;
  }
  return days[lo];
}

/** A rule that fired, with the rule. */
export interface FiredRule {
  readonly rule: ReviewTriggerRule;
  readonly fired: Fired;
}

/** What is still to be answered at the end of a day, and the rules it fires. */
export interface OpenRecords {
  /** The events still to be answered, oldest first. */
  readonly events: readonly LifeEvent[];
  /** The open outcomes' ratings. */
  readonly rated: readonly RatedOutcome[];
  /** The day: ratings after it are not read. */
  readonly until: IsoDate;
  /** Whether the fall on a day in an outcome's rating is still to be answered. */
  readonly fallOpen: (outcomeId: string, on: IsoDate) => boolean;
}

/** Each rule over what is still to be answered: at most one trigger a rule. */
export function fireRules(rules: readonly ReviewTriggerRule[], open: OpenRecords): FiredRule[] {
  const out: FiredRule[] = [];
  for (const rule of rules) {
    const fired =
      rule.on === 'events'
        ? fireOnEvents(rule, open.events)
        : fireOnRatings(rule, open.rated, open.until, open.fallOpen);
    if (fired !== undefined) out.push({ rule, fired });
  }
  return out;
}

/** A trigger raised at some time, and the review day that answered it. */
export interface TriggerStep extends FiredRule {
  readonly answeredOn: IsoDate | null;
}

/**
 * Every trigger the rules raised up to `until`, with the review day that answered each: the
 * rules are run on what was still to be answered just before each review day (counting
 * that day's events and ratings) and just after it; a trigger there before and gone after
 * was answered that day. Triggers still there at `until` are unanswered. A trigger is the
 * rule and the day it fired.
 */
export function triggerSteps(
  events: readonly LifeEvent[],
  held: readonly HeldReview[],
  rated: readonly RatedOutcome[],
  rules: readonly ReviewTriggerRule[],
  answers: Answers,
  until: IsoDate,
): TriggerStep[] {
  const found = new Map<string, { step: FiredRule; answeredOn: IsoDate | null }>();
  const note = (step: FiredRule, answeredOn: IsoDate | null) => {
    const key = `${step.rule.id}\u0000${step.fired.on}`;
    const seen = found.get(key);
    if (seen === undefined) found.set(key, { step, answeredOn });
    else if (seen.answeredOn === null) found.set(key, { step, answeredOn });
  };
  const open =
    (day: IsoDate, stillOpen: (answered: IsoDate | undefined) => boolean) =>
    (active: readonly LifeEvent[]): OpenRecords => ({
      events: active,
      rated,
      until: day,
      fallOpen: (id, on) => stillOpen(answers.fall(id, on)),
    });
  let active: LifeEvent[] = [];
  let next = 0;
  for (const { on: day } of held) {
    if (day > until) break;
    while (next < events.length && (events[next] as LifeEvent).on <= day) {
      active.push(events[next] as LifeEvent);
      next += 1;
    }
    const before = fireRules(rules, open(day, (a) => a === undefined || a >= day)(active));
    active = active.filter((e) => isOpenAfter(answers.event(e), day));
    const after = fireRules(rules, open(day, (a) => isOpenAfter(a, day))(active));
    const still = new Set(after.map((s) => `${s.rule.id}\u0000${s.fired.on}`));
    for (const step of before) {
      note(step, still.has(`${step.rule.id}\u0000${step.fired.on}`) ? null : day);
    }
  }
  for (; next < events.length && (events[next] as LifeEvent).on <= until; next += 1) {
    active.push(events[next] as LifeEvent);
  }
  for (const step of fireRules(rules, open(until, (a) => isOpenAfter(a, until))(active))) {
    note(step, null);
  }
  return [...found.values()].map(({ step, answeredOn }) => ({ ...step, answeredOn }));
}

const isOpenAfter = (answeredOn: IsoDate | undefined, day: IsoDate): boolean =>
  answeredOn === undefined || answeredOn > day;
