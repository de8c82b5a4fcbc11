import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIssueCatalogue } from './issues.js';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from './limits.js';
import { localize } from './messages.js';
import { createParser } from './parse.js';
import {
  IdSchema,
  parseIsoDate,
  parseIsoDateTime,
  parseRatio,
  ratioLabels,
  textSchema,
} from './schemas.js';

const parseId = createParser(IdSchema);

/** C0 and C1 control characters other than tab, line feed and carriage return. */
function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}
const parseWords = createParser(textSchema({ max: 50 }));
const parseLongText = createParser(textSchema());

describe('parseIsoDate', () => {
  it('names the value as the date, not the record', () => {
    const result = parseIsoDate('2026-13-02');
    expect(!result.success && result.issues[0]?.message).toBe(
      'The date must be a real calendar date written as YYYY-MM-DD (for example 2026-03-14).',
    );
  });
  it('says a missing date is required', () => {
    const result = parseIsoDate(undefined);
    expect(!result.success && result.issues[0]?.message).toBe('The date is required.');
  });
});

describe('parseIsoDateTime', () => {
  it('names the value as the timestamp and says a date and time is wanted', () => {
    const result = parseIsoDateTime('2026-02-30T09:30:00Z');
    expect(!result.success && result.issues[0]).toMatchObject({
      code: 'invalid_date',
      format: 'datetime',
      message: 'The timestamp must be a real calendar date and time, like 2026-03-14T09:30:00Z.',
    });
  });
});

describe('parseRatio', () => {
  it('names the ratio, and its parts with ratioLabels', () => {
    const whole = parseRatio('3 of 4');
    expect(!whole.success && whole.issues[0]?.message).toBe(
      'The ratio must be a group of fields, but it is text.',
    );
    const part = parseRatio({ numerator: 1, denominator: 2, value: 0.4 });
    expect(
      !part.success &&
        localize(part.issues, parseIssueCatalogue, { labels: ratioLabels })[0]?.message,
    ).toBe('Value of the ratio must equal numerator ÷ denominator (0.5).');
  });
});

describe('IdSchema', () => {
  it('accepts host identifiers', () => {
    for (const id of ['person-0042', '3f2b1c9e-7d1a-4e5b-9c0d-2a6f8e4b1c3d', 'urn:uuid:1', 'a b']) {
      expect(parseId(id).success, id).toBe(true);
    }
  });
  it('reports invalid_id for bidirectional controls and invisible characters', () => {
    for (const cp of [
      0x061c, 0x200b, 0x200d, 0x200e, 0x202a, 0x202e, 0x2060, 0x2066, 0x2069, 0xfeff,
    ]) {
      const id = `person-${String.fromCodePoint(cp)}0042`;
      expect(parseId(id), cp.toString(16)).toMatchObject({
        success: false,
        issues: [{ code: 'invalid_id' }],
      });
    }
    // The nearest characters outside the ranges are ordinary.
    for (const cp of [0x200a, 0x2010, 0x2065, 0x206a]) {
      expect(parseId(`person-${String.fromCodePoint(cp)}0042`).success, cp.toString(16)).toBe(true);
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
