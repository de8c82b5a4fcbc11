import { describe, expectTypeOf, it } from 'vitest';
import {
  type GoalAchievement,
  type GovernanceReport,
  type goalAchievementMetric,
  type MetricsWindow,
  type ProviderRecord,
  type RecordCounts,
  recordCountMetric,
} from '../../src/index.js';
import {
  computeMetricsFromNdjson,
  computeMetricsInParallel,
  governanceJob,
  type JobResult,
  type MetricJob,
  metricJob,
  type NdjsonEntry,
  readProviderRecords,
} from '../../src/node/index.js';

const window = { from: '2026-07-01', to: '2026-10-01' } as const;
declare const file: string;
declare function quarter(options: { readonly window: MetricsWindow }): {
  readonly goals: ReturnType<typeof goalAchievementMetric>;
  readonly records: ReturnType<typeof recordCountMetric>;
};

describe('metric jobs', () => {
  it('carry the result type of the governance report', async () => {
    const job = governanceJob({ window });
    expectTypeOf(job).toEqualTypeOf<MetricJob<GovernanceReport>>();
    const { results } = await computeMetricsInParallel({ job, files: [file] });
    expectTypeOf(results).toEqualTypeOf<GovernanceReport>();
  });
  it('carry the result type of a host’s own function, and check its options', async () => {
    const job = metricJob<typeof quarter>(new URL('file:///jobs/quarter.js'), 'quarter', {
      window,
    });
    const { results } = await computeMetricsInParallel({ job, files: [file] });
    expectTypeOf(results.goals).toEqualTypeOf<GoalAchievement>();
    expectTypeOf(results.records).toEqualTypeOf<RecordCounts>();
    // @ts-expect-error the function's options need a window
    metricJob<typeof quarter>('file:///jobs/quarter.js', 'quarter', { from: '2026-07-01' });
  });
  it('default to unknown results for an untyped job', () => {
    expectTypeOf(metricJob('file:///jobs/any.js', 'anything', { x: 1 })).toEqualTypeOf<
      MetricJob<unknown>
    >();
  });
});

describe('the NDJSON readers', () => {
  it('give records or issues, narrowed by success', async () => {
    for await (const entry of readProviderRecords(file)) {
      expectTypeOf(entry).toEqualTypeOf<NdjsonEntry<ProviderRecord>>();
      if (entry.success) expectTypeOf(entry.data).toEqualTypeOf<ProviderRecord>();
      else expectTypeOf(entry.issues[0]?.line).toEqualTypeOf<number | undefined>();
    }
  });
  it('give a set’s results under their names', async () => {
    const got = await computeMetricsFromNdjson(file, { count: recordCountMetric() });
    expectTypeOf(got).toExtend<JobResult<{ readonly count: RecordCounts }>>();
  });
});
