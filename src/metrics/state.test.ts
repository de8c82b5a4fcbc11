import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbProviderRecords } from '../../test/arbitraries/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import { type Accumulator, combineAccumulators, groupedBy } from './accumulator.js';
import { actionCompletionMetric } from './action-completion.js';
import { goalAchievementMetric } from './goal-achievement.js';
import {
  type GovernanceState,
  governanceMetrics,
  governanceReport,
  metricSet,
  recordCountMetric,
} from './governance-metrics.js';
import { type ProviderRecord, parseProviderRecord } from './records.js';
import { metricStateIssueCatalogue, parseMetricState } from './state.js';
import { workAndLearningMetric } from './work-and-learning.js';

const window = { from: '2025-07-01', to: '2025-10-01' } as const;
const metric = governanceMetrics({ window, trendMonths: 12, limit: 3 });

const fold = <S, R>(acc: Accumulator<S, R>, records: readonly ProviderRecord[]): S => {
  let state = acc.init();
  for (const record of records) state = acc.add(state, record);
  return state;
};
const json = (state: unknown): unknown => JSON.parse(JSON.stringify(state));

const person = (personId: string, service?: string): ProviderRecord => ({
  type: 'person',
  plan: { id: `plan-${personId}`, personId, start: '2025-01-06' },
  ...(service === undefined ? {} : { groups: { service } }),
});

/** The issues of a state that does not parse (fails the test if it parses). */
function issuesOf(acc: Accumulator<unknown, unknown>, state: unknown) {
  const parsed = parseMetricState(acc, state);
  if (parsed.success) throw new Error('expected the state to be rejected');
  return parsed.issues;
}

const goals = goalAchievementMetric({ window }) as Accumulator<unknown, unknown>;
const goodGoals = {
  people: 4,
  achieving: 2,
  outcomesAchieved: 3,
  peopleWithoutOutcomes: 1,
  achievedWithoutDate: 0,
};

