import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../test/support/ndjson.js';
import { splitFile } from './partitions.js';

const folder = tempFolder('split');
let files = 0;
const fileWith = (text: string) => {
  files += 1;
  const file = join(folder, `f${files}.ndjson`);
  writeFileSync(file, text);
  return file;
};
const parts = (file: string, ranges: { start?: number; end?: number }[]) => {
  const bytes = readFileSync(file);
  return ranges.map((r) => bytes.subarray(r.start ?? 0, r.end).toString());
};

describe('splitFile', () => {
  it('cuts at line boundaries near equal sizes', async () => {
    const file = fileWith('aaaa\nbbbb\ncccc\ndddd\n');
    const ranges = await splitFile(file, 2);
    expect(ranges).toEqual([
      { kind: 'file', file, start: 0, end: 10 },
      { kind: 'file', file, start: 10, end: 20 },
    ]);
    expect(parts(file, ranges)).toEqual(['aaaa\nbbbb\n', 'cccc\ndddd\n']);
  });
  it('moves a boundary past a long line rather than cutting it', async () => {
    const file = fileWith(`${'x'.repeat(100)}\nshort\n`);
    expect(parts(file, await splitFile(file, 2))).toEqual([`${'x'.repeat(100)}\n`, 'short\n']);
  });
  it('leaves out parts with no line, for a file of fewer lines than parts', async () => {
    const file = fileWith('one line only\n');
    expect(await splitFile(file, 4)).toEqual([{ kind: 'file', file, start: 0, end: 14 }]);
  });
  it('gives one empty part for an empty file, and takes a file URL', async () => {
    const file = fileWith('');
    expect(await splitFile(pathToFileURL(file), 3)).toEqual([
      { kind: 'file', file, start: 0, end: 0 },
    ]);
  });
  it('keeps a last line without a line feed in the last part', async () => {
    const file = fileWith('a\nb\nc');
    const ranges = await splitFile(file, 3);
    expect(parts(file, ranges).join('')).toBe('a\nb\nc');
    expect(ranges.at(-1)?.end).toBe(5);
  });
  it('throws invalid_argument for a relative path or a bad number of parts', async () => {
    await expect(splitFile('data.ndjson', 2)).rejects.toMatchObject({ code: 'invalid_argument' });
    await expect(splitFile(new URL('https://example.org/a.ndjson'), 2)).rejects.toMatchObject({
      code: 'invalid_argument',
    });
    await expect(splitFile(fileWith('a\n'), 0)).rejects.toMatchObject({ code: 'invalid_argument' });
    await expect(splitFile(fileWith('a\n'), 1.5)).rejects.toMatchObject({
      code: 'invalid_argument',
    });
  });
});

describe('properties', () => {
  const arbText = fc
    .array(
      fc.string({ maxLength: 40 }).map((s) => s.replaceAll('\n', '')),
      { maxLength: 30 },
    )
    .chain((lines) =>
      fc.boolean().map((last) => lines.join('\n') + (last && lines.length > 0 ? '\n' : '')),
    );
  test.prop([arbText, fc.integer({ min: 1, max: 8 })])(
    'the parts, in order, are the file, each starting at a line start',
    async (text, n) => {
      const file = fileWith(text);
      const ranges = await splitFile(file, n);
      const cut = parts(file, ranges);
      expect(cut.join('')).toBe(text);
      for (const r of ranges) {
        const start = r.start ?? 0;
        expect(start === 0 || text[start - 1] === '\n').toBe(true);
      }
      expect(ranges.length).toBeLessThanOrEqual(n);
    },
  );
});
