/**
 * NDJSON streaming for the governance benchmarks. Run with tsx:
 *
 * - `write <people> <file>`: writes a synthetic provider (seed 7) as NDJSON, one record a line;
 * - `measure <file> [all|subset] [parse]`: streams the file a line at a time into the
 *   governance metrics (`all`) or the metrics the DuckDB comparison computes in SQL
 *   (`subset`), optionally validating each line with `parseProviderRecord` (`parse`), and
 *   prints one line of JSON: records, milliseconds, peak resident memory and the figures.
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  actionCompletionMetric,
  combineAccumulators,
  communityParticipationMetric,
  goalAchievementMetric,
  governanceMetrics,
  type ProviderRecord,
  parseProviderRecord,
  recordCountMetric,
  restrictionMetric,
  unplannedAdmissionsMetric,
} from '../src/index.js';
import { providerRecords } from '../src/synthetic/index.js';

export const AS_OF = '2026-11-01';
export const WINDOW = { from: '2026-07-01', to: '2026-10-01' } as const;

/** The metrics the DuckDB comparison also computes in SQL, and the figures it compares. */
export function subsetMetrics() {
  return combineAccumulators({
    records: recordCountMetric(),
    goals: goalAchievementMetric({ window: WINDOW }),
    actions: actionCompletionMetric({ window: WINDOW }),
    admissions: unplannedAdmissionsMetric({ window: WINDOW }),
    community: communityParticipationMetric({ window: WINDOW }),
    restrictions: restrictionMetric({ window: WINDOW }),
  });
}

async function write(people: number, file: string): Promise<void> {
  const out = createWriteStream(file);
  for (const record of providerRecords({ seed: 7, people, asOf: AS_OF, services: 12 })) {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function measure(file: string, which: string, validate: boolean): Promise<void> {
  const started = performance.now();
  const metric = which === 'subset' ? subsetMetrics() : governanceMetrics({ window: WINDOW });
  let state = metric.init() as unknown;
  const add = metric.add as (s: unknown, r: ProviderRecord) => unknown;
  let records = 0;
  let rejected = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    records += 1;
    const json: unknown = JSON.parse(line);
    if (validate) {
      const parsed = parseProviderRecord(json);
      if (!parsed.success) {
        rejected += 1;
        continue;
      }
      state = add(state, parsed.data);
    } else state = add(state, json as ProviderRecord);
  }
  const result = (metric.finish as (s: unknown) => unknown)(state);
  const ms = performance.now() - started;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const figures = which === 'subset' ? subsetFigures(result as SubsetResult) : undefined;
  console.log(
    JSON.stringify({
      records,
      rejected,
      ms: Math.round(ms),
      maxRssMb: Math.round(maxRssMb),
      figures,
    }),
  );
}

type SubsetResult = ReturnType<ReturnType<typeof subsetMetrics>['finish']>;

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
    admissions: r.admissions.rate.count,
    person_days: r.admissions.rate.rate?.exposure ?? 0,
    people_in_window: r.admissions.people,
    activities: r.community.perPersonPerMonth.numerator,
    person_months: r.community.perPersonPerMonth.denominator,
    people_taking_part: r.community.peopleTakingPart.numerator,
    restriction_uses: r.restrictions.uses.count,
    restriction_uses_before: r.restrictions.reduction.before.count,
    support_days_before: r.restrictions.reduction.before.exposure,
  };
}

const [command, a, b, c] = process.argv.slice(2);
if (command === 'write') await write(Number(a), String(b));
else if (command === 'measure') await measure(String(a), b ?? 'all', c === 'parse');
else if (command !== undefined) throw new Error(`stream.ts: unknown command ${command}`);
