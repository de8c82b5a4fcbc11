/**
 * NDJSON streaming for the governance benchmarks (issues #7 and #21). Run with tsx:
 *
 * - `write <people> <file>`: writes a synthetic provider (seed 7) as NDJSON, one record a line;
 * - `measure <file> <subset|all> [parse] [workers=N] [reader=bytes|readline]`: streams the file
 *   into the metrics the DuckDB comparison computes in SQL (`subset`) or every governance
 *   metric (`all`), validating each line with `parseProviderRecord` when `parse` is given
 *   (trusted mode otherwise), and prints one line of JSON: records, rejected, milliseconds,
 *   peak resident memory (the process, worker threads included) and the figures.
 *   `workers=0` (the default) reads in this thread — with golden-thread/node's byte reader, or
 *   with `readline` (`reader=readline`, the reader this bench used before #21); `workers=N`
 *   runs `computeMetricsInParallel` on N worker threads.
 *
 * The library is loaded from `dist/` (what a host runs; `npm run build` first), or from the
 * sources with `GOLDEN_THREAD_BENCH_FROM=src`.
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type * as Library from '../src/index.js';
import type * as Node from '../src/node/index.js';
import type * as Synthetic from '../src/synthetic/index.js';

export const AS_OF = '2026-11-01';
export const WINDOW = { from: '2026-07-01', to: '2026-10-01' } as const;

const fromSource = process.env['GOLDEN_THREAD_BENCH_FROM'] === 'src';
const base = fromSource ? '../src/' : '../dist/';
const ext = fromSource ? '.ts' : '.js';
const lib = (await import(`${base}index${ext}`)) as typeof Library;
const node = (await import(`${base}node/index${ext}`)) as typeof Node;
const JOBS = new URL('./stream-jobs.mjs', import.meta.url);

type SubsetResult = ReturnType<
  ReturnType<typeof Library.combineAccumulators<ReturnType<typeof subsetSet>>>['finish']
>;

/** The metrics the DuckDB comparison also computes in SQL (as bench/stream-jobs.mjs builds them). */
function subsetSet() {
  return {
    records: lib.recordCountMetric(),
    goals: lib.goalAchievementMetric({ window: WINDOW }),
    actions: lib.actionCompletionMetric({ window: WINDOW }),
    admissions: lib.unplannedAdmissionsMetric({ window: WINDOW }),
    community: lib.communityParticipationMetric({ window: WINDOW }),
    restrictions: lib.restrictionMetric({ window: WINDOW }),
  };
}

async function write(people: number, file: string): Promise<void> {
  const synthetic = (await import(`${base}synthetic/index${ext}`)) as typeof Synthetic;
  const out = createWriteStream(file);
  for (const record of synthetic.providerRecords({ seed: 7, people, asOf: AS_OF, services: 12 })) {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The old way: readline, JSON.parse and (optionally) the parser, a line at a time. */
async function readlinePass(file: string, set: Library.AccumulatorSet, validate: boolean) {
  const metric = lib.combineAccumulators(set);
  let state = metric.init();
  let records = 0;
  let rejected = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    const json: unknown = JSON.parse(line);
    const parsed = validate
      ? lib.parseProviderRecord(json)
      : { success: true as const, data: json as Library.ProviderRecord };
    if (!parsed.success) rejected += 1;
    else {
      records += 1;
      state = metric.add(state, parsed.data);
    }
  }
  return { results: metric.finish(state) as Record<string, unknown>, records, rejected };
}

async function measure(file: string, which: string, flags: readonly string[]): Promise<void> {
  const validate = flags.includes('parse');
  const workers = Number(flags.find((f) => f.startsWith('workers='))?.slice(8) ?? 0);
  const reader = flags.find((f) => f.startsWith('reader='))?.slice(7) ?? 'bytes';
  const set =
    which === 'subset' ? subsetSet() : { report: lib.governanceMetrics({ window: WINDOW }) };
  const started = performance.now();
  let run: { results: unknown; records: number; rejected: number };
  if (workers > 0) {
    const job = node.metricJob(JOBS, which === 'subset' ? 'subsetMetrics' : 'everyMetric', {
      window: WINDOW,
    });
    run = await node.computeMetricsInParallel({
      job,
      files: [resolve(file)],
      workers,
      trusted: !validate,
    });
  } else if (reader === 'readline') {
    run = await readlinePass(file, set, validate);
  } else {
    run = await node.computeMetricsFromNdjson(file, set, { trusted: !validate });
  }
  const ms = performance.now() - started;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const figures = which === 'subset' ? subsetFigures(run.results as SubsetResult) : undefined;
  console.log(
    JSON.stringify({
      records: run.records,
      rejected: run.rejected,
      ms: Math.round(ms),
      maxRssMb: Math.round(maxRssMb),
      figures,
    }),
  );
}

/** The figures compared with DuckDB, flat, with the same names as the SQL columns. */
export function subsetFigures(r: SubsetResult): Record<string, number> {
  return {
    people: r.records.people,
    settings: r.records.settings,
    goal_people: r.goals.people,
    goal_achieving: r.goals.achieving,
    goal_outcomes_achieved: r.goals.outcomesAchieved,
    goal_people_without_outcomes: r.goals.peopleWithoutOutcomes,
    goal_achieved_without_date: r.goals.achievedWithoutDate,
    actions_due: r.actions.proportion.denominator,
    actions_on_time: r.actions.proportion.numerator,
    actions_late: r.actions.late,
    actions_open: r.actions.open,
    actions_dropped: r.actions.dropped,
    admissions: r.admissions.events.count,
    person_days: r.admissions.events.rate?.exposure ?? 0,
    people_in_window: r.admissions.people,
    activities: r.community.perPersonPerMonth.numerator,
    person_months: r.community.perPersonPerMonth.denominator,
    people_taking_part: r.community.peopleTakingPart.numerator,
    restriction_uses: r.restrictions.uses.count,
    restriction_uses_before: r.restrictions.reduction.before.count,
    support_days_before: r.restrictions.reduction.before.exposure,
  };
}

const [command, a, b, ...rest] = process.argv.slice(2);
if (command === 'write') await write(Number(a), String(b));
else if (command === 'measure') await measure(String(a), b ?? 'all', rest);
else if (command !== undefined) throw new Error(`stream.ts: unknown command ${command}`);
