/**
 * `npx tsx bench/xmr-agreement.ts [series] [seed]`: prints how closely xmrChart agrees with
 * NHSRplotthedots 0.2.0, point by point, on generated series (see
 * test/reference/xmr-agreement.ts for the method and test/reference/nhsr-plot-the-dots.ts for
 * the transcription of its R code). Not a timing: part of the reproducible figures.
 */
import { agreement } from '../test/reference/xmr-agreement.js';

const count = Number(process.argv[2] ?? 5000);
const seed = Number(process.argv[3] ?? 20261123);
const t = agreement(count, seed);
const pct = (k: number) => `${k} of ${t.points} (${((100 * k) / t.points).toFixed(3)} %)`;
console.log(
  `xmrChart against NHSRplotthedots 0.2.0 (transcribed): ${t.series} series, ${t.points} points, seed ${seed}`,
);
console.log(`  mean and limits agree:      ${pct(t.limitsAgree)}`);
for (const [rule, k] of Object.entries(t.rulesAgree))
  console.log(`  rule ${rule.padEnd(14)} agrees: ${pct(k)}`);
console.log(`  class agrees:               ${pct(t.classesAgree)}`);
for (const [cause, k] of Object.entries(t.disagreements)) {
  console.log(`  differs (${k}): ${cause}\n    e.g. ${t.examples[cause]}`);
}
