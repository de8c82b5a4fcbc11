import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue } from './describe-value.js';

describe('describeValue', () => {
  it('names each kind of value', () => {
    expect(describeValue(undefined)).toBe('missing (undefined)');
    expect(describeValue(null)).toBe('null');
    expect(describeValue('2026-13-01')).toBe('"2026-13-01"');
    expect(describeValue(20260701)).toBe('the number 20260701');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(1n)).toBe('a bigint');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(Symbol('s'))).toBe('a symbol');
    expect(describeValue([1])).toBe('a list');
    expect(describeValue(new Date(0))).toBe('a Date object');
    expect(describeValue({ from: '2026-07-01' })).toBe('an object');
  });
  it('describes a value it cannot read instead of throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describeValue(proxy)).toBe('an object that cannot be read');
  });
  it('gives the length of long text instead of cutting it', () => {
    expect(describeValue('x'.repeat(120))).toBe('text of 120 characters');
  });
  describe('properties', () => {
    test.prop([fc.string()])('never cuts text: quotes it whole or gives its length', (s) => {
      const d = describeValue(s);
      expect(d === JSON.stringify(s) || d === `text of ${s.length} characters`).toBe(true);
    });
  });
});
