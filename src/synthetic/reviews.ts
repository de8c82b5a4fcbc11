import { isOpen } from '../outcomes/index.js';
import type { Action, Feedback, Review, Supporter } from '../reviews/index.js';
import { isoDate } from './days.js';
import {
  actionFate,
  type DatedEvent,
  type Person,
  type RatedOutcome,
  trendOf,
  weighted,
} from './person-parts.js';
import {
  DECISIONS,
  DIFFICULT,
  fill,
  IMPROVED,
  REVIEW_ACTIONS,
  VIEWS,
  WANTS_TO_CHANGE,
} from './phrases.js';

// How the made-up provider reviews plans: a first review at weeks 6–8, then once a year from
// the latest review (some late, a few missed), and a review after each event or fall in a
// rating that the library's default trigger rules ask one for — most within the rule's days,
// some late, a few never (the trigger then waits for the next review, whatever prompts it).

/** The events that make a review due, as the library's default trigger rules see them. */
const TRIGGERS: Readonly<Record<string, { readonly from: number; readonly within: number }>> = {
  safeguarding_concern: { from: 0, within: 2 },
  hospital_admission_unplanned: { from: 0, within: 7 },
  incident: { from: 2, within: 7 },
  health_change: { from: 1, within: 28 },
  medication_change: { from: 1, within: 28 },
  behaviour_change: { from: 1, within: 28 },
  family_contact_change: { from: 1, within: 28 },
  complaint: { from: 0, within: 28 },
  hospital_admission_planned: { from: 0, within: 28 },
  new_personal_goal: { from: 0, within: 28 },
};
const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;
/** Days after a fall in a rating that the default `falling_rating` rule gives. */
const FALL_WITHIN = 28;

/** A day that asks for a review, and how many days it gives. */
interface Trigger {
  readonly day: number;
  readonly within: number;
}

/** A review day and why it was held. */
interface ReviewDay {
  readonly day: number;
  readonly kind: 'scheduled' | 'responsive';
}

/** The triggers of a person's support: the events the rules count and each fall in a rating. */
function triggersOf(events: readonly DatedEvent[], rated: readonly RatedOutcome[]): Trigger[] {
  const out: Trigger[] = [];
  for (const { day, event } of events) {
    const trigger = TRIGGERS[event.kind];
    if (trigger !== undefined && SEVERITY_RANK[event.severity] >= trigger.from) {
      out.push({ day, within: trigger.within });
    }
  }
  for (const { outcome, days, scores } of rated) {
    if (!isOpen(outcome)) continue;
    for (let i = 1; i < scores.length; i += 1) {
      if ((scores[i] as number) < (scores[i - 1] as number)) {
        out.push({ day: days[i] as number, within: FALL_WITHIN });
      }
    }
  }
  return out.sort((a, b) => a.day - b.day || a.within - b.within);
}

/** When the service responds to each trigger: within its days, late, or never. */
function responsesTo(p: Person, triggers: readonly Trigger[]): { day: number; trigger: number }[] {
  const { random, o } = p;
  const out: { day: number; trigger: number }[] = [];
  for (const { day, within } of triggers) {
    const fate = weighted(random, [
      ['missed', o.missedResponseShare],
      ['late', o.lateResponseShare],
      ['prompt', 1],
    ] as const);
    if (fate === 'missed') continue;
    const on =
      fate === 'late'
        ? day + within + random.int(1, 30)
        : day + random.int(Math.min(1, within), within);
    out.push({ day: on, trigger: day });
  }
  return out.sort((a, b) => a.day - b.day || a.trigger - b.trigger);
}

/** The day the scheduled review due on `due` is held: on time, late, or not at all. */
function scheduledDay(p: Person, due: number, first: boolean): number | undefined {
  const { random, o, start } = p;
  if (random.chance(o.missedReviewShare)) return undefined;
  if (random.chance(o.lateReviewShare)) return due + random.int(7, 75);
  return first ? start + random.int(42, 56) : due - random.int(0, 30);
}

/**
 * Review days in order. Every review held restarts the yearly cadence (as the library's
 * default schedule counts it); a response is not held when a review since its trigger has
 * already answered it.
 */
