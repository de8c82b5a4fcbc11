import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from './paths.js';

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatPath(['owners', 0, 'role'])).toBe('owners[0].role');
    expect(formatPath([2, 'words'])).toBe('[2].words');
  });
  it('writes the root as empty text', () => {
    expect(formatPath([])).toBe('');
  });
  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['meta', 'first name'])).toBe('meta["first name"]');
    expect(formatPath(['__proto__'])).toBe('__proto__');
  });
  it('shortens very long keys', () => {
    const path = formatPath(['x'.repeat(10_000)]);
    expect(path.length).toBeLessThan(50);
    expect(path.endsWith('…')).toBe(true);
  });

  describe('properties', () => {
    test.prop([fc.array(fc.oneof(fc.string({ maxLength: 60 }), fc.nat()), { maxLength: 20 })])(
      'stays short for every path segment',
      (path) => {
        expect(formatPath(path).length).toBeLessThanOrEqual(path.length * 60);
      },
    );
    test.prop([fc.array(fc.nat(), { maxLength: 10 })])(
      'writes index-only paths as brackets',
      (path) => {
        expect(formatPath(path)).toBe(path.map((i) => `[${i}]`).join(''));
      },
    );
  });
});
