import { GoldenThreadError } from '../core/index.js';
import { unexpected } from '../core/internal/index.js';
import type { EvidenceLink } from './links.js';
import type { EvidenceChain } from './schemas.js';

/**
 * Writes a JSON value canonically: object keys sorted (by UTF-16 code units), no white
 * space, arrays in their order. Fields that are `undefined` are left out, as JSON does.
 *
 * @internal
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new GoldenThreadError('invalid_argument', 'canonicalJson: numbers must be finite.');
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  throw new GoldenThreadError(
    'invalid_argument',
    `canonicalJson: a ${typeof value} cannot be written as JSON.`,
  );
}

/** The parts of the Web platform the digests use (typed here: the library's `lib` has no DOM). */
interface WebPlatform {
  readonly crypto: {
    readonly subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
  };
  readonly TextEncoder: new () => { encode(text: string): Uint8Array };
}

async function sha256(text: string): Promise<string> {
  const web = globalThis as unknown as WebPlatform;
  const bytes = new web.TextEncoder().encode(text);
  const hash = new Uint8Array(await web.crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of hash) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Computes a content digest of one link: SHA-256 of its canonical JSON (keys sorted, no
 * white space), as 64 lower-case hex digits.
 *
 * @remarks Store the digest when the link is recorded; computing it again later and
 * comparing shows the link was **not altered** since. It does not prove who wrote the link
 * or when — for that, keep the digests somewhere the writer cannot change (an append-only
 * log, a signed report). Key order never changes the digest; any change of any field does.
 * Uses Web Crypto (`globalThis.crypto.subtle`, in Node 20 and every current browser).
 * @param link - A parsed link.
 * @returns A promise of the hex digest.
 * @throws {@link GoldenThreadError} `invalid_argument` when the link holds a value JSON cannot
 * write (it never does once parsed).
 * @example
 * ```ts
 * await digestLink(chain.links[0]); // => 'a3f1…' (64 hex digits)
 * ```
 * @category Evidence
 */
export async function digestLink(link: EvidenceLink): Promise<string> {
  try {
    return await sha256(canonicalJson(link));
  } catch (error) {
    throw unexpected('digestLink', error);
  }
}

/**
 * The digests of a chain: one per link, and one for the chain.
 *
 * @example
 * ```ts
 * const { digest, links }: ChainDigest = await digestChain(chain);
 * ```
 * @category Evidence
 */
export interface ChainDigest {
  /** The chain's digest: covers its id, title, level and every link's digest. */
  readonly digest: string;
  /** Each link's digest ({@link digestLink}), ordered by link id. */
  readonly links: readonly { readonly id: string; readonly digest: string }[];
}

/**
 * Computes a content digest of a whole chain, and of each link, so a host can show later
 * that none of it was altered.
 *
 * @remarks The chain's digest is SHA-256 of the canonical JSON of its id, title, level and
 * the list of `{ id, digest }` of its links ordered by link id — so it does not depend on
 * the order links are stored in, and changes when any field of any link changes, or a link
 * is added or removed. A matching digest shows the record was not altered after the digest
 * was stored; it does not prove who wrote it.
 * @param chain - A parsed chain.
 * @returns A promise of the chain's digest and the links' digests.
 * @throws {@link GoldenThreadError} `invalid_argument` when the chain holds a value JSON
 * cannot write (it never does once parsed).
 * @example
 * ```ts
 * const { digest } = await digestChain(chain);
 * await store.save(chain.id, digest); // compare with a fresh digest at inspection
 * ```
 * @category Evidence
 */
export async function digestChain(chain: EvidenceChain): Promise<ChainDigest> {
  try {
    const links = await Promise.all(
      [...chain.links]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(async (link) => ({ id: link.id, digest: await digestLink(link) })),
    );
    const digest = await sha256(
      canonicalJson({ id: chain.id, title: chain.title, level: chain.level, links }),
    );
    return { digest, links };
  } catch (error) {
    throw unexpected('digestChain', error);
  }
}
