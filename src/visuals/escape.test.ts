import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbHostileText } from '../../test/arbitraries/visuals.js';
import { parseXml } from '../../test/support/xml.js';
import { cleanText, escapeAttribute, escapeText } from './escape.js';

describe('escapeText', () => {
  describe('with markup characters', () => {
    it('writes & < > " and \' as references', () => {
      expect(escapeText(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
    });
    it('escapes an existing reference again, so it shows as typed', () => {
      expect(escapeText('&amp;')).toBe('&amp;amp;');
    });
    it('turns a closing tag and a script into text', () => {
      expect(escapeText('</svg><script>x</script>')).toBe(
        '&lt;/svg&gt;&lt;script&gt;x&lt;/script&gt;',
      );
    });
    it('turns the end of a CDATA section into text', () => {
      expect(escapeText(']]>')).toBe(']]&gt;');
    });
  });
  describe('with characters XML cannot hold', () => {
    it('removes C0 controls other than tab, line feed and carriage return', () => {
      expect(escapeText('a\u0000b\u0007c\u001Bd\te\nf\rg')).toBe('abcd\te\nf&#13;g');
    });
    it('removes DEL and C1 controls', () => {
      expect(escapeText('a\u007Fb\u0085c\u009Fd')).toBe('abcd');
    });
    it('replaces a lone surrogate with U+FFFD', () => {
      expect(escapeText('a\uD800b\uDFFFc')).toBe('a\uFFFDb\uFFFDc');
    });
    it('replaces U+FFFE and U+FFFF with U+FFFD', () => {
      expect(escapeText('\uFFFE\uFFFF')).toBe('\uFFFD\uFFFD');
    });
    it('keeps characters outside the basic plane', () => {
      expect(escapeText('😀 名前')).toBe('😀 名前');
    });
  });
});

describe('escapeAttribute', () => {
  it('folds tab, line feed and carriage return to spaces', () => {
    expect(escapeAttribute('a\tb\nc\rd"')).toBe('a b c d&quot;');
  });
});

describe('properties', () => {
  test.prop([arbHostileText])(
    'escaped text is well-formed XML content and reads back as the cleaned text',
    (text) => {
      const doc = parseXml(`<t a="${escapeAttribute(text)}">${escapeText(text)}</t>`, 'text/xml');
      expect(doc.documentElement?.textContent).toBe(cleanText(text));
      expect(doc.documentElement?.getAttribute('a')).toBe(
        cleanText(text).replace(/[\t\n\r]/g, ' '),
      );
    },
  );
  test.prop([arbHostileText])('escaped text has no < > " or \' and no bare &', (text) => {
    const escaped = escapeText(text);
    expect(escaped).not.toMatch(/[<>"']/);
    expect(escaped.replace(/&(amp|lt|gt|quot|#39|#13);/g, '')).not.toContain('&');
  });
  test.prop([arbHostileText])('cleaning is idempotent', (text) => {
    expect(cleanText(cleanText(text))).toBe(cleanText(text));
  });
});
