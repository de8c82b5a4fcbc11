/**
 * Where the time goes (issue #21): profiles the governance metrics with V8's sampling
 * profiler and prints the functions that took the most time, by self and inclusive time.
 *
 *   npx tsx bench/profile.ts [people=10000] [metric=governance] [--save file.cpuprofile]
 *   npx tsx bench/profile.ts --read file.cpuprofile
 *
 * The first form profiles one pass of every governance metric (`governance`) or of one
 * metric, by the name the governance bench prints (`reviewQualityMetric`, …), over synthetic
 * records read back with `JSON.parse` as a job reads them; the data generation and a warm-up
 * pass are not profiled. `--save` also writes the profile (for Chrome's DevTools or
 * speedscope). The second form summarises a profile `node --cpu-prof` wrote for any script,
 * such as the streaming bench:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/stream.ts measure FILE subset
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { type Accumulator, governanceMetrics, type ProviderRecord } from '../src/index.js';
import { providerRecords } from '../src/synthetic/index.js';
import { eachMetricSet } from './governance.bench.js';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self and inclusive time by function, leaving out the profiler's own samples. */
function summarise(profile: Profile): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').slice(-2).join('/');
    return `${n.callFrame.functionName || '(anonymous)'} ${file}`.trim();
  };
  // Samples taken while the profiler itself was starting or stopping are not the metrics'.
  const profiler = new Set<number>();
  const mark = (id: number, inside: boolean): void => {
    const node = byId.get(id) as ProfileNode;
    const here =
      inside ||
      node.callFrame.url === 'node:inspector' ||
      node.callFrame.functionName === 'dispatch';
    if (here) profiler.add(id);
    for (const c of node.children ?? []) mark(c, here);
  };
  mark(profile.nodes[0]?.id ?? 1, false);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [i, id] of profile.samples.entries()) {
    if (profiler.has(id)) continue;
    const t = profile.timeDeltas[i] ?? 0;
    total += t;
    const name = label(byId.get(id) as ProfileNode);
    self.set(name, (self.get(name) ?? 0) + t);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = label(byId.get(at) as ProfileNode);
      if (seen.has(frame)) continue;
      seen.add(frame);
      inclusive.set(frame, (inclusive.get(frame) ?? 0) + t);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, t]) => `  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${name}`)
      .join('\n');
  const boring = /^\(root\)|^\(program\)|^\(idle\)|^pass |^\(anonymous\) bench\//;
  const shown = new Map([...inclusive].filter(([name]) => !boring.test(name)));
  return `self time\n${top(self, 25)}\n\ninclusive time\n${top(shown, 30)}`;
}

async function profilePass(people: number, which: string, save: string | undefined): Promise<void> {
  // Read back from JSON, as a job reads them: JSON.parse's objects have shapes of their own.
  const records = [...providerRecords({ seed: 7, people, asOf: '2026-11-01', services: 12 })].map(
    (r) => JSON.parse(JSON.stringify(r)) as ProviderRecord,
  );
  const window = { from: '2026-07-01', to: '2026-10-01' } as const;
  const metric =
    which === 'governance'
      ? (governanceMetrics({ window }) as Accumulator<unknown, unknown>)
      : eachMetricSet()[which];
  if (metric === undefined) throw new Error(`profile: no metric named ${which}`);
  const pass = () => {
    let state = metric.init();
    for (const record of records) state = metric.add(state, record);
    return metric.finish(state);
  };
  pass(); // warm up: compile the hot functions before sampling
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const started = performance.now();
  pass();
  const ms = performance.now() - started;
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  if (save !== undefined) writeFileSync(save, JSON.stringify(profile));
  console.log(
    `${which}, ${records.length.toLocaleString('en-GB')} records: ${ms.toFixed(0)} ms (${((1000 * ms) / people).toFixed(1)} µs/person, profiled)\n`,
  );
  console.log(summarise(profile));
}

const args = process.argv.slice(2);
const readAt = args.indexOf('--read');
if (readAt >= 0) {
  console.log(summarise(JSON.parse(readFileSync(String(args[readAt + 1]), 'utf8')) as Profile));
} else {
  const saveAt = args.indexOf('--save');
  const save = saveAt >= 0 ? args[saveAt + 1] : undefined;
  const [people = '10000', which = 'governance'] = args.filter(
    (_, i) => saveAt < 0 || (i !== saveAt && i !== saveAt + 1),
  );
  await profilePass(Number(people), which, save);
}
