/**
 * Where the time goes (issue #21): profiles every governance metric over already-parsed
 * synthetic records with V8's sampling profiler and prints the functions that took the most
 * time, by self time and inclusive time. Run it with
 *
 *   npx tsx bench/profile.ts [people=10000] [metric=governance] [--save file.cpuprofile]
 *
 * `metric` is `governance` (every metric, by service) or one metric's name as the governance
 * bench lists it (`reviewQualityMetric`, …). With `--save` the profile is also written for
 * Chrome's DevTools or speedscope. `node --cpu-prof` gives the same profile for any script;
 * this one leaves out the data generation, so only the metric pass is profiled.
 */
import { writeFileSync } from 'node:fs';
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
  readonly hitCount?: number;
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const args = process.argv.slice(2);
const saveAt = args.indexOf('--save');
const save = saveAt >= 0 ? args[saveAt + 1] : undefined;
const [peopleArg, which = 'governance'] = args.filter(
  (_, i) => saveAt < 0 || (i !== saveAt && i !== saveAt + 1),
);
const people = Number(peopleArg ?? 10_000);

const records: ProviderRecord[] = [
  ...providerRecords({ seed: 7, people, asOf: '2026-11-01', services: 12 }),
];
const metric: Accumulator<unknown, unknown> =
  which === 'governance'
    ? (governanceMetrics({ window: { from: '2026-07-01', to: '2026-10-01' } }) as Accumulator<
        unknown,
        unknown
      >)
    : (eachMetricSet()[which] ??
      (() => {
        throw new Error(`profile: no metric named ${which}`);
      })());

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

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// Samples taken while the profiler itself was being started or stopped are not the metrics'.
const profiler = new Set<number>();
const markProfiler = (id: number, inside: boolean): void => {
  const node = byId.get(id) as ProfileNode;
  const here =
    inside || node.callFrame.url === 'node:inspector' || node.callFrame.functionName === 'dispatch';
  if (here) profiler.add(id);
  for (const c of node.children ?? []) markProfiler(c, here);
};
markProfiler(profile.nodes[0]?.id ?? 1, false);
const self = new Map<number, number>();
for (const [i, id] of profile.samples.entries()) {
  if (profiler.has(id)) continue;
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const label = (n: ProfileNode) => {
  const file = n.callFrame.url.split('/').slice(-2).join('/');
  return `${n.callFrame.functionName || '(anonymous)'} ${file ? `${file}:${n.callFrame.lineNumber + 1}` : ''}`.trim();
};
const selfBy = new Map<string, number>();
const inclusiveBy = new Map<string, number>();
for (const [id, t] of self) {
  const node = byId.get(id) as ProfileNode;
  selfBy.set(label(node), (selfBy.get(label(node)) ?? 0) + t);
  // Inclusive: every distinct function on the stack gets the sample once.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = label(byId.get(at) as ProfileNode);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusiveBy.set(name, (inclusiveBy.get(name) ?? 0) + t);
  }
}
const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, t]) => `  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${name}`);

console.log(
  `${which}, ${records.length.toLocaleString('en-GB')} records: ${ms.toFixed(0)} ms (${((1000 * ms) / people).toFixed(1)} µs/person, profiled)`,
);
console.log('\nself time');
console.log(top(selfBy, 25).join('\n'));
console.log('\ninclusive time');
const boring = /^\(root\)|^\(program\)|^pass |^\(anonymous\) bench\//;
console.log(top(new Map([...inclusiveBy].filter(([name]) => !boring.test(name))), 30).join('\n'));
