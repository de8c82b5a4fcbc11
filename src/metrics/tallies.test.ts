import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToHistogram,
  addToMonth,
  compareText,
  keepFirst,
  mergeHistograms,
  oncePerId,
  summarise,
} from './tallies.js';

const byNumber = (a: number, b: number) => a - b;
/** The reference: every item, sorted, cut to the limit. */
const sortAndCut = (items: readonly number[], limit: number) =>
  [...items].sort(byNumber).slice(0, limit);

describe('keepFirst', () => {
  it('keeps the first items in order, up to the limit', () => {
    expect(keepFirst([], [5, 1, 3], byNumber, 2)).toEqual([1, 3]);
    expect(keepFirst([1, 3], [2], byNumber, 2)).toEqual([1, 2]);
    expect(keepFirst([1, 3], [4], byNumber, 2)).toEqual([1, 3]);
    expect(keepFirst([1, 3], [], byNumber, 5)).toEqual([1, 3]);
  });
  it('updates the kept list in place and never changes the other list', () => {
    const kept = [1, 4];
    const more = [3, 2];
    expect(keepFirst(kept, more, byNumber, 3)).toBe(kept);
    expect(kept).toEqual([1, 2, 3]);
    expect(more).toEqual([3, 2]);
  });
  it('keeps nothing with a limit of 0', () => {
    expect(keepFirst([], [1, 2], byNumber, 0)).toEqual([]);
  });
  it('keeps equal items in the order they came, the kept ones first', () => {
    type Row = { key: number; from: string };
    const byKey = (a: Row, b: Row) => a.key - b.key;
    const kept: Row[] = [{ key: 1, from: 'kept' }];
    expect(keepFirst(kept, [{ key: 1, from: 'more' }], byKey, 5).map((r) => r.from)).toEqual([
      'kept',
      'more',
    ]);
    expect(keepFirst([{ key: 1, from: 'kept' }], [{ key: 1, from: 'more' }], byKey, 1)).toEqual([
      { key: 1, from: 'kept' },
    ]);
  });
});

describe('oncePerId', () => {
  it('returns a list without repeats as it is, without copying it', () => {
    const items = [{ id: 'a' }, { id: 'b' }];
    expect(oncePerId(items)).toBe(items);
    expect(oncePerId(undefined)).toEqual([]);
  });
  it('keeps one copy of a repeated id: the first by its JSON text', () => {
    const items = [
      { id: 'a', n: 2 },
      { id: 'b', n: 0 },
      { id: 'a', n: 1 },
    ];
    expect(oncePerId(items)).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 0 },
    ]);
  });
  it('finds repeats in long lists too', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: `x-${i % 30}` }));
    expect(oncePerId(items)).toHaveLength(30);
    const distinct = Array.from({ length: 40 }, (_, i) => ({ id: `x-${i}` }));
    expect(oncePerId(distinct)).toBe(distinct);
  });
});

describe('histograms', () => {
  it('counts values and merges counts', () => {
    const h = {};
    addToHistogram(h, 3);
    addToHistogram(h, 3);
    addToHistogram(h, 10);
    expect(h).toEqual({ '3': 2, '10': 1 });
    const other = { '10': 2 };
    expect(mergeHistograms(h, other)).toEqual({ '3': 2, '10': 3 });
    expect(other).toEqual({ '10': 2 });
  });
  it('summarises exactly, the median of an even count being the mean of the middle two', () => {
    expect(summarise({ '3': 2, '10': 1, '20': 1 })).toEqual({
      count: 4,
      total: 36,
      mean: 9,
      median: 6.5,
      max: 20,
    });
    expect(summarise({ '5': 0 })).toEqual({
      count: 0,
      total: 0,
      mean: null,
      median: null,
      max: null,
    });
  });
});

describe('addToMonth', () => {
  it('creates a month at the counts given and adds to it after', () => {
    const months: Record<string, [number, number]> = {};
    addToMonth(months, '2026-07', 1, 0);
    addToMonth(months, '2026-07', 0, 30);
    expect(months).toEqual({ '2026-07': [1, 30] });
  });
});

describe('compareText', () => {
  it('orders by code point', () => {
    expect(['b', 'B', 'a', 'é'].sort(compareText)).toEqual(['B', 'a', 'b', 'é']);
    expect(compareText('a', 'a')).toBe(0);
  });
});

describe('properties', () => {
  const arbList = fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 });
  test.prop([fc.array(arbList, { maxLength: 8 }), fc.integer({ min: 0, max: 12 })])(
    'keeping from each part in turn gives the sorted list cut to the limit',
    (parts, limit) => {
      let kept: number[] = [];
      for (const part of parts) kept = keepFirst(kept, part, byNumber, limit);
      expect(kept).toEqual(sortAndCut(parts.flat(), limit));
    },
  );
  test.prop([arbList, arbList, fc.integer({ min: 0, max: 12 })])(
    'merging two kept lists equals keeping from all the items at once',
    (a, b, limit) => {
      const left = keepFirst([], a, byNumber, limit);
      const right = keepFirst([], b, byNumber, limit);
      expect(keepFirst(left, right, byNumber, limit)).toEqual(sortAndCut([...a, ...b], limit));
    },
  );
  test.prop([fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), n: fc.nat(3) }))])(
    'oncePerId keeps each id once whatever the order',
    (items) => {
      const once = oncePerId(items);
      expect(new Set(once.map((i) => i.id)).size).toBe(once.length);
      const sorted = (list: readonly { id: string; n: number }[]) =>
        [...list].sort((x, y) => compareText(x.id, y.id));
      expect(sorted(oncePerId([...items].reverse()))).toEqual(sorted(once));
    },
  );
});
