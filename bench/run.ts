/**
 * `npm run bench`: runs every benchmark and prints a table (`npm run bench -- <name>` for one:
 * outcomes, wording, reviews, metrics, governance, synthetic). Benchmarks are never part of
 * `npm test`; times vary by ±60 % between runs on shared machines, so each figure that
 * matters is a ratio to a baseline measured in the same run.
 */
import { benchEvidence } from './evidence.bench.js';
import { benchGovernance } from './governance.bench.js';
import { benchMetrics } from './metrics.bench.js';
import { benchOutcomes } from './outcomes.bench.js';
import { benchReviews } from './reviews.bench.js';
import { benchSynthetic } from './synthetic.bench.js';
import { benchWording } from './wording.bench.js';

const only = process.argv[2];
const results = [
  ...(only === undefined || only === 'outcomes' ? await benchOutcomes() : []),
  ...(only === undefined || only === 'wording' ? await benchWording() : []),
  ...(only === undefined || only === 'reviews' ? await benchReviews() : []),
  ...(only === undefined || only === 'metrics' ? await benchMetrics() : []),
  ...(only === undefined || only === 'governance'
    ? await benchGovernance(Number(process.argv[3] ?? 100_000))
    : []),
  ...(only === undefined || only === 'synthetic' ? await benchSynthetic() : []),
  ...(only === undefined || only === 'evidence' ? await benchEvidence() : []),
];
const width = Math.max(...results.map((r) => r.name.length));
console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
for (const r of results)
  console.log(`${r.name.padEnd(width)}  ${r.value.toLocaleString('en-GB')} ${r.unit}`);
