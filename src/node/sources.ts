/// <reference types="node" />
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GoldenThreadError } from '../core/index.js';

/**
 * Where NDJSON comes from: a file (its path, or a `file:` URL) or a stream of bytes — a
 * `Readable` such as `process.stdin` or an HTTP response, or any async iterable of byte
 * chunks (`Uint8Array`, `Buffer`) or text.
 *
 * @example
 * ```ts
 * const fromFile: NdjsonSource = '/data/provider.ndjson';
 * const fromStdin: NdjsonSource = process.stdin;
 * ```
 * @category Back-end jobs
 */
export type NdjsonSource = string | URL | AsyncIterable<Uint8Array | string>;

/** The bytes read per chunk from a file: 1 MiB, large enough that each read costs nothing. */
export const CHUNK_BYTES = 1024 * 1024;

/** A file path from a path or a `file:` URL. */
export function pathOf(file: string | URL): string {
  return typeof file === 'string' ? file : fileURLToPath(file);
}

/**
 * The bytes `[start, end)` of a file (to its end when `end` is `Infinity`), a chunk at a time.
 * Two buffers take turns: the next chunk is read while the one given out is being used, so
 * the reading thread never waits for the disk between chunks. A chunk is valid until the
 * one after the next is asked for.
 */
export async function* fileChunks(
  file: string | URL,
  start = 0,
  end = Number.POSITIVE_INFINITY,
  chunkBytes = CHUNK_BYTES,
): AsyncGenerator<Buffer, void, undefined> {
  const handle = await open(pathOf(file), 'r');
  try {
    const buffers = [Buffer.allocUnsafe(chunkBytes), Buffer.allocUnsafe(chunkBytes)] as const;
    const readAt = (which: 0 | 1, position: number) =>
      handle.read(buffers[which], 0, Math.min(chunkBytes, end - position), position);
    let position = start;
    let which: 0 | 1 = 0;
    let pending = position < end ? readAt(which, position) : undefined;
    while (pending !== undefined) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) return;
      const chunk = buffers[which].subarray(0, bytesRead);
      position += bytesRead;
      which = which === 0 ? 1 : 0;
      pending = position < end ? readAt(which, position) : undefined;
      yield chunk;
    }
  } finally {
    await handle.close();
  }
}

/** Reads the bytes `[start, end)` of a file, calling `each` with each chunk (see {@link fileChunks}). */
export async function readFileChunks(
  file: string | URL,
  start: number,
  end: number,
  each: (chunk: Buffer) => void,
  chunkBytes = CHUNK_BYTES,
): Promise<number> {
  let bytes = 0;
  for await (const chunk of fileChunks(file, start, end, chunkBytes)) {
    bytes += chunk.length;
    each(chunk);
  }
  return bytes;
}

/** The chunks of a source as an async generator (a file's through {@link fileChunks}). */
export async function* chunksOf(source: NdjsonSource): AsyncGenerator<Buffer> {
  if (typeof source === 'string' || source instanceof URL) yield* fileChunks(source);
  else for await (const chunk of source) yield toBuffer(chunk);
}

/** Checks that a source is a path, a URL or an async iterable (a programmer error otherwise). */
export function requireSource(fn: string, source: NdjsonSource): NdjsonSource {
  if (typeof source === 'string' || source instanceof URL) return source;
  if (source === null || typeof source !== 'object' || !(Symbol.asyncIterator in source)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: the source must be a file path, a file URL or a stream of bytes (an async iterable).`,
    );
  }
  return source;
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk)
    ? chunk
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
