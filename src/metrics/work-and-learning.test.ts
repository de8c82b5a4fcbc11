import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProviderRecords } from '../../test/arbitraries/metrics.js';
import { person, run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import { parseProviderRecord } from './records.js';
import { workAndLearningMetric } from './work-and-learning.js';

const window = { from: '2026-07-01', to: '2026-10-01' } as const;

describe('workAndLearningMetric', () => {
  const records = [
    // Volunteers twice and works once in the quarter: counted once, under both kinds.
    person('p-a', '2025-01-06', {
      activities: [
        { on: '2026-07-04', kind: 'volunteering' },
        { on: '2026-08-01', kind: 'volunteering' },
        { on: '2026-09-12', kind: 'paid_work' },
      ],
    }),
    // Leisure only: supported, not in work or learning.
    person('p-b', '2025-01-06', { activities: [{ on: '2026-07-20', kind: 'leisure' }] }),
    // College before the quarter and on the day after it: not counted.
    person('p-c', '2025-01-06', {
      activities: [
        { on: '2026-06-30', kind: 'education' },
        { on: '2026-10-01', kind: 'education' },
      ],
    }),
    // Activities with no kind recorded: not guessed, reported.
    person('p-d', '2025-01-06', { activities: [{ on: '2026-08-08', description: 'Bowling' }] }),
    // Left before the quarter: not supported in it.
    person('p-e', '2025-01-06', {
      end: '2026-06-15',
      activities: [{ on: '2026-06-01', kind: 'paid_work' }],
    }),
    { type: 'setting' as const, settingId: 'house-1', restrictions: [] },
  ];
  const result = run(workAndLearningMetric({ window }), records);

  it('divides people in work, volunteering, education or training by people supported', () => {
    expect(result.proportion).toMatchObject({ numerator: 1, denominator: 4, value: 0.25 });
  });
  it('counts people once for each kind they took part in, listing every kind', () => {
    expect(result.byKind).toEqual({ education: 0, paid_work: 1, training: 0, volunteering: 1 });
  });
  it('reports people whose activities have no kind instead of guessing', () => {
    expect(result.unkinded).toBe(1);
  });
  it('counts the kinds a host chooses, including its own', () => {
    const own = run(workAndLearningMetric({ window, kinds: ['host:allotment', 'leisure'] }), [
      person('p-f', '2025-01-06', { activities: [{ on: '2026-07-02', kind: 'host:allotment' }] }),
    ]);
    expect(own.proportion).toMatchObject({ numerator: 1, denominator: 1 });
    expect(own.byKind).toEqual({ 'host:allotment': 1, leisure: 0 });
  });
  it('has a null value when nobody was supported', () => {
    expect(run(workAndLearningMetric({ window }), []).proportion.value).toBeNull();
  });
  it('throws invalid_argument for an empty list of kinds', () => {
    expect(thrownCode(() => workAndLearningMetric({ window, kinds: [] }))).toBe('invalid_argument');
  });
  it('reads kinds through the record parser, refusing an unknown one', () => {
    const parsed = parseProviderRecord(
      person('p-g', '2025-01-06', { activities: [{ on: '2026-07-02', kind: 'job' as never }] }),
    );
    expect(parsed.success ? [] : parsed.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_activity_kind', 'activities.0.kind'],
    ]);
  });

  describe('properties', () => {
    const metric = workAndLearningMetric({ window: { from: '2026-01-01', to: '2027-01-01' } });
    test.prop([arbProviderRecords(), fc.nat()], { numRuns: 40 })(
      'splitting the records in two and merging equals one pass',
      (rs, cut) => {
        const at = cut % (rs.length + 1);
        const fold = (part: typeof rs) => part.reduce(metric.add, metric.init());
        const merged = metric.merge(fold(rs.slice(0, at)), fold(rs.slice(at)));
        expect(metric.finish(merged)).toEqual(run(metric, rs));
      },
    );
    test.prop([arbProviderRecords()], { numRuns: 40 })('a state survives JSON unchanged', (rs) => {
      const state = rs.reduce(metric.add, metric.init());
      const revived = JSON.parse(JSON.stringify(state));
      expect(metric.finish(metric.merge(metric.init(), revived))).toEqual(metric.finish(state));
    });
    test.prop([arbProviderRecords()], { numRuns: 40 })(
      'the share engaged is never above 1',
      (rs) => {
        const { proportion } = run(metric, rs);
        expect(proportion.numerator).toBeLessThanOrEqual(proportion.denominator);
      },
    );
  });
});
