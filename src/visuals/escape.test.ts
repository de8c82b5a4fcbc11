import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbHostileText } from '../../test/arbitraries/visuals.js';
import { parseXml } from '../../test/support/xml.js';
import { cleanText, escapeAttribute, escapeText } from './escape.js';

describe('cleanText', () => {
  describe('with bidirectional controls', () => {
    it('removes overrides, embeddings, isolates and the invisible direction marks', () => {
      // "Trojan Source": U+202E would show "txt.exe" for "exe.txt".
      expect(cleanText('invoice\u202Etxt.exe')).toBe('invoicetxt.exe');
      expect(cleanText('\u2066a\u2067b\u2068c\u2069 \u202Ad\u202Be\u202Cf\u202Dg')).toBe(
        'abc defg',
      );
      expect(cleanText('x\u200Ey\u200Fz\u061C')).toBe('xyz');
    });
    it('keeps right-to-left letters and joiners as they are', () => {
      expect(cleanText('أريد أن أطبخ')).toBe('أريد أن أطبخ');
      expect(cleanText('אני רוצה')).toBe('אני רוצה');
      expect(cleanText('👩\u200D👩\u200D👧')).toBe('👩\u200D👩\u200D👧');
    });
  });
});

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
  test.prop([arbHostileText])('cleaned text never holds a bidirectional control', (text) => {
    expect(cleanText(`${text}\u202E${text}\u2066`)).not.toMatch(
      /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/,
    );
  });
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
