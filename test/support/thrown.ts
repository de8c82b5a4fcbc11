import { isGoldenThreadError } from '../../src/core/index.js';

/** The `code` of the GoldenThreadError `fn` throws, `'other'` for any other throw, or `undefined`. */
export function thrownCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isGoldenThreadError(error) ? error.code : 'other';
  }
  return undefined;
}
