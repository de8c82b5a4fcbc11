/**
 * Did incidents fall after a co-produced change? Two years of monthly incident counts from
 * one supported living service, read the way a registered manager would present them to the
 * provider's board: exact intervals, a before/after rate ratio, an XmR chart (with its limits
 * recalculated at the change), a run chart, and the provider's services compared on a funnel
 * plot instead of a league table.
 * Run: `npx tsx examples/statistics.ts`.
 */
import assert from 'node:assert/strict';
import {
  formatPValue,
  funnelPlot,
  mannKendall,
  poissonInterval,
  rateRatio,
  runChart,
  theilSen,
  xmrChart,
} from 'golden-thread';

// Incidents recorded each month, and support days delivered (people × days in the month).
// In month 13 the house introduced a morning routine that the people living there planned
// with their keyworkers.
const months = [
  '2025-01',
  '2025-02',
  '2025-03',
  '2025-04',
  '2025-05',
  '2025-06',
  '2025-07',
  '2025-08',
  '2025-09',
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
  '2026-11',
  '2026-12',
];
const incidents = [9, 7, 11, 8, 10, 6, 9, 12, 8, 10, 9, 11, 7, 6, 5, 6, 4, 5, 3, 4, 5, 3, 4, 3];
const supportDays = [
  155, 140, 155, 150, 155, 150, 155, 155, 150, 155, 150, 155, 155, 140, 155, 150, 155, 150, 155,
  155, 150, 155, 150, 155,
];
const changeAt = 12; // index of 2026-01
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const perThousand = incidents.map((n, i) => (1000 * n) / (supportDays[i] as number));
const fmt = (x: number | null, digits = 1): string => (x === null ? '—' : x.toFixed(digits));

// 1. This month's figure, with its uncertainty.
const last = incidents.length - 1;
const latest = poissonInterval(incidents[last] as number, {
  exposure: supportDays[last] as number,
  per: 1000,
});
console.log(
  `1. ${months[last]}: ${incidents[last]} incidents in ${supportDays[last]} support days.`,
);
console.log(
  `   That is ${fmt(latest.rate?.value ?? null)} per 1,000 days; with a count this small the true rate could be anywhere from ${fmt(latest.rate?.lower ?? null)} to ${fmt(latest.rate?.upper ?? null)} (95 %, ${latest.method}).`,
);
assert.ok((latest.rate?.lower ?? 0) < (latest.rate?.value ?? 0));

// 2. Before and after the change.
const before = {
  count: sum(incidents.slice(0, changeAt)),
  exposure: sum(supportDays.slice(0, changeAt)),
};
const after = { count: sum(incidents.slice(changeAt)), exposure: sum(supportDays.slice(changeAt)) };
const comparison = rateRatio(before, after);
const change = Math.round((1 - (comparison.ratio as number)) * 100);
console.log(
  `2. Before the change: ${before.count} incidents in ${before.exposure} days; after: ${after.count} in ${after.exposure} days.`,
);
console.log(
  `   The rate after is ${fmt(comparison.ratio, 2)} times the rate before — ${change} % fewer incidents per day (95 % interval ${fmt(comparison.lower, 2)} to ${fmt(comparison.upper, 2)}, ${formatPValue(comparison.pValue)}).`,
);
assert.ok((comparison.upper as number) < 1, 'the whole interval is below 1: a real fall');
assert.ok((comparison.pValue as number) < 0.001);

