// A hostile caller for every export of every entry point: the promises the README and
// DESIGN make (parsers never throw; typed entry points throw only GoldenThreadError; no
// NaN or Infinity in outputs; inputs never changed; issues never echo input; exported
// constants deeply frozen) checked call by call.
//
// Each function is called with valid sample arguments (SAMPLES), then with each argument
// position replaced by each hostile value; functions without samples are called with
// hostile values only. `findViolations()` returns one line per broken promise.
import * as fhir from '../../src/fhir/index.js';
import * as api from '../../src/index.js';
import * as stats from '../../src/stats/index.js';
import * as synthetic from '../../src/synthetic/index.js';
import * as visuals from '../../src/visuals/index.js';
import { kitchenChain } from '../fixtures/evidence.js';
import { goodOutcome } from '../fixtures/outcomes.js';
import { lockedKitchen, sensorMat } from '../fixtures/restrictions.js';
import {
  admission,
  aishaPlan,
  bedtimeAction,
  bedtimeFeedback,
  goodReview,
} from '../fixtures/reviews.js';

export const SECRET = 'SECRET-9f3a';

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}
function throwingGetter(): object {
  return Object.defineProperty({}, 'id', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
}
function shifting(): object {
  let reads = 0;
  return Object.defineProperty({}, 'start', {
    enumerable: true,
    get() {
      reads += 1;
      return reads === 1 ? '2026-01-01' : 42;
    },
  });
}

/** The hostile values, by name. */
export const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['0', () => 0],
  ['NaN', () => Number.NaN],
  ['-1', () => -1],
  ['1e308', () => 1e308],
  ['empty text', () => ''],
  ['secret text', () => SECRET],
  ['true', () => true],
  ['empty object', () => ({})],
  ['empty array', () => []],
  // biome-ignore lint/suspicious/noSparseArray: a list with a hole is the point
  ['array with holes', () => [, 1]],
  ['Date', () => new Date(0)],
  ['revoked proxy', revoked],
  ['throwing getter', throwingGetter],
  ['shifting getter', shifting],
  ['function', () => () => 1],
  ['bigint', () => 1n],
  ['object with secret', () => ({ id: SECRET, start: SECRET, words: SECRET, on: SECRET })],
];

const W = { from: '2026-07-01', to: '2026-10-01' } as const;
const records = () => [...synthetic.providerRecords({ seed: 3, people: 4, asOf: '2026-10-07' })];
const AS = { asOf: '2026-11-23' };

