import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asSentence, type Speaker, youSaidLine } from './plain-language.js';

describe('youSaidLine', () => {
  it('names each speaker and quotes the words as given', () => {
    expect(youSaidLine('person', 'I want a key to my room')).toBe(
      'You said: “I want a key to my room”',
    );
    expect(youSaidLine('family', ' She would like her own TV ')).toBe(
      'Your family said: “She would like her own TV”',
    );
    expect(youSaidLine('advocate', 'Ben feels in trouble')).toBe(
      'Your advocate said: “Ben feels in trouble”',
    );
    expect(youSaidLine('staff', 'More music')).toBe('Staff said: “More music”');
  });

  describe('properties', () => {
    test.prop([fc.constantFrom<Speaker>('person', 'family', 'advocate', 'staff'), fc.string()])(
      'keeps the words, trimmed, inside the quotation marks',
      (from, words) => {
        expect(youSaidLine(from, words).endsWith(`“${words.trim()}”`)).toBe(true);
      },
    );
  });
});

describe('asSentence', () => {
  it('adds a full stop only when the text does not already end a sentence', () => {
    expect(asSentence(' Fit a lock ')).toBe('Fit a lock.');
    expect(asSentence('Fit a lock.')).toBe('Fit a lock.');
    expect(asSentence('Fit a lock!')).toBe('Fit a lock!');
    expect(asSentence('Is it working?')).toBe('Is it working?');
  });

  describe('properties', () => {
    test.prop([fc.string()])('is idempotent', (text) => {
      expect(asSentence(asSentence(text))).toBe(asSentence(text));
    });
  });
});
