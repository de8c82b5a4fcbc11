import { GoldenThreadError } from '../../core/index.js';
import { compareText, describeValue } from '../../core/internal/index.js';
import type { Outcome } from '../../outcomes/index.js';
import type { Action, Feedback, Review } from '../../reviews/index.js';
import type { EverydayRecords } from '../everyday-records.js';

/** One person's everyday records, each id once, in a fixed order. */
export interface PersonRecords {
  readonly personId: string;
  /** By id. */
  readonly outcomes: readonly Outcome[];
  /** By date, then id. */
  readonly reviews: readonly Review[];
  /** By date, then id. */
  readonly feedback: readonly Feedback[];
  /** Actions agreed outside the person's reviews that are theirs, by id. */
  readonly actions: readonly Action[];
}

/**
 * The record of each id that sorts first (by `key`, then its JSON when two records share an
 * id and a key), so input order never matters; returned by `key`, then id.
 */
export function oncePerId<T extends { readonly id: string }>(
  items: readonly T[],
  key: (item: T) => string,
): T[] {
  const byId = new Map<string, T[]>();
  for (const item of items) {
    const same = byId.get(item.id);
    if (same === undefined) byId.set(item.id, [item]);
    else same.push(item);
  }
  const out: T[] = [];
  for (const same of byId.values()) {
    if (same.length === 1) {
      out.push(same[0] as T);
      continue;
    }
    const keyed = same.map((item) => ({ item, key: key(item), json: JSON.stringify(item) }));
    keyed.sort((a, b) => compareText(a.key, b.key) || compareText(a.json, b.json));
    out.push((keyed[0] as { item: T }).item);
  }
  return out.sort((a, b) => compareText(key(a), key(b)) || compareText(a.id, b.id));
}

const none = () => '';
const byDay = (r: { readonly on: string }) => r.on;

/**
 * Gathers one person's records from what the host gave: the plan's outcomes and reviews with
 * any given loose, others' records left out, each id once.
 */
export function personRecords(personId: string, records: EverydayRecords): PersonRecords {
  const mine = <T extends { readonly personId: string }>(list: readonly T[] | undefined) =>
    (list ?? []).filter((r) => r.personId === personId);
  const outcomes = oncePerId([...mine(records.plan?.outcomes), ...mine(records.outcomes)], none);
  const reviews = oncePerId([...mine(records.plan?.reviews), ...mine(records.reviews)], byDay);
  const feedback = oncePerId(mine(records.feedback), byDay);
  const inReviews = new Set(reviews.flatMap((r) => (r.actions ?? []).map((a) => a.id)));
  const outcomeIds = new Set(outcomes.map((o) => o.id));
  const feedbackIds = new Set(feedback.map((f) => f.id));
  const theirs = (a: Action) =>
    (a.feedbackIds ?? []).some((id) => feedbackIds.has(id)) ||
    (a.outcomeIds ?? []).some((id) => outcomeIds.has(id));
  const actions = oncePerId(
    (records.actions ?? []).filter((a) => !inReviews.has(a.id) && theirs(a)),
    none,
  );
  return { personId, outcomes, reviews, feedback, actions };
}

const LISTS = ['outcomes', 'reviews', 'feedback', 'actions'] as const;

/**
 * Checks the arguments a function reading everyday records is given: the person's id is
 * text, the records an object whose lists are lists and whose plan is an object.
 *
 * @throws {@link GoldenThreadError} `invalid_argument` naming the argument that is wrong.
 */
export function requireRecords(fn: string, personId: unknown, records: unknown): void {
  const fail = (message: string) => {
    throw new GoldenThreadError('invalid_argument', `${fn}: ${message}`);
  };
  if (typeof personId !== 'string')
    fail(`personId must be text, but it is ${describeValue(personId)}.`);
  if (typeof records !== 'object' || records === null || Array.isArray(records)) {
    fail(`the records must be an object, but they are ${describeValue(records)}.`);
  }
  const given = records as Record<string, unknown>;
  for (const name of [...LISTS, 'chains'] as const) {
    const value = given[name];
    if (value !== undefined && !Array.isArray(value)) {
      fail(`${name} must be a list, but it is ${describeValue(value)}.`);
    }
  }
  const plan = given['plan'];
  if (plan !== undefined && (typeof plan !== 'object' || plan === null || Array.isArray(plan))) {
    fail(`plan must be a support plan, but it is ${describeValue(plan)}.`);
  }
}
