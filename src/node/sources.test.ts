import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFolder, writeNdjson } from '../../test/support/ndjson.js';
import { chunksOf, fileChunks, readFileChunks, requireSource } from './sources.js';

const folder = tempFolder('sources');
const file = writeNdjson(folder, 'bytes.txt', ['abcdefghij', 'klmnopqrst']); // 21 bytes

async function texts(chunks: AsyncIterable<Buffer>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of chunks) out.push(chunk.toString());
  return out;
}

describe('fileChunks', () => {
  it('reads a file a chunk at a time, each chunk read before the next is asked for', async () => {
    expect(await texts(fileChunks(file, 0, Number.POSITIVE_INFINITY, 8))).toEqual([
      'abcdefgh',
      'ij\nklmno',
      'pqrst',
    ]);
  });
  it('reads a byte range, and nothing for an empty one', async () => {
    expect(await texts(fileChunks(file, 3, 14, 4))).toEqual(['defg', 'hij\n', 'klm']);
    expect(await texts(fileChunks(file, 5, 5))).toEqual([]);
  });
  it('stops at the end of the file when the range goes past it', async () => {
    expect(await texts(fileChunks(pathToFileURL(file), 15, 100, 4))).toEqual(['opqr', 'st']);
  });
});

describe('readFileChunks', () => {
  it('gives each chunk to a callback and returns the bytes read', async () => {
    const seen: string[] = [];
    expect(await readFileChunks(file, 0, 21, (c) => seen.push(c.toString()), 16)).toBe(21);
    expect(seen).toEqual(['abcdefghij\nklmno', 'pqrst']);
  });
});

describe('chunksOf', () => {
  it('reads text and byte chunks of a stream as bytes', async () => {
    async function* mixed() {
      yield 'é';
      yield new Uint8Array([0x61]);
      yield Buffer.from('b');
    }
    expect((await texts(chunksOf(mixed()))).join('')).toBe('éab');
  });
});

describe('requireSource', () => {
  it('accepts paths, URLs and async iterables and throws invalid_argument for anything else', () => {
    expect(requireSource('f', file)).toBe(file);
    expect(() => requireSource('f', {} as never)).toThrow(/^f: the source must be/);
    expect(() => requireSource('f', null as never)).toThrow(/^f: the source must be/);
  });
});
