import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GoldenThreadError, isGoldenThreadError } from './errors.js';

describe('GoldenThreadError', () => {
  it('keeps the error that caused it', () => {
    const cause = new TypeError('x');
    expect(new GoldenThreadError('invalid_argument', 'f: y', { cause }).cause).toBe(cause);
    expect('cause' in new GoldenThreadError('invalid_argument', 'f: y')).toBe(false);
  });
  it('carries a stable code, a name and the message', () => {
    const error = new GoldenThreadError('invalid_argument', 'ratio: the numerator must be …');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('GoldenThreadError');
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('ratio: the numerator must be …');
  });
});

describe('isGoldenThreadError', () => {
  it('recognises the library error', () => {
    expect(isGoldenThreadError(new GoldenThreadError('invalid_date', 'x'))).toBe(true);
  });
  it('recognises an error from another copy of the library by its brand', () => {
    const foreign = Object.assign(new Error('x'), {
      brand: 'golden-thread/error',
      code: 'invalid_date',
    });
    expect(isGoldenThreadError(foreign)).toBe(true);
  });
  it('rejects other errors and non-errors', () => {
    expect(isGoldenThreadError(new Error('x'))).toBe(false);
    expect(
      isGoldenThreadError(Object.assign(new Error('x'), { brand: 'golden-thread/error' })),
    ).toBe(false);
    expect(isGoldenThreadError({ brand: 'golden-thread/error', code: 'invalid_date' })).toBe(false);
  });

  describe('properties', () => {
    test.prop([fc.anything()])('never throws and is false for arbitrary values', (value) => {
      expect(isGoldenThreadError(value)).toBe(false);
    });
  });
});

describe('isGoldenThreadError on hostile values', () => {
  it('answers false for a revoked proxy instead of throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(isGoldenThreadError(proxy)).toBe(false);
  });
});
