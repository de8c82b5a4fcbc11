import { describe, expect, it } from 'vitest';
import type { Outcome } from '../outcomes/index.js';
import { FHIR_CODE_SYSTEM, FHIR_EXTENSIONS, GOAL_ACCEPTANCE_URL } from './constants.js';
import { fromFhirGoal } from './from-fhir-goal.js';
import { toFhirGoal } from './to-fhir-goal.js';

// Goals as other systems write them, or ours after another system has changed them: each row
// changes one thing and names what fromFhirGoal reads and reports.
const outcome: Outcome = {
  id: 'o-1',
  personId: 'p-1',
  words: 'I want to cook my own tea',
  expressedBy: 'person',
  lifecycleStatus: 'active',
  owners: [{ party: 'keyworker' }],
};
type Goal = Record<string, unknown>;
const ours = (): Goal =>
  JSON.parse(JSON.stringify(toFhirGoal(outcome, { subject: { reference: 'Patient/p-1' } })));
const withExtension = (ext: unknown): Goal => {
  const goal = ours();
  goal['extension'] = [...(goal['extension'] as unknown[]), ext];
  return goal;
};
const read = (goal: unknown) => fromFhirGoal(goal);
const data = (goal: unknown) => {
  const r = read(goal);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
};
const reported = (goal: unknown) => read(goal).findings.map((f) => `${f.code} ${f.path.join('.')}`);

