import type { CommunityActivity, PersonRecord } from '../metrics/index.js';
import type { Outcome, Rating } from '../outcomes/index.js';
import type { Action, Feedback, LifeEvent } from '../reviews/index.js';
import { areasOf, cancelReasonOf } from './areas.js';
import { dayNumber, isoDate } from './days.js';
import type { Resolved } from './options.js';
import {
  actionFate,
  type DatedEvent,
  type Person,
  type RatedOutcome,
  trendOf,
  weighted,
} from './person-parts.js';
import {
  ACTIVITIES,
  ACTIVITY_KINDS,
  EVENTS,
  FEEDBACK,
  fill,
  GENERIC_OUTCOMES,
  OUTCOMES,
  STAFF,
} from './phrases.js';
import { createRandom, mixSeed, type Random } from './random.js';
import { makeRestrictions } from './restrictions.js';
import { makeReviews, makeSupporters } from './reviews.js';
import { type SettingPlan, STREAM, settingIndexOf } from './setting.js';

const MONTH = 30.4375;
const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

/** When a person's support starts and ends (day numbers): a stream of its own. */
export interface Span {
  readonly start: number;
  /** The day the plan ended, or undefined when it is still running on `asOf`. */
  readonly end: number | undefined;
}

/**
 * The span of person `index`: 45 % join in the first two months of the history (the people
 * already supported when the data starts), the rest at an even rate up to a week before
 * `asOf`; each leaves after an exponential time with rate `leavingPerYear`.
 */
export function spanOf(o: Resolved, index: number): Span {
  const random = createRandom(mixSeed(o.seed, STREAM.span, index));
  const latest = Math.max(o.historyStart, o.asOf - 7);
  const start = random.chance(0.45)
    ? o.historyStart + random.int(0, 60)
    : random.int(o.historyStart, latest);
  const years = o.leavingPerYear > 0 ? -Math.log(1 - random.next()) / o.leavingPerYear : Infinity;
  const end = start + Math.max(30, Math.round(years * 365.25));
  return { start: Math.min(start, latest), end: end < o.asOf ? end : undefined };
}

/** Generates person `index`: depends only on the options' seed and knobs and on `index`. */
export function generatePerson(
  o: Resolved,
  index: number,
  settings: readonly SettingPlan[],
): PersonRecord {
  const personId = `p-${index}`;
  const setting = settings[settingIndexOf(o, index)] as SettingPlan;
  const { start, end } = spanOf(o, index);
  const random = createRandom(mixSeed(o.seed, STREAM.person, index));
  const p: Person = {
    o,
    random,
    personId,
    start,
    end,
    last: Math.min(end ?? o.asOf, o.asOf),
    keyworker: random.pick(STAFF),
  };
  const frailty = Math.exp(random.normal() * 0.6);
  const rated = makeOutcomes(p, createRandom(mixSeed(o.seed, STREAM.outcomeTags, index)));
  const outcomes = rated.map((r) => r.outcome);
  const events = makeEvents(p, outcomes, frailty);
  const actions: Action[] = [];
  const feedback = makeFeedback(p, actions);
  const reviewing: Person = { ...p, random: createRandom(mixSeed(o.seed, STREAM.reviews, index)) };
  const supporters = makeSupporters(reviewing);
  const reviews = makeReviews(reviewing, rated, events, feedback, actions, supporters);
  const activities = makeActivities(p);
  const restrictions = makeRestrictions(
    p,
    index,
    setting,
    outcomes.map((o) => o.id),
  );
  return {
    type: 'person',
    groups: { service: setting.service, setting: setting.id },
    plan: {
      id: `plan-${index}`,
      personId,
      start: isoDate(start),
      ...(end === undefined ? {} : { end: isoDate(end) }),
      outcomes,
      ...(supporters.length > 0 ? { supporters } : {}),
      events: events.map((e) => e.event),
      reviews,
    },
    actions,
    feedback: feedback.map((f) => f.feedback),
    ...(restrictions.length > 0 ? { restrictions } : {}),
    activities,
  };
}

/**
 * 1–4 outcomes, each with monthly ratings on a random walk with drift; an achieved goal is
 * followed by a new one agreed two to eight weeks later (up to six outcomes in all). `tags`
 * draws their wellbeing areas and cancellation reasons.
 */
