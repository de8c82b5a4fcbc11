import * as z from 'zod';
import { GoldenThreadError } from '../core/index.js';
import {
  requireIterable,
  requireOptions,
  requireRecord,
  unexpected,
} from '../core/internal/index.js';
import type { ProviderRecord } from './records.js';
import { uncheckedFinish, uncheckedMerge, withStateSchema } from './state.js';
import { dataMap, type StateSchema } from './state-schemas.js';
import { setKey } from './tallies.js';

/**
 * A metric that can be computed in one pass and in pieces: start a state with `init`, `add`
 * records one at a time, `merge` states built from different parts of the data, and
 * `finish` a state into the result.
 *
 * @remarks
 * **Plain JSON.** A state is plain JSON (objects, arrays, strings, finite numbers, `null`):
 * `JSON.parse(JSON.stringify(state))` is the same state. A back-end job can store partial
 * states, send them between worker threads or machines, and merge them later.
 *
 * **Laws.** `merge` is associative and commutative, with `init()` as its identity; adding
 * records in any order, or splitting them anywhere and merging the parts, gives the same
 * result as one pass over all of them.
 *
 * **Ownership.** For speed at national scale, `add(state, record)` and `merge(state, other)`
 * may update `state` in place and return it, as a reducer that owns its accumulator does.
 * They never change `record` or `other`. Only pass a state you own (one from `init`, `add`,
 * `merge` or `JSON.parse`); `finish` changes nothing.
 *
 * **Untrusted states.** Every accumulator of this library has a `stateSchema`: its `merge`
 * checks `other` and its `finish` checks the state, throwing {@link GoldenThreadError}
 * `invalid_state` with the path of the first problem; `add`, the hot path, checks nothing
 * (the state it built is checked when merged or finished). Read a stored or received state
 * with {@link parseMetricState} to get its issues instead of an error.
 * @example
 * ```ts
 * const metric = unplannedAdmissionsMetric({ window: { from: '2026-07-01', to: '2026-10-01' } });
 * let state = metric.init();
 * for (const record of records) state = metric.add(state, record);
 * metric.finish(state).events; // => { count: 3, rate: { value: …, exposure: 8464, lower: …, upper: … }, … }
 * ```
 * @category Accumulators
 */
export interface Accumulator<State, Result> {
  /** A short name for the metric, used in messages. */
  readonly name: string;
  /** A new, empty state. */
  init(): State;
  /** Counts one record into the state (may update `state` in place) and returns the state. */
  add(state: State, record: ProviderRecord): State;
  /** Merges `other` into `state` (may update `state`, never `other`) and returns the state. */
  merge(state: State, other: State): State;
  /** The result for a state. */
  finish(state: State): Result;
  /**
   * The schema of the state, for {@link parseMetricState}: counts whole and never negative,
   * sums that agree, known keys. Every accumulator of this library has one; an accumulator
   * of a host's own may leave it out (its states then cannot be parsed, and a set holding it
   * has none either).
   */
  readonly stateSchema?: StateSchema<State>;
}

/**
 * Several accumulators under names, to compute together.
 *
 * @example
 * ```ts
 * const set = { admissions: unplannedAdmissionsMetric({ window }), goals: goalAchievementMetric({ window }) } satisfies AccumulatorSet;
 * ```
 * @category Accumulators
 */
export type AccumulatorSet = Readonly<Record<string, Accumulator<unknown, unknown>>>;

/**
 * The states of an {@link AccumulatorSet}, under the same names.
 *
 * @example
 * ```ts
 * const states: StatesOf<typeof set> = combineAccumulators(set).init();
 * ```
 * @category Accumulators
 */
export type StatesOf<A extends AccumulatorSet> = {
  -readonly [K in keyof A]: A[K] extends Accumulator<infer S, unknown> ? S : never;
};

/**
 * The results of an {@link AccumulatorSet}, under the same names.
 *
 * @example
 * ```ts
 * const results: ResultsOf<typeof set> = computeMetrics(records, set);
 * ```
 * @category Accumulators
 */
export type ResultsOf<A extends AccumulatorSet> = {
  readonly [K in keyof A]: A[K] extends Accumulator<unknown, infer R> ? R : never;
};

