import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProviderRecord } from '../../src/metrics/index.js';
import { providerRecords } from '../../src/synthetic/index.js';

/** A folder of its own in the OS temp folder, for one test file's data. */
export const tempFolder = (name: string): string => mkdtempSync(join(tmpdir(), `gt-${name}-`));

/** A small synthetic provider, its records as JSON would give them back. */
export function provider(people: number, seed = 11): ProviderRecord[] {
  return [...providerRecords({ seed, people, asOf: '2026-11-01', services: 3 })].map(
    (r) => JSON.parse(JSON.stringify(r)) as ProviderRecord,
  );
}

/** Writes lines (records as JSON, or raw text) as an NDJSON file; returns its path. */
export function writeNdjson(
  folder: string,
  name: string,
  lines: readonly (string | object)[],
): string {
  const file = join(folder, name);
  writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  return file;
}

/** Chunks of the bytes of a text, cut at the given sizes in turn (for stream tests). */
export async function* chunked(
  text: string | Buffer,
  sizes: readonly number[],
): AsyncGenerator<Buffer> {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  let at = 0;
  for (let i = 0; at < bytes.length; i += 1) {
    const size = Math.max(1, sizes[i % Math.max(1, sizes.length)] ?? 1);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}
