import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GENERIC_PHRASES, findGenericPhrases } from './generic-phrases.js';

describe('findGenericPhrases', () => {
  it('finds phrases case-insensitively, across punctuation, on whole words', () => {
    expect(findGenericPhrases('I want to BE MORE CONFIDENT.')).toEqual(['be more confident']);
    expect(findGenericPhrases('Improve well-being!')).toEqual(['improve well being']);
    expect(findGenericPhrases('to be happy, to be happy')).toEqual(['be happy']);
  });
  it('does not match inside other words', () => {
    expect(findGenericPhrases('I want to be happyish')).toEqual([]);
    expect(findGenericPhrases('maybe happy')).toEqual([]);
  });
  it('finds nothing in specific words', () => {
    expect(findGenericPhrases('I want to go to the art group on my own')).toEqual([]);
  });
  it('uses the phrases it is given, ignoring blank ones', () => {
    expect(
      findGenericPhrases('I want to live my best life', ['live my best life', '  ', '!!']),
    ).toEqual(['live my best life']);
  });
  it('ships a frozen default list', () => {
    expect(Object.isFrozen(DEFAULT_GENERIC_PHRASES)).toBe(true);
    expect(DEFAULT_GENERIC_PHRASES).toContain('increase independence');
  });

  describe('properties', () => {
    test.prop([
      fc.constantFrom(...DEFAULT_GENERIC_PHRASES),
      fc.string({ maxLength: 30 }),
      fc.string({ maxLength: 30 }),
    ])('finds a default phrase wherever it stands as whole words', (phrase, before, after) => {
      expect(findGenericPhrases(`${before} ${phrase.toUpperCase()} ${after}`)).toContain(phrase);
    });
    test.prop([fc.string({ maxLength: 2000 })])(
      'is safe on long input and returns only listed phrases',
      (text) => {
        for (const found of findGenericPhrases(text.repeat(10)))
          expect(DEFAULT_GENERIC_PHRASES).toContain(found);
      },
    );
  });
});