describe('parseMetricState', () => {
  describe('a state built by add and merge', () => {
    it('reads it back from JSON as the same state', () => {
      const state = fold(metric, [person('p-1', 'svc-a'), person('p-2', 'svc-b')]);
      const parsed = parseMetricState(metric, json(state));
      expect(parsed).toEqual({ success: true, data: state });
    });

    it('never changes the input', () => {
      const input = json(fold(metric, [person('p-1', 'svc-a')]));
      const before = structuredClone(input);
      parseMetricState(metric, input);
      expect(input).toEqual(before);
    });
  });

  describe('a tampered state (issue #19, found 2)', () => {
    it.each([
      ['a field deleted', { ...goodGoals, people: undefined }, ['people'], 'required'],
      ['a count of 1e308', { ...goodGoals, people: 1e308 }, ['people'], 'too_big'],
      [
        'a negative count',
        { ...goodGoals, peopleWithoutOutcomes: -1 },
        ['peopleWithoutOutcomes'],
        'too_small',
      ],
      [
        'a fractional count',
        { ...goodGoals, achievedWithoutDate: 0.5 },
        ['achievedWithoutDate'],
        'invalid_type',
      ],
      ['a string for a count', { ...goodGoals, people: '4' }, ['people'], 'invalid_type'],
      ['a key the state never has', { ...goodGoals, extra: 1 }, [], 'unrecognized_keys'],
    ])('rejects %s, with its path', (_, state, path, code) => {
      const issues = issuesOf(goals, json(state));
      expect(issues.map((i) => [i.code, i.path])).toContainEqual([code, path]);
    });

    it('rejects counts that do not add up, saying which sum in words', () => {
      const [issue] = issuesOf(goals, { ...goodGoals, achieving: 5, outcomesAchieved: 5 });
      expect(issue).toMatchObject({
        code: 'inconsistent_state',
        path: ['achieving'],
        rule: 'achieving ≤ people',
      });
      expect(issue?.message).toBe(
        '"achieving" does not agree with the rest of the state (achieving ≤ people).',
      );
    });

    it('rejects a histogram key that is not a whole number, and a month that is not one', () => {
      const actions = actionCompletionMetric({ window }) as Accumulator<unknown, unknown>;
      const state = { due: 1, onTime: 0, late: 1, open: 0, dropped: 0, daysLate: { '1.5': 1 } };
      expect(issuesOf(actions, state).map((i) => [i.code, i.path])).toEqual([
        ['invalid_state_key', ['daysLate', '1.5']],
      ]);
      const events = metricSet({ window }).set.incidentTrend as Accumulator<unknown, unknown>;
      const rate = { people: 1, count: 0, personDays: 31, months: { '2025-13': [0, 31] } };
      expect(issuesOf(events, rate).map((i) => [i.code, i.path])).toEqual([
        ['invalid_state_key', ['months', '2025-13']],
      ]);
    });

    it('rejects a state that is not an object at all', () => {
      for (const value of [null, 7, 'state', [], undefined]) {
        expect(issuesOf(goals, value)[0]?.path).toEqual([]);
      }
    });

    it('never copies a value of the state into an issue', () => {
      const secret = 'SECRET-9f3a';
      const issues = issuesOf(goals, { ...goodGoals, people: secret, achieving: [secret] });
      expect(issues).toHaveLength(2);
      expect(JSON.stringify(issues)).not.toContain(secret);
    });

    it('never throws, even on an object whose getter throws or a revoked proxy', () => {
      const getter = Object.defineProperty({ ...goodGoals }, 'people', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      });
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(issuesOf(goals, getter)[0]?.code).toBe('unreadable_input');
      expect(issuesOf(goals, proxy)[0]?.code).toBe('unreadable_input');
    });
  });

  describe('an accumulator without a state schema', () => {
    it('gives a no_state_schema issue instead of throwing (a parser never throws)', () => {
      const own: Accumulator<number, number> = {
        name: 'own',
        init: () => 0,
        add: (n) => n + 1,
        merge: (a, b) => a + b,
        finish: (n) => n,
      };
      const parsed = parseMetricState(own, 0);
      expect(!parsed.success && parsed.issues.map((i) => i.code)).toEqual(['no_state_schema']);
      expect(combineAccumulators({ own, goals }).stateSchema).toBeUndefined();
      expect(groupedBy('service', own).stateSchema).toBeUndefined();
    });
  });
});

describe('merge and finish of a state that is not valid', () => {
  it('throws invalid_state with the path instead of writing a string into a count (found 1)', () => {
    const records = recordCountMetric();
    const tampered = JSON.parse('{"people":"<img src=x onerror=alert(1)>","settings":0}');
    expect(() => records.merge(records.init(), tampered)).toThrow(
      'records: merge was given a state that is not valid at people:',
    );
    expect(thrownCode(() => records.merge(records.init(), tampered))).toBe('invalid_state');
  });

  it.each([
    ['deleted', undefined],
    ['1e308', 1e308],
    ['negative', -3],
    ['fractional', 2.5],
  ])('throws rather than finishing a count that is %s (found 2)', (_, value) => {
    const state = { ...goodGoals, people: value };
    expect(thrownCode(() => goals.merge(goals.init(), state))).toBe('invalid_state');
    expect(thrownCode(() => goals.finish(state))).toBe('invalid_state');
  });

  it('names the full path in a governance state', () => {
    const state = json(fold(metric, [person('p-1', 'svc-a')])) as GovernanceState;
    (state.groups['svc-a']?.goalAchievement as unknown as Record<string, unknown>).people = -1;
    expect(() => metric.merge(metric.init(), state)).toThrow(
      'at groups["svc-a"].goalAchievement.people',
    );
  });

  it('merges a valid state without changing it', () => {
    const other = goodGoals;
    const before = structuredClone(other);
    expect(goals.merge(goals.init(), other)).toEqual(goodGoals);
    expect(other).toEqual(before);
  });
});

