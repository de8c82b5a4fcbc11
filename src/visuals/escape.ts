/**
 * Escaping for host text placed in SVG and HTML (internal to `visuals`). Every piece of text
 * that comes from a record or an option goes through {@link escapeText} or
 * {@link escapeAttribute} before it is written, so a person's words can never open a tag,
 * close an attribute or start a script.
 */

// C0 controls other than tab, line feed and carriage return; DEL; C1 controls. XML 1.0 forbids
// the C0 ones outright and HTML reports the others as parse errors: they are removed.
const CONTROLS = /[^\P{Cc}\t\n\r]/gu;
// A lone surrogate cannot be written in UTF-8, and U+FFFE / U+FFFF are not XML characters:
// each becomes U+FFFD, the replacement character, so a reader sees that something was there.
const UNWRITABLE = /[\p{Cs}\uFFFE\uFFFF]/gu;
// Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), and
// the invisible marks LRM, RLM and ALM: in a person's words they can make a report show text
// in an order that is not the order it was written (“Trojan Source”). They are removed; the
// letters themselves keep their own direction, so Arabic or Hebrew words still read right.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const SPECIAL = /[&<>"'\r]/g;
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // A parser turns a raw carriage return into a line feed; a reference keeps it.
  '\r': '&#13;',
};

/**
 * Removes control characters and bidirectional controls, and replaces characters that XML
 * 1.0 cannot hold.
 */
export function cleanText(text: string): string {
  return text.replace(CONTROLS, '').replace(BIDI_CONTROLS, '').replace(UNWRITABLE, '\uFFFD');
}

/** Host text as element content: cleaned, with `& < > " '` and carriage returns written as references. */
export function escapeText(text: string): string {
  return cleanText(text).replace(SPECIAL, (c) => ENTITY[c] as string);
}

/** Host text as an attribute value (quoted with `"`): as {@link escapeText}, with white space folded to spaces. */
export function escapeAttribute(text: string): string {
  return escapeText(text.replace(/[\t\n\r]/g, ' '));
}
