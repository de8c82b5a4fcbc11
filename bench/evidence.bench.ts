/**
 * Evidence benchmark (issue #16): the golden thread drawn from everyday records for every
 * person of a synthetic provider, and the service's themes. Reported in people per second,
 * with a baseline measured in the same run: `parseProviderRecord` on the same person records
 * (the boundary validation a host runs on them anyway).
 */
import { measure } from 'mitata';
import {
  feedbackThemes,
  goldenThread,
  type PersonRecord,
  parseProviderRecord,
  toEvidenceChain,
} from '../src/index.js';
import { generateProvider } from '../src/synthetic/index.js';
import type { BenchResult } from './outcomes.bench.js';

const PEOPLE = 2_000;
const AS_OF = '2026-10-07';

export async function benchEvidence(): Promise<BenchResult[]> {
  const { records } = generateProvider({ seed: 20261123, people: PEOPLE, asOf: AS_OF });
  const people = records.filter((r): r is PersonRecord => r.type === 'person');
  const raw = people.map((p) => JSON.parse(JSON.stringify(p)) as unknown);
  const opts = { min_samples: 5, max_samples: 10, min_cpu_time: 2e9 } as const;
  let sink = 0;
  const parsing = await measure(() => {
    for (const p of raw) if (parseProviderRecord(p).success) sink += 1;
  }, opts);
  let links = 0;
  const deriving = await measure(() => {
    links = 0;
    for (const p of people) links += toEvidenceChain(p.plan.personId, p)?.links.length ?? 0;
  }, opts);
  let findings = 0;
  const threads = await measure(() => {
    findings = 0;
    for (const p of people) {
      findings += goldenThread(p.plan.personId, p, { asOf: AS_OF }).findings.length;
    }
  }, opts);
  const service = {
    feedback: people.flatMap((p) => p.feedback ?? []),
    reviews: people.flatMap((p) => p.plan.reviews ?? []),
    actions: people.flatMap((p) => p.actions ?? []),
  };
  const themes = await measure(() => {
    sink += feedbackThemes(service, { from: '2025-10-01', to: '2026-10-01' }).themes.length;
  }, opts);
  if (sink < 0) throw new Error('unreachable');
  const perSecond = (ns: number) => Math.round(people.length / (ns / 1e9));
  return [
    {
      name: 'people (synthetic provider)',
      value: people.length,
      unit: `people, ${links.toLocaleString('en-GB')} derived links`,
    },
    { name: 'parseProviderRecord (baseline)', value: perSecond(parsing.p50), unit: 'people/s' },
    { name: 'toEvidenceChain', value: perSecond(deriving.p50), unit: 'people/s' },
    {
      name: 'goldenThread',
      value: perSecond(threads.p50),
      unit: `people/s (${findings.toLocaleString('en-GB')} findings)`,
    },
    {
      name: 'goldenThread ÷ parseProviderRecord time',
      value: Number((threads.p50 / parsing.p50).toFixed(2)),
      unit: '×',
    },
    {
      name: 'feedbackThemes, a year of the whole service',
      value: Number((themes.p50 / 1e6).toFixed(1)),
      unit: 'ms',
    },
  ];
}
