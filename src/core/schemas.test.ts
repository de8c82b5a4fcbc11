import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from './limits.js';
import { createParser } from './parse.js';
import { IdSchema, textSchema } from './schemas.js';

const parseId = createParser(IdSchema);

/** C0 and C1 control characters other than tab, line feed and carriage return. */
function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}
const parseWords = createParser(textSchema({ max: 50 }));
const parseLongText = createParser(textSchema());

describe('IdSchema', () => {
  it('accepts host identifiers', () => {
    for (const id of ['person-0042', '3f2b1c9e-7d1a-4e5b-9c0d-2a6f8e4b1c3d', 'urn:uuid:1', 'a b']) {
      expect(parseId(id).success, id).toBe(true);
    }
  });
  it('reports blank for empty or space-only ids', () => {
    expect(parseId('')).toMatchObject({ success: false, issues: [{ code: 'blank' }] });
    expect(parseId('   ')).toMatchObject({
      success: false,
      issues: [{ code: 'blank', message: 'The record must not be blank.' }],
    });
  });
  it('reports invalid_id for surrounding spaces, line breaks and control characters', () => {
    for (const id of [' a', 'a ', 'a\nb', 'a\tb', 'a\u0000b', 'a\u0085b']) {
      expect(parseId(id), JSON.stringify(id)).toMatchObject({
        success: false,
        issues: [{ code: 'invalid_id' }],
      });
    }
  });
  it('reports too_big past the limit', () => {
    expect(parseId('x'.repeat(MAX_ID_LENGTH + 1))).toMatchObject({
      success: false,
      issues: [{ code: 'too_big', maximum: MAX_ID_LENGTH }],
    });
    expect(parseId('x'.repeat(MAX_ID_LENGTH)).success).toBe(true);
  });
});

describe('textSchema', () => {
  it('keeps a person’s words exactly, spaces and line breaks included', () => {
    const words = '  I want to go to the art group\non my own  ';
    expect(parseWords(words)).toEqual({ success: true, data: words });
  });
  it('reports blank, too_big and invalid_text', () => {
    expect(parseWords(' \n\t ')).toMatchObject({ success: false, issues: [{ code: 'blank' }] });
    expect(parseWords('x'.repeat(51))).toMatchObject({
      success: false,
      issues: [
        { code: 'too_big', maximum: 50, message: 'The record must be at most 50 characters long.' },
      ],
    });
    expect(parseWords('bell\u0007')).toMatchObject({
      success: false,
      issues: [{ code: 'invalid_text' }],
    });
  });
  it('defaults to MAX_TEXT_LENGTH', () => {
    expect(parseLongText('x'.repeat(MAX_TEXT_LENGTH)).success).toBe(true);
    expect(parseLongText('x'.repeat(MAX_TEXT_LENGTH + 1)).success).toBe(false);
  });

  describe('properties', () => {
    test.prop([
      fc
        .string({ minLength: 1, maxLength: 50 })
        .filter((s) => s.trim() !== '' && ![...s].some(isControl)),
    ])('accepted text is returned unchanged', (s) => {
      expect(parseWords(s)).toEqual({ success: true, data: s });
    });
    test.prop([fc.anything()])('never throws on any input', (value) => {
      expect(typeof parseId(value).success).toBe('boolean');
      expect(typeof parseWords(value).success).toBe('boolean');
    });
  });
});
