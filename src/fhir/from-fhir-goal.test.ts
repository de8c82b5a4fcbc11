import { readdirSync, readFileSync } from 'node:fs';
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbOutcomeForFhir } from '../../test/arbitraries/fhir.js';
import { fhirMessageCatalogue as messageCatalogue } from './catalogue.js';
import { FHIR_EXTENSIONS, GOAL_ACCEPTANCE_URL } from './constants.js';
import { fhirFindings, fhirIssueCatalogue } from './findings.js';
import { fromFhirGoal } from './from-fhir-goal.js';
import { toFhirGoal } from './to-fhir-goal.js';

const FIXTURES = new URL('../../test/fixtures/fhir-r4/', import.meta.url);
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));
const GOAL_FIXTURES = readdirSync(FIXTURES).filter((f) => f.startsWith('goal-example'));
const CARE_PLAN_FIXTURES = readdirSync(FIXTURES).filter((f) => f.startsWith('careplan-example'));

const minimal = {
  resourceType: 'Goal',
  id: 'g1',
  lifecycleStatus: 'active',
  description: { text: 'I want to cook my own tea' },
  subject: { reference: 'Patient/p-1' },
  expressedBy: { reference: 'Patient/p-1' },
  extension: [{ url: FHIR_EXTENSIONS.owner, extension: [{ url: 'party', valueCode: 'person' }] }],
};
const codes = (goal: unknown) => fromFhirGoal(goal).findings.map((f) => f.code);
const findingsOf = (goal: unknown, code: string) =>
  fromFhirGoal(goal).findings.filter((f) => f.code === code);

