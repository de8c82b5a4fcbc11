import { unexpected } from './internal/guard.js';
import { requireList } from './internal/require.js';

/**
 * Where in a record something is: the keys and array indexes from the root, like zod's
 * `issue.path` (`['owners', 0, 'role']`).
 *
 * @example
 * ```ts
 * const path: Path = ['owners', 0, 'role']; // formatPath(path) => 'owners[0].role'
 * ```
 * @category Core
 */
export type Path = readonly (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MAX_KEY_LENGTH = 40;

/**
 * Writes a {@link Path} the way a developer would type it: `owners[0].role`.
 *
 * @remarks Keys that are not plain identifiers are quoted (`meta["first name"]`) and keys longer
 * than 40 characters are shortened with an ellipsis, so a hostile key cannot flood a message.
 * The root path is the empty string.
 * @param path - The path to write.
 * @returns The path as text.
 * @example
 * ```ts
 * formatPath(['owners', 0, 'role']); // => 'owners[0].role'
 * formatPath([]); // => ''
 * ```
 * @category Core
 */
export function formatPath(path: Path): string {
  requireList('formatPath', 'path', path);
  try {
    return writePath(path);
  } catch (error) {
    throw unexpected('formatPath', error);
  }
}

function writePath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
      continue;
    }
    const key = segment.length > MAX_KEY_LENGTH ? `${segment.slice(0, MAX_KEY_LENGTH)}…` : segment;
    if (IDENTIFIER.test(segment)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
