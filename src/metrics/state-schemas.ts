// Building blocks for the schemas of accumulator states (issue #19): counts that are whole,
// safe and never negative; maps keyed by host data kept on objects with no prototype; and the
// sums that must agree, reported with a stable code.
import * as z from 'zod';
import { IdSchema, IsoDateSchema } from '../core/index.js';
import { isRecord } from '../core/internal/index.js';

/**
 * A schema of an accumulator's state: it reads the plain JSON a host stored or received, and
 * gives the state (maps keyed by host data on objects with no prototype).
 *
 * @typeParam S - The state.
 * @example
 * ```ts
 * const schema: StateSchema<RecordCounts> | undefined = recordCountMetric().stateSchema;
 * ```
 * @category Accumulators
 */
export type StateSchema<S> = z.ZodType<S, unknown>;

/** A count: a whole number from 0 up to `Number.MAX_SAFE_INTEGER`. */
export const countSchema = z.int().min(0);

/** A whole number of either sign (a sum of rating changes). */
export const signedSchema = z.int();

/** The keys of a histogram: a whole number in its shortest text (`"0"`, `"12"`, `"-3"`). */
const WHOLE_NUMBER_KEY = /^(0|-?[1-9][0-9]{0,15})$/;

/** The keys of a monthly series: `YYYY-MM`. */
const MONTH_KEY = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

/**
 * A map keyed by host data (groups, kinds, codes): own keys only, read into an object with no
 * prototype, so that a key named `__proto__` or `constructor` is a key like any other and
 * survives a JSON round trip and a merge. (zod's `z.record` drops a `__proto__` key.)
 *
 * @param value - The schema of each value.
 * @param key - The pattern every key must match, if any.
 * @param keyIssue - The code of the issue for a key that does not match: zod's `invalid_key`
 * (records a host sends) or `invalid_state_key` (states).
 * @param fast - A test that a value is good as it is (a count), so that a map of a million
 * ids is not read with a million zod parses; a value it refuses is parsed for its issues.
 */
export function dataMap<V extends z.ZodType>(
  value: V,
  key?: RegExp,
  keyIssue: 'invalid_key' | 'invalid_state_key' = 'invalid_state_key',
  fast?: (v: unknown) => boolean,
): z.ZodType<Record<string, z.output<V>>, unknown> {
  return z.unknown().transform((input, ctx) => {
    const out = Object.create(null) as Record<string, z.output<V>>;
    if (!isRecord(input)) {
      ctx.issues.push({ code: 'invalid_type', expected: 'record', input, message: '' });
      return out;
    }
    for (const name of Object.keys(input)) {
      if (key !== undefined && !key.test(name)) {
        ctx.issues.push(
          keyIssue === 'invalid_key'
            ? {
                code: 'invalid_key',
                origin: 'record',
                issues: [],
                path: [name],
                input: undefined,
                message: '',
              }
            : {
                code: 'custom',
                path: [name],
                input: undefined,
                message: '',
                params: { code: keyIssue },
              },
        );
        continue;
      }
      const item = input[name];
      if (fast?.(item)) {
        out[name] = item as z.output<V>;
        continue;
      }
      const parsed = value.safeParse(item);
      if (parsed.success) out[name] = parsed.data;
      else
        for (const issue of parsed.error.issues)
          ctx.issues.push({ ...issue, input: undefined, path: [name, ...issue.path] } as never);
    }
    return out;
  });
}

/** Whether a value is a count as it is (what {@link countSchema} accepts). */
export const isCount = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;

/** A histogram of whole-number values: `{ "12": 3 }`. */
export const histogramSchema = dataMap(countSchema, WHOLE_NUMBER_KEY, 'invalid_state_key', isCount);

/** Counts by a key of host data or a library code. */
export const countsSchema = dataMap(countSchema, undefined, 'invalid_state_key', isCount);

/** A monthly series of `[a, b]` counts by `YYYY-MM`. */
export const monthPairsSchema = dataMap(z.tuple([countSchema, countSchema]), MONTH_KEY);

/** A record's groups, as kept in flagged rows. */
export const groupsSchema = dataMap(IdSchema);

/** An id or a day, as kept in flagged rows. */
export { IdSchema as idSchema, IsoDateSchema as daySchema };

/** The total of a histogram's counts. */
export function histogramTotal(histogram: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const key in histogram) total += histogram[key] as number;
  return total;
}

/**
 * A sum that must hold in every state `add` and `merge` can reach: its words (such as
 * `"achieving ≤ people"`), the field an issue points at, and the test.
 */
export type Law<S> = readonly [rule: string, field: string, holds: (state: S) => boolean];

/**
 * The schema with its laws: a state that breaks one gets an `inconsistent_state` issue at the
 * law's field, whose `rule` says the law in words (never the values).
 */
export function withLaws<S>(
  schema: z.ZodType<S, unknown>,
  laws: readonly Law<S>[],
): StateSchema<S> {
  return schema.superRefine((state, ctx) => {
    for (const [rule, field, holds] of laws) {
      if (!holds(state)) {
        ctx.addIssue({
          code: 'custom',
          path: field === '' ? [] : field.split('.'),
          message: '',
          params: { code: 'inconsistent_state', rule },
        });
      }
    }
  });
}

/** A list kept to at most `limit` rows. */
export function keptList<T extends z.ZodType>(row: T, limit: number) {
  return z.array(row).max(limit);
}
