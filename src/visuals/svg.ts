/**
 * Small builders for SVG markup (internal to `visuals`). Attribute values and text pass
 * through the escaping module; numbers through `px`, so the output is byte-for-byte the same
 * for the same input.
 */
import { GoldenThreadError } from '../core/index.js';
import { escapeAttribute, escapeText } from './escape.js';
import { FONT_FAMILY, textWidth } from './layout.js';
import { px } from './numbers.js';

/** Attribute values: a number is a coordinate, a string is escaped, `undefined` is left out. */
export type Attributes = Readonly<Record<string, string | number | undefined>>;

function attributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? px(value) : escapeAttribute(value)}"`;
  }
  return out;
}

/** An element: self-closing without children, otherwise with the (already built) children. */
export function element(name: string, attrs: Attributes, children?: string): string {
  return children === undefined
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${children}</${name}>`;
}

/** A `<text>` of one or more lines, the first baseline at `y`. Text is escaped here. */
export function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  lineHeight: number,
  attrs: Attributes = {},
): string {
  if (lines.length === 0) return '';
  const spans = lines
    .map((line, i) => element('tspan', { x, y: y + i * lineHeight }, escapeText(line)))
    .join('');
  return element('text', { 'font-size': size, ...attrs }, spans);
}

/** Checks an `id` option: a letter, then up to 63 letters, digits, `-` or `_`. */
export function requireId(fn: string, id: string | undefined, fallback: string): string {
  const value = id ?? fallback;
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(value)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: id must start with a letter and hold only letters, digits, - and _ (at most 64 characters), but it is ${JSON.stringify(String(value)).slice(0, 40)}.`,
    );
  }
  return value;
}

/** Checks a whole-number size option within a range. */
export function requireSize(
  fn: string,
  name: string,
  value: number | undefined,
  fallback: number,
  least: number,
  most: number,
): number {
  const n = value ?? fallback;
  if (!(Number.isSafeInteger(n) && n >= least && n <= most)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: ${name} must be a whole number from ${least} to ${most}, but it is ${String(n)}.`,
    );
  }
  return n;
}

/**
 * The outer `<svg>`: `role="img"`, labelled by its `<title>` and described by its `<desc>`,
 * drawn at its natural size (one user unit is one CSS pixel), on a white background.
 */
export function svgDocument(
  id: string,
  width: number,
  height: number,
  title: string,
  desc: string,
  body: string,
): string {
  const open = element('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    id,
    width,
    height,
    viewBox: `0 0 ${px(width)} ${px(height)}`,
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    'font-family': FONT_FAMILY,
  }).slice(0, -2);
  return (
    `${open}>` +
    element('title', { id: `${id}-title` }, escapeText(title)) +
    element('desc', { id: `${id}-desc` }, escapeText(desc)) +
    element('rect', { x: 0, y: 0, width, height, fill: '#FFFFFF' }) +
    body +
    '</svg>'
  );
}

/** One entry of a chart's legend: the key its symbol is drawn for, and its words. */
export interface LegendItem {
  readonly key: string;
  readonly label: string;
}

/**
 * A chart's legend in rows that wrap at the chart's width: each item is its symbol (drawn by
 * `symbol`, centred 14 px in and 5 px above the baseline) and its words. Returns the markup
 * and the baseline below the last row.
 */
export function legendRows(
  items: readonly LegendItem[],
  symbol: (key: string, x: number, y: number) => string,
  layout: {
    readonly width: number;
    readonly top: number;
    readonly margin: number;
    readonly body: { readonly size: number; readonly line: number };
    readonly ink: string;
  },
): { markup: string; y: number } {
  const { width, top, margin, body, ink } = layout;
  const parts: string[] = [];
  let x = margin;
  let y = top;
  for (const item of items) {
    const itemWidth = 40 + textWidth(item.label, body.size) + 24;
    if (x > margin && x + itemWidth > width - margin) {
      x = margin;
      y += body.line + 10;
    }
    parts.push(
      symbol(item.key, x + 14, y - 5) +
        textBlock([item.label], x + 36, y, body.size, body.line, { fill: ink }),
    );
    x += itemWidth;
  }
  return { markup: element('g', { class: 'legend' }, parts.join('')), y: y + body.line };
}
