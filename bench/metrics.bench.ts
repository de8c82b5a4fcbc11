/**
 * Statistics benchmark (issue #7): the cost of the exact methods, which find their bounds by
 * iterating on incomplete gamma and beta functions. Baseline, measured in the same run: the
 * normal-approximation (Wald) interval `count ± 1.96·√count` over the same counts — the
 * cheap answer the exact methods replace.
 */
import { measure } from 'mitata';
import { poissonInterval, rateRatio, xmrChart } from '../src/index.js';
import type { BenchResult } from './outcomes.bench.js';

/** Counts 0–199, the range a service's monthly incidents or restraints fall in. */
const COUNTS = Array.from({ length: 200 }, (_, i) => i);
/** Two years of monthly counts for an XmR chart. */
const MONTHLY = Array.from({ length: 24 }, (_, i) => 10 + ((i * 7) % 5) - (i > 15 ? 3 : 0));

export async function benchMetrics(): Promise<BenchResult[]> {
  const opts = { min_samples: 5, max_samples: 12, min_cpu_time: 1e9 } as const;
  let sink = 0;
  const wald = await measure(() => {
    for (const c of COUNTS) sink += Math.max(0, c - 1.96 * Math.sqrt(c)) + c + 1.96 * Math.sqrt(c);
  }, opts);
  const exact = await measure(() => {
    for (const c of COUNTS) sink += poissonInterval(c).upper ?? 0;
  }, opts);
  const ratios = await measure(() => {
    for (const c of COUNTS)
      sink += rateRatio({ count: c, exposure: 30 }, { count: 199 - c, exposure: 30 }).pValue ?? 0;
  }, opts);
  const charts = await measure(() => {
    for (let i = 0; i < 100; i += 1)
      sink += xmrChart(MONTHLY, { improvement: 'decrease' }).mean ?? 0;
  }, opts);
  if (sink < 0) throw new Error('unreachable');
  const perSecond = (ns: number, n: number) => Math.round(n / (ns / 1e9));
  const micro = (ns: number, n: number) => Number((ns / n / 1000).toFixed(1));
  return [
    {
      name: 'Wald interval, counts 0–199 (baseline)',
      value: perSecond(wald.p50, COUNTS.length),
      unit: 'intervals/s',
    },
    {
      name: 'poissonInterval (exact), counts 0–199',
      value: perSecond(exact.p50, COUNTS.length),
      unit: 'intervals/s',
    },
    { name: 'poissonInterval, time each', value: micro(exact.p50, COUNTS.length), unit: 'µs' },
    { name: 'poissonInterval ÷ Wald time', value: Math.round(exact.p50 / wald.p50), unit: '×' },
    {
      name: 'rateRatio (exact interval and p-value), time each',
      value: micro(ratios.p50, COUNTS.length),
      unit: 'µs',
    },
    { name: 'xmrChart, 24 monthly points, time each', value: micro(charts.p50, 100), unit: 'µs' },
  ];
}
