/**
 * Synthetic data benchmark (issue #7, item 4): how fast `providerRecords` makes a provider's
 * records, and how big they are as NDJSON. Baseline, measured in the same run on the same
 * records: reading them back with `parseProviderRecord` — what a host pays to validate the
 * data it generated — so the figure that matters is generation time ÷ parse time.
 * `SYNTHETIC_PEOPLE` (default 10 000) sets the size; `npm run bench -- synthetic`.
 */
import { parseProviderRecord } from '../src/index.js';
import { providerRecords } from '../src/synthetic/index.js';
import type { BenchResult } from './outcomes.bench.js';

const PEOPLE = Number(process.env['SYNTHETIC_PEOPLE'] ?? 10_000);
const PARSED = 1_000;
const options = { seed: 2026, people: PEOPLE, asOf: '2026-11-01' } as const;

export async function benchSynthetic(): Promise<BenchResult[]> {
  // Warm up the generator, then time a full run (records counted, nothing kept).
  for (const _ of providerRecords({ ...options, people: 500 }));
  let started = performance.now();
  let records = 0;
  for (const _ of providerRecords(options)) records += 1;
  const generateMs = performance.now() - started;

  // Size: the same records as NDJSON lines (UTF-8 bytes).
  started = performance.now();
  let bytes = 0;
  for (const record of providerRecords(options)) {
    bytes += Buffer.byteLength(`${JSON.stringify(record)}\n`);
  }
  const withJsonMs = performance.now() - started;

  // Baseline: parse the first PARSED people.
  const sample = [...providerRecords({ ...options, people: PARSED, includeSettings: false })];
  started = performance.now();
  let ok = 0;
  for (const record of sample) if (parseProviderRecord(record).success) ok += 1;
  const parseMs = performance.now() - started;
  if (ok !== sample.length) throw new Error('a generated record failed to parse');
  const generatePerPerson = generateMs / PEOPLE;
  const parsePerPerson = parseMs / PARSED;
  return [
    {
      name: `providerRecords, ${PEOPLE.toLocaleString('en-GB')} people`,
      value: Math.round(generateMs),
      unit: 'ms',
    },
    {
      name: 'providerRecords, records per second',
      value: Math.round(records / (generateMs / 1000)),
      unit: 'records/s',
    },
    {
      name: 'providerRecords + JSON.stringify, records per second',
      value: Math.round(records / (withJsonMs / 1000)),
      unit: 'records/s',
    },
    {
      name: 'NDJSON per 10,000 people',
      value: Number((((bytes / PEOPLE) * 10_000) / 1e6).toFixed(1)),
      unit: 'MB',
    },
    {
      name: 'parseProviderRecord (baseline), people per second',
      value: Math.round(1000 / parsePerPerson),
      unit: 'records/s',
    },
    {
      name: 'generation time ÷ parse time, per person',
      value: Number((generatePerPerson / parsePerPerson).toFixed(3)),
      unit: '×',
    },
  ];
}
