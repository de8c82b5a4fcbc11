import { describe, expectTypeOf, it } from 'vitest';
import {
  type Accumulator,
  type ActionCompletion,
  actionCompletionMetric,
  type ChangeImpact,
  changeImpactMetric,
  combineAccumulators,
  computeMetrics,
  type EvidenceCoverage,
  type GoalAchievement,
  type GovernanceFigures,
  goalAchievementMetric,
  groupedBy,
  type ProviderRecord,
  type ResultsOf,
  type YouSaidWeDidMetric,
} from '../../src/index.js';

declare const records: ProviderRecord[];
const window = { from: '2026-07-01', to: '2026-10-01' } as const;

describe('accumulator sets', () => {
  it('give each result under its own name and type', () => {
    const set = {
      goals: goalAchievementMetric({ window }),
      actions: actionCompletionMetric({ window }),
    };
    const results = computeMetrics(records, set);
    expectTypeOf(results.goals).toEqualTypeOf<GoalAchievement>();
    expectTypeOf(results.actions).toEqualTypeOf<ActionCompletion>();
    expectTypeOf(results).toEqualTypeOf<ResultsOf<typeof set>>();
    // @ts-expect-error a name that is not in the set
    results.restrictions;
  });
  it('combine into one accumulator whose result keeps the names', () => {
    const all = combineAccumulators({ goals: goalAchievementMetric({ window }) });
    expectTypeOf(all.finish(all.init()).goals).toEqualTypeOf<GoalAchievement>();
  });
  it('group into a record of results by group name', () => {
    const byService = groupedBy('service', goalAchievementMetric({ window }));
    expectTypeOf(byService).toExtend<
      Accumulator<unknown, Readonly<Record<string, GoalAchievement>>>
    >();
  });
  it('refuse a window passed apart from the options', () => {
    // @ts-expect-error every metric takes one options object holding the window
    goalAchievementMetric(window);
  });
  it('carry the issue #18 figures in the governance report', () => {
    expectTypeOf<GovernanceFigures['youSaidWeDid']>().toEqualTypeOf<YouSaidWeDidMetric>();
    expectTypeOf<GovernanceFigures['evidenceCoverage']>().toEqualTypeOf<EvidenceCoverage | null>();
    expectTypeOf<GovernanceFigures['changeImpact']>().toEqualTypeOf<ChangeImpact>();
    // @ts-expect-error kinds are life-event kinds
    changeImpactMetric({ window, kinds: ['not_a_kind'] });
  });
});
