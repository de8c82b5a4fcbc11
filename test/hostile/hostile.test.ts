// The hostile harness as a CI test (issue #19): every export of every entry point called with
// hostile arguments, asserting no broken promise — parsers never throw, typed entry points
// throw only GoldenThreadError, no NaN or Infinity, no echoed secret, exported constants deeply
// frozen. The full run (`npx tsx test/hostile/harness.ts`) prints every violation found.
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as fhir from '../../src/fhir/index.js';
import * as api from '../../src/index.js';
import * as node from '../../src/node/index.js';
import * as stats from '../../src/stats/index.js';
import * as synthetic from '../../src/synthetic/index.js';
import * as visuals from '../../src/visuals/index.js';
import { goodOutcome } from '../fixtures/outcomes.js';
import { lockedKitchen, sensorMat } from '../fixtures/restrictions.js';
import { aishaPlan } from '../fixtures/reviews.js';
import { ENTRY_POINTS, findViolations, SECRET } from './harness.js';

const HARDENED = Object.keys(ENTRY_POINTS);

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
}

function notDeeplyFrozen(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const own = Object.isFrozen(value) ? [] : [path];
  return [
    ...own,
    ...Object.entries(value).flatMap(([k, v]) => notDeeplyFrozen(v, `${path}.${k}`, seen)),
  ];
}

describe('every export under hostile arguments', () => {
  it('keeps every promise for the hardened entry points', { timeout: 60_000 }, async () => {
    expect(await findViolations(HARDENED)).toEqual([]);
  });
});

describe('exported constants', () => {
  const modules = {
    'golden-thread': api,
    'golden-thread/stats': stats,
    'golden-thread/synthetic': synthetic,
    'golden-thread/fhir': fhir,
    'golden-thread/visuals': visuals,
    'golden-thread/node': node,
  };
  it('are deeply frozen, in every entry point', () => {
    const open: string[] = [];
    for (const [entry, module] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(module)) {
        // Schemas are zod objects (frozen by zod where it matters), not catalogues.
        if (name.endsWith('Schema') || typeof value === 'function') continue;
        open.push(...notDeeplyFrozen(value, `${entry} ${name}`));
      }
    }
    expect(open).toEqual([]);
  });
  it('cannot be changed by one caller for every other (outcomeFindings)', () => {
    const entry = api.outcomeFindings.generic_wording as { severity: string };
    expect(() => {
      entry.severity = 'info';
    }).toThrow(TypeError);
    expect(api.outcomeFindings.generic_wording.severity).not.toBe('info');
  });
});

describe('wrong argument types', () => {
  it('throw GoldenThreadError naming the argument', () => {
    const cases: [() => unknown, string][] = [
      [() => api.youSaidWeDid([], [], null as never), 'youSaidWeDid: options must be an object'],
      [() => api.checkOutcome(null as never, { asOf: '2026-01-01' }), 'checkOutcome: outcome'],
      [() => api.checkOutcomes({} as never, { asOf: '2026-01-01' }), 'checkOutcomes: outcomes'],
      [() => api.reviewsDue(aishaPlan, 'x' as never), 'reviewsDue: options'],
      [() => api.restrictionSummary(7 as never, {} as never), 'restrictionSummary: register'],
      [() => api.formatPath(null as never), 'formatPath: path must be a list'],
      [() => api.renderMessage(3 as never, {} as never), 'renderMessage: template must be text'],
      [() => api.localize(null as never, {}), 'localize: items must be a list'],
      [() => api.governanceReport(null as never, {} as never), 'governanceReport: records'],
      [() => api.computeMetrics(5 as never, {}), 'computeMetrics: records'],
      [() => stats.rateRatio(null as never, null as never), 'rateRatio: before must be an object'],
    ];
    for (const [call, message] of cases) {
      const error = thrown(call);
      expect(api.isGoldenThreadError(error), message).toBe(true);
      expect((error as Error).message).toContain(message);
    }
  });
  it('refuse a revoked proxy for options with GoldenThreadError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const call of [
      () => api.goalAchievementMetric(proxy as never),
      () => api.checkRestriction(sensorMat, proxy as never),
      () => stats.theilSen(proxy as never),
      () => synthetic.providerRecords(proxy as never),
    ]) {
      const error = thrown(call) as Error;
      expect(api.isGoldenThreadError(error)).toBe(true);
      expect(error.message).toMatch(/must be (an object|an array)/);
    }
  });
  it('give GoldenThreadError, not TypeError, for an unparsed record from JavaScript', () => {
    const error = thrown(() =>
      api.governanceReport([{ type: 'person' }] as never, {
        window: { from: '2026-07-01', to: '2026-10-01' },
      }),
    );
    expect(api.isGoldenThreadError(error)).toBe(true);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });
});