/** Valid arguments for functions, by name: the calls a careful host makes. */
export const SAMPLES: Readonly<Record<string, () => unknown[]>> = {
  addDays: () => ['2026-01-31', 1],
  addMonths: () => ['2026-01-31', 1],
  addWeeks: () => ['2026-01-31', 1],
  daysBetween: () => ['2026-01-01', '2026-03-01'],
  calendarDateOf: () => ['2026-03-29T00:30:00Z', { timeZone: 'Europe/London' }],
  formatLongDate: () => ['2026-10-03'],
  quarterLabel: () => ['2026-10-03'],
  startOfQuarter: () => ['2026-10-03'],
  ratio: () => [3, 4],
  checkOutcome: () => [goodOutcome, AS],
  checkOutcomes: () => [[goodOutcome], AS],
  checkRestriction: () => [lockedKitchen, AS],
  checkReviewQuality: () => [
    goodReview,
    { outcomes: [goodOutcome], events: [admission], feedback: [bedtimeFeedback] },
  ],
  checkEvidenceChain: () => [kitchenChain, AS],
  chainStatus: () => [kitchenChain, AS],
  digestChain: () => [kitchenChain, AS],
  goldenThread: () => [
    goodOutcome,
    { asOf: '2026-11-23', reviews: [goodReview], chains: [kitchenChain] },
  ],
  reviewsDue: () => [aishaPlan, AS],
  youSaidWeDid: () => [
    [bedtimeFeedback],
    [bedtimeAction],
    { from: '2026-08-01', to: '2026-12-01' },
  ],
  isRestrictionActive: () => [sensorMat, '2026-10-01'],
  recordRestrictionReview: () => [
    sensorMat,
    { on: '2026-11-02', by: ['Manager'], decision: 'continue', reason: 'Risk unchanged' },
    { nextReviewOn: '2027-02-02' },
  ],
  restrictionsDueForReview: () => [[sensorMat, lockedKitchen], AS],
  restrictionSummary: () => [[sensorMat, lockedKitchen], { from: '2026-07-01', to: '2026-09-30' }],
  recordRating: () => [goodOutcome, { on: '2026-11-20', score: 4, example: 'Went alone' }],
  ratingTrend: () => [goodOutcome, AS],
  isAchieved: () => [goodOutcome],
  isOpen: () => [goodOutcome],
  gasTScore: () => [[{ level: 1, weight: 2 }]],
  gasAttainment: () => [goodOutcome],
  gasSummary: () => [[goodOutcome]],
  findGenericPhrases: () => ['I want to be more confident'],
  poissonInterval: () => [7],
  proportionInterval: () => [3, 12],
  rateRatio: () => [
    { events: 4, exposure: 100 },
    { events: 9, exposure: 110 },
  ],
  theilSen: () => [[1, 3, 2, 5, 4]],
  mannKendall: () => [[1, 3, 2, 5, 4]],
  ordinaryLeastSquares: () => [
    [
      { x: 0, y: 1 },
      { x: 1, y: 3 },
      { x: 2, y: 2 },
    ],
  ],
  xmrChart: () => [[3, 5, 4, 6, 5, 4, 5, 12], { improvement: 'decrease' }],
  runChart: () => [[3, 5, 4, 6, 5, 4, 5, 12, 6, 7]],
  goalAchievementMetric: () => [{ window: W }],
  actionCompletionMetric: () => [{ window: W }],
  communityParticipationMetric: () => [{ window: W }],
  unplannedAdmissionsMetric: () => [{ window: W }],
  ratingTrendsMetric: () => [{ window: W }],
  restrictionMetric: () => [{ window: W }],
  reviewQualityMetric: () => [{ window: W }],
  reviewTimelinessMetric: () => [{ window: W }],
  eventRateMetric: () => [{ window: W, kinds: ['incident'] }],
  youSaidWeDidMetric: () => [{ window: W }],
  evidenceCoverageMetric: () => [{ window: W }],
  changeImpactMetric: () => [{ window: W, kinds: ['incident'], days: 90 }],
  decisionChangesPlan: () => [{ text: 'Move the evening rota' }],
  governanceMetrics: () => [{ window: W }],
  governanceReport: () => [records(), { window: W }],
  computeMetrics: () => [records(), { goals: api.goalAchievementMetric({ window: W }) }],
  combineAccumulators: () => [{ goals: api.goalAchievementMetric({ window: W }) }],
  groupedBy: () => ['service', api.goalAchievementMetric({ window: W })],
  generateProvider: () => [{ seed: 1, people: 2, asOf: '2026-10-07' }],
  providerRecords: () => [{ seed: 1, people: 2, asOf: '2026-10-07' }],
  toFhirGoal: () => [goodOutcome, { subject: { reference: 'Patient/p-1' } }],
  toFhirObservations: () => [goodOutcome, { subject: { reference: 'Patient/p-1' } }],
  toFhirCarePlan: () => [aishaPlan, { subject: { reference: 'Patient/p-1' } }],
  renderMessage: () => ['{field} is required.', { code: 'required', path: ['x'], message: '' }],
  localize: () => [[], {}],
  formatPath: () => [['owners', 0, 'role']],
  fieldLabel: () => [['owners', 0]],
};

/** Parsers and predicates: functions that take untrusted input and must never throw. */
export function neverThrows(name: string): boolean {
  return (
    name.startsWith('parse') ||
    name.startsWith('is') ||
    [
      'fromFhirGoal',
      'validateOutcomeForm',
      'startChain',
      'recordInput',
      'recordDecision',
      'recordAction',
      'recordCheck',
    ].includes(name)
  );
}