describe('fromFhirGoal', () => {
  describe('when the subject is written in other ways', () => {
    it.each([
      [{ reference: 'https://fhir.example.org/r4/Patient/123/_history/2' }, '123'],
      [{ reference: 'urn:uuid:0b1c' }, 'urn:uuid:0b1c'],
      [
        { reference: '#p', identifier: { system: 'https://nhs.uk/nhs-number', value: '943' } },
        '943',
      ],
    ])('reads the person id from %j', (subject, personId) => {
      const goal = { ...ours(), subject, expressedBy: undefined };
      expect(data(goal).personId).toBe(personId);
    });
    it('takes the id from Goal.id when there is no identifier of ours', () => {
      expect(data({ ...ours(), identifier: [{ value: '9' }], id: 'g-9' }).id).toBe('g-9');
    });
    it('fails with fhir_missing_element when there is no id at all', () => {
      const r = read({ ...ours(), identifier: undefined, id: undefined });
      expect(!r.success && r.issues[0]?.path).toEqual(['id']);
    });
  });

  describe('when expressedBy has no extension of ours', () => {
    const foreign = (expressedBy: unknown) => {
      const goal = ours();
      goal['extension'] = [];
      goal['expressedBy'] = expressedBy;
      return goal;
    };
    it.each([
      [{ type: 'Practitioner', display: 'Dr Dave' }, 'staff'],
      [{ reference: 'PractitionerRole/9' }, 'staff'],
      [
        {
          identifier: {
            system: 'https://golden-thread.dev/fhir/NamingSystem/person',
            value: 'p-1',
          },
        },
        'person',
      ],
      [{ reference: 'Patient/other' }, 'staff'],
      [{ display: 'Someone' }, 'staff'],
    ])('reads %j as %s', (expressedBy, expected) => {
      expect(data(foreign(expressedBy)).expressedBy).toBe(expected);
    });
    it('reports an expressed-by extension with an unknown code and falls back', () => {
      const goal = ours();
      (goal['extension'] as Goal[])[0] = { url: FHIR_EXTENSIONS.expressedBy, valueCode: 'doctor' };
      expect(reported(goal)).toContain('fhir_value_not_read extension.0');
    });
  });

  describe('when targets come from another system', () => {
    const withTarget = (...target: unknown[]) => ({ ...ours(), target });
    it.each([
      [
        [
          {
            measure: { coding: [{ display: 'Weight' }] },
            detailQuantity: { value: 80, unit: 'kg' },
          },
        ],
        { description: 'Weight', target: 80, unit: 'kg' },
      ],
      [
        [{ measure: { text: 'Steps' }, detailInteger: 5000 }],
        { description: 'Steps', target: 5000 },
      ],
      [
        [{ measure: { text: 'Steps', coding: [{ system: FHIR_CODE_SYSTEM, code: 'count' }] } }],
        { description: 'Steps', measure: 'count' },
      ],
    ])('reads %j as the indicator', (target, indicator) => {
      expect(data(withTarget(...target)).indicator).toEqual(indicator);
    });
    it.each([
      [{ measure: { coding: [{ code: 'x' }] } }, 'fhir_value_not_read target.0.measure'],
      [
        { measure: { text: 'a', coding: [{ system: FHIR_CODE_SYSTEM, code: 'speed' }] } },
        'fhir_value_not_read target.0.measure',
      ],
      [
        { measure: { text: 'a' }, detailQuantity: { unit: 'kg' } },
        'fhir_value_not_read target.0.detailQuantity',
      ],
      [
        { measure: { text: 'a' }, detailInteger: 1.5 },
        'fhir_value_not_read target.0.detailInteger',
      ],
      [
        { measure: { text: 'a' }, detailBoolean: false },
        'fhir_element_not_mapped target.0.detailBoolean',
      ],
      [
        { measure: { text: 'a' }, detailString: 'lots' },
        'fhir_element_not_mapped target.0.detailString',
      ],
      [{ dueDuration: { value: 3 } }, 'fhir_element_not_mapped target.0.dueDuration'],
      ['a target', 'fhir_value_not_read target.0'],
    ])('reports %j', (target, finding) => {
      expect(reported(withTarget(target))).toContain(finding);
    });
    it('reports a second target it does not use', () => {
      expect(reported(withTarget({ dueDate: '2026-02-01' }, { dueDate: '2026-03-01' }))).toContain(
        'fhir_element_not_mapped target.1',
      );
    });
    it('reports a due date without a start date as no timeframe', () => {
      expect(reported(withTarget({ dueDate: '2026-02-01' }))).toContain(
        'fhir_no_timeframe target.0.dueDate',
      );
    });
  });

  describe('when a target quantity has a comparator', () => {
    const hba1c = (comparator: unknown, more: Goal = {}) => ({
      ...ours(),
      target: [
        {
          measure: { text: 'HbA1c' },
          detailQuantity: { value: 7, comparator, unit: '%' },
          ...more,
        },
      ],
    });
    it.each([
      ['<=', 'decrease'],
      ['>=', 'increase'],
    ])(
      'reads %s as a target with the direction %s, and reports nothing',
      (comparator, direction) => {
        expect(data(hba1c(comparator)).indicator).toEqual({
          description: 'HbA1c',
          target: 7,
          unit: '%',
          direction,
        });
        expect(reported(hba1c(comparator))).toEqual([]);
      },
    );
    it('reads "< 7 %" as a target of 7 where lower is better, and says 7 itself now counts', () => {
      const goal = hba1c('<');
      expect(data(goal).indicator).toEqual({
        description: 'HbA1c',
        target: 7,
        unit: '%',
        direction: 'decrease',
      });
      expect(read(goal).findings).toEqual([
        expect.objectContaining({
          code: 'fhir_strict_comparator',
          severity: 'info',
          path: ['target', 0, 'detailQuantity'],
          comparator: '<',
          target: 7,
          direction: 'decrease',
          message:
            '"target[0].detailQuantity" says the target is below 7. It was read as a target of 7 where lower is better, so reaching exactly 7 will count as meeting it.',
        }),
      ]);
    });
    it('reads "> 7" as a target of 7 where higher is better, with the same finding', () => {
      expect(read(hba1c('>')).findings.map((f) => f.message)).toEqual([
        '"target[0].detailQuantity" says the target is above 7. It was read as a target of 7 where higher is better, so reaching exactly 7 will count as meeting it.',
      ]);
      expect(data(hba1c('>')).indicator?.direction).toBe('increase');
    });
    it.each(['ad', '≤', 7])(
      'leaves the target out when the comparator %j is not one of R4’s, rather than guess',
      (comparator) => {
        expect(data(hba1c(comparator)).indicator).toEqual({ description: 'HbA1c' });
        expect(read(hba1c(comparator)).findings).toEqual([
          expect.objectContaining({
            code: 'fhir_value_not_read',
            path: ['target', 0, 'detailQuantity', 'comparator'],
            message:
              '"target[0].detailQuantity.comparator" could not be read and was left out: a comparator R4 does not define, so the target is unknown.',
          }),
        ]);
      },
    );
    it('keeps our direction and reports the comparator when the two disagree', () => {
      const goal = withExtension({
        url: FHIR_EXTENSIONS.indicator,
        extension: [{ url: 'direction', valueCode: 'increase' }],
      });
      goal['target'] = hba1c('<')['target'];
      expect(data(goal).indicator).toEqual({
        description: 'HbA1c',
        target: 7,
        unit: '%',
        direction: 'increase',
      });
      expect(read(goal).findings.map((f) => f.message)).toEqual([
        '"target[0].detailQuantity.comparator" could not be read and was left out: the comparator < disagrees with the direction "increase" in the indicator extension, which was kept.',
      ]);
    });
    it('reads a comparator that agrees with our direction without a finding', () => {
      const goal = withExtension({
        url: FHIR_EXTENSIONS.indicator,
        extension: [{ url: 'direction', valueCode: 'decrease' }],
      });
      goal['target'] = hba1c('<=')['target'];
      expect(data(goal).indicator?.direction).toBe('decrease');
      expect(reported(goal)).toEqual([]);
    });
  });

  describe('when our extensions are damaged', () => {
    it.each([
      [{ url: FHIR_EXTENSIONS.indicator, extension: [{ url: 'per', valueCode: 'year' }] }],
      [{ url: FHIR_EXTENSIONS.indicator, extension: [{ url: 'direction', valueCode: 'up' }] }],
    ])('reports an indicator extension with an unknown code %j', (ext) => {
      const goal = { ...withExtension(ext), target: [{ measure: { text: 'Trips' } }] };
      expect(read(goal).findings.map((f) => f.code)).toContain('fhir_value_not_read');
    });
    it('reads the unit from the indicator extension when there is no target number', () => {
      const goal = {
        ...withExtension({
          url: FHIR_EXTENSIONS.indicator,
          extension: [{ url: 'unit', valueString: 'trips' }],
        }),
        target: [{ measure: { text: 'Trips' } }],
      };
      expect(data(goal).indicator).toEqual({ description: 'Trips', unit: 'trips' });
    });
    it.each([
      [
        { url: FHIR_EXTENSIONS.owner, extension: [{ url: 'party', valueCode: 'boss' }] },
        'an owner without a known role',
      ],
      [
        { url: FHIR_EXTENSIONS.reviewEvery, valueDuration: { value: 2, code: 'd' } },
        'a review interval',
      ],
      [{ url: FHIR_EXTENSIONS.achievedOn }, 'no date'],
      [
        { url: FHIR_EXTENSIONS.ratingScale, extension: [{ url: 'min', valueInteger: 1 }] },
        'rating scale',
      ],
      [{ url: FHIR_EXTENSIONS.gas, extension: [{ url: 'less', valueString: 'x' }] }, 'GAS levels'],
      [{ valueString: 'no url' }, 'without a url'],
      [
        { url: GOAL_ACCEPTANCE_URL, extension: [{ url: 'status', valueCode: 'maybe' }] },
        'no agree',
      ],
    ])('reports %j as not read', (ext, reason) => {
      const finding = read(withExtension(ext)).findings.find(
        (f) => f.code === 'fhir_value_not_read',
      );
      expect(String(finding?.['reason'])).toContain(reason);
    });
    it('drops only the owner that breaks the outcome rules, and says where it was', () => {
      const long = 'x'.repeat(1001);
      const goal = withExtension({
        url: FHIR_EXTENSIONS.owner,
        extension: [
          { url: 'party', valueCode: 'family' },
          { url: 'responsibility', valueString: long },
        ],
      });
      const r = read(goal);
      expect(r.success && r.data.owners).toEqual([{ party: 'keyworker' }]);
      expect(r.findings.map((f) => `${f.code} ${f.path.join('.')}`)).toContain(
        'fhir_value_not_read extension.2',
      );
    });
    it('reads a rating scale with labels and drops malformed labels', () => {
      const goal = withExtension({
        url: FHIR_EXTENSIONS.ratingScale,
        extension: [
          { url: 'min', valueInteger: 0 },
          { url: 'max', valueInteger: 3 },
          {
            url: 'label',
            extension: [
              { url: 'score', valueInteger: 0 },
              { url: 'label', valueString: 'None' },
            ],
          },
          { url: 'label', extension: [{ url: 'score', valueString: '1' }] },
        ],
      });
      expect(data(goal).ratingScale).toEqual({
        min: 0,
        max: 3,
        labels: [{ score: 0, label: 'None' }],
      });
    });
  });

  describe('when agreements come from another system', () => {
    const acceptance = (individual: unknown) => ({
      url: GOAL_ACCEPTANCE_URL,
      extension: [
        { url: 'individual', valueReference: individual },
        { url: 'status', valueCode: 'agree' },
        { url: FHIR_EXTENSIONS.agreedOn, valueDate: '2026-01-01' },
      ],
    });
    it.each([
      [{ reference: 'Patient/p-1' }, { party: 'person' }],
      [
        { reference: 'RelatedPerson/mum', display: 'Mum' },
        { party: 'family', name: 'Mum' },
      ],
      [{ reference: 'Practitioner/9' }, { party: 'other' }],
    ])('reads the party of %j', (individual, expected) => {
      expect(data(withExtension(acceptance(individual))).agreements).toEqual([
        { ...expected, response: 'agree', on: '2026-01-01' },
      ]);
    });
  });

  describe('when elements have no place in an outcome', () => {
    it('reports a second category, a category without text, and notes from another system', () => {
      const goal = {
        ...ours(),
        extension: [],
        category: [{ text: 'Food' }, { text: 'Health' }],
        note: [{ text: 'Seen by the dietitian' }],
      };
      expect(reported(goal)).toEqual(
        expect.arrayContaining([
          'fhir_element_not_mapped category.1',
          'fhir_element_not_mapped note.0',
        ]),
      );
      expect(data(goal).domain).toBe('Food');
    });
    it('reads primitive extensions (_lifecycleStatus) silently', () => {
      expect(reported({ ...ours(), _lifecycleStatus: { id: 'x' } })).toEqual([]);
    });
    it('reports an achievement status from another code system as not read', () => {
      expect(reported({ ...ours(), achievementStatus: { text: 'Going well' } })).toContain(
        'fhir_value_not_read achievementStatus',
      );
    });
  });
});
