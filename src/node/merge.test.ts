import { describe, expect, it } from 'vitest';
import { thrownCode } from '../../test/support/thrown.js';
import { type Accumulator, governanceMetrics, recordCountMetric } from '../metrics/index.js';
import { mergePartitions, readState } from './merge.js';
import type { Partition } from './partitions.js';
import type { PartitionResult } from './run-partition.js';

const window = { from: '2025-07-01', to: '2025-10-01' } as const;
const partition: Partition = { kind: 'file', file: '/data/provider.ndjson' };
const result = (state: unknown): PartitionResult => ({
  state: JSON.stringify(state),
  lines: 1,
  records: 1,
  rejected: 0,
  bytes: 10,
  issues: [],
});

describe('mergePartitions', () => {
  it('merges the states the workers sent back', () => {
    const records = recordCountMetric() as Accumulator<unknown, unknown>;
    const parts = [result({ people: 2, settings: 0 }), result({ people: 1, settings: 1 })];
    const job = mergePartitions(records, [partition, partition], parts, 10);
    expect(job.results).toEqual({ people: 3, settings: 1 });
  });

  it('fails the job with invalid_state, naming the partition, for a tampered state', () => {
    const records = recordCountMetric() as Accumulator<unknown, unknown>;
    const parts = [result({ people: 2, settings: 0 }), result({ people: '9<img>', settings: 0 })];
    const merge = () => mergePartitions(records, [partition, partition], parts, 10);
    expect(thrownCode(merge)).toBe('invalid_state');
    expect(merge).toThrow('records: the state from partition 1 is not valid at people:');
  });
});

describe('readState', () => {
  it('gives the state read with the schema, its groups on objects with no prototype', () => {
    const metric = governanceMetrics({ window }) as Accumulator<unknown, unknown>;
    const state = JSON.parse(JSON.stringify(metric.init()));
    const read = readState(metric, state, 'a worker') as { groups: object };
    expect(Object.getPrototypeOf(read.groups)).toBeNull();
  });

  it('gives the value as it is for an accumulator without a schema', () => {
    const own: Accumulator<unknown, unknown> = {
      name: 'own',
      init: () => 0,
      add: (n) => n,
      merge: (a) => a,
      finish: (n) => n,
    };
    expect(readState(own, 'anything', 'a worker')).toBe('anything');
  });
});
