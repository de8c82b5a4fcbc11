import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbOutcome } from '../../test/arbitraries/outcomes.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { parseOutcome } from './schemas/index.js';
import { validateOutcomeForm } from './validate-outcome-form.js';

describe('validateOutcomeForm', () => {
  it('says a complete outcome is valid', () => {
    expect(validateOutcomeForm(goodOutcome)).toEqual({ valid: true, fields: {}, form: [] });
  });
  it('groups plain-English messages by field', () => {
    const draft = {
      ...goodOutcome,
      words: '  ',
      timeframe: { start: '2026-09-14', reviewBy: '2026-09-01' },
    };
    expect(validateOutcomeForm(draft)).toEqual({
      valid: false,
      fields: {
        words: ['"words" must not be blank.'],
        'timeframe.reviewBy': ['"timeframe.reviewBy" must be after the start date (2026-09-14).'],
      },
      form: [],
    });
  });
  it('reports only the fields asked for, and the fields inside them', () => {
    const draft = {
      words: 'I want a dog',
      timeframe: { start: '2026-09-14', reviewBy: '2026-02-30' },
    };
    const result = validateOutcomeForm(draft, { fields: ['words', 'timeframe'] });
    expect(result.valid).toBe(false);
    expect(Object.keys(result.fields)).toEqual(['timeframe.reviewBy']);
  });
  it('uses the form’s labels and the host’s messages', () => {
    const draft = {
      ...goodOutcome,
      timeframe: { start: '2026-09-14', reviewBy: '2026-09-01' },
      words: '',
    };
    const result = validateOutcomeForm(draft, {
      labels: { 'timeframe.reviewBy': 'Review date', words: 'What matters to you' },
      messages: { blank: 'Please tell us {field}.' },
    });
    expect(result.fields).toEqual({
      words: ['Please tell us What matters to you.'],
      'timeframe.reviewBy': ['Review date must be after the start date (2026-09-14).'],
    });
  });
  it('puts problems with the form as a whole apart', () => {
    expect(validateOutcomeForm({ ...goodOutcome, colour: 'blue' }).form).toEqual([
      'The record has fields that are not part of this record: colour.',
    ]);
    expect(validateOutcomeForm('not a form').form).toHaveLength(1);
  });

  describe('properties', () => {
    test.prop([arbOutcome])('a valid outcome has no messages', (outcome) => {
      expect(validateOutcomeForm(outcome)).toEqual({ valid: true, fields: {}, form: [] });
    });
    test.prop([fc.anything()])(
      'never throws, and is valid exactly when parseOutcome succeeds',
      (value) => {
        const result = validateOutcomeForm(value);
        expect(result.valid).toBe(parseOutcome(value).success);
        if (result.valid) expect(result).toEqual({ valid: true, fields: {}, form: [] });
      },
    );
  });
});
