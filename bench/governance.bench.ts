/**
 * Governance metrics benchmark (issue #7): every governance metric in one pass over synthetic
 * providers of 10k and 100k people (and 1M with `npm run bench -- governance 1000000`).
 *
 * Records are generated in batches of 10,000 and only the metric pass is timed, so a million
 * people never sit in memory at once and generation is not counted. The baseline, timed in the
 * same run over the same batches, is a pass that only counts each record's events, actions and
 * activities: the cost of touching the data at all. The figure to read is microseconds per
 * record at each scale: linear growth keeps it flat. At 10,000 people each metric is also
 * timed on its own, to show where the time goes.
 */
import {
  type Accumulator,
  actionCompletionMetric,
  communityParticipationMetric,
  eventRateMetric,
  goalAchievementMetric,
  governanceMetrics,
  type ProviderRecord,
  ratingTrendsMetric,
  restrictionMetric,
  reviewQualityMetric,
  reviewTimelinessMetric,
  unplannedAdmissionsMetric,
} from '../src/index.js';
import { providerRecords } from '../src/synthetic/index.js';
import type { BenchResult } from './outcomes.bench.js';

const AS_OF = '2026-11-01';
const WINDOW = { from: '2026-07-01', to: '2026-10-01' } as const;
const BATCH = 10_000;

function* batches(people: number): Generator<ProviderRecord[]> {
  let batch: ProviderRecord[] = [];
  for (const record of providerRecords({ seed: 7, people, asOf: AS_OF, services: 12 })) {
    batch.push(record);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function touch(record: ProviderRecord): number {
  if (record.type === 'setting') return record.restrictions.length;
  return (
    (record.plan.events?.length ?? 0) +
    (record.actions?.length ?? 0) +
    (record.activities?.length ?? 0)
  );
}

export async function benchGovernance(maxPeople = 100_000): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const scales = [10_000, 100_000, 1_000_000].filter((n) => n <= maxPeople);
  let first: number | undefined;
  for (const people of scales) {
    const metric = governanceMetrics({ window: WINDOW });
    let state = metric.init();
    let records = 0;
    let metricNs = 0;
    let baselineNs = 0;
    let sink = 0;
    for (const batch of batches(people)) {
      records += batch.length;
      let t = process.hrtime.bigint();
      for (const record of batch) sink += touch(record);
      baselineNs += Number(process.hrtime.bigint() - t);
      t = process.hrtime.bigint();
      for (const record of batch) state = metric.add(state, record);
      metricNs += Number(process.hrtime.bigint() - t);
    }
    const t = process.hrtime.bigint();
    const report = metric.finish(state);
    const finishNs = Number(process.hrtime.bigint() - t);
    if (sink < 0 || report.overall.records.people !== people)
      throw new Error('bench: lost records');
    const perRecord = (metricNs + finishNs) / records / 1000;
    first ??= perRecord;
    const label = `${people.toLocaleString('en-GB')} people`;
    results.push(
      {
        name: `governanceMetrics, ${label}: records/s`,
        value: Math.round(records / ((metricNs + finishNs) / 1e9)),
        unit: 'records/s',
      },
      { name: `governanceMetrics, ${label}: time per record`, value: round(perRecord), unit: 'µs' },
      { name: `  finish (all groups), ${label}`, value: round(finishNs / 1e6), unit: 'ms' },
      {
        name: `  time per record ÷ at 10,000 people`,
        value: round(perRecord / first),
        unit: '×',
      },
      {
        name: `  ÷ baseline (touch every list), ${label}`,
        value: Math.round((metricNs + finishNs) / baselineNs),
        unit: '×',
      },
    );
  }
  results.push(...eachMetric());
  return results;
}

/** Each metric alone over the first batch of 10,000 people: time per record. */
function eachMetric(): BenchResult[] {
  const [batch] = batches(BATCH);
  if (batch === undefined) return [];
  const trend = { from: '2024-10-01', to: WINDOW.to } as const;
  const metrics: Record<string, Accumulator<unknown, unknown>> = {
    goalAchievementMetric: goalAchievementMetric({ window: WINDOW }),
    reviewTimelinessMetric: reviewTimelinessMetric({ window: WINDOW }),
    reviewQualityMetric: reviewQualityMetric({ window: WINDOW }),
    actionCompletionMetric: actionCompletionMetric({ window: WINDOW }),
    restrictionMetric: restrictionMetric({ window: WINDOW }),
    unplannedAdmissionsMetric: unplannedAdmissionsMetric({ window: WINDOW }),
    ratingTrendsMetric: ratingTrendsMetric({ window: WINDOW }),
    'communityParticipationMetric (24 months)': communityParticipationMetric({ window: trend }),
    'eventRateMetric (incidents, 24 months)': eventRateMetric({
      window: trend,
      kinds: ['incident'],
    }),
  };
  return Object.entries(metrics).map(([name, metric]) => {
    const t = process.hrtime.bigint();
    let state = metric.init();
    for (const record of batch) state = metric.add(state, record);
    metric.finish(state);
    const ns = Number(process.hrtime.bigint() - t);
    return {
      name: `  ${name} alone, 10,000 people: time per record`,
      value: round(ns / batch.length / 1000),
      unit: 'µs',
    };
  });
}

const round = (n: number) => Number(n.toFixed(2));
