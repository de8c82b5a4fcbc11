// The metric jobs of the streaming benchmarks, as worker threads import them (a module and
// an export, see MetricJob). From the built package by default — what a host runs — or from
// the sources (through tsx) with GOLDEN_THREAD_BENCH_FROM=src; worker threads inherit it.
const fromSource = process.env.GOLDEN_THREAD_BENCH_FROM === 'src';
const lib = await import(fromSource ? '../src/index.ts' : '../dist/index.js');

/** The metrics the DuckDB comparison also computes in SQL. */
export function subsetMetrics({ window }) {
  return {
    records: lib.recordCountMetric(),
    goals: lib.goalAchievementMetric({ window }),
    actions: lib.actionCompletionMetric({ window }),
    admissions: lib.unplannedAdmissionsMetric({ window }),
    community: lib.communityParticipationMetric({ window }),
    restrictions: lib.restrictionMetric({ window }),
  };
}

/** Every governance metric, as the report computes them. */
export function everyMetric({ window }) {
  return { report: lib.governanceMetrics({ window }) };
}
