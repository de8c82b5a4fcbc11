import { GoldenThreadError } from '../core/index.js';
import { compareText } from '../core/internal/index.js';

/**
 * A metric's `kinds` option checked (internal to `metrics`): a list of at least one kind, as
 * text, each kept once, in code-point order so the result never depends on the order given.
 * A programmer error (no kinds, a kind that is not text, a string where a list belongs) throws.
 *
 * @param what - What a kind is, for the message: `life-event kind (such as "incident")`.
 * @param fallback - The kinds when none are given; without one, `kinds` must be given.
 */
export function requireKinds<K extends string>(
  fn: string,
  given: readonly K[] | undefined,
  what: string,
  fallback?: readonly K[],
): K[] {
  const kinds: unknown = given ?? fallback;
  if (
    !Array.isArray(kinds) ||
    kinds.length === 0 ||
    kinds.some((k: unknown) => typeof k !== 'string')
  ) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: kinds must be a list of at least one ${what}.`,
    );
  }
  return [...new Set(kinds as K[])].sort(compareText);
}
