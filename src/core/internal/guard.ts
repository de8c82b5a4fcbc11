import { GoldenThreadError, isGoldenThreadError } from '../errors.js';

/**
 * The error an entry point throws when something unexpected went wrong inside it: a
 * `GoldenThreadError` passes through; anything else (a `TypeError` because a JavaScript
 * caller passed a record that never went through its parser, a revoked proxy) becomes
 * `invalid_argument` naming the function, with the original as `cause`.
 */
export function unexpected(fn: string, error: unknown): GoldenThreadError {
  if (isGoldenThreadError(error)) return error;
  return new GoldenThreadError(
    'invalid_argument',
    `${fn}: an argument is not the kind of value it should be; pass records read with their parser and options as documented.`,
    { cause: error },
  );
}

/**
 * Wraps a function (an accumulator's `add`, `merge`, `finish`) so that it throws only
 * {@link GoldenThreadError}s. A synchronous wrapper: a promise it returns is passed on as it is.
 */
export function guarded<A extends unknown[], R>(
  fn: string,
  body: (...args: A) => R,
): (...args: A) => R {
  return (...args) => {
    try {
      return body(...args);
    } catch (error) {
      throw unexpected(fn, error);
    }
  };
}