describe('parsers and builders', () => {
  const throwing = () =>
    Object.defineProperty({}, 'on', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
  it('never throw on a revoked proxy or a throwing getter', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [proxy, throwing()]) {
      expect(api.parseOutcome(input).success).toBe(false);
      expect(api.startChain(input as never).success).toBe(false);
      expect(api.recordRating(goodOutcome, input as never).success).toBe(false);
      expect(api.recordRestrictionReview(sensorMat, input as never).success).toBe(false);
    }
  });
  it('freeze the paths of their issues', () => {
    const result = api.parseOutcome({ words: 7 });
    expect(result.success).toBe(false);
    for (const issue of result.success ? [] : result.issues) {
      expect(Object.isFrozen(issue.path)).toBe(true);
    }
    const before = api.recordRestrictionReview(sensorMat, {
      on: '2000-01-01',
      by: ['Manager'],
      decision: 'continue',
      reason: 'Risk unchanged',
    });
    expect(!before.success && Object.isFrozen(before.issues[0]?.path)).toBe(true);
  });
  it('keep a groups key named __proto__ instead of dropping it (parseProviderRecord)', () => {
    const result = api.parseProviderRecord(
      JSON.parse(
        '{"type":"setting","settingId":"s-1","groups":{"__proto__":"x","service":"a"},"restrictions":[]}',
      ),
    );
    expect(result.success).toBe(true);
    const groups = result.success ? (result.data.groups ?? {}) : {};
    expect(Object.getPrototypeOf(groups)).toBeNull();
    expect(Object.entries(groups)).toEqual([
      ['__proto__', 'x'],
      ['service', 'a'],
    ]);
  });
});

describe('inputs', () => {
  it('recordRestrictionReview neither freezes nor shares the caller’s review', () => {
    const review = {
      on: '2026-11-02',
      by: ['Manager'],
      decision: 'continue' as const,
      reason: 'Risk unchanged',
    };
    const result = api.recordRestrictionReview(sensorMat, review);
    expect(result.success).toBe(true);
    expect(Object.isFrozen(review) || Object.isFrozen(review.by)).toBe(false);
    expect(result.success && result.data.reviews?.some((r) => r === review)).toBe(false);
  });
  it('governanceReport results share no object with the input records', () => {
    const records = [...synthetic.providerRecords({ seed: 3, people: 4, asOf: '2026-10-07' })];
    const report = api.governanceReport(records, {
      window: { from: '2026-07-01', to: '2026-10-01' },
    });
    const objects = (value: unknown, into = new Set<unknown>()): Set<unknown> => {
      if (typeof value !== 'object' || value === null || into.has(value)) return into;
      into.add(value);
      for (const v of Object.values(value)) objects(v, into);
      return into;
    };
    const inputs = objects(records);
    expect([...objects(report)].filter((o) => inputs.has(o))).toEqual([]);
  });
});