function makeOutcomes(p: Person, tags: Random): RatedOutcome[] {
  const count = weighted(p.random, [
    [1, 0.2],
    [2, 0.35],
    [3, 0.3],
    [4, 0.15],
  ] as const);
  const rated: RatedOutcome[] = [];
  for (let k = 0; k < count; k += 1) rated.push(makeOutcome(p, k, tags));
  for (let k = 0; k < rated.length && rated.length < MAX_OUTCOMES; k += 1) {
    const achievedOn = (rated[k] as RatedOutcome).outcome.achievedOn;
    if (achievedOn === undefined) continue;
    const next = dayNumber(achievedOn) + p.random.int(14, 56);
    if (next < p.last - 30) rated.push(makeOutcome(p, rated.length, tags, next));
  }
  return rated;
}

const MAX_OUTCOMES = 6;

function makeOutcome(p: Person, k: number, tags: Random, startsOn?: number): RatedOutcome {
  const { random, start, last, end, personId, o } = p;
  const id = `${personId}-o${k + 1}`;
  const later = startsOn === undefined && k > 0 && random.chance(0.35) && last - start > 120;
  const oStart =
    startsOn ??
    Math.min(later ? start + random.int(60, last - start - 30) : start + random.int(0, 21), last);
  const memo: Record<string, string> = {};
  const generic = random.chance(o.genericOutcomeShare);
  const template = random.pick(OUTCOMES);
  const { drift, latent0 } = trajectoryOf(random, o);
  const stopsAt = random.chance(0.06) ? 'cancelled' : random.chance(0.03) ? 'on-hold' : null;
  const stopDay = stopsAt === null ? Number.POSITIVE_INFINITY : oStart + random.int(60, 400);
  const { ratings, days, scores, achievedOn } = makeRatings(
    p,
    template,
    memo,
    oStart,
    Math.min(last, stopDay - 1),
    latent0,
    drift,
    !generic,
  );
  const { closedOn, ...status } = statusOf(scores, achievedOn, stopsAt, stopDay, last, end);
  const areas = areasOf(tags, template.domain, generic);
  const reason = status.lifecycleStatus === 'cancelled' ? cancelReasonOf(tags) : undefined;
  const outcome = outcomeOf(p, {
    id,
    template,
    generic,
    memo,
    oStart,
    status,
    achievedOn,
    closedOn,
    areas,
    reason,
    ratings,
  });
  return { outcome, days, scores };
}

/** What {@link outcomeOf} writes into an outcome, drawn by {@link makeOutcome}. */
interface OutcomeParts {
  readonly id: string;
  readonly template: (typeof OUTCOMES)[number];
  readonly generic: boolean;
  readonly memo: Record<string, string>;
  readonly oStart: number;
  readonly status: Omit<ReturnType<typeof statusOf>, 'closedOn'>;
  readonly achievedOn: number | undefined;
  readonly closedOn: number | undefined;
  readonly areas: NonNullable<Outcome['wellbeingAreas']>;
  readonly reason: Outcome['cancelledReason'];
  readonly ratings: Rating[];
}

/** The outcome record: who expressed it, the agreement, and its parts (draws in this order). */
function outcomeOf(p: Person, parts: OutcomeParts): Outcome {
  const { random, personId } = p;
  const { id, template, generic, memo, oStart, status, achievedOn, closedOn, areas, reason } =
    parts;
  const expressedBy = generic
    ? 'staff'
    : weighted(random, [
        ['person', 0.85],
        ['family', 0.07],
        ['advocate', 0.05],
        ['staff', 0.03],
      ] as const);
  const agreement = weighted(random, [
    ['agree', 0.88],
    ['pending', 0.08],
    ['disagree', 0.04],
  ] as const);
  const { description, ...measure } = template.indicator;
  return {
    id,
    personId,
    words: generic
      ? random.pick(GENERIC_OUTCOMES)
      : fill(random.pick(template.words), random.pick, memo),
    expressedBy,
    ...(generic ? {} : { domain: template.domain }),
    ...(areas.length > 0 ? { wellbeingAreas: areas } : {}),
    priority: random.pick(['high-priority', 'medium-priority', 'low-priority'] as const),
    ...status,
    ...(achievedOn === undefined ? {} : { achievedOn: isoDate(achievedOn) }),
    ...(closedOn === undefined ? {} : { closedOn: isoDate(closedOn) }),
    ...(reason === undefined ? {} : { cancelledReason: reason }),
    ...(generic && random.chance(0.5) ? {} : { indicator: { description, ...measure } }),
    timeframe: {
      start: isoDate(oStart),
      reviewBy: isoDate(reviewByOf(p, oStart, status.lifecycleStatus)),
      reviewEvery: { count: 3, unit: 'month' },
    },
    owners: [
      { party: 'person', responsibility: 'Say how it is going at the monthly session' },
      {
        party: 'keyworker',
        name: p.keyworker,
        responsibility: fill(template.responsibility, random.pick, memo),
      },
      ...(random.chance(0.3)
        ? [{ party: 'family' as const, responsibility: 'Join in on visits' }]
        : []),
    ],
    agreements: [
      { party: 'person', response: agreement, on: isoDate(oStart) },
      ...(random.chance(0.3)
        ? [{ party: 'family' as const, response: 'agree' as const, on: isoDate(oStart) }]
        : []),
    ],
    ratings: parts.ratings,
  };
}

