import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldLabel, localize, type MessageSubject, renderMessage } from './messages.js';

const issue: MessageSubject = {
  code: 'too_small',
  path: ['score'],
  message: 'Score is too low.',
  minimum: 1,
};

describe('fieldLabel', () => {
  it('quotes a path and names the root', () => {
    expect(fieldLabel(['timeframe', 'start'])).toBe('"timeframe.start"');
    expect(fieldLabel([])).toBe('the record');
  });
});

describe('renderMessage', () => {
  it('fills placeholders from the item and capitalises the sentence', () => {
    expect(renderMessage('{field} must be at least {minimum}.', issue)).toBe(
      '"score" must be at least 1.',
    );
    expect(renderMessage('{field} is required.', { ...issue, path: [] })).toBe(
      'The record is required.',
    );
  });
  it('joins lists, shows null as none and shortens long values', () => {
    const item = {
      ...issue,
      keys: ['a', 'b'],
      gone: null,
      long: 'x'.repeat(500),
      flag: true,
      big: 10n,
      obj: { a: 1 },
    };
    expect(renderMessage('{keys}|{gone}|{flag}|{big}|{obj}', item)).toBe(
      'A, b|none|true|10|{"a":1}',
    );
    expect(renderMessage('{long}', item)).toHaveLength(81);
  });
  it('leaves unknown placeholders visible rather than failing', () => {
    expect(renderMessage('{nothing} here', issue)).toBe('{nothing} here');
    expect(renderMessage('{toString} {constructor}', issue)).toBe('{toString} {constructor}');
  });
  it('calls function templates with the item', () => {
    expect(renderMessage((item) => `code ${item.code}`, issue)).toBe('Code too_small');
  });

  describe('properties', () => {
    test.prop([fc.string({ maxLength: 200 })])('never throws on any template', (template) => {
      expect(typeof renderMessage(template, issue)).toBe('string');
    });
  });
});

describe('localize', () => {
  it('rewrites messages whose code the catalogue has and keeps the others', () => {
    const other: MessageSubject = {
      code: 'required',
      path: ['words'],
      message: 'Words are required.',
    };
    const out = localize([issue, other], { too_small: 'Rhaid i {field} fod o leiaf {minimum}.' });
    expect(out.map((i) => i.message)).toEqual([
      'Rhaid i "score" fod o leiaf 1.',
      'Words are required.',
    ]);
    expect(out[1]).toBe(other);
  });
  it('does not change its input', () => {
    const items = [issue];
    localize(items, { too_small: 'changed' });
    expect(items[0]?.message).toBe('Score is too low.');
  });
  it('ignores inherited keys such as constructor', () => {
    const odd: MessageSubject = { code: 'constructor', path: [], message: 'kept' };
    expect(localize([odd], {})[0]?.message).toBe('kept');
  });

  describe('properties', () => {
    test.prop([
      fc.array(
        fc.record({
          code: fc.constantFrom('a', 'b', 'c'),
          path: fc.constant([] as const),
          message: fc.string(),
        }),
      ),
    ])('keeps the number, order and codes of the items', (items) => {
      const out = localize(items, { a: 'A!' });
      expect(out.map((i) => i.code)).toEqual(items.map((i) => i.code));
    });
    test.prop([
      fc.array(
        fc.record({ code: fc.string(), path: fc.constant([] as const), message: fc.string() }),
      ),
    ])('an empty catalogue changes nothing', (items) => {
      expect(localize(items, {})).toEqual(items);
    });
  });
});
