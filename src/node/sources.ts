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
 * Reads the bytes `[start, end)` of a file in chunks into one reused buffer, calling `each`
 * with a view of each chunk (valid until `each` returns). Reads to the end of the file when
 * `end` is `Infinity`.
 */
export async function readFileChunks(
  file: string | URL,
  start: number,
  end: number,
  each: (chunk: Buffer) => void,
  chunkBytes = CHUNK_BYTES,
): Promise<number> {
  const handle = await open(pathOf(file), 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    let position = start;
    while (position < end) {
      const want = Math.min(chunkBytes, end - position);
      const { bytesRead } = await handle.read(buffer, 0, want, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      each(buffer.subarray(0, bytesRead));
    }
    return position - start;
  } finally {
    await handle.close();
  }
}

/** Reads every chunk of a stream as bytes, calling `each` with each one. */
export async function readStreamChunks(
  stream: AsyncIterable<Uint8Array | string>,
  each: (chunk: Buffer) => void,
): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream) {
    const buffer = toBuffer(chunk);
    bytes += buffer.length;
    each(buffer);
  }
  return bytes;
}

/** Reads a whole source, file or stream, calling `each` with each chunk. */
export function readSourceChunks(
  fn: string,
  source: NdjsonSource,
  each: (chunk: Buffer) => void,
): Promise<number> {
  const checked = requireSource(fn, source);
  if (typeof checked === 'string' || checked instanceof URL) {
    return readFileChunks(checked, 0, Number.POSITIVE_INFINITY, each);
  }
  return readStreamChunks(checked, each);
}

/** The chunks of a source as an async generator (a file's chunks share one buffer). */
export async function* chunksOf(source: NdjsonSource): AsyncGenerator<Buffer> {
  if (typeof source === 'string' || source instanceof URL) {
    const handle = await open(pathOf(source), 'r');
    try {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      let position = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, position);
        if (bytesRead === 0) return;
        position += bytesRead;
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
  }
  for await (const chunk of source) yield toBuffer(chunk);
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
