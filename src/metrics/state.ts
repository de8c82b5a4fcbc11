import {
  createParser,
  formatPath,
  GoldenThreadError,
  type IssueDefinition,
  type ParseIssue,
  type Result,
} from '../core/index.js';
import { deepFreeze } from '../core/internal/index.js';
import type { Accumulator } from './accumulator.js';
import type { StateSchema } from './state-schemas.js';

/**
 * A parse issue code that accumulator states add to the core codes.
 *
 * @example
 * ```ts
 * const code: MetricStateIssueCode = 'inconsistent_state';
 * ```
 * @category Accumulators
 */
export type MetricStateIssueCode = 'inconsistent_state' | 'invalid_state_key' | 'no_state_schema';

const stateIssueDefinitions = deepFreeze({
  inconsistent_state: {
    message: '{field} does not agree with the rest of the state ({rule}).',
    description:
      'The counts of a state break a sum that every state built by add and merge keeps (`rule` says which, such as "achieving ≤ people"): the state was changed by hand, cut short or corrupted.',
  },
  invalid_state_key: {
    message: '{field} is not a key this part of the state can have.',
    description:
      'A key of a map in the state that the metric never writes: a histogram key that is not a whole number, or a month that is not `YYYY-MM`.',
  },
  no_state_schema: {
    message: 'The state cannot be checked: the accumulator given has no state schema.',
    description:
      'parseMetricState was given something that is not an accumulator with a `stateSchema` (every accumulator of the library has one; a host’s own may not). A programmer error, reported rather than thrown because a parser never throws.',
  },
} satisfies Record<MetricStateIssueCode, IssueDefinition>);

/**
 * The parse issue codes accumulator states add, with their messages.
 *
 * @example
 * ```ts
 * metricStateIssueCatalogue.inconsistent_state.description;
 * ```
 * @category Accumulators
 */
export const metricStateIssueCatalogue: Readonly<Record<MetricStateIssueCode, IssueDefinition>> =
  stateIssueDefinitions;

/** The unchecked `merge` and `finish` of an accumulator whose public ones check the state. */
interface Unchecked<S, R> {
  readonly merge: (state: S, other: S) => S;
  readonly finish: (state: S) => R;
}

const unchecked = new WeakMap<object, Unchecked<unknown, unknown>>();

/**
 * The accumulator's `merge` without the check of `other`: for code in this module that
 * merges states it has already checked (or built itself).
 */
export function uncheckedMerge<S, R>(acc: Accumulator<S, R>): (state: S, other: S) => S {
  return (unchecked.get(acc) as Unchecked<S, R> | undefined)?.merge ?? acc.merge;
}

/** The accumulator's `finish` without the check of the state. */
export function uncheckedFinish<S, R>(acc: Accumulator<S, R>): (state: S) => R {
  return (unchecked.get(acc) as Unchecked<S, R> | undefined)?.finish ?? acc.finish;
}

/**
 * The state read with the schema, or a `GoldenThreadError` `invalid_state` naming the
 * accumulator, the function and the path of the first problem (never a value).
 */
export function requireState<S>(
  name: string,
  fn: string,
  schema: StateSchema<S>,
  value: unknown,
): S {
  const parsed = parseWith(schema, value);
  if (parsed.success) return parsed.data;
  const first = parsed.issues[0] as ParseIssue;
  const where = first.path.length === 0 ? 'the state itself' : formatPath(first.path);
  const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more problems)` : '';
  throw new GoldenThreadError(
    'invalid_state',
    `${name}: ${fn} was given a state that is not valid at ${where}: ${first.message}${more} Read stored or received states with parseMetricState first.`,
  );
}

const parsers = new WeakMap<object, (input: unknown) => Result<unknown, ParseIssue>>();

function parseWith<S>(schema: StateSchema<S>, value: unknown): Result<S, ParseIssue> {
  let parse = parsers.get(schema);
  if (parse === undefined) {
    parse = createParser(schema, {
      issues: stateIssueDefinitions,
      labels: { '': 'the state' },
    }) as (input: unknown) => Result<unknown, ParseIssue>;
    parsers.set(schema, parse);
  }
  return parse(value) as Result<S, ParseIssue>;
}

/**
 * The accumulator with its state schema: `merge` checks `other` and `finish` checks the
 * state, each throwing {@link GoldenThreadError} `invalid_state` with the path of the first
 * problem. `add` (the hot path) checks nothing: a state it is given is checked when merged
 * or finished.
 */
export function withStateSchema<S, R>(
  acc: Accumulator<NoInfer<S>, R>,
  schema: StateSchema<S>,
): Accumulator<S, R> {
  const checked: Accumulator<S, R> = {
    name: acc.name,
    init: acc.init,
    add: acc.add,
    merge: (state, other) => acc.merge(state, requireState(acc.name, 'merge', schema, other)),
    finish: (state) => acc.finish(requireState(acc.name, 'finish', schema, state)),
    stateSchema: schema,
  };
  unchecked.set(checked, { merge: acc.merge, finish: acc.finish } as Unchecked<unknown, unknown>);
  return checked;
}

/**
 * Reads an accumulator state that was stored or received — from a file, a database, a queue
 * or another worker — against the accumulator's state schema, and never throws on it.
 *
 * @remarks
 * A state is plain JSON, and JSON from outside is untrusted: a field deleted, a count of
 * `1e308`, a negative or fractional count, a string where a number belongs, a sum that does
 * not add up (more people achieving than people), or a key the metric never writes. Parse
 * every state at the trust boundary, then `merge` or `finish` the parsed one. The parsed
 * state is a copy (the input is never changed), and its maps keyed by host data (groups,
 * kinds, codes) are objects with no prototype, so a group named `__proto__` or
 * `constructor` is kept like any other. Issues have stable codes — the core ones, and
 * {@link metricStateIssueCatalogue} — and never copy a value from the state.
 * @param accumulator - The accumulator the state belongs to, built with the same options as
 * the one that made it (a list's `limit`, say, is part of what a state may hold).
 * @param json - The state, as `JSON.parse` gave it.
 * @returns The state, or every problem found.
 * Never throws: an accumulator without a state schema (a programmer error) gives one
 * `no_state_schema` issue.
 * @example
 * ```ts
 * const metric = goalAchievementMetric({ window: { from: '2026-07-01', to: '2026-10-01' } });
 * const stored = JSON.parse('{"people":3,"achieving":5,"outcomesAchieved":5,"peopleWithoutOutcomes":0,"achievedWithoutDate":0}');
 * const result = parseMetricState(metric, stored);
 * if (!result.success) result.issues[0]?.code; // => 'inconsistent_state'
 * ```
 * @category Accumulators
 */
export function parseMetricState<S, R>(
  accumulator: Accumulator<S, R>,
  json: unknown,
): Result<S, ParseIssue> {
  let schema: StateSchema<S> | undefined;
  try {
    schema =
      typeof accumulator === 'object' && accumulator !== null ? accumulator.stateSchema : undefined;
  } catch {
    schema = undefined;
  }
  if (schema === undefined || schema === null || typeof schema !== 'object') {
    const { message } = stateIssueDefinitions.no_state_schema;
    return Object.freeze({
      success: false,
      issues: Object.freeze([
        Object.freeze({ code: 'no_state_schema', path: Object.freeze([]), message }),
      ]),
    }) as unknown as Result<S, ParseIssue>;
  }
  return parseWith(schema, json);
}
