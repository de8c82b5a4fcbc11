// Small readers for untrusted FHIR JSON: each returns a typed value or `undefined`, never
// throws on a well-formed object and never trusts a type.
import { isRecord, list } from '../../core/internal/index.js';

export { isRecord, list };

/** A JSON object. */
export type Json = Record<string, unknown>;

/** Text that is not blank. */
export const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;

/** One of a list of codes. */
export const oneOf = <T extends string>(options: readonly T[], v: unknown): T | undefined =>
  typeof v === 'string' && (options as readonly string[]).includes(v) ? (v as T) : undefined;

/** A finite number. */
export const finite = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** Sub-extensions of a complex extension, by url (all of each, in order). */
export function parts(ext: Json): Map<string, Json[]> {
  const out = new Map<string, Json[]>();
  for (const part of list(ext['extension'])) {
    if (!isRecord(part) || typeof part['url'] !== 'string') continue;
    const found = out.get(part['url']);
    if (found === undefined) out.set(part['url'], [part]);
    else found.push(part);
  }
  return out;
}

/** The first sub-extension with a url. */
export const first = (m: Map<string, Json[]>, url: string): Json | undefined => m.get(url)?.[0];

/** The code of the first coding from `system` in a CodeableConcept. */
export function codeFrom(concept: unknown, system: string): string | undefined {
  if (!isRecord(concept)) return undefined;
  for (const coding of list(concept['coding'])) {
    if (isRecord(coding) && coding['system'] === system && typeof coding['code'] === 'string') {
      return coding['code'];
    }
  }
  return undefined;
}

const MAX_URL = 2000;

/** A URL for a finding's details: whole, unless it is hostile in size. */
export const urlDetail = (url: string): string =>
  url.length <= MAX_URL ? url : url.slice(0, MAX_URL);
