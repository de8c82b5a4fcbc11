/**
 * How closely `xmrChart` agrees with NHSRplotthedots, point by point, on generated series.
 *
 * Run: `npx tsx bench/xmr-agreement.ts [series] [seed]` (default 5,000 series, seed 20261123),
 * which prints the figures this module computes. Each series is charted by `xmrChart` and by the transcription of
 * NHSRplotthedots' R code in `nhsr-plot-the-dots.ts` (R is not installed here), with the same
 * settings — improvement direction, outlier screening, rebase points and
 * `fix_after_n_points` — and compared at every point: the mean and the four lines (to 1e-12,
 * relative), each of the four rules, and the point's class. Every disagreement is put in a
 * named category; the test `src/stats/xmr-chart.reference.test.ts` runs a smaller sample and
 * asserts there are none outside the documented ones.
 */
import { type XmrChartOptions, type XmrPeriod, xmrChart } from '../../src/stats/index.js';
import { plotTheDots } from './nhsr-plot-the-dots.js';

/** mulberry32: a small seeded generator, so that every run sees the same series. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Case {
  readonly values: readonly number[];
  readonly improvement: 'increase' | 'decrease' | 'neither';
  readonly screenOutliers: boolean;
  readonly recalculateAt: readonly number[];
  readonly baselinePoints: number | null;
}

/** Series of the shapes care data has: noise, shifts, trends, spikes, small counts, ties. */
export function generateCases(count: number, seed: number): Case[] {
  const random = generator(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const cases: Case[] = [];
  for (let c = 0; c < count; c += 1) {
    const n = 1 + Math.floor(random() * 48);
    const shape = Math.floor(random() * 8);
    const level = 5 + random() * 40;
    const peak = Math.floor(n / 2);
    const flat = random() < 0.5 ? 1 : 0;
    const values = Array.from({ length: n }, (_, i) => {
      const noise = normal() * (1 + random() * 3);
      if (shape === 0) return Math.round(level + noise); // whole numbers: many ties
      if (shape === 1) return level + noise + (i > n / 2 ? 6 : 0); // a shift
      if (shape === 2) return level + noise / 3 + 0.8 * i; // a trend
      if (shape === 3) return level + noise + (random() < 0.08 ? 25 : 0); // spikes
      if (shape === 4) return Math.max(0, Math.round(2 + noise / 2)); // small counts
      if (shape === 5) return Math.round(level + 3 * Math.sin(i / 2)) + (i % 9 === 0 ? 4 : 0); // cycles
      // A rise then a fall, sometimes with a flat step at the top; steep (6) or gentle (7).
      const step = shape === 6 ? 3 : 1;
      const x = i <= peak ? i : i <= peak + flat ? peak : 2 * peak + flat - i;
      return Math.round(level + step * x + (i < n / 4 ? noise : 0));
    });
    const rebase = n > 10 && random() < 0.25 ? [3 + Math.floor(random() * (n - 6))] : [];
    const fix = random() < 0.2 ? 2 + Math.floor(random() * 12) : null;
    cases.push({
      values,
      improvement:
        (['increase', 'decrease', 'neither'] as const)[Math.floor(random() * 3)] ?? 'increase',
      screenOutliers: random() < 0.5,
      recalculateAt: rebase,
      baselinePoints: fix,
    });
  }
  return cases;
}

export interface Tally {
  series: number;
  points: number;
  limitsAgree: number;
  rulesAgree: Record<'outsideLimits' | 'shift' | 'trend' | 'twoOfThree', number>;
  classesAgree: number;
  disagreements: Record<string, number>;
  examples: Record<string, string>;
}

const CLASS_OF: Readonly<Record<string, string>> = {
  special_cause_improvement: 'improvement',
  special_cause_concern: 'concern',
  special_cause_neutral_high: 'neither',
  special_cause_neutral_low: 'neither',
  common_cause: 'common_cause',
};

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

/** The documented differences, by name. */
export const FLAT_BASELINE =
  'screening a baseline whose moving ranges are all 0: NHSRplotthedots drops every one (0 < 3.267 × 0 is false) and has no limits (NaN); the library keeps them, limits equal to the mean';
export const FLAT_STEP =
  'a rising trend ends before a flat step: NHSRplotthedots calls its last point decreasing';

/** Why a point differs, when it does: the documented difference it comes from. */
function causeOf(
  c: Case,
  period: XmrPeriod,
  values: readonly number[],
  i: number,
  nhsrType: string | null,
): string {
  if (c.screenOutliers && period.movingRangeMean === 0) return FLAT_BASELINE;
  const before = values[i - 1];
  const rising = before !== undefined && (values[i] as number) > before;
  if (nhsrType !== null && /Decreasing/.test(nhsrType) && rising && values[i + 1] === values[i]) {
    return FLAT_STEP;
  }
  return 'unexplained';
}

/** Charts one case both ways and adds its points to the tally. */
export function compareCase(tally: Tally, c: Case): void {
  const options: XmrChartOptions = {
    improvement: c.improvement,
    screenOutliers: c.screenOutliers,
    recalculateAt: c.recalculateAt,
    baselinePoints: c.baselinePoints,
    minimumPoints: 2,
  };
  const chart = xmrChart(c.values, options);
  const starts = [0, ...c.recalculateAt];
  const direction = c.improvement === 'increase' ? 1 : c.improvement === 'decrease' ? -1 : 0;
  tally.series += 1;
  for (const [g, start] of starts.entries()) {
    const end = starts[g + 1] ?? c.values.length;
    const group = c.values.slice(start, end);
    const theirs = plotTheDots(group, {
      improvement: direction,
      screenOutliers: c.screenOutliers,
      fixAfterNPoints: c.baselinePoints,
    });
    const period = chart.periods[g];
    for (const [k, ref] of theirs.entries()) {
      const ours = chart.points[start + k];
      if (ours === undefined || period === undefined)
        throw new Error('the charts have different lengths');
      tally.points += 1;
      const limits =
        close(period.mean, ref.meanCol) &&
        close(period.lowerProcessLimit, ref.lpl) &&
        close(period.upperProcessLimit, ref.upl) &&
        close(period.lowerTwoSigma, ref.nlpl) &&
        close(period.upperTwoSigma, ref.nupl);
      if (limits) tally.limitsAgree += 1;
      else
        record(
          tally,
          `limits: ${causeOf(c, period, group, k, null)}`,
          JSON.stringify({ values: group, k }),
        );
      const rules = {
        outsideLimits: ref.outsideLimits,
        shift: ref.partShift,
        trend: ref.partTrend,
        twoOfThree: ref.partTwoInThree,
      };
      for (const rule of Object.keys(rules) as (keyof typeof rules)[]) {
        if (ours.rules[rule] === rules[rule]) tally.rulesAgree[rule] += 1;
        else
          record(
            tally,
            `rule ${rule}: ${causeOf(c, period, group, k, null)}`,
            JSON.stringify({ values: group, k }),
          );
      }
      if (ours.variation === CLASS_OF[ref.pointType]) tally.classesAgree += 1;
      else
        record(
          tally,
          `class: ${causeOf(c, period, group, k, ref.specialCauseType)}`,
          JSON.stringify({ values: group, k, ours: ours.variation, theirs: ref.specialCauseType }),
        );
    }
  }
}

function record(tally: Tally, cause: string, example: string): void {
  tally.disagreements[cause] = (tally.disagreements[cause] ?? 0) + 1;
  tally.examples[cause] ??= example;
}

export function agreement(count: number, seed: number): Tally {
  const tally: Tally = {
    series: 0,
    points: 0,
    limitsAgree: 0,
    rulesAgree: { outsideLimits: 0, shift: 0, trend: 0, twoOfThree: 0 },
    classesAgree: 0,
    disagreements: {},
    examples: {},
  };
  for (const c of generateCases(count, seed)) compareCase(tally, c);
  return tally;
}