describe('every governance accumulator', () => {
  it('has a state schema (a new metric must bring one)', () => {
    const missing = Object.entries(metricSet({ window }).set)
      .filter(([, acc]) => acc.stateSchema === undefined)
      .map(([name]) => name);
    expect(missing).toEqual([]);
    expect(metric.stateSchema).toBeDefined();
    expect(workAndLearningMetric({ window }).stateSchema).toBeDefined();
  });

  it('has a frozen catalogue entry for each state issue code', () => {
    expect(Object.isFrozen(metricStateIssueCatalogue.inconsistent_state)).toBe(true);
    expect(Object.keys(metricStateIssueCatalogue)).toEqual([
      'inconsistent_state',
      'invalid_state_key',
      'no_state_schema',
    ]);
  });
});

describe('groups named like Object’s own properties (found 5)', () => {
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  const records = names.map((service, i) => person(`p-${i}`, service));

  it('keeps a group named __proto__ through JSON and a merge', () => {
    const a = json(fold(metric, records.slice(0, 2))) as GovernanceState;
    const b = json(fold(metric, records.slice(2))) as GovernanceState;
    const fromJson = metric.merge(a, b);
    const parsed = parseMetricState(metric, json(fold(metric, records)));
    expect(parsed.success).toBe(true);
    for (const state of [
      fromJson,
      metric.merge(metric.init(), json(fold(metric, records)) as GovernanceState),
    ]) {
      const report = metric.finish(state);
      expect(Object.keys(report.groups)).toEqual([...names].sort());
      expect(report.overall.records.people).toBe(4);
    }
  });

  it('keeps a __proto__ group added to a state revived from JSON', () => {
    const state = json(metric.init()) as GovernanceState;
    metric.add(state, person('p-9', '__proto__'));
    expect(Object.keys(metric.finish(state).groups)).toEqual(['__proto__']);
  });

  it('groups records without the key as not recorded, even when the key is constructor', () => {
    const report = governanceReport([person('p-1', 'svc-a')], { window, groupBy: 'constructor' });
    expect(Object.keys(report.groups)).toEqual(['(not recorded)']);
  });

  it('keeps a record’s groups key named __proto__ when parsing it', () => {
    const parsed = parseProviderRecord(
      JSON.parse(
        '{"type":"person","groups":{"__proto__":"svc-a"},"plan":{"id":"plan-1","personId":"p-1","start":"2025-01-06"}}',
      ),
    );
    expect(parsed.success && Object.keys(parsed.data.groups ?? {})).toEqual(['__proto__']);
  });
});

describe('repeated ids (found 13, deliver 10)', () => {
  it('counts a person once, from the first record read, and says so', () => {
    const first = person('p-1', 'svc-a');
    const again = person('p-1', 'svc-b');
    const report = governanceReport([first, again, person('p-2', 'svc-a')], { window });
    expect(report.overall.records.people).toBe(2);
    expect(Object.keys(report.groups)).toEqual(['svc-a']);
    expect(report.notices).toEqual([
      {
        code: 'repeated_person_ids',
        repeated: { ids: 1, copies: 1, sample: ['p-1'], countedAgain: 0 },
        message:
          '1 person id was read more than once (1 extra record): each person is counted once, from the first record read.',
      },
    ]);
  });

  it('reports repeated setting ids apart from person ids', () => {
    const setting: ProviderRecord = { type: 'setting', settingId: 'home-1', restrictions: [] };
    const report = governanceReport([setting, setting, setting], { window });
    expect(report.overall.records.settings).toBe(1);
    expect(
      report.notices.flatMap((n) =>
        n.code === 'group_key_not_recorded' ? [] : [[n.code, n.repeated.copies, n.message]],
      ),
    ).toEqual([
      [
        'repeated_setting_ids',
        2,
        '1 setting id was read more than once (2 extra records): each setting is counted once, from the first record read.',
      ],
    ]);
  });

  it('says when parts merged afterwards each counted their copy', () => {
    const a = fold(metric, [person('p-1', 'svc-a'), person('p-1', 'svc-a')]);
    const b = fold(metric, [person('p-1', 'svc-a')]);
    const report = metric.finish(metric.merge(a, b));
    expect(report.overall.records.people).toBe(2);
    const [first] = report.notices;
    expect(first?.code === 'group_key_not_recorded' ? null : first?.repeated).toEqual({
      ids: 1,
      copies: 2,
      sample: ['p-1'],
      countedAgain: 1,
    });
    expect(report.notices[0]?.message).toBe(
      "1 person id was read more than once (2 extra records): 1 copy was left out (each person counted from the first record read), but 1 copy came from different parts of the data merged afterwards and is counted again: give all of a person's records to the same part to count them once.",
    );
  });

  it('counts every record and keeps no ids with count_all', () => {
    const options = { window, duplicates: 'count_all' } as const;
    const report = governanceReport([person('p-1'), person('p-1')], options);
    expect(report.overall.records.people).toBe(2);
    // Only the notice that these records name no service (they have no groups).
    expect(report.notices.map((n) => n.code)).toEqual(['group_key_not_recorded']);
    expect(governanceMetrics(options).init().ids).toBeNull();
  });

  it('rejects an unknown duplicates option', () => {
    expect(thrownCode(() => governanceMetrics({ window, duplicates: 'skip' as 'count_all' }))).toBe(
      'invalid_argument',
    );
  });
});

