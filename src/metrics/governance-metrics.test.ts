import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbProviderRecords } from '../../test/arbitraries/metrics.js';
import { run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import type { Accumulator } from './accumulator.js';
import { changeImpactMetric } from './change-impact.js';
import { evidenceCoverageMetric } from './evidence-coverage.js';
import { governanceMetrics, governanceReport, recordCountMetric } from './governance-metrics.js';
import type { ProviderRecord } from './records.js';
import { youSaidWeDidMetric } from './you-said-we-did.js';

const window = { from: '2025-07-01', to: '2025-10-01' } as const;
const metric = governanceMetrics({ window, trendMonths: 12, limit: 3 });

const fold = <S, R>(acc: Accumulator<S, R>, records: readonly ProviderRecord[]): S => {
  let state = acc.init();
  for (const record of records) state = acc.add(state, record);
  return state;
};
const merged = <S, R>(acc: Accumulator<S, R>, a: S, b: S): S =>
  acc.merge(structuredClone(a), structuredClone(b));
const json = <S>(state: S): S => JSON.parse(JSON.stringify(state)) as S;

describe('governanceMetrics', () => {
  it('reports the windows and the grouping key it used', () => {
    const report = governanceReport([], { window, trendMonths: 12 });
    expect(report.window).toEqual(window);
    expect(report.trendWindow).toEqual({ from: '2024-10-01', to: '2025-10-01' });
    expect(report.groupBy).toBe('service');
    expect(report.groups).toEqual({});
    expect(report.overall.records).toEqual({ people: 0, settings: 0 });
  });

  it('counts records without the grouping key under their own group', () => {
    const person: ProviderRecord = {
      type: 'person',
      plan: { id: 'plan-1', personId: 'p-1', start: '2025-01-06' },
    };
    const other: ProviderRecord = {
      type: 'person',
      plan: { id: 'plan-2', personId: 'p-2', start: '2025-01-06' },
      groups: { service: 'svc-north' },
    };
    const report = governanceReport([person, other], { window });
    expect(Object.keys(report.groups)).toEqual(['(not recorded)', 'svc-north']);
    expect(report.overall.records.people).toBe(2);
  });

  // Issue #18 items 5–6.
  test.prop([arbProviderRecords(6)], { numRuns: 10 })(
    'carries "you said, we did", evidence coverage and change impact as the metrics compute them',
    (records) => {
      const report = governanceReport(records, { window, limit: 3, evidenceCoverage: true });
      expect(governanceReport(records, { window }).overall.evidenceCoverage).toBeNull();
      expect(report.overall.youSaidWeDid).toEqual(run(youSaidWeDidMetric({ window }), records));
      expect(report.overall.evidenceCoverage).toEqual(
        run(evidenceCoverageMetric({ window }), records),
      );
      expect(report.overall.changeImpact).toEqual(
        run(changeImpactMetric({ window, kinds: ['incident'], limit: 3 }), records),
      );
    },
  );
  it('carries wellbeing areas, outcomes not improved and work and learning, overall and by service', () => {
    const outcome = {
      id: 'o-1',
      personId: 'p-1',
      words: 'I want a job at the garden centre',
      expressedBy: 'person' as const,
      timeframe: { start: '2025-01-06' as const, reviewBy: '2025-12-01' as const },
      wellbeingAreas: ['work_education_recreation' as const],
    };
    const north: ProviderRecord = {
      type: 'person',
      groups: { service: 'svc-north' },
      plan: {
        id: 'plan-1',
        personId: 'p-1',
        start: '2025-01-06',
        outcomes: [
          {
            ...outcome,
            lifecycleStatus: 'cancelled',
            closedOn: '2025-08-01',
            cancelledReason: 'support_unavailable',
          },
        ],
      },
      activities: [{ on: '2025-08-04', kind: 'volunteering' }],
    };
    const south: ProviderRecord = {
      type: 'person',
      groups: { service: 'svc-south' },
      plan: {
        id: 'plan-2',
        personId: 'p-2',
        start: '2025-01-06',
        outcomes: [{ ...outcome, id: 'o-2', personId: 'p-2', lifecycleStatus: 'active' }],
      },
    };
    const report = governanceReport([north, south], { window });
    const { overall, groups } = report;
    expect(overall.wellbeingAreas.areas.work_education_recreation.people).toMatchObject({
      numerator: 2,
      denominator: 2,
    });
    expect(overall.wellbeingAreas.areas.work_education_recreation.cancelled).toBe(1);
    expect(overall.outcomesNotImproved.cancelled).toMatchObject({ numerator: 1, denominator: 2 });
    expect(overall.workAndLearning.proportion).toMatchObject({ numerator: 1, denominator: 2 });
    expect(groups['svc-north']?.outcomesNotImproved.cancelledByReason.support_unavailable).toBe(1);
    expect(groups['svc-south']?.outcomesNotImproved.cancelled).toMatchObject({
      numerator: 0,
      denominator: 1,
    });
    expect(groups['svc-south']?.workAndLearning.proportion.numerator).toBe(0);
  });

  it('rejects a window that does not move forward', () => {
    expect(
      thrownCode(() => governanceMetrics({ window: { from: '2025-10-01', to: '2025-10-01' } })),
    ).toBe('invalid_argument');
    expect(
      thrownCode(() => governanceMetrics({ window: { from: '2025-13-01', to: '2025-10-01' } })),
    ).toBe('invalid_date');
    expect(thrownCode(() => governanceMetrics({ window, trendMonths: 0 }))).toBe(
      'invalid_argument',
    );
  });
});

describe('recordCountMetric', () => {
  it('counts person and setting records', () => {
    const acc = recordCountMetric();
    const state = fold(acc, [
      { type: 'setting', settingId: 'house-1', restrictions: [] },
      { type: 'person', plan: { id: 'plan-1', personId: 'p-1', start: '2025-01-06' } },
    ]);
    expect(acc.finish(state)).toEqual({ people: 1, settings: 1 });
  });
});

describe('properties', () => {
  const records = arbProviderRecords(8);
  const runs = { numRuns: 25 };

  test.prop([records], runs)('a state survives JSON unchanged', (rs) => {
    const state = fold(metric, rs);
    expect(metric.finish(json(state))).toEqual(metric.finish(state));
  });

  test.prop([records], runs)('init is the identity of merge', (rs) => {
    const state = fold(metric, rs);
    const result = metric.finish(structuredClone(state));
    expect(metric.finish(merged(metric, metric.init(), state))).toEqual(result);
    expect(metric.finish(merged(metric, state, metric.init()))).toEqual(result);
  });

  test.prop([records, records], runs)('merge is commutative', (as, bs) => {
    const a = fold(metric, as);
    const b = fold(metric, bs);
    expect(metric.finish(merged(metric, a, b))).toEqual(metric.finish(merged(metric, b, a)));
  });

  test.prop([records, records, records], { numRuns: 15 })('merge is associative', (as, bs, cs) => {
    const [a, b, c] = [fold(metric, as), fold(metric, bs), fold(metric, cs)];
    const left = merged(metric, merged(metric, a, b), c);
    const right = merged(metric, a, merged(metric, b, c));
    expect(metric.finish(left)).toEqual(metric.finish(right));
  });

  test.prop([records.chain((rs) => fc.tuple(fc.constant(rs), fc.nat({ max: rs.length })))], runs)(
    'splitting the records anywhere and merging equals one pass',
    ([rs, at]) => {
      const parts = merged(metric, fold(metric, rs.slice(0, at)), fold(metric, rs.slice(at)));
      expect(metric.finish(parts)).toEqual(metric.finish(fold(metric, rs)));
    },
  );

  test.prop(
    [
      records.chain((rs) =>
        fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length })),
      ),
    ],
    runs,
  )('results do not depend on the order of the records', ([rs, shuffled]) => {
    expect(metric.finish(fold(metric, shuffled))).toEqual(metric.finish(fold(metric, rs)));
  });

  test.prop([records], runs)('add never changes the record it reads', (rs) => {
    const copy = structuredClone(rs);
    fold(metric, rs);
    expect(rs).toEqual(copy);
  });

  test.prop([records, records], runs)('merge never changes the state it merges in', (as, bs) => {
    const a = fold(metric, as);
    const b = fold(metric, bs);
    const before = structuredClone(b);
    metric.merge(a, b);
    expect(b).toEqual(before);
  });

  test.prop([records], runs)('the overall figures equal the groups merged', (rs) => {
    const report = metric.finish(fold(metric, rs));
    const people = Object.values(report.groups).reduce((n, g) => n + g.records.people, 0);
    expect(people).toBe(report.overall.records.people);
    const copies = report.notices.reduce(
      (n, notice) => n + (notice.code === 'group_key_not_recorded' ? 0 : notice.repeated.copies),
      0,
    );
    expect(report.overall.records.people + report.overall.records.settings).toBe(
      rs.length - copies,
    );
  });
});

