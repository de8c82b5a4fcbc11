/**
 * Text layout without font metrics (internal to `visuals`): an estimate of how wide text is
 * in Arial, on the generous side, and greedy word wrapping that breaks a word only when it is
 * longer than a whole line.
 */

/**
 * The font every picture uses: fonts found on every desktop, phone and server that renders
 * SVG, so nothing is downloaded.
 */
export const FONT_FAMILY = 'Arial, Helvetica, Liberation Sans, sans-serif';

const NARROW = new Set(Array.from("iljftrI.,:;!|'()[] "));
const WIDE = new Set(Array.from('mwMW@%'));

/**
 * The advance of one character in ems: Arial's widths rounded up (space and narrow letters
 * 0.33, digits and most lower case 0.58, capitals 0.72, m and w 0.92), and 1 em for
 * characters outside Latin, Greek and Cyrillic (such as CJK) that may come from a fallback
 * font. About 8 % more than Arial regular, which leaves room for bold.
 */
function advance(char: string): number {
  if (NARROW.has(char)) return 0.33;
  if (WIDE.has(char)) return 0.92;
  const code = char.codePointAt(0) as number;
  if (code >= 0x2e80) return 1;
  if (char >= 'A' && char <= 'Z') return 0.72;
  return 0.58;
}

/** The estimated width of text, in user units, at a font size. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += advance(char);
  return ems * fontSize;
}

/**
 * Splits text into lines no wider than `maxWidth` at `fontSize`, breaking at white space. A
 * word wider than a line is split into pieces that end with a hyphen (at least one character
 * each). Blank text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const space = textWidth(' ', fontSize);
  const hyphen = textWidth('-', fontSize);
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const wordWidth = textWidth(word, fontSize);
    if (line !== '' && width + space + wordWidth <= maxWidth) {
      line += ` ${word}`;
      width += space + wordWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    if (wordWidth <= maxWidth) {
      line = word;
      width = wordWidth;
      continue;
    }
    // Break a long word.
    line = '';
    width = 0;
    for (const char of word) {
      const w = textWidth(char, fontSize);
      if (line !== '' && width + w + hyphen > maxWidth) {
        lines.push(`${line}-`);
        line = '';
        width = 0;
      }
      line += char;
      width += w;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
