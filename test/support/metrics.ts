import type { Accumulator, PersonRecord, ProviderRecord } from '../../src/metrics/index.js';
import type { SupportPlan } from '../../src/reviews/index.js';

/** Runs an accumulator over records in one pass. */
export function run<S, R>(acc: Accumulator<S, R>, records: readonly ProviderRecord[]): R {
  let state = acc.init();
  for (const record of records) state = acc.add(state, record);
  return acc.finish(state);
}

/** A person record with a plan from `start` (and optional `end`) and any other parts. */
export function person(
  personId: string,
  start: SupportPlan['start'],
  parts: Partial<Omit<PersonRecord, 'type' | 'plan'>> & {
    readonly end?: SupportPlan['end'];
    readonly plan?: Partial<SupportPlan>;
  } = {},
): PersonRecord {
  const { end, plan, ...rest } = parts;
  return {
    type: 'person',
    plan: {
      id: `plan-${personId}`,
      personId,
      start,
      ...(end === undefined ? {} : { end }),
      ...plan,
    },
    ...rest,
  };
}
