import { describe, expect, it } from 'vitest';
import { person, run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import { type Accumulator, combineAccumulators, computeMetrics, groupedBy } from './accumulator.js';
import { recordCountMetric } from './governance-metrics.js';
import type { ProviderRecord } from './records.js';

const records: ProviderRecord[] = [
  person('p-1', '2026-01-05', { groups: { service: 'svc-north', team: 'team-1' } }),
  person('p-2', '2026-01-05', { groups: { service: 'svc-south' } }),
  person('p-3', '2026-01-05'),
  { type: 'setting', settingId: 'house-1', groups: { service: 'svc-north' }, restrictions: [] },
];

describe('computeMetrics', () => {
  it('computes every accumulator of the set in one pass', () => {
    let reads = 0;
    const counting: Accumulator<{ n: number }, number> = {
      name: 'reads',
      init: () => ({ n: 0 }),
      add: (state) => {
        reads += 1;
        state.n += 1;
        return state;
      },
      merge: (state, other) => {
        state.n += other.n;
        return state;
      },
      finish: (state) => state.n,
    };
    const result = computeMetrics(records, { counting, records: recordCountMetric() });
    expect(result).toEqual({ counting: 4, records: { people: 3, settings: 1 } });
    expect(reads).toBe(4);
  });

  it('reads any iterable, such as a generator', () => {
    function* stream() {
      yield* records;
    }
    expect(computeMetrics(stream(), { records: recordCountMetric() }).records.people).toBe(3);
  });

  it('rejects an empty set and a member that is not an accumulator', () => {
    expect(thrownCode(() => computeMetrics(records, {}))).toBe('invalid_argument');
    const broken = { init: () => 0 } as unknown as Accumulator<unknown, unknown>;
    expect(thrownCode(() => computeMetrics(records, { broken }))).toBe('invalid_argument');
  });
});

describe('combineAccumulators', () => {
  it('keeps each state under its name', () => {
    const all = combineAccumulators({ a: recordCountMetric(), b: recordCountMetric() });
    const state = all.add(all.init(), records[0] as ProviderRecord);
    expect(state).toEqual({ a: { people: 1, settings: 0 }, b: { people: 1, settings: 0 } });
    expect(all.name).toBe('a+b');
  });
});

describe('groupedBy', () => {
  it('computes the metric for each group of the key', () => {
    expect(run(groupedBy('service', recordCountMetric()), records)).toEqual({
      '(not recorded)': { people: 1, settings: 0 },
      'svc-north': { people: 1, settings: 1 },
      'svc-south': { people: 1, settings: 0 },
    });
  });

  it('names the group of records without the key as asked', () => {
    const byTeam = run(groupedBy('team', recordCountMetric(), { missing: 'no team' }), records);
    expect(Object.keys(byTeam)).toEqual(['no team', 'team-1']);
  });

  it('treats a group named like an object property as plain data', () => {
    const odd = person('p-9', '2026-01-05', { groups: { service: '__proto__' } });
    const result = run(groupedBy('service', recordCountMetric()), [odd]);
    expect(Object.keys(result)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(result, '__proto__')?.value).toEqual({
      people: 1,
      settings: 0,
    });
  });

  it('rejects an empty key', () => {
    expect(thrownCode(() => groupedBy('', recordCountMetric()))).toBe('invalid_argument');
  });
});