export function reviewDaysOf(
  p: Person,
  events: readonly DatedEvent[],
  rated: readonly RatedOutcome[],
): ReviewDay[] {
  const { start, last } = p;
  const responses = responsesTo(p, triggersOf(events, rated));
  const days: ReviewDay[] = [];
  let due = start + 56;
  let first = true;
  let planned = scheduledDay(p, due, first);
  let next = 0;
  let held = Number.NEGATIVE_INFINITY;
  const hold = (day: number, kind: ReviewDay['kind']) => {
    days.push({ day, kind });
    held = day;
    if (!first || day >= start + 42) {
      due = day + 365;
      first = false;
      planned = scheduledDay(p, due, first);
    }
  };
  for (;;) {
    while (next < responses.length && (responses[next] as { trigger: number }).trigger <= held) {
      next += 1;
    }
    const response = responses[next]?.day;
    const respond = response !== undefined && response <= last ? response : undefined;
    const review = planned !== undefined && planned <= last ? planned : undefined;
    if (respond !== undefined && (review === undefined || respond < review)) {
      hold(respond, 'responsive');
      next += 1;
    } else if (review !== undefined) hold(review, 'scheduled');
    else if (planned === undefined && due <= last) {
      // A missed review: the next one is planned a year on.
      due += 365;
      planned = scheduledDay(p, due, first);
    } else break;
  }
  return days;
}

const FAMILY = ['Mum', 'Dad', 'Sister', 'Brother', 'Nan', 'Auntie Pat'];
const FRIENDS = ['Jo', 'Marcus', 'Priya', 'Dee'];
const ASSENT = ['Yes, that is fine', 'I’m happy with it', 'That’s fine', 'OK'];
const CONTINUE = 'Continue current plan';

/** The supporters a person chose: family for most, an advocate or a friend for some. */
export function makeSupporters(p: Person): Supporter[] {
  const { random } = p;
  const supporters: Supporter[] = [];
  if (random.chance(0.65)) {
    const atReviews = random.chance(0.9) ? 'wanted' : 'not_wanted';
    supporters.push({ role: 'family', name: random.pick(FAMILY), atReviews });
  }
  if (random.chance(0.12)) supporters.push({ role: 'advocate', atReviews: 'wanted' });
  if (random.chance(0.1)) {
    const atReviews = random.chance(0.7) ? 'wanted' : 'not_wanted';
    supporters.push({ role: 'friend', name: random.pick(FRIENDS), atReviews });
  }
  return supporters;
}

/** The person's reviews, each answering the feedback since the one before. */
export function makeReviews(
  p: Person,
  rated: readonly RatedOutcome[],
  events: readonly DatedEvent[],
  feedback: readonly { day: number; feedback: Feedback }[],
  actions: Action[],
  supporters: readonly Supporter[],
): Review[] {
  const reviews: Review[] = [];
  let previous = p.start - 1;
  for (const { day, kind } of reviewDaysOf(p, events, rated)) {
    const id = `${p.personId}-rv${reviews.length + 1}`;
    const review = makeReview(p, { id, day, kind, previous }, rated, supporters);
    if (review.actions !== undefined) actions.push(...review.actions);
    const answered = feedback.filter((f) => f.day > previous && f.day <= day);
    if (answered.length > 0) review.feedbackAnswered = answered.map((f) => f.feedback.id);
    const since = events.filter((e) => e.day > previous && e.day <= day);
    if (since.length > 0 && p.random.chance(0.9)) {
      review.eventsDiscussed = since.map((e) => e.event.id);
    }
    reviews.push(review);
    previous = day;
  }
  return reviews;
}

/** What one review is: its id, day, why it was held, and the day of the one before. */
interface ReviewAt {
  readonly id: string;
  readonly day: number;
  readonly kind: 'scheduled' | 'responsive';
  readonly previous: number;
}

/**
 * One review. Most are person-led; a few are the pitfalls a quality check looks for: a plan
 * written beforehand that the person only agreed to, and a rubber stamp that carried the
 * plan on without looking at progress.
 */
