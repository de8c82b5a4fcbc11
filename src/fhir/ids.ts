// Deterministic FHIR ids and urn:uuid values derived from golden-thread ids: no randomness,
// so the same records always give the same resources.

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** A 32-bit FNV-1a hash of the text, started from `seed`. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** 128 bits from four differently seeded hashes, as 32 hex digits. */
function digest(text: string): string {
  return [0x811c9dc5, 0x01234567, 0x89abcdef, 0xdeadbeef].map((s) => hex(fnv1a(text, s))).join('');
}

/**
 * A FHIR id for a golden-thread id: the id itself when it is already a valid FHIR id
 * (letters, digits, `-` and `.`, at most 64), otherwise `gt-` and a hash of it.
 *
 * @internal
 */
export function toFhirId(id: string): string {
  return FHIR_ID.test(id) ? id : `gt-${digest(id)}`;
}

/**
 * A name-based `urn:uuid:` for a resource key: a version 8 (custom) UUID from a hash of the
 * name, the same every time.
 *
 * @internal
 */
export function urnUuid(name: string): string {
  const d = digest(name);
  const variant = ((Number.parseInt(d.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${d.slice(0, 8)}-${d.slice(8, 12)}-8${d.slice(13, 16)}-${variant}${d.slice(17, 20)}-${d.slice(20, 32)}`;
}
