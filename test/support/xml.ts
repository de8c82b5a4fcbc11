import { DOMParser, type Document } from '@xmldom/xmldom';

// XML 1.0 `Char`: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and the
// supplementary planes (well-formed surrogate pairs). Anything else makes a document invalid.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/y;

/**
 * Parses text as a standalone XML document and throws on anything that makes it not
 * well-formed. xmldom reports mismatched tags, bad attributes and duplicate attributes; it is
 * lenient about characters and references, so those are checked here first: every character
 * is an XML 1.0 character, every `&` starts a predefined entity or a character reference to
 * an allowed character, and `]]>` never appears outside a CDATA section.
 */
export function parseXml(
  text: string,
  mimeType: 'image/svg+xml' | 'text/xml' = 'image/svg+xml',
): Document {
  const bad = NOT_XML_CHAR.exec(text);
  if (bad !== null) {
    throw new Error(
      `not an XML character: U+${(bad[0].codePointAt(0) ?? 0).toString(16)} at ${bad.index}`,
    );
  }
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    REFERENCE.lastIndex = i;
    const match = REFERENCE.exec(text);
    if (match === null) throw new Error(`a bare & at ${i}: ${text.slice(i, i + 12)}`);
    const numeric = /^&#(x?)([0-9A-Fa-f]+);$/.exec(match[0]);
    if (numeric !== null) {
      const code = Number.parseInt(numeric[2] as string, numeric[1] === 'x' ? 16 : 10);
      if (NOT_XML_CHAR.test(String.fromCodePoint(Math.min(code, 0x10ffff)))) {
        throw new Error(`a reference to a character XML cannot hold: ${match[0]}`);
      }
    }
  }
  if (!text.includes('<![CDATA[') && text.includes(']]>')) throw new Error('"]]>" in content');
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, mimeType);
}

/** Every element named `name` with `class` containing `className`. */
export function elementsWithClass(doc: Document, name: string, className: string) {
  return Array.from(doc.getElementsByTagName(name)).filter((e) =>
    (e.getAttribute('class') ?? '').split(' ').includes(className),
  );
}

/** The text of every `<text>` (its tspans joined by spaces), in document order. */
export function texts(doc: Document): string[] {
  return Array.from(doc.getElementsByTagName('text')).map((t) =>
    Array.from(t.getElementsByTagName('tspan'))
      .map((s) => s.textContent ?? '')
      .join(' '),
  );
}

const SAFE_ELEMENTS = new Set([
  'svg',
  'title',
  'desc',
  'rect',
  'g',
  'line',
  'polyline',
  'circle',
  'path',
  'text',
  'tspan',
]);
const NUMERIC = new Set([
  'x',
  'y',
  'cx',
  'cy',
  'r',
  'rx',
  'width',
  'height',
  'x1',
  'y1',
  'x2',
  'y2',
  'stroke-width',
  'font-size',
  'points',
  'd',
  'viewBox',
]);
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

/**
 * What makes an SVG unsafe or sloppy: an element outside the small set the pictures use
 * (so no script, no foreignObject, no image, no use), an event-handler or link attribute,
 * or a coordinate that is not a plain decimal (NaN, Infinity, -0, an exponent).
 */
export function svgProblems(doc: Document): string[] {
  const problems: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    if (!SAFE_ELEMENTS.has(el.tagName)) problems.push(`element <${el.tagName}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on|href$/i.test(attr.name)) problems.push(`attribute ${attr.name} on <${el.tagName}>`);
      if (!NUMERIC.has(attr.name)) continue;
      for (const token of attr.value.split(/[\s,MLZ]+/).filter((t) => t !== '')) {
        if (!PLAIN_NUMBER.test(token))
          problems.push(`${attr.name}="${attr.value}" on <${el.tagName}>`);
      }
    }
  }
  return problems;
}
