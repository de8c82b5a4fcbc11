import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './layout.js';
import { formatNumber } from './numbers.js';

describe('wrapText', () => {
  describe('with ordinary words', () => {
    it('fills each line greedily', () => {
      expect(wrapText('I want to go to the art group on my own', 120, 18)).toEqual([
        'I want to go',
        'to the art',
        'group on my',
        'own',
      ]);
    });
    it('gives no lines for blank text', () => {
      expect(wrapText(' \n\t ', 200, 18)).toEqual([]);
    });
  });
  describe('with a word longer than a line', () => {
    it('breaks it into hyphenated pieces that fit', () => {
      const lines = wrapText('Supercalifragilisticexpialidocious', 100, 18);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join('').replaceAll('-', '')).toBe('Supercalifragilisticexpialidocious');
      for (const line of lines) expect(textWidth(line, 18)).toBeLessThanOrEqual(100);
    });
  });
  describe('properties', () => {
    test.prop([fc.string({ maxLength: 200 }), fc.integer({ min: 40, max: 800 })])(
      'keeps every non-space character, in order',
      (text, width) => {
        const pieces = wrapText(text, width, 16).join('').replace(/\s+/g, '').replace(/-/g, '');
        expect(pieces).toBe(text.replace(/\s+/g, '').replace(/-/g, ''));
      },
    );
    test.prop([fc.string({ maxLength: 200 }), fc.integer({ min: 40, max: 800 })])(
      'no line is wider than the width, unless it is a single character',
      (text, width) => {
        for (const line of wrapText(text, width, 16)) {
          if (Array.from(line.replace(/-$/, '')).length > 1) {
            expect(textWidth(line, 16)).toBeLessThanOrEqual(width + 1e-9);
          }
        }
      },
    );
  });
});

describe('formatNumber', () => {
  it('drops trailing zeros', () => {
    expect(formatNumber(1.5)).toBe('1.5');
    expect(formatNumber(2)).toBe('2');
    expect(formatNumber(11.199999999)).toBe('11.2');
  });
  it('never writes -0', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.0001)).toBe('0');
  });
  it('never writes an exponent', () => {
    expect(formatNumber(1e-7)).toBe('0');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(-1.5e300)).toMatch(/^-15\d{299}$/);
  });
  it('refuses a number that is not finite', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(/NaN/);
  });
  describe('properties', () => {
    test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])(
      'writes plain decimal digits',
      (value) => {
        expect(formatNumber(value)).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
        expect(formatNumber(value)).not.toBe('-0');
      },
    );
  });
});
