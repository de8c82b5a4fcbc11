import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fieldLabel,
  labelFor,
  localize,
  type MessageSubject,
  nestLabels,
  renderMessage,
} from './messages.js';

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
  it('joins lists, shows null as none and writes other values as JSON', () => {
    const item = { ...issue, keys: ['a', 'b'], gone: null, flag: true, big: 10n, obj: { a: 1 } };
    expect(renderMessage('{keys}|{gone}|{flag}|{big}|{obj}', item)).toBe(
      'A, b|none|true|10|{"a":1}',
    );
  });
  it('gives a list whole, however long, and never cuts one of its items', () => {
    const values = [
      'proposed',
      'planned',
      'accepted',
      'active',
      'on-hold',
      'completed',
      'cancelled',
      'entered-in-error',
      'rejected',
    ];
    expect(renderMessage('{field} must be one of: {values}.', { ...issue, values })).toBe(
      '"score" must be one of: proposed, planned, accepted, active, on-hold, completed, cancelled, entered-in-error, rejected.',
    );
  });
  it('gives text of up to 200 characters whole', () => {
    const reason = `${'word '.repeat(39)}last!`;
    expect(reason).toHaveLength(200);
    expect(renderMessage('({reason})', { ...issue, reason })).toBe(`(${reason})`);
  });
  it('shortens longer text between two words, never inside one', () => {
    const reason = `${'word '.repeat(40)}tail`;
    expect(renderMessage('({reason})', { ...issue, reason })).toBe(`(${'word '.repeat(39)}word …)`);
  });
  it('describes a long text without spaces by its length instead of cutting it', () => {
    expect(renderMessage('({url})', { ...issue, url: 'x'.repeat(500) })).toBe(
      '(text of 500 characters)',
    );
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

describe('labelFor', () => {
  const labels = {
    '': 'the outcome',
    words: 'the person’s words',
    'owners[]': 'owner {n}',
    'owners[].party': 'role of owner {n}',
    'owners[0].party': 'role of the main owner',
    'plans[].outcomes[].words': 'words of outcome {n}',
    'meta["first name"]': 'first name',
  };
  it('finds the label of the path itself', () => {
    expect(labelFor(['words'], labels)).toBe('the person’s words');
    expect(labelFor([], labels)).toBe('the outcome');
    expect(labelFor(['meta', 'first name'], labels)).toBe('first name');
  });
  it('prefers the label of one item to the label of every item', () => {
    expect(labelFor(['owners', 0, 'party'], labels)).toBe('role of the main owner');
  });
  it('numbers an item of a list from 1 with {n}', () => {
    expect(labelFor(['owners', 2, 'party'], labels)).toBe('role of owner 3');
    expect(labelFor(['owners', 4], labels)).toBe('owner 5');
  });
  it('numbers by the innermost list', () => {
    expect(labelFor(['plans', 0, 'outcomes', 6, 'words'], labels)).toBe('words of outcome 7');
  });
  it('has no label for a path the labels do not name, nor for inherited keys', () => {
    expect(labelFor(['domain'], labels)).toBeUndefined();
    expect(labelFor(['owners', 0, 'name'], labels)).toBeUndefined();
    expect(labelFor(['constructor'], {})).toBeUndefined();
  });
});

describe('nestLabels', () => {
  it('prefixes every key and gives the inner root’s label to the prefix', () => {
    expect(
      nestLabels('outcomes[]', { '': 'outcome {n}', words: 'words', '[0]': 'first item' }),
    ).toEqual({
      'outcomes[]': 'outcome {n}',
      'outcomes[].words': 'words',
      'outcomes[][0]': 'first item',
    });
  });
  it('leaves labels as they are under the root', () => {
    expect(nestLabels('', { words: 'words' })).toEqual({ words: 'words' });
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
  it('renders {field} with the label of the item’s path and keeps it as field', () => {
    const late: MessageSubject = {
      code: 'review_by_not_after_start',
      path: ['timeframe', 'reviewBy'],
      message: '"timeframe.reviewBy" must be after the start date (2026-09-14).',
      start: '2026-09-14',
    };
    const [out] = localize(
      [late],
      { review_by_not_after_start: { message: '{field} must be after the start date ({start}).' } },
      { labels: { 'timeframe.reviewBy': 'review-by date' } },
    );
    expect(out?.message).toBe('Review-by date must be after the start date (2026-09-14).');
    expect(out?.['field']).toBe('review-by date');
    expect(
      localize([out as MessageSubject], { review_by_not_after_start: 'Erbyn {field}.' })[0]
        ?.message,
    ).toBe('Erbyn review-by date.');
  });
  it('keeps the item’s own field, or the path, where the labels have none', () => {
    const labelled = { ...issue, field: 'your score' };
    expect(
      localize([labelled, issue], { too_small: '{field}!' }, { labels: {} }).map((i) => i.message),
    ).toEqual(['Your score!', '"score"!']);
  });
  it('reads catalogue entries, and ignores entries without a template', () => {
    const odd = { too_small: { message: 7 } } as unknown as Record<string, { message: string }>;
    expect(localize([issue], odd)[0]).toBe(issue);
    expect(localize([issue], { too_small: { message: 'Low.' } })[0]?.message).toBe('Low.');
    expect(localize([issue], { too_small: { message: (i) => `${i.code}.` } })[0]?.message).toBe(
      'Too_small.',
    );
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