describe('governanceReport notices about the group key', () => {
  const window = { from: '2026-07-01', to: '2026-10-01' } as const;
  const person = (id: string, groups?: Record<string, string>): ProviderRecord => ({
    type: 'person',
    ...(groups === undefined ? {} : { groups }),
    plan: { id: `plan-${id}`, personId: id, start: '2026-01-05' },
  });

  it('says when no record has the key (a typo such as region for service)', () => {
    const report = governanceReport(
      [person('p-1', { service: 'a' }), person('p-2', { service: 'b' })],
      {
        window,
        groupBy: 'region',
      },
    );
    expect(Object.keys(report.groups)).toEqual(['(not recorded)']);
    expect(report.notices).toEqual([
      {
        code: 'group_key_not_recorded',
        groupBy: 'region',
        records: 2,
        everyRecord: true,
        message:
          'No record has a "region" group: all 2 records are in "(not recorded)". Check the key: records name their groups in groups.',
      },
    ]);
  });

  it('says how many records lack the key when some have it', () => {
    const report = governanceReport([person('p-1', { service: 'a' }), person('p-2')], { window });
    expect(report.notices).toEqual([
      {
        code: 'group_key_not_recorded',
        groupBy: 'service',
        records: 1,
        everyRecord: false,
        message: '1 record has no "service" group: it is counted in "(not recorded)".',
      },
    ]);
  });

  it('says nothing when every record has the key', () => {
    const report = governanceReport([person('p-1', { service: 'a' })], { window });
    expect(report.notices).toEqual([]);
  });
});
