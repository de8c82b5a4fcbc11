/**
 * Outcomes benchmarks (issue #3): the cost of `parseOutcome` over a bare
 * `OutcomeSchema.safeParse` on the same 100,000 realistic outcomes, and `checkOutcome`
 * throughput. Each figure is a median over repeated passes in this process, and the parse
 * overhead is reported as a ratio to its baseline measured in the same run.
 */
import fc from 'fast-check';
import { measure } from 'mitata';
import { checkOutcome, OutcomeSchema, parseOutcome } from '../src/index.js';
import { arbOutcome } from '../test/arbitraries/outcomes.js';

const COUNT = 100_000;

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

export async function benchOutcomes(): Promise<BenchResult[]> {
  const started = performance.now();
  // Plain JSON objects, as a host reads them from a database or a request body.
  const outcomes = fc
    .sample(arbOutcome, { numRuns: COUNT, seed: 7 })
    .map((o) => JSON.parse(JSON.stringify(o)));
  const invalid = outcomes.map((o, i) =>
    i % 10 === 0 ? { ...o, timeframe: { start: '2026-02-30', reviewBy: 7 } } : o,
  );
  const generated = performance.now() - started;

  const opts = { min_samples: 5, max_samples: 12, min_cpu_time: 2e9 } as const;
  let sink = 0;
  const baseline = await measure(() => {
    for (const o of outcomes) if (OutcomeSchema.safeParse(o).success) sink += 1;
  }, opts);
  const parsed = await measure(() => {
    for (const o of outcomes) if (parseOutcome(o).success) sink += 1;
  }, opts);
  const baselineMixed = await measure(() => {
    for (const o of invalid) if (OutcomeSchema.safeParse(o).success) sink += 1;
  }, opts);
  const parsedMixed = await measure(() => {
    for (const o of invalid) if (parseOutcome(o).success) sink += 1;
  }, opts);
  const typed = outcomes.map((o) => parseOutcome(o)).flatMap((r) => (r.success ? [r.data] : []));
  const checked = await measure(() => {
    for (const o of typed) sink += checkOutcome(o, { asOf: '2026-11-23' }).length;
  }, opts);
  if (sink < 0) throw new Error('unreachable');

  const perSecond = (ns: number) => Math.round(COUNT / (ns / 1e9));
  return [
    {
      name: 'outcomes generated (seed 7)',
      value: COUNT,
      unit: `outcomes in ${(generated / 1000).toFixed(1)} s`,
    },
    {
      name: 'OutcomeSchema.safeParse, all valid (baseline)',
      value: perSecond(baseline.p50),
      unit: 'outcomes/s',
    },
    { name: 'parseOutcome, all valid', value: perSecond(parsed.p50), unit: 'outcomes/s' },
    {
      name: 'parseOutcome ÷ safeParse time, all valid',
      value: Number((parsed.p50 / baseline.p50).toFixed(3)),
      unit: '×',
    },
    {
      name: 'OutcomeSchema.safeParse, 10 % invalid (baseline)',
      value: perSecond(baselineMixed.p50),
      unit: 'outcomes/s',
    },
    {
      name: 'parseOutcome ÷ safeParse time, 10 % invalid',
      value: Number((parsedMixed.p50 / baselineMixed.p50).toFixed(3)),
      unit: '×',
    },
    { name: 'checkOutcome', value: perSecond(checked.p50), unit: 'outcomes/s' },
  ];
}
