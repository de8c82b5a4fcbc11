import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSchema, MAX_ID_LENGTH } from '../../core/index.js';
import { fitId, fitText, IdRegistry, partId } from './ids.js';

describe('fitId', () => {
  it('keeps an id that fits, and shortens a longer one with a hash of the whole', () => {
    expect(fitId('rev-1#views')).toBe('rev-1#views');
    const long = `${'a'.repeat(MAX_ID_LENGTH)}#views`;
    const other = `${'a'.repeat(MAX_ID_LENGTH)}#what-works-1`;
    expect(fitId(long)).toHaveLength(MAX_ID_LENGTH);
    expect(fitId(long)).toMatch(/^a+~[0-9a-f]{8}$/);
    expect(fitId(long)).not.toBe(fitId(other));
    expect(partId('a'.repeat(MAX_ID_LENGTH), 'views')).toBe(fitId(long));
  });
  describe('properties', () => {
    test.prop([
      fc.string({ minLength: 1, maxLength: 400 }).filter((s) => IdSchema.safeParse(s).success),
    ])('a fitted id is a valid id, and the same input gives the same id', (id) => {
      expect(IdSchema.safeParse(fitId(`${id}#part`)).success).toBe(true);
      expect(fitId(`${id}#part`)).toBe(fitId(`${id}#part`));
    });
  });
});

describe('IdRegistry', () => {
  it('gives the preferred id, then the fallback, then the fallback numbered, in claim order', () => {
    const ids = new IdRegistry();
    expect(ids.claim('dec-1', 'rev-1#dec-1')).toBe('dec-1');
    expect(ids.claim('dec-1', 'rev-2#dec-1')).toBe('rev-2#dec-1');
    expect(ids.claim('dec-1', 'rev-2#dec-1')).toBe('rev-2#dec-1~2');
    expect(ids.claim('dec-1', 'rev-2#dec-1')).toBe('rev-2#dec-1~3');
    expect([...ids.order]).toEqual([
      ['dec-1', 0],
      ['rev-2#dec-1', 1],
      ['rev-2#dec-1~2', 2],
      ['rev-2#dec-1~3', 3],
    ]);
  });
});

describe('fitText', () => {
  it('keeps text that fits, and cuts longer text between words with an ellipsis', () => {
    expect(fitText('Agreed at the review', 40)).toBe('Agreed at the review');
    expect(fitText('Agreed at the review: ask the art group', 25)).toBe('Agreed at the review:…');
    expect(fitText('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
