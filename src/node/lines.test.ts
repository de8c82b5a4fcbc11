import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonOfLine, LineReader, type LineSink, NOT_READ } from './lines.js';

interface Seen {
  readonly lines: { line: number; text: string; utf8: boolean }[];
  readonly tooLong: number[];
}

/** Reads chunks with a LineReader and records what its sink was given. */
function read(
  chunks: readonly (string | Buffer)[],
  maxLineBytes?: number,
): Seen & { count: number } {
  const seen: Seen = { lines: [], tooLong: [] };
  const sink: LineSink = {
    line: (buffer, start, end, line, utf8) =>
      seen.lines.push({ line, text: buffer.toString('utf8', start, end), utf8 }),
    tooLong: (line) => seen.tooLong.push(line),
  };
  const reader = new LineReader(sink, maxLineBytes);
  for (const chunk of chunks) reader.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  reader.end();
  return { ...seen, count: reader.lines };
}

const texts = (seen: Seen) => seen.lines.map((l) => l.text);

describe('LineReader', () => {
  describe('when lines fit in a chunk', () => {
    it('gives each line without its line feed, counted from 1', () => {
      const seen = read(['{"a":1}\n{"b":2}\n']);
      expect(seen.lines).toEqual([
        { line: 1, text: '{"a":1}', utf8: true },
        { line: 2, text: '{"b":2}', utf8: true },
      ]);
      expect(seen.count).toBe(2);
    });
    it('gives a last line that has no line feed', () => {
      expect(texts(read(['a\nb']))).toEqual(['a', 'b']);
    });
    it('counts empty lines and leaves a carriage return to the reader of the line', () => {
      const seen = read(['a\r\n\nb\n']);
      expect(seen.lines.map((l) => [l.line, l.text])).toEqual([
        [1, 'a\r'],
        [2, ''],
        [3, 'b'],
      ]);
    });
  });
  describe('when a chunk cuts a line', () => {
    it('joins the parts of a line across chunks, however small', () => {
      expect(texts(read(['{"na', 'me":', '"x"}\n{', '}']))).toEqual(['{"name":"x"}', '{}']);
      expect(texts(read([...'ab\ncd\n']))).toEqual(['ab', 'cd']);
    });
    it('keeps its own copy of the part, so a reused buffer does not change it', () => {
      const seen: string[] = [];
      const reader = new LineReader({
        line: (b, s, e) => seen.push(b.toString('utf8', s, e)),
        tooLong: () => undefined,
      });
      const buffer = Buffer.from('first half');
      reader.push(buffer);
      buffer.fill(0x78);
      reader.push(Buffer.from(' and rest\n'));
      expect(seen).toEqual(['first half and rest']);
    });
  });
  describe('when a line is too long', () => {
    it('reports it inside one chunk and reads the next line', () => {
      const seen = read(['12345678901\nshort\n'], 10);
      expect(seen.tooLong).toEqual([1]);
      expect(seen.lines.map((l) => [l.line, l.text])).toEqual([[2, 'short']]);
    });
    it('reports it once across chunks without keeping it, and reads the next line', () => {
      const seen = read(['ok\n123456', '7890123', '456\nnext\n'], 10);
      expect(seen.tooLong).toEqual([2]);
      expect(seen.lines.map((l) => [l.line, l.text])).toEqual([
        [1, 'ok'],
        [3, 'next'],
      ]);
      expect(seen.count).toBe(3);
    });
    it('reports a too-long last line without a line feed', () => {
      const seen = read(['ok\n123456', '7890123'], 10);
      expect(seen.tooLong).toEqual([2]);
      expect(seen.count).toBe(2);
    });
    it('allows a line of exactly the limit, joined across chunks', () => {
      expect(texts(read(['12345', '67890\n'], 10))).toEqual(['1234567890']);
      expect(read(['12345', '678901\n'], 10).tooLong).toEqual([1]);
    });
  });
  describe('when bytes are not UTF-8', () => {
    it('marks the line that is not, and only that one', () => {
      const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9]); // "café" saved as Latin-1
      const seen = read([Buffer.concat([Buffer.from('ok\n'), latin1, Buffer.from('\nfine\n')])]);
      expect(seen.lines.map((l) => [l.line, l.utf8])).toEqual([
        [1, true],
        [2, false],
        [3, true],
      ]);
    });
    it('checks a line joined across chunks, even when a character is split between them', () => {
      const e = Buffer.from('é'); // two bytes
      const seen = read([
        Buffer.concat([Buffer.from('caf'), e.subarray(0, 1)]),
        e.subarray(1),
        '\n',
      ]);
      expect(seen.lines).toEqual([{ line: 1, text: 'café', utf8: true }]);
    });
  });
});

describe('jsonOfLine', () => {
  const reject = (codes: string[]) => (code: string) => codes.push(code);
  const on = (text: string | Buffer, atFileStart = false, utf8 = true) => {
    const buffer = typeof text === 'string' ? Buffer.from(text) : text;
    const codes: string[] = [];
    return { value: jsonOfLine(buffer, 0, buffer.length, utf8, atFileStart, reject(codes)), codes };
  };
  it('parses the JSON on a line, with a carriage return at its end', () => {
    expect(on('{"a":[1,2]}\r')).toEqual({ value: { a: [1, 2] }, codes: [] });
  });
  it('skips a blank line without an issue', () => {
    expect(on('')).toEqual({ value: NOT_READ, codes: [] });
    expect(on('  \t\r')).toEqual({ value: NOT_READ, codes: [] });
  });
  it('rejects text that is not JSON, and bytes that are not UTF-8', () => {
    expect(on('{"a":')).toEqual({ value: NOT_READ, codes: ['invalid_json'] });
    expect(on('{} {}')).toEqual({ value: NOT_READ, codes: ['invalid_json'] });
    expect(on('{}', false, false)).toEqual({ value: NOT_READ, codes: ['invalid_utf8'] });
  });
  it('drops a byte-order mark at the start of a file only', () => {
    expect(on('\uFEFF{"a":1}', true)).toEqual({ value: { a: 1 }, codes: [] });
    expect(on('\uFEFF{"a":1}', false)).toEqual({ value: NOT_READ, codes: ['invalid_json'] });
  });
});

describe('properties', () => {
  const arbLines = fc.array(
    fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replaceAll('\n', ' ')),
    {
      maxLength: 20,
    },
  );
  test.prop([arbLines, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 })])(
    'any cutting into chunks gives the same lines as one chunk',
    (lines, sizes) => {
      const bytes = Buffer.from(lines.join('\n'));
      const chunks: Buffer[] = [];
      for (let at = 0, i = 0; at < bytes.length; i += 1) {
        const size = sizes[i % sizes.length] as number;
        chunks.push(bytes.subarray(at, at + size));
        at += size;
      }
      const whole = read([bytes]);
      const cut = read(chunks);
      expect(cut.lines).toEqual(whole.lines);
      expect(cut.count).toBe(whole.count);
    },
  );
  test.prop([arbLines])('the lines read, joined with line feeds, are the text', (lines) => {
    const text = lines.join('\n');
    const seen = read([text]);
    expect(texts(seen).join('\n')).toBe(text.endsWith('\n') ? text.slice(0, -1) : text);
  });
});