function makeReview(
  p: Person,
  at: ReviewAt,
  rated: readonly RatedOutcome[],
  supporters: readonly Supporter[],
): Review {
  const { random, keyworker, o } = p;
  const memo: Record<string, string> = { staff: keyworker };
  const style = weighted(random, [
    ['pre_written', 0.05],
    ['rubber_stamp', 0.05],
    ['person_led', 1],
  ] as const);
  const involvement = random.chance(o.notInvolvedShare)
    ? 'not_involved'
    : weighted(random, [
        ['led', 0.4],
        ['present', 0.45],
        ['other_means', 0.15],
      ] as const);
  const words =
    style === 'pre_written' ? random.pick(ASSENT) : fill(random.pick(VIEWS), random.pick, memo);
  const views =
    involvement !== 'not_involved'
      ? { views: { words, expressedBy: 'person' as const } }
      : random.chance(0.4)
        ? { views: { words, expressedBy: 'family' as const } }
        : {};
  const outcomes = style === 'rubber_stamp' ? [] : outcomeEntries(p, at, rated);
  // A person-led review's decision and actions are about the outcomes it looked at (the first
  // two), so the golden thread can follow them from what was said to what changed.
  const about = style === 'person_led' ? outcomes.slice(0, 2).map((e) => e.outcomeId) : [];
  const linked = about.length > 0 ? { outcomeIds: about } : {};
  const actions =
    style === 'person_led' ? reviewActions(p, at).map((a) => ({ ...a, ...linked })) : [];
  return {
    id: at.id,
    personId: p.personId,
    on: isoDate(at.day),
    kind: at.kind,
    person: {
      involvement,
      ...(involvement === 'other_means'
        ? { means: 'Talking mat with their keyworker the day before' }
        : {}),
    },
    others: participants(p, supporters),
    ...views,
    ...(style === 'person_led' ? talkedAbout(p, memo) : {}),
    ...(outcomes.length > 0 ? { outcomes } : {}),
    decisions: [
      {
        id: `${at.id}-d1`,
        text: style === 'person_led' ? random.pick(DECISIONS) : CONTINUE,
        ...linked,
      },
    ],
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** The keyworker, the supporters who came (most the person wants; rarely one they do not), a manager sometimes. */
function participants(p: Person, supporters: readonly Supporter[]): NonNullable<Review['others']> {
  const { random, keyworker } = p;
  const came = supporters.filter((s) => random.chance(s.atReviews === 'wanted' ? 0.9 : 0.03));
  return [
    { role: 'keyworker', name: keyworker, how: 'present' },
    ...came.map((s) => ({
      role: s.role,
      ...(s.name === undefined ? {} : { name: s.name }),
      how: random.chance(0.7) ? ('present' as const) : ('other_means' as const),
    })),
    ...(random.chance(0.3) ? [{ role: 'manager' as const, how: 'present' as const }] : []),
  ];
}

/** What improved, what is difficult, what they want to change: each said at most reviews. */
function talkedAbout(p: Person, memo: Record<string, string>): Partial<Review> {
  const { random } = p;
  return {
    ...(random.chance(0.7) ? { improved: [fill(random.pick(IMPROVED), random.pick, memo)] } : {}),
    ...(random.chance(0.6) ? { difficult: [fill(random.pick(DIFFICULT), random.pick, memo)] } : {}),
    ...(random.chance(0.6) ? { wantsToChange: [random.pick(WANTS_TO_CHANGE)] } : {}),
  };
}

/** Each outcome in progress on the day, with whether it still matters and its trend. */
function outcomeEntries(
  p: Person,
  at: ReviewAt,
  rated: readonly RatedOutcome[],
): NonNullable<Review['outcomes']> {
  const { random } = p;
  const on = isoDate(at.day);
  if (!random.chance(0.95)) return [];
  return rated.flatMap(({ outcome, days, scores }) => {
    if (outcome.timeframe === undefined || on < outcome.timeframe.start) return [];
    if (outcome.achievedOn !== undefined && outcome.achievedOn <= isoDate(at.previous)) return [];
    const before = scores.filter((_, j) => (days[j] as number) <= at.day);
    return [
      {
        outcomeId: outcome.id,
        stillMeaningful: weighted(random, [
          ['yes', 0.85],
          ['unsure', 0.1],
          ['no', 0.05],
        ] as const),
        progress: trendOf(before),
      },
    ];
  });
}

/** Up to two actions; a review held in response to something agrees at least one, mostly. */
function reviewActions(p: Person, at: ReviewAt): Action[] {
  const { random, keyworker, o } = p;
  const memo: Record<string, string> = { staff: keyworker };
  const count =
    at.kind === 'responsive' && random.chance(0.9) ? random.int(1, 2) : random.int(0, 2);
  const actions: Action[] = [];
  for (let a = count; a > 0; a -= 1) {
    const dueOn = at.day + random.int(14, 60);
    actions.push({
      id: `${at.id}-act${a}`,
      description: fill(random.pick(REVIEW_ACTIONS), random.pick, memo),
      owner: random.chance(0.7) ? { role: 'keyworker', name: keyworker } : { role: 'manager' },
      dueOn: isoDate(dueOn),
      ...actionFate(random, o, at.day, dueOn),
    });
  }
  return actions;
}
