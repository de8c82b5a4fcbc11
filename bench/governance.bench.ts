/**
 * Governance metrics benchmark (issues #7 and #21): every governance metric in one pass over
 * synthetic providers of 10k and 100k people (and 1M with `npm run bench -- governance
 * 1000000`).
 *
 * Records are generated in batches of 10,000, written as JSON text and read back with
 * `JSON.parse` (timed: the baseline), and the metric pass over the parsed objects is timed
 * separately, so a million people never sit in memory at once and generation is not counted.
 * The figures to read are the time per person for every metric, its ratio to `JSON.parse` of
 * the same records in the same run (issue #21's target is at most 0.75), and the time per
 * person at each scale ÷ at 10,000 (linear growth keeps it at 1). At 10,000 people each
 * metric is also timed on its own, to show where the time goes; `bench/profile.ts` shows
 * where it goes inside them.
 */
import {
  type Accumulator,
  actionCompletionMetric,
  changeImpactMetric,
  communityParticipationMetric,
  eventRateMetric,
  evidenceCoverageMetric,
  goalAchievementMetric,
  governanceMetrics,
  outcomesNotImprovedMetric,
  type ProviderRecord,
  ratingTrendsMetric,
  restrictionMetric,
  reviewQualityMetric,
  reviewTimelinessMetric,
  unplannedAdmissionsMetric,
  wellbeingAreasMetric,
  workAndLearningMetric,
  youSaidWeDidMetric,
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

/** A batch as a host reads it: the JSON text of each record, and the objects `JSON.parse` gives. */
interface ParsedBatch {
  readonly records: ProviderRecord[];
  readonly parseNs: number;
}

/** Parses a batch's JSON text back, timing `JSON.parse` alone: the baseline of this bench. */
function parseBatch(batch: readonly ProviderRecord[]): ParsedBatch {
  const texts = batch.map((record) => JSON.stringify(record));
  const records: ProviderRecord[] = new Array(texts.length);
  const t = process.hrtime.bigint();
  for (let i = 0; i < texts.length; i += 1) records[i] = JSON.parse(texts[i] as string);
  return { records, parseNs: Number(process.hrtime.bigint() - t) };
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
    let parseNs = 0;
    let baselineNs = 0;
    let sink = 0;
    for (const generated of batches(people)) {
      // The metrics read what JSON.parse gives (its objects have their own shapes), as in a job.
      const batch = parseBatch(generated);
      parseNs += batch.parseNs;
      records += batch.records.length;
      let t = process.hrtime.bigint();
      for (const record of batch.records) sink += touch(record);
      baselineNs += Number(process.hrtime.bigint() - t);
      t = process.hrtime.bigint();
      for (const record of batch.records) state = metric.add(state, record);
      metricNs += Number(process.hrtime.bigint() - t);
    }
    const t = process.hrtime.bigint();
    const report = metric.finish(state);
    const finishNs = Number(process.hrtime.bigint() - t);
    if (sink < 0 || report.overall.records.people !== people)
      throw new Error('bench: lost records');
    const perPerson = (metricNs + finishNs) / people / 1000;
    first ??= perPerson;
    const label = `${people.toLocaleString('en-GB')} people`;
    results.push(
      {
        name: `every governance metric, ${label}: time per person`,
        value: round(perPerson),
        unit: 'µs',
      },
      {
        name: `  JSON.parse of the same records, ${label}: time per person`,
        value: round(parseNs / people / 1000),
        unit: 'µs',
      },
      {
        name: `  every metric ÷ JSON.parse, ${label}`,
        value: round((metricNs + finishNs) / parseNs),
        unit: '×',
      },
      {
        name: `  records/s, ${label}`,
        value: Math.round(records / ((metricNs + finishNs) / 1e9)),
        unit: 'records/s',
      },
      { name: `  finish (all groups), ${label}`, value: round(finishNs / 1e6), unit: 'ms' },
      {
        name: `  time per person ÷ at 10,000 people`,
        value: round(perPerson / first),
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

/** Each governance metric alone, by the name the bench prints. */
export function eachMetricSet(): Record<string, Accumulator<unknown, unknown>> {
  const trend = { from: '2024-10-01', to: WINDOW.to } as const;
  return {
    goalAchievementMetric: goalAchievementMetric({ window: WINDOW }),
    reviewTimelinessMetric: reviewTimelinessMetric({ window: WINDOW }),
    reviewQualityMetric: reviewQualityMetric({ window: WINDOW }),
    actionCompletionMetric: actionCompletionMetric({ window: WINDOW }),
    restrictionMetric: restrictionMetric({ window: WINDOW }),
    unplannedAdmissionsMetric: unplannedAdmissionsMetric({ window: WINDOW }),
    ratingTrendsMetric: ratingTrendsMetric({ window: WINDOW }),
    wellbeingAreasMetric: wellbeingAreasMetric({ window: WINDOW }),
    outcomesNotImprovedMetric: outcomesNotImprovedMetric({ window: WINDOW }),
    workAndLearningMetric: workAndLearningMetric({ window: WINDOW }),
    'communityParticipationMetric (24 months)': communityParticipationMetric({ window: trend }),
    'eventRateMetric (incidents, 24 months)': eventRateMetric({
      window: trend,
      kinds: ['incident'],
    }),
    // Issue #18 items 5–6.
    youSaidWeDidMetric: youSaidWeDidMetric({ window: WINDOW }),
    evidenceCoverageMetric: evidenceCoverageMetric({ window: WINDOW }),
    changeImpactMetric: changeImpactMetric({ window: WINDOW }),
  };
}

/** Each metric alone over the first batch of 10,000 people: time per person, and ÷ JSON.parse. */
function eachMetric(): BenchResult[] {
  const [generated] = batches(BATCH);
  if (generated === undefined) return [];
  const batch = parseBatch(generated);
  const people = batch.records.filter((r) => r.type === 'person').length;
  return Object.entries(eachMetricSet()).flatMap(([name, metric]) => {
    const t = process.hrtime.bigint();
    let state = metric.init();
    for (const record of batch.records) state = metric.add(state, record);
    metric.finish(state);
    const ns = Number(process.hrtime.bigint() - t);
    return [
      {
        name: `  ${name} alone, 10,000 people: time per person (÷ JSON.parse ${round(ns / batch.parseNs)})`,
        value: round(ns / people / 1000),
        unit: 'µs',
      },
    ];
  });
}

const round = (n: number) => Number(n.toFixed(2));