// 3. The XmR chart of the monthly rate (lower is better). A rate cannot be negative, so
// `measure: 'rate'` holds a lower limit below 0 at 0.
const chart = xmrChart(perThousand, { improvement: 'decrease', measure: 'rate' });
console.log(
  `3. XmR chart of incidents per 1,000 days: mean ${fmt(chart.mean)}, process limits ${fmt(chart.lowerProcessLimit)} to ${fmt(chart.upperProcessLimit)}.`,
);
const flagged = chart.points.filter((p) => p.variation !== 'common_cause');
for (const p of flagged) {
  const rules = Object.entries(p.rules)
    .filter(([, fired]) => fired)
    .map(([rule]) => rule)
    .join(', ');
  console.log(`   ${months[p.index]}: ${fmt(p.value)} — ${p.variation} (${rules})`);
}
console.log(`   What the chart shows now: ${chart.variation}. ${chart.recommendation.message}`);
assert.equal(chart.variation, 'improvement');
assert.equal(chart.recommendation.useRunChart, false);
assert.ok((chart.lowerProcessLimit as number) >= 0);

// The change was real and planned: recalculate the limits from the month it started, as
// Making Data Count asks, so that the new process is judged against itself.
const recalculated = xmrChart(perThousand, {
  improvement: 'decrease',
  measure: 'rate',
  recalculateAt: [changeAt],
});
for (const period of recalculated.periods) {
  console.log(
    `   ${months[period.start]} to ${months[period.end - 1]}: mean ${fmt(period.mean)}, limits ${fmt(period.lowerProcessLimit)} to ${fmt(period.upperProcessLimit)}${period.atBound.lower ? ' (lower limit held at 0)' : ''}.`,
  );
}
console.log(`   ${recalculated.recommendation.message}`);
assert.equal(recalculated.periods.length, 2);
assert.ok((recalculated.mean as number) < (recalculated.periods[0]?.mean as number));

// 4. The same series as a run chart, and the trend since the change.
const run = runChart(perThousand);
console.log(
  `4. Run chart: median ${fmt(run.median)}, longest run ${run.longestRun} (limit ${run.longestRunLimit}), ${run.crossings} crossings (at least ${run.crossingsLimit} expected by chance) — ${run.nonRandom ? 'not random variation' : 'random variation'}.`,
);
assert.equal(run.nonRandom, true);
const since = perThousand.slice(changeAt);
const trend = theilSen(since.map((y, x) => ({ x, y })));
const test = mannKendall(since);
console.log(
  `   Since the change the rate has moved by ${fmt(trend.slope, 2)} per 1,000 days a month (Theil–Sen); Mann–Kendall ${formatPValue(test.pValue)}.`,
);
assert.ok((trend.slope as number) < 0);

// 5. The provider's six houses in the last quarter, on a funnel plot: incidents per 1,000
// support days against the support days each delivered, around the provider's own rate.
const houses = [
  { id: 'elm', label: 'Elm House', numerator: 4, denominator: 460 },
  { id: 'oak', label: 'Oak Lodge', numerator: 15, denominator: 1380 },
  { id: 'ash', label: 'Ash Court', numerator: 22, denominator: 920 },
  { id: 'birch', label: 'Birch Road', numerator: 6, denominator: 640 },
  { id: 'willow', label: 'Willow Way', numerator: 1, denominator: 276 },
  { id: 'rowan', label: 'Rowan Close', numerator: 9, denominator: 1104 },
];
const funnel = funnelPlot(houses, { kind: 'rate', per: 1000, improvement: 'decrease' });
console.log(
  `5. Funnel plot: ${funnel.totals.numerator} incidents in ${funnel.totals.denominator} support days, ${fmt(funnel.target)} per 1,000 days overall.`,
);
for (const house of funnel.units) {
  const where =
    house.outside === null
      ? 'inside the limits'
      : `${house.outside.side === 'high' ? 'above' : 'below'} the ${house.outside.beyond === 0.998 ? '99.8' : '95'} % limit — ${house.variation}`;
  console.log(
    `   ${house.label}: ${fmt(house.value)} per 1,000 days (${house.denominator} days), ${where}`,
  );
}
assert.deepEqual(
  funnel.outliers.map((house) => house.id),
  ['ash'],
);
// A league table would put Willow Way (1 incident) top and Ash Court bottom; the funnel says
// only Ash Court differs by more than chance.
assert.equal(funnel.units.find((house) => house.id === 'willow')?.outside, null);
