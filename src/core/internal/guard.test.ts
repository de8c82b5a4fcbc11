import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GoldenThreadError, isGoldenThreadError } from '../errors.js';
import { guarded, unexpected } from './guard.js';

describe('unexpected', () => {
  it('passes a GoldenThreadError through unchanged', () => {
    const error = new GoldenThreadError('invalid_date', 'f: bad');
    expect(unexpected('f', error)).toBe(error);
  });
  it('turns any other error into invalid_argument naming the function, keeping the cause', () => {
    const cause = new TypeError("Cannot read properties of undefined (reading 'links')");
    const error = unexpected('chainStatus', cause);
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe(
      'chainStatus: an argument is not the kind of value it should be; pass records read with their parser and options as documented.',
    );
    expect(error.cause).toBe(cause);
  });
});

describe('guarded', () => {
  it('returns what the body returns', () => {
    expect(guarded('f', (a: number, b: number) => a + b)(1, 2)).toBe(3);
  });
  it('throws only GoldenThreadError', () => {
    const add = guarded('metric.add', (state: { n: number }) => state.n + 1);
    expect(() => add(null as never)).toThrow(GoldenThreadError);
  });
  describe('properties', () => {
    test.prop([fc.anything()])(
      'whatever the body throws, the caller sees a GoldenThreadError',
      (thrown) => {
        const f = guarded('f', () => {
          throw thrown;
        });
        try {
          f();
          expect.unreachable();
        } catch (error) {
          expect(isGoldenThreadError(error)).toBe(true);
        }
      },
    );
  });
});
