import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGenericPhrases } from './generic-phrases.js';
import { compileWordingPatterns } from './wording/analyse.js';

describe('findGenericPhrases', () => {
  it('finds generic aims as they are written, whatever the case, punctuation or pronoun', () => {
    expect(findGenericPhrases('I want to BE MORE CONFIDENT.')).toEqual(['BE MORE CONFIDENT']);
    expect(findGenericPhrases('Improve her well-being!')).toEqual(['Improve her well-being']);
    expect(findGenericPhrases('Increasing his independence')).toEqual([
      'Increasing his independence',
    ]);
    expect(findGenericPhrases('to be happy, to be happy')).toEqual(['be happy']);
  });
  it('does not match inside other words', () => {
    expect(findGenericPhrases('I want to be happyish')).toEqual([]);
    expect(findGenericPhrases('maybe happy')).toEqual([]);
  });
  it('finds nothing in specific words, even when they contain a generic word', () => {
    expect(findGenericPhrases('I want to go to the art group on my own')).toEqual([]);
    expect(
      findGenericPhrases('I want to feel more confident ordering my own food in the café'),
    ).toEqual([]);
  });
  it('uses plain phrases it is given, normalised like the text, ignoring blank ones', () => {
    const phrases = ['live my best life', '  ', '!!', 'my'];
    expect(findGenericPhrases('I want to live my best life', phrases)).toEqual([
      'live my best life',
    ]);
    expect(findGenericPhrases('Living his best life', phrases)).toEqual(['Living his best life']);
    expect(findGenericPhrases('Increase independence', phrases)).toEqual([]);
  });
  it('lists a phrase given twice once', () => {
    expect(findGenericPhrases('be happy', ['be happy', 'be happy', 'BE HAPPY'])).toEqual([
      'be happy',
    ]);
  });
  it('uses a compiled matcher', () => {
    const matcher = compileWordingPatterns([{ id: 'x', kind: 'generic', phrase: 'feel at home' }]);
    expect(findGenericPhrases('I want to feel at home here', matcher)).toEqual(['feel at home']);
  });
  it('throws invalid_argument for phrases that are neither a list nor a matcher', () => {
    expect(() => findGenericPhrases('x', 'be happy' as never)).toThrow(/patterns must be/);
  });

  describe('properties', () => {
    test.prop([
      fc.constantFrom('Increase his independence', 'Improve her wellbeing', 'Keep me safe'),
      fc.constantFrom('', 'Outcome: ', 'Note. ', 'Aim - '),
    ])('finds a generic aim wherever it stands as its own sentence', (aim, before) => {
      expect(findGenericPhrases(`${before}${aim.toUpperCase()}.`)).toEqual([aim.toUpperCase()]);
    });
    test.prop([fc.string({ maxLength: 2000 })])(
      'is safe on long input and returns only words from the text',
      (text) => {
        const long = text.repeat(10);
        for (const found of findGenericPhrases(long)) expect(long).toContain(found);
      },
    );
  });
});
