import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbOutcomeForFhir, withoutRatings } from '../../test/arbitraries/fhir.js';
import { checkFhirResource } from '../../test/support/fhir-structure.js';
import type { Outcome } from '../outcomes/index.js';
import { FHIR_EXTENSIONS, GOAL_ACCEPTANCE_URL } from './constants.js';
import { fromFhirGoal } from './from-fhir-goal.js';
import { toFhirGoal } from './to-fhir-goal.js';

const subject = { reference: 'Patient/p-aisha', display: 'Aisha' };
const outcome: Outcome = {
  id: 'o-art',
  personId: 'p-aisha',
  words: 'I want to go to the art group on my own',
  expressedBy: 'person',
  domain: 'Getting out',
  priority: 'high-priority',
  lifecycleStatus: 'active',
  achievementStatus: 'improving',
  indicator: {
    description: 'Trips to the art group made on her own',
    measure: 'frequency',
    per: 'month',
    unit: 'trips',
    baseline: 0,
    target: 4,
    direction: 'increase',
  },
  timeframe: { start: '2026-09-14', reviewBy: '2026-11-09' },
  owners: [{ party: 'keyworker', name: 'Sam', responsibility: 'Book the taxi' }],
  agreements: [{ party: 'person', response: 'agree', on: '2026-09-14' }],
  ratings: [{ on: '2026-10-12', score: 3, ratedBy: 'person' }],
};