function requireSet(fn: string, set: AccumulatorSet): [string, Accumulator<unknown, unknown>][] {
  requireRecord(fn, 'set', set);
  try {
    return accumulatorsOf(fn, set);
  } catch (error) {
    throw unexpected(fn, error);
  }
}

function accumulatorsOf(
  fn: string,
  set: AccumulatorSet,
): [string, Accumulator<unknown, unknown>][] {
  const entries = Object.entries(set);
  if (entries.length === 0) {
    throw new GoldenThreadError('invalid_argument', `${fn}: give at least one accumulator.`);
  }
  for (const [name, acc] of entries) {
    if (
      typeof acc?.init !== 'function' ||
      typeof acc.add !== 'function' ||
      typeof acc.merge !== 'function' ||
      typeof acc.finish !== 'function'
    ) {
      throw new GoldenThreadError(
        'invalid_argument',
        `${fn}: "${name}" is not an accumulator (it needs init, add, merge and finish).`,
      );
    }
  }
  return entries;
}

/**
 * Joins named accumulators into one whose state holds each one's state under its name, so a
 * job keeps, stores and merges a single state.
 *
 * @param set - The accumulators, by name.
 * @returns An accumulator over all of them; its result holds each result under its name.
 * @throws {@link GoldenThreadError} `invalid_argument` when the set is empty or a member is
 * not an accumulator.
 * @example
 * ```ts
 * const window = { from: '2026-07-01', to: '2026-10-01' } as const;
 * const all = combineAccumulators({ goals: goalAchievementMetric({ window }), actions: actionCompletionMetric({ window }) });
 * const parts = chunks.map((chunk: ProviderRecord[]) => chunk.reduce(all.add, all.init()));
 * const { goals, actions } = all.finish(parts.reduce(all.merge, all.init()));
 * ```
 * @category Accumulators
 */
export function combineAccumulators<A extends AccumulatorSet>(
  set: A,
): Accumulator<StatesOf<A>, ResultsOf<A>> {
  const entries = requireSet('combineAccumulators', set);
  const each = <T>(make: (acc: Accumulator<unknown, unknown>, name: string) => T) =>
    Object.fromEntries(entries.map(([name, acc]) => [name, make(acc, name)]));
  const schemas = entries.map(([, acc]) => acc.stateSchema);
  const combined: Accumulator<StatesOf<A>, ResultsOf<A>> = {
    name: entries.map(([name]) => name).join('+'),
    init: () => each((acc) => acc.init()) as StatesOf<A>,
    add: (state, record) => {
      const states = state as Record<string, unknown>;
      for (const [name, acc] of entries) states[name] = acc.add(states[name], record);
      return state;
    },
    merge: (state, other) => {
      const states = state as Record<string, unknown>;
      const others = other as Record<string, unknown>;
      for (const [name, acc] of entries) {
        states[name] = uncheckedMerge(acc)(states[name], others[name]);
      }
      return state;
    },
    finish: (state) =>
      each((acc, name) =>
        uncheckedFinish(acc)((state as Record<string, unknown>)[name]),
      ) as ResultsOf<A>,
  };
  if (schemas.some((schema) => schema === undefined)) {
    // A member without a schema checks nothing itself: merge and finish with each member's own.
    return {
      ...combined,
      merge: (state, other) => {
        const states = state as Record<string, unknown>;
        const others = other as Record<string, unknown>;
        for (const [name, acc] of entries) states[name] = acc.merge(states[name], others[name]);
        return state;
      },
      finish: (state) =>
        each((acc, name) => acc.finish((state as Record<string, unknown>)[name])) as ResultsOf<A>,
    };
  }
  const schema = z.strictObject(
    Object.fromEntries(entries.map(([name, acc]) => [name, acc.stateSchema as z.ZodType])),
  ) as unknown as StateSchema<StatesOf<A>>;
  return withStateSchema(combined, schema);
}