describe('dates at the edge of the calendar', () => {
  const window = { from: '2026-07-01', to: '2026-10-01' } as const;
  it('a plan from 0001-01-01 to 9999-12-31 never makes governanceReport throw', () => {
    const records = [...synthetic.providerRecords({ seed: 3, people: 4, asOf: '2026-10-07' })].map(
      (r) =>
        r.type === 'person'
          ? { ...r, plan: { ...r.plan, start: '0001-01-01', end: '9999-12-31' } }
          : r,
    );
    expect(() => api.governanceReport(records as never, { window })).not.toThrow();
    expect(() =>
      api.governanceReport(records as never, { window: { from: '9999-10-01', to: '9999-12-31' } }),
    ).not.toThrow();
  });
  it('an outcome timed to 9999 never makes checkOutcome or checkOutcomes throw', () => {
    const outcome = {
      ...goodOutcome,
      timeframe: { start: '9999-01-01', reviewBy: '9999-12-31' },
    } as typeof goodOutcome;
    for (const asOf of ['2026-11-23', '9999-12-01', '9999-12-31'] as const) {
      expect(() => api.checkOutcome(outcome, { asOf })).not.toThrow();
      expect(() => api.checkOutcomes([outcome], { asOf })).not.toThrow();
    }
  });
  it('a restriction review on 9999-12-31 never makes a later check throw', () => {
    const result = api.recordRestrictionReview(
      { ...lockedKitchen, start: '9999-01-01', reviews: [] },
      { on: '9999-12-31', by: ['Manager'], decision: 'continue', reason: 'Risk unchanged' },
    );
    expect(result.success && result.data.nextReviewOn).toBe('9999-12-31');
    if (!result.success) return;
    const asOf = '9999-12-31';
    expect(() => api.checkRestriction(result.data, { asOf })).not.toThrow();
    expect(() => api.restrictionsDueForReview([result.data], { asOf })).not.toThrow();
    expect(() =>
      api.restrictionSummary([result.data], { from: '9999-01-01', to: asOf }),
    ).not.toThrow();
  });
  it('a plan ending 9999-12-31 never makes reviewsDue or triggerHistory throw', () => {
    const plan = { ...aishaPlan, end: '9999-12-31' as const };
    for (const asOf of ['2026-11-23', '9999-12-31'] as const) {
      expect(() => api.reviewsDue(plan, { asOf })).not.toThrow();
      expect(() => api.triggerHistory(plan, { asOf })).not.toThrow();
    }
  });
});

describe('toFhirBundle', () => {
  it('trims 100,000 trailing slashes from baseUrl as the regex did, in linear time', () => {
    const bundle = fhir.toFhirBundle(aishaPlan, {
      subject: { reference: 'Patient/p-1' },
      baseUrl: `https://example.org/fhir${'/'.repeat(100_000)}`,
    });
    expect(bundle.entry[0]?.fullUrl?.startsWith('https://example.org/fhir/CarePlan/')).toBe(true);
  });
});

describe('properties', () => {
  test.prop([fc.stringMatching(/^[a-z]{1,8}[a/]{0,12}$/)])(
    'toFhirBundle trims baseUrl exactly as the regex /\\/+$/ did',
    (tail) => {
      const baseUrl = `https://example.org/${tail}`;
      const bundle = fhir.toFhirBundle(aishaPlan, {
        subject: { reference: 'Patient/p-1' },
        baseUrl,
      });
      expect(bundle.entry[0]?.fullUrl).toBe(
        `${baseUrl.replace(/\/+$/, '')}/CarePlan/${bundle.entry[0]?.resource.id}`,
      );
    },
  );
  it('no issue from any parser echoes the secret given as the whole input', () => {
    for (const [name, value] of Object.entries(api)) {
      if (!name.startsWith('parse') || typeof value !== 'function') continue;
      const result = (value as (input: unknown) => { issues?: unknown })(SECRET);
      expect(JSON.stringify(result.issues ?? []), name).not.toContain(SECRET);
    }
  });
});