/** The paths of every number in a JSON value. */
function numberPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => numberPaths(v, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => numberPaths(v, [...path, k]));
  }
  return [];
}

/** Numbers a state may hold that are not counts: sums of rating changes, scores, days. */
const notACount = (path: readonly (string | number)[]): boolean => {
  const last = path.at(-1);
  return last === 'totalChange' || last === 'score' || path.includes('mostOverdue');
};

function setAt(value: unknown, path: readonly (string | number)[], to: unknown): void {
  let at = value as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (to === undefined) delete at[last];
  else at[last] = to;
}

const samePath = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((k, i) => k === b[i]);

describe('properties', () => {
  const records = arbProviderRecords(10);
  const runs = { numRuns: 40 };

  test.prop([records, fc.nat()], runs)(
    'every state add and merge reach parses after a JSON round trip',
    (rs, cut) => {
      const at = rs.length === 0 ? 0 : cut % (rs.length + 1);
      const merged = metric.merge(fold(metric, rs.slice(0, at)), fold(metric, rs.slice(at)));
      for (const state of [fold(metric, rs), merged]) {
        const parsed = parseMetricState(metric, json(state));
        expect(parsed.success).toBe(true);
      }
      const work = workAndLearningMetric({ window });
      expect(parseMetricState(work, json(fold(work, rs))).success).toBe(true);
    },
  );

  test.prop(
    [records.filter((rs) => rs.length > 0), fc.nat(), fc.constantFrom(1e308, -1, 0.5, 'seven')],
    runs,
  )(
    'a count made huge, negative, fractional or a string is rejected at its path',
    (rs, pick, to) => {
      const state = json(fold(metric, rs));
      const paths = numberPaths(state).filter((p) => typeof to === 'string' || !notACount(p));
      fc.pre(paths.length > 0);
      const path = paths[pick % paths.length] as (string | number)[];
      setAt(state, path, to);
      const parsed = parseMetricState(metric, state);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.issues.some((i) => samePath(i.path, path))).toBe(true);
    },
  );

  test.prop([records.filter((rs) => rs.length > 0), fc.nat(), fc.nat()], runs)(
    'a field deleted from a metric’s state is rejected at its path',
    (rs, pickGroup, pickField) => {
      const state = json(fold(metric, rs)) as {
        groups: Record<string, Record<string, Record<string, unknown>>>;
      };
      const groups = Object.keys(state.groups);
      const group = groups[pickGroup % groups.length] as string;
      const metrics = state.groups[group] as Record<string, Record<string, unknown>>;
      // Figures the options did not ask for (evidence coverage) have a null state: no fields.
      const names = Object.keys(metrics).filter(
        (n) => typeof metrics[n] === 'object' && metrics[n] !== null,
      );
      const name = names[pickField % names.length] as string;
      const fields = Object.keys(metrics[name] as object);
      const field = fields[pickField % fields.length] as string;
      const path = ['groups', group, name, field];
      setAt(state, path, undefined);
      const parsed = parseMetricState(metric, state);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.issues.some((i) => samePath(i.path, path))).toBe(true);
    },
  );
});