export const ENTRY_POINTS: Readonly<Record<string, Record<string, unknown>>> = {
  'golden-thread': api,
  'golden-thread/stats': stats,
  'golden-thread/synthetic': synthetic,
  'golden-thread/fhir': fhir,
  'golden-thread/visuals': visuals,
};

function findNonFinite(value: unknown, path: string, seen: Set<unknown>, out: string[]): void {
  if (typeof value === 'number' && !Number.isFinite(value)) out.push(`${path} is ${value}`);
  if (typeof value !== 'object' || value === null || seen.has(value) || out.length > 3) return;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) findNonFinite(v, `${path}.${k}`, seen, out);
}

function echoes(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return value.includes(SECRET);
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((v) => echoes(v, seen));
}

function isDeeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((v) => isDeeplyFrozen(v, seen));
}

function drain(value: unknown): unknown {
  if (
    value !== null &&
    typeof value === 'object' &&
    Symbol.iterator in value &&
    !Array.isArray(value) &&
    typeof value !== 'string'
  ) {
    return [...(value as Iterable<unknown>)].slice(0, 50);
  }
  return value;
}

async function call(
  entry: string,
  name: string,
  fn: (...args: unknown[]) => unknown,
  args: unknown[],
  shape: string,
  out: string[],
): Promise<void> {
  const where = `${entry} ${name}(${shape})`;
  let result: unknown;
  try {
    result = drain(fn(...args));
    // An async function's broken promise is a throw too.
    if (result instanceof Promise) result = await result;
  } catch (error) {
    if (neverThrows(name)) out.push(`${where}: a parser threw ${String(error).slice(0, 80)}`);
    else if (!api.isGoldenThreadError(error))
      out.push(
        `${where}: threw ${String(error).split('\n')[0]?.slice(0, 100)}, not GoldenThreadError`,
      );
    return;
  }
  try {
    const nonFinite: string[] = [];
    findNonFinite(result, 'result', new Set(), nonFinite);
    if (nonFinite.length > 0) out.push(`${where}: ${nonFinite[0]}`);
    if (name.startsWith('parse') && echoes(result))
      out.push(`${where}: the issues echo an input value`);
  } catch (error) {
    out.push(`${where}: reading the result threw ${String(error).split('\n')[0]?.slice(0, 100)}`);
  }
}

/**
 * Runs every call and returns the broken promises, one line each. `entries` limits the run
 * to some entry points (the CI test leaves out `golden-thread/visuals`, not yet hardened).
 */
export async function findViolations(
  entries: readonly string[] = Object.keys(ENTRY_POINTS),
): Promise<string[]> {
  const out: string[] = [];
  for (const [entry, module] of Object.entries(ENTRY_POINTS)) {
    if (!entries.includes(entry)) continue;
    for (const [name, value] of Object.entries(module)) {
      if (name.endsWith('Schema') || name === 'GoldenThreadError') continue;
      if (typeof value !== 'function') {
        if (!isDeeplyFrozen(value))
          out.push(`${entry} ${name}: an exported constant that is not deeply frozen`);
        continue;
      }
      const fn = value as (...args: unknown[]) => unknown;
      const sample = SAMPLES[name]?.();
      for (const [label, make] of HOSTILE) {
        await call(entry, name, fn, [make()], label, out);
        if (sample !== undefined) {
          for (let i = 0; i < sample.length; i += 1) {
            const args = [...sample];
            args[i] = make();
            await call(entry, name, fn, args, `sample with argument ${i + 1} ${label}`, out);
          }
        }
      }
    }
  }
  return out;
}

if (process.argv[1]?.endsWith('harness.ts')) {
  const found = await findViolations();
  const byFn = new Map<string, number>();
  for (const line of found) {
    const key = line.split('(')[0] ?? line;
    byFn.set(key, (byFn.get(key) ?? 0) + 1);
  }
  const lines = [
    ...found.slice(0, Number(process.env.SHOW ?? 40)),
    '',
    `${found.length} violations in ${byFn.size} exports:`,
    ...[...byFn].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n}\t${k}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
