import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrownCode } from '../../test/support/thrown.js';
import { decisionChangesPlan, isAssentOnly, isNoChangeDecision } from './wording.js';

describe('isAssentOnly', () => {
  it.each([
    'Yes, that is fine',
    'I’m happy with it',
    'OK',
    'Happy with the plan',
    'That’s fine, thank you',
    'No changes, all good',
    'yes',
  ])('reads “%s” as assent', (words) => {
    expect(isAssentOnly(words)).toBe(true);
  });

  it.each([
    'I’m happy, I like my room and my new job',
    'I want no changes',
    'Yes, but I want to go swimming on Saturdays',
    'I don’t know',
    'Fine, as long as Sam still takes me to art',
    '',
    '¿Está bien?',
  ])('leaves “%s” alone: the person said something of their own', (words) => {
    expect(isAssentOnly(words)).toBe(false);
  });

  it('stops at twelve words, however agreeable', () => {
    expect(isAssentOnly('yes yes yes yes yes yes yes yes yes yes yes yes')).toBe(true);
    expect(isAssentOnly('yes yes yes yes yes yes yes yes yes yes yes yes yes')).toBe(false);
  });
});

describe('isNoChangeDecision', () => {
  it.each([
    'Continue current plan',
    'Carry on as before',
    'No change',
    'No changes needed',
    'Plan stays the same',
    'Continue with current support',
    'Keep working on this outcome; it still matters to them',
  ])('reads “%s” as no change', (text) => {
    expect(isNoChangeDecision(text)).toBe(true);
  });

  it.each([
    'Continue the plan and add a weekly swim',
    'No changes to the plan but start the afternoon session',
    'Change the rota so the same staff support the evening routine',
    'Switch to the afternoon art session from December',
    'Stop this outcome: they have chosen something else',
    'Ask the family to join the next review by phone',
    'Keep the same staff team but try swimming',
  ])('reads “%s” as a change', (text) => {
    expect(isNoChangeDecision(text)).toBe(false);
  });
});

describe('properties', () => {
  const arbWords = fc.array(fc.constantFrom('yes', 'fine', 'swimming', 'Mum', 'art', 'ok'), {
    minLength: 1,
    maxLength: 8,
  });

  test.prop([arbWords])('reading assent ignores case and punctuation', (words) => {
    const plain = words.join(' ');
    expect(isAssentOnly(`${plain.toUpperCase()}!`)).toBe(isAssentOnly(plain));
  });

  test.prop([fc.constantFrom('Continue current plan', 'No changes', 'Carry on as before')])(
    'naming a change after “continue” makes it a change',
    (text) => {
      expect(isNoChangeDecision(`${text} but add a weekly swim`)).toBe(false);
    },
  );
});

describe('decisionChangesPlan', () => {
  it('takes changesPlan when it is recorded, whatever the words', () => {
    expect(decisionChangesPlan({ text: 'No changes to the plan', changesPlan: true })).toBe(true);
    expect(decisionChangesPlan({ text: 'Book music therapy weekly', changesPlan: false })).toBe(
      false,
    );
  });
  it('throws for something that is not a decision', () => {
    expect(thrownCode(() => decisionChangesPlan(null as never))).toBe('invalid_argument');
    expect(
      thrownCode(() => decisionChangesPlan({ text: 'Stop', changesPlan: 'yes' } as never)),
    ).toBe('invalid_argument');
  });
  it('reads the words when changesPlan is absent', () => {
    expect(decisionChangesPlan({ text: 'Continue current plan' })).toBe(false);
    expect(
      decisionChangesPlan({ text: 'Move the evening rota so Aisha chooses her bedtime' }),
    ).toBe(true);
  });
});