/** How an outcome's ratings move: improving, on a plateau or deteriorating, by the profile's shares. */
function trajectoryOf(random: Random, o: Resolved): { drift: number; latent0: number } {
  const pattern = weighted(random, [
    ['improving', o.improvingShare],
    ['plateau', 1 - o.improvingShare - o.deterioratingShare],
    ['deteriorating', o.deterioratingShare],
  ] as const);
  const drift =
    pattern === 'improving'
      ? 0.12 + random.next() * 0.25
      : pattern === 'deteriorating'
        ? -(0.04 + random.next() * 0.1)
        : 0;
  const latent0 = pattern === 'deteriorating' ? 3 + random.next() : 1.4 + random.next() * 1.2;
  return { drift, latent0 };
}

/**
 * An outcome's status from its ratings and how it stopped, and the day it closed: achieved
 * on the day it was, cancelled on the day it stopped, completed unachieved when the plan
 * ended.
 */
function statusOf(
  scores: readonly number[],
  achievedOn: number | undefined,
  stopsAt: 'cancelled' | 'on-hold' | null,
  stopDay: number,
  last: number,
  end: number | undefined,
): Pick<Outcome, 'lifecycleStatus' | 'achievementStatus'> & { readonly closedOn?: number } {
  const trend = trendOf(scores);
  if (achievedOn !== undefined) {
    return { lifecycleStatus: 'completed', achievementStatus: 'achieved', closedOn: achievedOn };
  }
  if (stopsAt === 'cancelled' && stopDay <= last) {
    return { lifecycleStatus: 'cancelled', achievementStatus: 'not-achieved', closedOn: stopDay };
  }
  if (stopsAt === 'on-hold' && stopDay <= last) {
    return { lifecycleStatus: 'on-hold', achievementStatus: trend };
  }
  if (end !== undefined) {
    return { lifecycleStatus: 'completed', achievementStatus: 'not-achieved', closedOn: end };
  }
  return { lifecycleStatus: 'active', achievementStatus: trend };
}

/**
 * An open outcome's current review-by date: eight weeks after it starts, moved on three months
 * at each review; 15 % have fallen behind (their date has passed).
 */
function reviewByOf(p: Person, start: number, status: Outcome['lifecycleStatus']): number {
  let reviewBy = start + 56;
  if (status !== 'active' && status !== 'on-hold') return reviewBy;
  const behind = p.random.chance(0.15);
  const until = behind ? p.last - p.random.int(1, 60) : p.last;
  while (behind ? reviewBy + 91 <= until : reviewBy <= until) reviewBy += 91;
  return reviewBy;
}

/** Monthly ratings from about a month after `from` up to `until`; may stop when achieved. */
function makeRatings(
  p: Person,
  template: (typeof OUTCOMES)[number],
  memo: Record<string, string>,
  from: number,
  until: number,
  latent0: number,
  drift: number,
  canAchieve: boolean,
): { ratings: Rating[]; days: number[]; scores: number[]; achievedOn: number | undefined } {
  const { random } = p;
  const ratings: Rating[] = [];
  const days: number[] = [];
  const scores: number[] = [];
  let latent = latent0;
  for (let day = from + random.int(21, 35); day <= until; day += random.int(26, 35)) {
    latent = clamp(latent + drift + random.normal() * 0.2, 1, 5.4);
    const score = clamp(Math.round(latent + random.normal() * 0.2), 1, 5);
    days.push(day);
    scores.push(score);
    const rating: Rating = {
      on: isoDate(day),
      score,
      ratedBy: random.chance(0.7) ? 'person' : 'keyworker',
    };
    if (random.chance(0.6)) {
      rating.example = fill(random.pick(template.examples), random.pick, memo);
    }
    ratings.push(rating);
    if (canAchieve && score === 5 && latent > 4.5 && random.chance(0.6)) {
      return { ratings, days, scores, achievedOn: day };
    }
  }
  return { ratings, days, scores, achievedOn: undefined };
}

