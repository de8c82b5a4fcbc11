// Metric jobs and a record source for the golden-thread/node tests: the worker threads (and
// BullMQ workers) import this module by its URL, as a host's job would.
import {
  type Accumulator,
  actionCompletionMetric,
  goalAchievementMetric,
  type MetricsWindow,
  type ProviderRecord,
  recordCountMetric,
} from '../../src/index.js';
import { providerRecords } from '../../src/synthetic/index.js';

/** Two metrics and the record count: a set, as `computeMetrics` takes. */
export function quarterMetrics(options: { readonly window: MetricsWindow }) {
  return {
    records: recordCountMetric(),
    goals: goalAchievementMetric(options),
    actions: actionCompletionMetric(options),
  };
}

/** One metric alone, an accumulator rather than a set. */
export const countOnly = (): Accumulator<unknown, unknown> =>
  recordCountMetric() as Accumulator<unknown, unknown>;

/** Breaks on a record without a plan: what a trusted job meets in untrusted data. */
export function planStarts(): Accumulator<{ n: number }, number> {
  return {
    name: 'plan starts',
    init: () => ({ n: 0 }),
    add: (state, record: ProviderRecord) => {
      if (record.type === 'person') state.n += record.plan.start.length;
      return state;
    },
    merge: (state, other) => {
      state.n += other.n;
      return state;
    },
    finish: (state) => state.n,
  };
}

/** The synthetic people `[from, to)` of a seeded provider, as a database query would give them. */
export function* peopleByIndex(
  range: { readonly from: number; readonly to: number },
  options: { readonly seed: number; readonly people: number },
): Generator<unknown> {
  const all = providerRecords({
    seed: options.seed,
    people: options.people,
    asOf: '2026-11-01',
    services: 3,
    from: range.from,
    to: range.to,
  });
  for (const record of all) yield JSON.parse(JSON.stringify(record));
}