/**
 * Computes many metrics in one pass over the records.
 *
 * @param records - Parsed provider records: an array, or any iterable (a generator reading a
 * file or a cursor).
 * @param set - The accumulators, by name (for example {@link governanceMetrics}).
 * @returns Each metric's result under its name.
 * @throws {@link GoldenThreadError} `invalid_argument` when the set is empty or a member is
 * not an accumulator.
 * @example
 * ```ts
 * const window = { from: '2026-07-01', to: '2026-10-01' } as const;
 * const { goals } = computeMetrics(records, { goals: goalAchievementMetric({ window }) });
 * goals.proportion; // => { numerator: 41, denominator: 96, value: 0.427…, lower: …, upper: … }
 * ```
 * @category Accumulators
 */
export function computeMetrics<A extends AccumulatorSet>(
  records: Iterable<ProviderRecord>,
  set: A,
): ResultsOf<A> {
  requireIterable('computeMetrics', 'records', records);
  const all = combineAccumulators(set);
  try {
    let state = all.init();
    for (const record of records) state = all.add(state, record);
    return all.finish(state);
  } catch (error) {
    throw unexpected('computeMetrics', error);
  }
}

/**
 * Options for {@link groupedBy}.
 *
 * @example
 * ```ts
 * groupedBy('team', metric, { missing: 'no team recorded' });
 * ```
 * @category Accumulators
 */
export interface GroupedByOptions {
  /** The group for records without the key. Default `'(not recorded)'`. */
  readonly missing?: string;
}

/**
 * Computes a metric for each group of records — by service, team, region or any key of the
 * records' `groups` — in the same one pass.
 *
 * @remarks A record without the key is counted under the `missing` group, never dropped.
 * The result lists groups in code-point order of their names.
 * @param key - The key in each record's `groups`, such as `'service'`.
 * @param accumulator - The metric to compute per group.
 * @param options - The name of the group for records without the key.
 * @returns An accumulator whose result maps each group to its metric result.
 * @throws {@link GoldenThreadError} `invalid_argument` when `key` is empty.
 * @example
 * ```ts
 * const byService = computeMetrics(records, { goals: groupedBy('service', goalAchievementMetric({ window })) });
 * byService.goals['svc-north']?.proportion.value; // => 0.5
 * ```
 * @category Accumulators
 */
export function groupedBy<S, R>(
  key: string,
  accumulator: Accumulator<S, R>,
  options: GroupedByOptions = {},
): Accumulator<Record<string, S>, Readonly<Record<string, R>>> {
  if (typeof key !== 'string' || key === '') {
    throw new GoldenThreadError('invalid_argument', 'groupedBy: key must be a non-empty string.');
  }
  requireSet('groupedBy', { accumulator });
  requireOptions('groupedBy', options);
  const missing = options.missing ?? '(not recorded)';
  const inner = accumulator.stateSchema;
  const merge = inner === undefined ? accumulator.merge : uncheckedMerge(accumulator);
  const finish = inner === undefined ? accumulator.finish : uncheckedFinish(accumulator);
  const grouped: Accumulator<Record<string, S>, Readonly<Record<string, R>>> = {
    name: `${accumulator.name} by ${key}`,
    init: () => Object.create(null) as Record<string, S>,
    add: (state, record) => {
      const group = groupOf(record, key, missing);
      const current = Object.hasOwn(state, group) ? (state[group] as S) : accumulator.init();
      setKey(state, group, accumulator.add(current, record));
      return state;
    },
    merge: (state, other) => {
      for (const group of Object.keys(other)) {
        const part = other[group] as S;
        const mine = Object.hasOwn(state, group) ? (state[group] as S) : accumulator.init();
        setKey(state, group, merge(mine, part));
      }
      return state;
    },
    finish: (state) => {
      const out = Object.create(null) as Record<string, R>;
      for (const group of Object.keys(state).sort(byCodePoint)) {
        out[group] = finish(state[group] as S);
      }
      return out;
    },
  };
  if (inner === undefined) return grouped;
  return withStateSchema(grouped, dataMap(inner) as StateSchema<Record<string, S>>);
}

/** The record's group under `key`: its own string value, or `missing` (never `Object`'s). */
function groupOf(record: ProviderRecord, key: string, missing: string): string {
  const groups = record.groups;
  if (groups === undefined || !Object.hasOwn(groups, key)) return missing;
  const group = groups[key];
  return typeof group === 'string' ? group : missing;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