/** Life events: a Poisson count of each kind over the person's support, in date order. */
function makeEvents(p: Person, outcomes: readonly Outcome[], frailty: number): DatedEvent[] {
  const { random, start, last, o, personId } = p;
  const years = (last - start + 1) / 365.25;
  const drawn: { day: number; kind: (typeof EVENTS)[number]; severity: LifeEvent['severity'] }[] =
    [];
  for (const kind of EVENTS) {
    const count = random.poisson(kind.perYear * o.eventRateFactor * frailty * years);
    for (let n = 0; n < count; n += 1) {
      drawn.push({ day: random.int(start, last), kind, severity: random.pick(kind.severities) });
    }
  }
  drawn.sort((a, b) => a.day - b.day);
  return drawn.map((e, n) => {
    const event: LifeEvent = {
      id: `${personId}-ev${n + 1}`,
      personId,
      on: isoDate(e.day),
      kind: e.kind.kind,
      severity: e.severity,
      summary: random.pick(e.kind.summaries),
    };
    if (outcomes.length > 0 && random.chance(0.15)) {
      event.outcomeIds = [(outcomes[random.int(0, outcomes.length - 1)] as Outcome).id];
    }
    return { day: e.day, event };
  });
}

/** Feedback in the person's (or family's) words; most is answered by an action. */
function makeFeedback(p: Person, actions: Action[]): { day: number; feedback: Feedback }[] {
  const { random, start, last, personId, keyworker, o } = p;
  const out: { day: number; feedback: Feedback }[] = [];
  const count = random.poisson(0.35 * ((last - start + 1) / MONTH));
  for (const [n, day] of sortedDays(random, count, start, last).entries()) {
    const id = `${personId}-fb${n + 1}`;
    const memo: Record<string, string> = { staff: keyworker };
    const said = random.pick(FEEDBACK);
    out.push({
      day,
      feedback: {
        id,
        personId,
        on: isoDate(day),
        from: weighted(random, [
          ['person', 0.75],
          ['family', 0.2],
          ['advocate', 0.05],
        ] as const),
        words: fill(said.words, random.pick, memo),
      },
    });
    if (random.chance(0.75)) {
      const due = day + random.int(7, 42);
      actions.push({
        id: `${personId}-act-fb${n + 1}`,
        description: fill(said.action, random.pick, memo),
        owner: random.chance(0.6) ? { role: 'keyworker', name: keyworker } : { role: 'manager' },
        dueOn: isoDate(due),
        ...actionFate(random, o, day, due),
        feedbackIds: [id],
      });
    }
  }
  return out;
}

/** Community activities: a few a month, at each person's own rate, some trending up or down. */
function makeActivities(p: Person): CommunityActivity[] {
  const { random, start, last, o } = p;
  const activities: CommunityActivity[] = [];
  const favourites = [random.pick(ACTIVITIES), random.pick(ACTIVITIES), random.pick(ACTIVITIES)];
  const base = o.activitiesPerMonth * Math.exp(random.normal() * 0.5 - 0.125);
  const growth = weighted(random, [
    [1.04, 0.3],
    [0.98, 0.15],
    [1, 0.55],
  ] as const);
  let month = 0;
  for (let from = start; from <= last; from += 30, month += 1) {
    const to = Math.min(from + 29, last);
    const count = random.poisson(Math.min(25, base * growth ** month) * ((to - from + 1) / 30));
    for (const day of sortedDays(random, count, from, to)) {
      const description = random.chance(0.8) ? random.pick(favourites) : random.pick(ACTIVITIES);
      const kind = ACTIVITY_KINDS[description];
      activities.push({ on: isoDate(day), description, ...(kind === undefined ? {} : { kind }) });
    }
  }
  return activities;
}

/** `count` random days from `from` to `to`, in order. */
function sortedDays(random: Random, count: number, from: number, to: number): number[] {
  const days: number[] = [];
  for (let n = 0; n < count; n += 1) {
    const day = random.int(from, to);
    let at = days.length;
    while (at > 0 && (days[at - 1] as number) > day) at -= 1;
    days.splice(at, 0, day);
  }
  return days;
}