describe('toFhirGoal', () => {
  describe('when the outcome is complete', () => {
    const goal = toFhirGoal(outcome, { subject });
    it('puts the person’s words in description.text', () => {
      expect(goal.description).toEqual({ text: outcome.words });
    });
    it('writes lifecycle, achievement and priority with the HL7 code systems', () => {
      expect(goal.lifecycleStatus).toBe('active');
      expect(goal.achievementStatus?.coding?.[0]).toMatchObject({
        system: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
        code: 'improving',
      });
      expect(goal.priority?.coding?.[0]).toMatchObject({
        system: 'http://terminology.hl7.org/CodeSystem/goal-priority',
        code: 'high-priority',
      });
    });
    it('writes the indicator as a target with a measure, a quantity and the review-by date', () => {
      expect(goal.target).toEqual([
        {
          measure: {
            coding: [{ system: expect.any(String), code: 'frequency' }],
            text: 'Trips to the art group made on her own',
          },
          detailQuantity: { value: 4, comparator: '>=', unit: 'trips' },
          dueDate: '2026-11-09',
        },
      ]);
      expect(goal.startDate).toBe('2026-09-14');
    });
    it('refers to the subject as who expressed it when the person did', () => {
      expect(goal.expressedBy).toEqual({
        reference: 'Patient/p-aisha',
        identifier: expect.objectContaining({ value: 'p-aisha' }),
      });
    });
    it('writes agreements as the goal-acceptance extension with individual and status', () => {
      const acceptance = goal.extension?.find((e) => e.url === GOAL_ACCEPTANCE_URL);
      expect(acceptance?.extension?.slice(0, 2)).toEqual([
        {
          url: 'individual',
          valueReference: expect.objectContaining({ reference: 'Patient/p-aisha' }),
        },
        { url: 'status', valueCode: 'agree' },
      ]);
    });
    it('writes owners in the owner extension and as a plain note', () => {
      expect(goal.extension?.filter((e) => e.url === FHIR_EXTENSIONS.owner)).toHaveLength(1);
      expect(goal.note).toEqual([{ text: 'Owner (keyworker, Sam): Book the taxi' }]);
    });
    it('writes the domain as the category text', () => {
      expect(goal.category).toEqual([{ text: 'Getting out' }]);
    });
    it('leaves the ratings out of the Goal', () => {
      expect(JSON.stringify(goal)).not.toContain('2026-10-12');
    });
  });
  describe('when someone else expressed the words', () => {
    it('writes a display-only reference and keeps our code in the expressed-by extension', () => {
      const goal = toFhirGoal({ ...outcome, expressedBy: 'advocate' }, { subject });
      expect(goal.expressedBy).toEqual({ display: 'Advocate' });
      expect(goal.extension?.[0]).toEqual({
        url: FHIR_EXTENSIONS.expressedBy,
        valueCode: 'advocate',
      });
    });
  });
  describe('when the indicator is a milestone without a number', () => {
    it('writes detailBoolean true with its measure (gol-1)', () => {
      const goal = toFhirGoal(
        { ...outcome, indicator: { description: 'Has a bus pass', measure: 'milestone' } },
        { subject },
      );
      expect(goal.target?.[0]).toMatchObject({
        measure: { text: 'Has a bus pass' },
        detailBoolean: true,
      });
    });
  });
  describe('when the target is a whole number without a unit', () => {
    it('writes detailInteger', () => {
      const goal = toFhirGoal(
        { ...outcome, indicator: { description: 'Prompts', measure: 'prompts', target: 0 } },
        { subject },
      );
      expect(goal.target?.[0]?.detailInteger).toBe(0);
    });
  });
  describe('when the indicator says which way is better', () => {
    const target = (indicator: NonNullable<Outcome['indicator']>) =>
      toFhirGoal({ ...outcome, indicator }, { subject }).target?.[0];
    it('writes "at least" (>=) when more is better, so any system reads the direction', () => {
      expect(
        target({ description: 'Trips', measure: 'count', target: 4, direction: 'increase' }),
      ).toEqual({
        measure: { coding: [expect.any(Object)], text: 'Trips' },
        detailQuantity: { value: 4, comparator: '>=' },
        dueDate: '2026-11-09',
      });
    });
    it('writes "at most" (<=) when less is better', () => {
      expect(
        target({
          description: 'Prompts',
          measure: 'prompts',
          target: 1,
          unit: 'prompts',
          direction: 'decrease',
        })?.detailQuantity,
      ).toEqual({ value: 1, comparator: '<=', unit: 'prompts' });
    });
    it.each(['maintain', 'achieve'] as const)('writes no comparator for %s', (direction) => {
      expect(target({ description: 'Walks', target: 3, direction })).toMatchObject({
        detailInteger: 3,
      });
    });
  });
  describe('the structural check used by these tests', () => {
    it('refuses a comparator R4 does not define and a quantity without a number', () => {
      const goal = toFhirGoal(outcome, { subject });
      const bad = {
        ...goal,
        target: [{ measure: { text: 'x' }, detailQuantity: { comparator: 'ad' } }],
      };
      expect(checkFhirResource(bad)).toEqual([
        'resource.target[0].detailQuantity.value: not a decimal',
        'resource.target[0].detailQuantity.comparator: not an R4 comparator',
      ]);
    });
  });
  describe('when the outcome id is not a valid FHIR id', () => {
    it('derives a stable id and keeps the outcome id as the identifier', () => {
      const a = toFhirGoal({ ...outcome, id: 'outcome 1/a' }, { subject });
      const b = toFhirGoal({ ...outcome, id: 'outcome 1/a' }, { subject });
      expect(a.id).toMatch(/^gt-[0-9a-f]{32}$/);
      expect(a.id).toBe(b.id);
      expect(a.identifier?.[0]?.value).toBe('outcome 1/a');
    });
  });
  describe('when there is a timeframe but no indicator', () => {
    it('writes a target with only a due date', () => {
      const { indicator: _i, ...rest } = outcome;
      expect(toFhirGoal(rest as Outcome, { subject }).target).toEqual([{ dueDate: '2026-11-09' }]);
    });
  });

  describe('properties', () => {
    prop.prop([arbOutcomeForFhir])(
      'outcome → Goal → outcome is identity for every mapped field (all but ratings)',
      (o) => {
        const json = JSON.parse(JSON.stringify(toFhirGoal(o, { subject })));
        const back = fromFhirGoal(json);
        expect(back.success && back.data).toEqual(withoutRatings(o));
      },
    );
    prop.prop([
      fc.constantFrom('<', '<=', '>=', '>'),
      fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
      fc.option(fc.constantFrom('%', 'mmol/mol', 'trips'), { nil: undefined }),
    ])(
      'a comparator read from another system comes back as the same bound (< and > as <= and >=)',
      (comparator, value, unit) => {
        const foreign = {
          ...toFhirGoal(outcome, { subject }),
          extension: [],
          target: [
            {
              measure: { text: 'HbA1c' },
              detailQuantity: {
                value: Object.is(value, -0) ? 0 : value,
                comparator,
                ...(unit === undefined ? {} : { unit }),
              },
            },
          ],
        };
        const read = fromFhirGoal(foreign);
        expect(read.success).toBe(true);
        if (!read.success) return;
        const written = toFhirGoal(read.data, { subject }).target?.[0]?.detailQuantity;
        expect(written).toEqual({
          value: Object.is(value, -0) ? 0 : value,
          comparator: comparator.startsWith('<') ? '<=' : '>=',
          ...(unit === undefined ? {} : { unit }),
        });
        const again = fromFhirGoal(JSON.parse(JSON.stringify(toFhirGoal(read.data, { subject }))));
        expect(again.success && again.data).toEqual(read.data);
      },
    );
    prop.prop([arbOutcomeForFhir])('reads its own Goals without a finding', (o) => {
      const back = fromFhirGoal(toFhirGoal(o, { subject }));
      const expected = o.owners === undefined || o.owners.length === 0 ? ['fhir_no_owner'] : [];
      expect(back.findings.map((f) => f.code)).toEqual(expected);
    });
    prop.prop([arbOutcomeForFhir])(
      'every Goal passes the structural check (gol-1 included)',
      (o) => {
        expect(checkFhirResource(toFhirGoal(o, { subject }))).toEqual([]);
      },
    );
    prop.prop([arbOutcomeForFhir])('is deterministic and never mutates its input', (o) => {
      const before = JSON.stringify(o);
      expect(toFhirGoal(o, { subject })).toEqual(toFhirGoal(o, { subject }));
      expect(JSON.stringify(o)).toBe(before);
    });
  });
});
