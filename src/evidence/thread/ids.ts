import { MAX_ID_LENGTH } from '../../core/index.js';

/** FNV-1a over UTF-16 code units, as 8 hex digits: a short, stable stand-in for a long id. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** An id within the length ids may have: long ones keep their start and end in a hash. */
export function fitId(id: string): string {
  if (id.length <= MAX_ID_LENGTH) return id;
  return `${id.slice(0, MAX_ID_LENGTH - 9).trimEnd()}~${fnv1a(id)}`;
}

/** An id made of a host id and a part (`rev-1#views`), within the length ids may have. */
export function partId(recordId: string, part: string): string {
  return fitId(`${recordId}#${part}`);
}

/**
 * Hands out the derived links' ids: each link keeps the host's own id where it has one (a
 * feedback, decision or action id) unless another link has it already, when it is qualified
 * by the record it came from. Ids are claimed in the (fixed) order records are read.
 */
export class IdRegistry {
  readonly #taken = new Map<string, number>();

  /** The ids claimed, each with its place in the order they were claimed. */
  get order(): ReadonlyMap<string, number> {
    return this.#taken;
  }

  /** The preferred id if free, else the fallback, else the fallback numbered. */
  claim(preferred: string, fallback: string): string {
    for (const candidate of [fitId(preferred), fitId(fallback)]) {
      if (!this.#taken.has(candidate)) {
        this.#taken.set(candidate, this.#taken.size);
        return candidate;
      }
    }
    for (let n = 2; ; n += 1) {
      const candidate = fitId(`${fallback}~${n}`);
      if (!this.#taken.has(candidate)) {
        this.#taken.set(candidate, this.#taken.size);
        return candidate;
      }
    }
  }
}

/** Text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
