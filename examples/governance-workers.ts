/**
 * A nightly governance job split over worker threads — the map-reduce pattern any engine
 * (worker pools, Spark, a database's partitions) can use. Each worker generates (or would
 * read) its own slice of people, folds it into a governance-metrics state and posts the
 * state as JSON; the main thread merges the states and finishes once. The report is checked
 * against a single pass over everyone.
 * Run: `npx tsx examples/governance-workers.ts`.
 */
import assert from 'node:assert/strict';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type GovernanceState, governanceMetrics, parseMetricState } from 'golden-thread';
import { providerRecords } from 'golden-thread/synthetic';

const PEOPLE = 600;
const WORKERS = 3;
const provider = { seed: 2026, people: PEOPLE, asOf: '2026-11-01', services: 3 } as const;
// Every worker must use the same options: they are not part of the state.
const metric = governanceMetrics({
  window: { from: '2026-07-01', to: '2026-10-01' },
  // Derives every person's golden thread: the slowest figure, asked for here.
  evidenceCoverage: true,
});

/** Folds people [from, to) into a state (the "map" step). */
function fold(from: number, to: number): GovernanceState {
  let state = metric.init();
  for (const record of providerRecords({ ...provider, from, to }))
    state = metric.add(state, record);
  return state;
}

if (!isMainThread) {
  const { from, to } = workerData as { from: number; to: number };
  parentPort?.postMessage(JSON.stringify(fold(from, to)));
} else {
  const size = Math.ceil(PEOPLE / WORKERS);
  const slices = Array.from({ length: WORKERS }, (_, i) => ({
    from: i * size,
    to: Math.min(PEOPLE, (i + 1) * size),
  }));
  const partials = await Promise.all(
    slices.map(
      (slice) =>
        new Promise<string>((resolve, reject) => {
          // The worker runs this same file. Under tsx it first registers tsx's loader (tsx
          // does not pass it on to workers); compiled JavaScript would pass the URL alone.
          const loader = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
          const worker = new Worker(loader, { eval: true, workerData: slice });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  // The "reduce" step: read each JSON state at the boundary (a worker's output is untrusted
  // until its schema says otherwise), merge them in any order, then finish once.
  const merged = partials
    .map((text): GovernanceState => {
      const parsed = parseMetricState(metric, JSON.parse(text));
      if (!parsed.success)
        throw new Error(`a worker sent a bad state: ${parsed.issues[0]?.message}`);
      return parsed.data;
    })
    .reduce((state, part) => metric.merge(state, part), metric.init());
  const report = metric.finish(merged);

  const single = metric.finish(fold(0, PEOPLE));
  assert.deepEqual(report, single, 'the merged report equals a single pass');

  const { overall } = report;
  console.log(
    `${WORKERS} workers, ${overall.records.people} people, ${overall.records.settings} settings`,
  );
  console.log(
    `Goal achieved this quarter: ${overall.goalAchievement.proportion.numerator} of ${overall.goalAchievement.proportion.denominator} people`,
  );
  console.log(
    `Reviews on time: ${overall.reviewTimeliness.proportion.numerator} of ${overall.reviewTimeliness.proportion.denominator}`,
  );
  // Issue #18: "you said, we did", evidence coverage and change impact.
  const said = overall.youSaidWeDid;
  console.log(
    `You said, we did: ${said.proportion.numerator} of ${said.proportion.denominator} pieces of feedback acted on (median ${said.daysToAction.median ?? '–'} days); ${said.open} still open, ${said.dropped} dropped`,
  );
  const coverage = overall.evidenceCoverage;
  console.log(
    coverage === null
      ? 'Complete golden thread: not computed (evidenceCoverage: true asks for it)'
      : `Complete golden thread: ${coverage.proportion.numerator} of ${coverage.proportion.denominator} active outcomes; most threads break at: ${coverage.mostOftenMissing ?? 'none break'}`,
  );
  const impact = overall.changeImpact;
  const { ratio, lower, upper } = impact.rateRatio;
  console.log(
    `Incidents after ÷ before ${impact.decisionCount} co-produced decisions (${impact.days} days each side): ${ratio?.toFixed(2) ?? '–'} (95 % ${lower?.toFixed(2) ?? '–'} to ${upper?.toFixed(2) ?? 'unbounded'})${impact.caution ? ` — ${impact.cautionMessage}` : ''}`,
  );
  console.log(
    `Trigger reviews missed: ${overall.reviewTimeliness.triggers.missed} of ${overall.reviewTimeliness.triggers.missedShare.denominator}`,
  );
  console.log('The merged report equals a single pass over everyone.');
}
