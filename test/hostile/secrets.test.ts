// Issues never echo input values (issue #19 item 8): every parser, every builder and
// `validateOutcomeForm` is given a valid record with a secret-marked string in each string
// field in turn (and in every string field at once); no issue field or message may contain it.
import { describe, expect, it } from 'vitest';
import * as fhir from '../../src/fhir/index.js';
import * as api from '../../src/index.js';
import * as synthetic from '../../src/synthetic/index.js';
import { kitchenChain } from '../fixtures/evidence.js';
import goalExample from '../fixtures/fhir-r4/goal-example.json' with { type: 'json' };
import { goodOutcome } from '../fixtures/outcomes.js';
import { lockedKitchen, sensorMat } from '../fixtures/restrictions.js';
import { admission, aishaPlan, bedtimeFeedback, goodReview } from '../fixtures/reviews.js';
import { SECRET } from './harness.js';

type Path = readonly (string | number)[];

/** The paths of every string in a value. */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    stringPaths(v, [...path, Array.isArray(value) ? Number(k) : k]),
  );
}

/** A deep copy with the string at `path` (or every string, for `'all'`) made the secret. */
function withSecret(value: unknown, at: Path | 'all', path: Path = []): unknown {
  if (typeof value === 'string') {
    return at === 'all' || (at.length === path.length && at.every((p, i) => p === path[i]))
      ? `${SECRET} ${value}`
      : value;
  }
  if (Array.isArray(value)) return value.map((v, i) => withSecret(v, at, [...path, i]));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, withSecret(v, at, [...path, k])]),
  );
}

function echoes(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return value.includes(SECRET);
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((v) => echoes(v, seen));
}

const strip = ({ type: _type, ...rest }: { type: string }) => rest;
const [firstLink, secondLink] = kitchenChain.links;
const records = [...synthetic.providerRecords({ seed: 3, people: 2, asOf: '2026-10-07' })];

/** A parser (or builder) and a valid input for it. */
const PARSERS: readonly (readonly [string, (input: unknown) => unknown, unknown])[] = [
  ['parseEvidenceChain', api.parseEvidenceChain, kitchenChain],
  ['parseEvidenceLink', api.parseEvidenceLink, firstLink],
  ['parseFeedback', api.parseFeedback, bedtimeFeedback],
  ['parseIsoDate', api.parseIsoDate, '2026-07-01'],
  ['parseIsoDateTime', api.parseIsoDateTime, '2026-07-01T09:30:00Z'],
  ['parseLifeEvent', api.parseLifeEvent, admission],
  ['parseOutcome', api.parseOutcome, goodOutcome],
  ['parseProviderRecord (setting)', api.parseProviderRecord, records[0]],
  ['parseProviderRecord (person)', api.parseProviderRecord, records.at(-1)],
  ['parseRating', api.parseRating, goodOutcome.ratings?.[0]],
  ['parseRatio', api.parseRatio, { numerator: 1, denominator: 2, value: 0.5 }],
  ['parseRestriction', api.parseRestriction, sensorMat],
  ['parseRestriction (kitchen)', api.parseRestriction, lockedKitchen],
  [
    'parseRestrictionReview',
    api.parseRestrictionReview,
    { on: '2026-11-02', by: ['Manager'], decision: 'continue', reason: 'Risk unchanged' },
  ],
  ['parseReview', api.parseReview, goodReview],
  [
    'parseReviewSchedule',
    api.parseReviewSchedule,
    { firstReviewWeeks: { from: 6, by: 8 }, cadenceMonths: 3 },
  ],
  ['parseReviewTriggerRule', api.parseReviewTriggerRule, api.defaultReviewTriggerRules[0]],
  ['parseSupportPlan', api.parseSupportPlan, aishaPlan],
  [
    'startChain',
    (input) => api.startChain(input as never),
    {
      id: kitchenChain.id,
      title: kitchenChain.title,
      level: kitchenChain.level,
      input: strip(firstLink as { type: string }),
    },
  ],
  [
    'recordInput',
    (input) => api.recordInput(kitchenChain, input as never),
    strip(secondLink as { type: string }),
  ],
  ...kitchenChain.links
    .filter((l) => l.type !== 'input')
    .map(
      (link) =>
        [
          `record ${link.type} ${link.id}`,
          (input: unknown) => {
            const rest = kitchenChain.links.filter((l) => l.id !== link.id);
            const chain = { ...kitchenChain, links: rest };
            const add = {
              decision: api.recordDecision,
              action: api.recordAction,
              check: api.recordCheck,
            }[link.type as 'decision' | 'action' | 'check'];
            return add(chain, input as never);
          },
          strip(link),
        ] as const,
    ),
  ['validateOutcomeForm', (input) => api.validateOutcomeForm(input as never), goodOutcome],
  ['fromFhirGoal', fhir.fromFhirGoal, goalExample],
];

describe('issues never echo input values', () => {
  for (const [name, parse, sample] of PARSERS) {
    describe(name, () => {
      it('has a valid sample to start from', () => {
        expect(sample).toBeDefined();
      });
      it('never copies a secret-marked string field into an issue', () => {
        const paths = stringPaths(sample);
        const leaks: string[] = [];
        for (const at of [...paths, 'all' as const]) {
          const result = parse(withSecret(sample, at)) as { issues?: unknown };
          if (echoes(result.issues)) leaks.push(at === 'all' ? 'every field' : at.join('.'));
        }
        expect(leaks).toEqual([]);
      });
      it('never copies a secret-marked string given in place of the whole record', () => {
        expect(echoes((parse(SECRET) as { issues?: unknown }).issues)).toBe(false);
      });
    });
  }
});
