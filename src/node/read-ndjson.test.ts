import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chunked, provider, tempFolder, writeNdjson } from '../../test/support/ndjson.js';
import { thrownCode } from '../../test/support/thrown.js';
import { parseProviderRecord } from '../metrics/index.js';
import { type NdjsonEntry, readNdjson, readProviderRecords } from './read-ndjson.js';
import type { NdjsonSource } from './sources.js';

const folder = tempFolder('read');

async function all<T>(entries: AsyncIterable<NdjsonEntry<T>>): Promise<NdjsonEntry<T>[]> {
  const out: NdjsonEntry<T>[] = [];
  for await (const entry of entries) out.push(entry);
  return out;
}

describe('readNdjson', () => {
  describe('from a file', () => {
    it('gives each line’s value with its line, from a path or a file URL', async () => {
      const file = writeNdjson(folder, 'values.ndjson', [{ a: 1 }, [2], '"three"']);
      const expected = [
        { line: 1, success: true, data: { a: 1 } },
        { line: 2, success: true, data: [2] },
        { line: 3, success: true, data: 'three' },
      ];
      expect(await all(readNdjson(file))).toEqual(expected);
      expect(await all(readNdjson(pathToFileURL(file)))).toEqual(expected);
    });
    it('skips blank lines and keeps counting them', async () => {
      const file = writeNdjson(folder, 'blank.ndjson', ['{"a":1}', '', '   ', '{"a":2}', '']);
      expect((await all(readNdjson(file))).map((e) => e.line)).toEqual([1, 4]);
    });
    it('reads a byte-order mark and Windows line ends', async () => {
      const file = writeNdjson(folder, 'bom.ndjson', ['\uFEFF{"a":1}\r', '{"a":2}\r']);
      expect((await all(readNdjson(file))).map((e) => e.success && e.data)).toEqual([
        { a: 1 },
        { a: 2 },
      ]);
    });
  });
  describe('when a line cannot be read', () => {
    it('gives an issue naming the line, never the line’s text', async () => {
      const file = writeNdjson(folder, 'broken.ndjson', ['{"a":1}', '{"secret": "Mrs Smith', '{}']);
      const [, broken] = await all(readNdjson(file));
      expect(broken).toEqual({
        line: 2,
        success: false,
        issues: [{ code: 'invalid_json', path: [], line: 2, message: 'Line 2 is not valid JSON.' }],
      });
      expect(JSON.stringify(broken)).not.toContain('Smith');
    });
    it('reports bytes that are not UTF-8 instead of replacing them', async () => {
      const stream = Readable.from([
        Buffer.from('{"a":"caf'),
        Buffer.from([0xe9]),
        Buffer.from('"}\n{}\n'),
      ]);
      const [first, second] = await all(readNdjson(stream));
      expect(first).toMatchObject({
        line: 1,
        success: false,
        issues: [{ code: 'invalid_utf8', line: 1 }],
      });
      expect(second).toEqual({ line: 2, success: true, data: {} });
    });
    it('reports a line longer than maxLineBytes and reads on', async () => {
      const file = writeNdjson(folder, 'long.ndjson', [{ text: 'x'.repeat(100) }, { a: 1 }]);
      const entries = await all(readNdjson(file, { maxLineBytes: 50 }));
      expect(entries).toEqual([
        {
          line: 1,
          success: false,
          issues: [
            {
              code: 'line_too_long',
              path: [],
              line: 1,
              maximum: 50,
              message: 'Line 1 is longer than 50 bytes.',
            },
          ],
        },
        { line: 2, success: true, data: { a: 1 } },
      ]);
    });
  });
  describe('from a stream', () => {
    it('reads any async iterable of bytes or text, however it is cut', async () => {
      const text = '{"a":1}\n{"b":"é"}\n{"c":3}';
      const expected = await all(readNdjson(writeNdjson(folder, 'same.ndjson', [text])));
      for (const sizes of [[1], [3, 5], [100]]) {
        expect(await all(readNdjson(chunked(text, sizes)))).toEqual(expected);
      }
      async function* strings() {
        yield '{"a":1}\n{"b":';
        yield '"é"}\n{"c":3}';
      }
      expect(await all(readNdjson(strings()))).toEqual(expected);
      expect(await all(readNdjson(Readable.from([new Uint8Array(Buffer.from(text))])))).toEqual(
        expected,
      );
    });
  });
  describe('when called wrongly', () => {
    it('throws invalid_argument for a source that is not one, or a bad limit, when called', () => {
      expect(thrownCode(() => readNdjson(42 as unknown as NdjsonSource))).toBe('invalid_argument');
      expect(thrownCode(() => readNdjson('x', { maxLineBytes: 0 }))).toBe('invalid_argument');
    });
    it('rejects with Node’s error for a missing file', async () => {
      await expect(all(readNdjson(`${folder}/missing.ndjson`))).rejects.toMatchObject({
        code: 'ENOENT',
      });
    });
  });
});

describe('readProviderRecords', () => {
  const records = provider(20);
  it('gives each valid record as parseProviderRecord reads it', async () => {
    const file = writeNdjson(folder, 'records.ndjson', records);
    const entries = await all(readProviderRecords(file));
    expect(entries.map((e) => e.success && e.data)).toEqual(
      records.map((r) => {
        const parsed = parseProviderRecord(r);
        return parsed.success && parsed.data;
      }),
    );
  });
  it('rejects an invalid record with the parser’s issues, each with its line', async () => {
    const bad = { ...records[5], type: 'person', plan: { id: 'plan-x', personId: 'p-x' } };
    const file = writeNdjson(folder, 'invalid.ndjson', [records[4] as object, bad]);
    const [, rejected] = await all(readProviderRecords(file));
    expect(rejected?.success).toBe(false);
    if (rejected?.success !== false) return;
    expect(rejected.issues.length).toBeGreaterThan(0);
    for (const issue of rejected.issues) expect(issue.line).toBe(2);
    expect(rejected.issues.map((i) => i.code)).toContain('required');
  });
  it('in trusted mode gives each JSON value as it is', async () => {
    const file = writeNdjson(folder, 'trusted.ndjson', [{ type: 'person', anything: true }]);
    expect(await all(readProviderRecords(file, { trusted: true }))).toEqual([
      { line: 1, success: true, data: { type: 'person', anything: true } },
    ]);
  });
});