describe('fromFhirGoal', () => {
  describe('when the Goal is minimal and complete', () => {
    it('reads it with no finding but the inferred speaker', () => {
      const read = fromFhirGoal(minimal);
      expect(read.success && read.data).toEqual({
        id: 'g1',
        personId: 'p-1',
        words: 'I want to cook my own tea',
        expressedBy: 'person',
        lifecycleStatus: 'active',
        owners: [{ party: 'person' }],
      });
      expect(codes(minimal)).toEqual(['fhir_expressed_by_inferred']);
    });
  });

  describe('findings', () => {
    it('reports fhir_words_from_code when the description has only a coding', () => {
      const goal = {
        ...minimal,
        description: { coding: [{ code: 'x', display: 'Stop smoking' }] },
      };
      const read = fromFhirGoal(goal);
      expect(read.success && read.data.words).toBe('Stop smoking');
      expect(findingsOf(goal, 'fhir_words_from_code')[0]?.path).toEqual(['description']);
    });
    it('reports fhir_expressed_by_unknown with the assumed speaker', () => {
      const { expressedBy: _e, ...goal } = minimal;
      const [finding] = findingsOf(goal, 'fhir_expressed_by_unknown');
      expect(finding).toMatchObject({ assumed: 'staff', path: ['expressedBy'] });
      const read = fromFhirGoal(goal, { defaultExpressedBy: 'family' });
      expect(read.success && read.data.expressedBy).toBe('family');
    });
    it('reports fhir_expressed_by_inferred for a RelatedPerson as family', () => {
      const goal = { ...minimal, expressedBy: { reference: 'RelatedPerson/mum' } };
      expect(findingsOf(goal, 'fhir_expressed_by_inferred')[0]).toMatchObject({
        expressedBy: 'family',
      });
    });
    it('reports fhir_no_owner when there is no owner extension', () => {
      expect(codes({ ...minimal, extension: [] })).toContain('fhir_no_owner');
    });
    it('reports fhir_no_timeframe when only the start date is given', () => {
      expect(
        findingsOf({ ...minimal, startDate: '2026-01-01' }, 'fhir_no_timeframe')[0]?.path,
      ).toEqual(['startDate']);
    });
    it('reports fhir_value_not_read with the path of a malformed value and reads the rest', () => {
      const goal = { ...minimal, priority: { coding: [{ system: 'x', code: 'urgent' }] } };
      const read = fromFhirGoal(goal);
      expect(read.success).toBe(true);
      expect(findingsOf(goal, 'fhir_value_not_read')[0]?.path).toEqual(['priority']);
    });
    it('reports fhir_value_not_read where a part fails the outcome rules, and drops only that part', () => {
      const goal = { ...minimal, startDate: '2026-05-01', target: [{ dueDate: '2026-01-01' }] };
      const read = fromFhirGoal(goal);
      expect(read.success && read.data.timeframe).toBeUndefined();
      expect(read.success && read.data.words).toBe(minimal.description.text);
      expect(findingsOf(goal, 'fhir_value_not_read')[0]).toMatchObject({
        path: ['target', 0, 'dueDate'],
        message:
          '"target[0].dueDate" could not be read and was left out: the value must be after the start date (2026-05-01).',
      });
    });
    it('reports an impossible due date at the due date, with the whole reason', () => {
      const goal = { ...minimal, startDate: '2026-05-01', target: [{ dueDate: '2026-13-02' }] };
      const [finding] = findingsOf(goal, 'fhir_value_not_read');
      expect(finding).toMatchObject({
        path: ['target', 0, 'dueDate'],
        reason:
          'the value must be a real calendar date written as YYYY-MM-DD (for example 2026-03-14)',
        message:
          '"target[0].dueDate" could not be read and was left out: the value must be a real calendar date written as YYYY-MM-DD (for example 2026-03-14).',
      });
    });
    it('reports an impossible start date at the start date', () => {
      const goal = { ...minimal, startDate: '2026-02-30', target: [{ dueDate: '2026-06-01' }] };
      expect(findingsOf(goal, 'fhir_value_not_read').map((f) => f.path)).toEqual([['startDate']]);
    });
    it('reports fhir_element_not_mapped for a range target', () => {
      const goal = {
        ...minimal,
        target: [{ measure: { text: 'Weight' }, detailRange: { low: { value: 1 } } }],
      };
      expect(findingsOf(goal, 'fhir_element_not_mapped')[0]?.path).toEqual([
        'target',
        0,
        'detailRange',
      ]);
    });
    it('reports fhir_unknown_element for a field an R4 Goal does not have', () => {
      expect(
        findingsOf({ ...minimal, status: 'in-progress' }, 'fhir_unknown_element')[0]?.path,
      ).toEqual(['status']);
    });
    it('reports fhir_unknown_extension with its url', () => {
      const goal = {
        ...minimal,
        extension: [...minimal.extension, { url: 'http://x.org/e', valueString: 'y' }],
      };
      expect(findingsOf(goal, 'fhir_unknown_extension')[0]).toMatchObject({
        url: 'http://x.org/e',
        path: ['extension', 1],
      });
    });
    it('reports fhir_modifier_extension for any modifier extension', () => {
      const goal = {
        ...minimal,
        modifierExtension: [{ url: 'http://x.org/m', valueBoolean: true }],
      };
      expect(findingsOf(goal, 'fhir_modifier_extension')[0]?.path).toEqual([
        'modifierExtension',
        0,
      ]);
    });
    it('reports only documented codes, each in the message catalogue', () => {
      for (const code of Object.keys(fhirFindings))
        expect(messageCatalogue[code]?.kind).toBe('finding');
      for (const code of Object.keys(fhirIssueCatalogue))
        expect(messageCatalogue[code]?.kind).toBe('issue');
    });
  });

  describe('issues', () => {
    it('fails with fhir_not_a_goal for another resource, and says which it is', () => {
      const read = fromFhirGoal({ resourceType: 'Observation', status: 'final' });
      expect(!read.success && read.issues[0]).toMatchObject({
        code: 'fhir_not_a_goal',
        path: [],
        found: 'an Observation resource',
        resourceType: 'Observation',
        message: 'This is an Observation resource, not an R4 Goal resource.',
      });
      expect(!read.success && read.issues[0]?.message).toBe(
        'This is an Observation resource, not an R4 Goal resource.',
      );
      const patient = fromFhirGoal({ resourceType: 'Patient' });
      expect(!patient.success && patient.issues[0]?.message).toBe(
        'This is a Patient resource, not an R4 Goal resource.',
      );
    });
    it.each([
      [[], 'This is a list, not an R4 Goal resource.'],
      ['Goal', 'This is text, not an R4 Goal resource.'],
      [7, 'This is a number, not an R4 Goal resource.'],
      [null, 'This is null, not an R4 Goal resource.'],
      [undefined, 'This is nothing (undefined), not an R4 Goal resource.'],
      [{ id: 'g1' }, 'This is an object without a resourceType, not an R4 Goal resource.'],
      [
        { resourceType: 'goal; DROP TABLE' },
        'This is an object whose resourceType is not the name of a FHIR resource, not an R4 Goal resource.',
      ],
    ])('says what %j is without quoting it', (input, message) => {
      const read = fromFhirGoal(input);
      expect(!read.success && read.issues.map((i) => i.message)).toEqual([message]);
      expect(!read.success && Object.hasOwn(read.issues[0] ?? {}, 'resourceType')).toBe(false);
    });
    it('fails with fhir_missing_element at the path of a missing description', () => {
      const read = fromFhirGoal({ ...minimal, description: {} });
      expect(!read.success && read.issues.map((i) => [i.code, i.path])).toEqual([
        ['fhir_missing_element', ['description', 'text']],
      ]);
    });
    it('fails with fhir_invalid_element for an unknown lifecycle status', () => {
      const read = fromFhirGoal({ ...minimal, lifecycleStatus: 'in-progress' });
      expect(!read.success && read.issues[0]).toMatchObject({
        code: 'fhir_invalid_element',
        path: ['lifecycleStatus'],
      });
    });
    it('fails with the outcome’s own issue when a part it cannot do without breaks its rules', () => {
      const read = fromFhirGoal({ ...minimal, description: { text: 'x'.repeat(2001) } });
      expect(!read.success && read.issues.map((i) => [i.code, i.path])).toEqual([
        ['too_big', ['words']],
      ]);
    });
    it('uses the personId option when the subject has no reference', () => {
      const goal = { ...minimal, subject: { display: 'Aisha' } };
      expect(fromFhirGoal(goal).success).toBe(false);
      const read = fromFhirGoal(goal, { personId: 'p-9' });
      expect(read.success && read.data.personId).toBe('p-9');
    });
    it('returns unreadable_input instead of throwing when reading throws', () => {
      const hostile = new Proxy(
        { resourceType: 'Goal' },
        {
          get(_target, key) {
            if (key === 'resourceType') return 'Goal';
            throw new Error(`no ${String(key)}`);
          },
          ownKeys: () => {
            throw new Error('no keys');
          },
        },
      );
      const read = fromFhirGoal(hostile);
      expect(!read.success && read.issues[0]).toMatchObject({
        code: 'unreadable_input',
        message: 'The Goal could not be read.',
      });
    });
  });

  describe('reading goal-acceptance from another system', () => {
    it('reports an acceptance without a date as not read', () => {
      const goal = {
        ...minimal,
        extension: [
          ...minimal.extension,
          {
            url: GOAL_ACCEPTANCE_URL,
            extension: [
              { url: 'individual', valueReference: { reference: 'Patient/p-1' } },
              { url: 'status', valueCode: 'agree' },
            ],
          },
        ],
      };
      expect(findingsOf(goal, 'fhir_value_not_read')[0]).toMatchObject({ path: ['extension', 1] });
    });
  });

  describe('the official HL7 R4 examples', () => {
    it.each(GOAL_FIXTURES)('reads %s as an outcome, with findings', (name) => {
      const read = fromFhirGoal(fixture(name));
      expect(read.success).toBe(true);
      expect(read.findings.map((f) => f.code)).toContain('fhir_no_owner');
    });
    it('reads goal-example.json’s words, dates, priority and measure', () => {
      const read = fromFhirGoal(fixture('goal-example.json'));
      expect(read.success && read.data).toMatchObject({
        words: 'Target weight is 160 to 180 lbs.',
        lifecycleStatus: 'on-hold',
        priority: 'high-priority',
        expressedBy: 'person',
        timeframe: { start: '2015-04-05', reviewBy: '2016-04-05' },
        indicator: { description: 'Weight Measured' },
      });
    });
    it.each(CARE_PLAN_FIXTURES)(
      'resolves the goals of %s to contained Goals it can read',
      (name) => {
        const plan = fixture(name);
        expect(plan['resourceType']).toBe('CarePlan');
        const contained = (plan['contained'] as Record<string, unknown>[]) ?? [];
        for (const ref of plan['goal'] as { reference: string }[]) {
          const goal = contained.find((r) => `#${String(r['id'])}` === ref.reference);
          expect(goal?.['resourceType']).toBe('Goal');
          const read = fromFhirGoal(goal);
          expect(read.success).toBe(true);
          expect(read.success && read.data.personId).toMatch(/^(f001|100)$/);
        }
      },
    );
  });

  describe('properties', () => {
    prop.prop([fc.jsonValue()])('never throws on arbitrary JSON', (json) => {
      expect(() => fromFhirGoal(json)).not.toThrow();
    });
    prop.prop([fc.dictionary(fc.string(), fc.jsonValue())])(
      'never throws on arbitrary objects claiming to be a Goal',
      (extra) => {
        expect(() => fromFhirGoal({ ...extra, resourceType: 'Goal' })).not.toThrow();
      },
    );
    const mutate = (
      value: unknown,
      path: readonly (string | number)[],
      replacement: unknown,
    ): unknown => {
      if (path.length === 0) return replacement;
      const [head, ...rest] = path;
      if (Array.isArray(value)) {
        return value.map((v, i) => (i === Number(head) ? mutate(v, rest, replacement) : v));
      }
      if (typeof value === 'object' && value !== null) {
        const record = value as Record<string, unknown>;
        return { ...record, [String(head)]: mutate(record[String(head)], rest, replacement) };
      }
      return value;
    };
    const paths = (value: unknown, at: (string | number)[] = []): (string | number)[][] => {
      if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
      if (typeof value === 'object' && value !== null) {
        return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
      }
      return [at];
    };
    const officialGoals = GOAL_FIXTURES.map(fixture);
    prop.prop([
      fc
        .constantFrom(...officialGoals)
        .chain((goal) =>
          fc.tuple(fc.constant(goal), fc.constantFrom(...paths(goal).slice(1)), fc.jsonValue()),
        ),
    ])(
      'never throws on mutated official examples, and any outcome it reads passes',
      ([goal, path, value]) => {
        const read = fromFhirGoal(mutate(goal, path, value));
        if (read.success) expect(read.data.words.length).toBeGreaterThan(0);
      },
    );
    prop.prop([arbOutcomeForFhir, fc.nat(), fc.jsonValue()])(
      'never throws on our own Goals with one value replaced',
      (outcome, pick, value) => {
        const goal = toFhirGoal(outcome, { subject: { reference: 'Patient/p' } });
        const all = paths(goal).slice(1);
        const path = all[pick % all.length] ?? [];
        expect(() => fromFhirGoal(mutate(goal, path, value))).not.toThrow();
      },
    );
  });
});
