import type { IsoDate } from '../core/index.js';
import type { Outcome } from '../outcomes/index.js';
import type { Action, LifeEvent } from '../reviews/index.js';
import { isoDate } from './days.js';
import type { Resolved } from './options.js';
import { DROPPED_REASON } from './phrases.js';
import type { Random } from './random.js';

// What the parts of a person's generation share: the person, their rated outcomes and dated
// events, and the weighted draws they all make.

/** Values with their chances (summing to 1). */
export type Weighted<T> = readonly (readonly [T, number])[];

/** One of the values, drawn with its chance. */
export function weighted<T>(random: Random, options: Weighted<T>): T {
  let u = random.next();
  for (const [value, p] of options) {
    if (u < p) return value;
    u -= p;
  }
  return (options[options.length - 1] as readonly [T, number])[0];
}

/** Decides an action's fate from its due day: done on time, late, dropped or still open. */
export function actionFate(
  random: Random,
  o: Resolved,
  created: number,
  due: number,
): Pick<Action, 'status'> & { completedOn?: IsoDate; note?: string } {
  const fate = weighted(random, [
    ['on-time', 0.7],
    ['late', 0.13],
    ['dropped', 0.06],
    ['open', 0.11],
  ] as const);
  if (fate === 'dropped') {
    return created + 7 <= o.asOf
      ? { status: 'dropped', note: random.pick(DROPPED_REASON) }
      : { status: 'open' };
  }
  if (fate === 'open') return { status: 'open' };
  const done =
    fate === 'on-time' ? Math.max(created, due - random.int(0, 10)) : due + random.int(1, 45);
  return done <= o.asOf ? { status: 'done', completedOn: isoDate(done) } : { status: 'open' };
}

/** What every part of a person's generation reads. */
export interface Person {
  readonly o: Resolved;
  readonly random: Random;
  readonly personId: string;
  readonly start: number;
  readonly end: number | undefined;
  /** The last day anything can happen: the plan's end or `asOf`. */
  readonly last: number;
  readonly keyworker: string;
}

/** An outcome with its rating days and scores, kept for the reviews that discuss it. */
export interface RatedOutcome {
  readonly outcome: Outcome;
  readonly days: readonly number[];
  readonly scores: readonly number[];
}

/** A life event with its day number. */
export interface DatedEvent {
  readonly day: number;
  readonly event: LifeEvent;
}

/** FHIR achievement code from a list of scores: the last against the mean of the two before. */
export function trendOf(scores: readonly number[]): Outcome['achievementStatus'] & string {
  const n = scores.length;
  if (n < 3) return 'in-progress';
  const latest = scores[n - 1] as number;
  const before = ((scores[n - 2] as number) + (scores[n - 3] as number)) / 2;
  return latest > before ? 'improving' : latest < before ? 'worsening' : 'no-change';
}
