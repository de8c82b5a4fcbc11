import { describe, expect, it } from 'vitest';
import { contentWords, decisionRelation, participantKind } from './words.js';

describe('contentWords', () => {
  it('drops short words, stop words and possessive endings', () => {
    expect(contentWords('Whether Mrs Patel’s bed rails can be used at night')).toEqual([
      'patel',
      'rails',
    ]);
  });
});

describe('decisionRelation', () => {
  const rails = ['Bed rails with bumpers on both sides of her bed at night'];
  it('matches a decision that shares a word with the restriction', () => {
    expect(decisionRelation('Use of bed rails', rails)).toBe('this-restriction');
    expect(
      decisionRelation('Covert administration of medication', ['Medicines hidden in yoghurt']),
    ).toBe('this-restriction');
    expect(decisionRelation('Locking the door', ['Front door locked at night'])).toBe(
      'this-restriction',
    );
  });
  it('recognises a decision about the care arrangements as a whole', () => {
    expect(decisionRelation('Care and support arrangements at Oak Lodge', rails)).toBe(
      'care-arrangements',
    );
    expect(decisionRelation('Where she should live', rails)).toBe('care-arrangements');
  });
  it('matches past forms whose first letters change', () => {
    expect(decisionRelation('Whether she can decide about being held', ['Two-person hold'])).toBe(
      'this-restriction',
    );
    expect(decisionRelation('Keys kept by staff', ['Staff keep her keys'])).toBe(
      'this-restriction',
    );
  });
  it('calls a decision plainly about another matter another decision', () => {
    expect(decisionRelation('Managing her money', rails)).toBe('another-decision');
    expect(decisionRelation('Consent to dental treatment', rails)).toBe('another-decision');
    expect(decisionRelation('Contact with her brother', rails)).toBe('another-decision');
    expect(decisionRelation('Covid vaccination', rails)).toBe('another-decision');
  });
  it('gives any other decision the benefit of the doubt', () => {
    expect(decisionRelation('Sensor mat at night', rails)).toBe('this-restriction');
    expect(decisionRelation('Night-time safety plan', rails)).toBe('this-restriction');
  });
});

describe('participantKind', () => {
  it('recognises staff, family, advocates and the person', () => {
    expect(participantKind('Registered manager')).toBe('staff');
    expect(participantKind('Keyworker (Sam)')).toBe('staff');
    expect(participantKind('Deputy manager')).toBe('staff');
    expect(participantKind('Her daughter')).toBe('family');
    expect(participantKind('Aisha’s sister')).toBe('family');
    expect(participantKind('Ben’s advocate')).toBe('person-or-advocate');
    expect(participantKind('IMCA')).toBe('person-or-advocate');
    expect(participantKind('The person')).toBe('person-or-advocate');
    expect(participantKind('Court-appointed deputy')).toBe('person-or-advocate');
  });
  it('counts a name it does not recognise as the person', () => {
    expect(participantKind('Aisha')).toBe('person-or-advocate');
  });
});
