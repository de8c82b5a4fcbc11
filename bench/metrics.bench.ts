/**
 * Statistics benchmark (issues #7 and #19): the cost of the exact methods, which find their
 * bounds by iterating on incomplete gamma and beta functions — baseline, measured in the same
 * run: the normal-approximation (Wald) interval `count ± 1.96·√count` over the same counts —
 * and how the trend statistics grow with the length of the series: theilSen and mannKendall
 * at 1,000, 10,000 and 100,000 points, against the O(n²) pairwise definitions they replace
 * (timed at 1,000 and 3,000 points only: at 10,000 the old Theil–Sen takes half a minute and
 * more, at 100,000 it needs 40 GB). The "growth" figures divide the time at 10n by the time
 * at n: about 10 × log(10n)/log(n) (≈ 12–13) for O(n log n), 100 for O(n²).
 */
import { measure } from 'mitata';
import {
  funnelPlot,
  mannKendall,
  poissonInterval,
  rateRatio,
  theilSen,
  xmrChart,
} from '../src/index.js';
import type { BenchResult } from './outcomes.bench.js';

/** Counts 0–199, the range a service's monthly incidents or restraints fall in. */
const COUNTS = Array.from({ length: 200 }, (_, i) => i);
/** Two years of monthly counts for an XmR chart. */
const MONTHLY = Array.from({ length: 24 }, (_, i) => 10 + ((i * 7) % 5) - (i > 15 ? 3 : 0));

/** A noisy rising series of n points: what a long daily care series looks like. */
function series(n: number): { x: number; y: number }[] {
  return Array.from({ length: n }, (_, i) => ({
    x: i,
    y: 20 + 0.01 * i + 8 * Math.sin(i / 7) + ((i * 7919) % 13),
  }));
}

/** The O(n²) definitions, as the library computed them before issue #19 (the baselines). */
function quadraticTheilSen(points: readonly { x: number; y: number }[]): number {
  const slopes: number[] = [];
  for (const [i, p] of points.entries()) {
    for (let j = i + 1; j < points.length; j += 1) {
      const q = points[j] as { x: number; y: number };
      if (q.x !== p.x) slopes.push((q.y - p.y) / (q.x - p.x));
    }
  }
  slopes.sort((a, b) => a - b);
  return slopes[slopes.length >> 1] ?? 0;
}

function quadraticMannKendallS(values: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < values.length; i += 1) {
    for (let j = i + 1; j < values.length; j += 1)
      s += Math.sign((values[j] as number) - (values[i] as number));
  }
  return s;
}

/** Milliseconds for one call, the median of a few. */
async function time(f: () => unknown, samples = 5): Promise<number> {
  const result = await measure(f, { min_samples: samples, max_samples: samples, min_cpu_time: 0 });
  return result.p50 / 1e6;
}

async function benchTrends(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const ms = (v: number) => Number(v.toFixed(v < 10 ? 2 : 0));
  const sizes = [1_000, 10_000, 100_000];
  // Warm the JIT first, so that the smallest size is not timed cold.
  for (let i = 0; i < 5; i += 1) {
    theilSen(series(3_000));
    mannKendall(series(3_000).map((p) => p.y));
  }
  const theil: number[] = [];
  const kendall: number[] = [];
  for (const n of sizes) {
    const points = series(n);
    const values = points.map((p) => p.y);
    theil.push(await time(() => theilSen(points), n >= 100_000 ? 3 : 7));
    kendall.push(await time(() => mannKendall(values), 7));
  }
  for (const [i, n] of sizes.entries()) {
    results.push({
      name: `theilSen, ${n.toLocaleString('en-GB')} points`,
      value: ms(theil[i] as number),
      unit: 'ms',
    });
  }
  for (const [i, n] of sizes.entries()) {
    results.push({
      name: `mannKendall, ${n.toLocaleString('en-GB')} values`,
      value: ms(kendall[i] as number),
      unit: 'ms',
    });
  }
  const growth = (t: number[], i: number) =>
    Number(((t[i + 1] as number) / (t[i] as number)).toFixed(1));
  results.push(
    {
      name: 'theilSen growth 1k → 10k (O(n log n) ≈ 13, O(n²) = 100)',
      value: growth(theil, 0),
      unit: '×',
    },
    {
      name: 'theilSen growth 10k → 100k (≈ 12.5 for O(n log n))',
      value: growth(theil, 1),
      unit: '×',
    },
    { name: 'mannKendall growth 1k → 10k', value: growth(kendall, 0), unit: '×' },
    { name: 'mannKendall growth 10k → 100k', value: growth(kendall, 1), unit: '×' },
  );
  const small = series(1_000);
  const larger = series(3_000);
  const oldTheil = [
    await time(() => quadraticTheilSen(small), 3),
    await time(() => quadraticTheilSen(larger), 3),
  ];
  const oldKendall = [
    await time(() => quadraticMannKendallS(small.map((p) => p.y)), 5),
    await time(() => quadraticMannKendallS(larger.map((p) => p.y)), 5),
  ];
  const newTheil3k = await time(() => theilSen(larger), 7);
  const newKendall3k = await time(() => mannKendall(larger.map((p) => p.y)), 7);
  results.push(
    {
      name: 'O(n²) Theil–Sen (before), 1,000 points',
      value: ms(oldTheil[0] as number),
      unit: 'ms',
    },
    {
      name: 'O(n²) Theil–Sen (before), 3,000 points',
      value: ms(oldTheil[1] as number),
      unit: 'ms',
    },
    { name: 'O(n²) Theil–Sen growth 1k → 3k (O(n²) = 9)', value: growth(oldTheil, 0), unit: '×' },
    {
      name: 'O(n²) Mann–Kendall S (before), 3,000 values',
      value: ms(oldKendall[1] as number),
      unit: 'ms',
    },
    {
      name: 'theilSen speed-up at 3,000 points',
      value: Math.round((oldTheil[1] as number) / newTheil3k),
      unit: '×',
    },
    {
      name: 'mannKendall speed-up at 3,000 values',
      value: Math.round((oldKendall[1] as number) / newKendall3k),
      unit: '×',
    },
  );
  return results;
}

async function benchFunnel(): Promise<BenchResult[]> {
  // 50 services with 10 to 500 reviews due, and a rate funnel over support days.
  const proportions = Array.from({ length: 50 }, (_, i) => ({
    id: `s${i}`,
    numerator: (i * 37) % 50,
    denominator: 10 + ((i * 97) % 491),
  })).map((u) => ({ ...u, numerator: Math.min(u.numerator, u.denominator) }));
  const rates = Array.from({ length: 50 }, (_, i) => ({
    id: `s${i}`,
    numerator: (i * 13) % 40,
    denominator: 500 + ((i * 977) % 20_000),
  }));
  return [
    {
      name: 'funnelPlot, 50 services, proportions (100 curve points)',
      value: Number((await time(() => funnelPlot(proportions, { kind: 'proportion' }))).toFixed(1)),
      unit: 'ms',
    },
    {
      name: 'funnelPlot, 50 services, rates per 1,000 days',
      value: Number((await time(() => funnelPlot(rates, { kind: 'rate', per: 1000 }))).toFixed(1)),
      unit: 'ms',
    },
  ];
}

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
    ...(await benchTrends()),
    ...(await benchFunnel()),
  ];
}
