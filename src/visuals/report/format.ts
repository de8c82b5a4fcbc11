/**
 * How the governance report writes its numbers and tables (internal to `visuals`). Every
 * number goes through {@link figure}, which refuses anything that is not a finite number (a
 * report read back from JSON could hold a string, `NaN` or `Infinity`), and every piece of
 * text through `escapeText`.
 */
import { GoldenThreadError } from '../../core/index.js';
import { formatPValue, type Proportion } from '../../stats/index.js';
import { cleanText, escapeText } from '../escape.js';
import { formatNumber } from '../numbers.js';

export const FN = 'governanceReportHtml';
/** What a cell shows when there was nothing to count. */
export const NONE = '—';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The value, when it is a finite number; otherwise a GoldenThreadError naming the figure. */
export function figure(value: unknown, what = 'a figure'): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${FN}: ${what} in the report is not a finite number; pass the report governanceReport returned.`,
    );
  }
  return value;
}

/** Host text, escaped; a GoldenThreadError when the report holds something else there. */
export function text(value: unknown, what = 'a piece of text'): string {
  if (typeof value !== 'string') {
    throw new GoldenThreadError(
      'invalid_argument',
      `${FN}: ${what} in the report is not text; pass the report governanceReport returned.`,
    );
  }
  return escapeText(value);
}

/** Host text, unescaped, for a table or paragraph (which escape it); refuses anything else. */
export function words(value: unknown, what = 'a piece of text'): string {
  text(value, what);
  return value as string;
}

/** A finite number with thousands separators and at most `decimals` decimals: `31,151`, `0.48`. */
export function decimal(value: unknown, decimals = 2): string {
  const text = formatNumber(figure(value), decimals);
  return text.replace(
    /^(-?)(\d+)/,
    (_, sign: string, whole: string) => `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`,
  );
}

/** A count, rounded to a whole number, with thousands separators. */
export const count = (value: unknown): string => decimal(Math.round(figure(value)), 0);

/** `3 uses`, `1 use`, `1,204 uses`. */
export const plural = (n: unknown, noun: string): string =>
  `${count(n)} ${noun}${figure(n) === 1 ? '' : 's'}`;

/** A share from 0 to 1 as a percentage with one decimal; `—` for `null`. */
export const percent = (value: number | null): string =>
  value === null ? NONE : `${decimal(figure(value) * 100, 1)}%`;

/** A confidence level as a percentage: `95%`, `99.8%`. */
export const level = (confidence: unknown): string =>
  `${decimal(figure(confidence, 'a confidence level') * 100, 1)}%`;

/**
 * A proportion in words: `12.5% (3 of 24; 95% CI 4.3%–31.0%)`, or `— (0 of 0)` when there
 * was nothing to count.
 */
export function share(p: Proportion): string {
  const of = `${count(p.numerator)} of ${count(p.denominator)}`;
  if (p.value === null) return `${NONE} (${of})`;
  return `${percent(p.value)} (${of}; ${level(p.confidence)} CI ${interval(p.lower, p.upper, percent).replace(' to ', '–')})`;
}

/** A rate or ratio with two decimals; `—` for `null`. */
export const amount = (value: number | null): string => (value === null ? NONE : decimal(value, 2));

/** A p-value as journals write it (`p < 0.001`, `p = 0.04`), refusing anything but 0–1 or `null`. */
export const pValue = (p: number | null): string => formatPValue(p === null ? null : figure(p));

/** `1.2 to 3.4`, or `—` when either end is missing. */
export function interval(
  lower: number | null,
  upper: number | null,
  show: (v: number) => string,
): string {
  return lower === null || upper === null ? NONE : `${show(lower)} to ${show(upper)}`;
}

/** `+0.04` or `-0.04`. */
export const signed = (value: number, decimals: number): string =>
  figure(value) > 0 ? `+${decimal(value, decimals)}` : decimal(value, decimals);

/** The first letter in capitals. */
export const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `2026-07` as `Jul 2026`. */
export function monthLabel(month: string): string {
  const [year, m] = String(month).split('-');
  return `${MONTHS[Number(m) - 1] ?? cleanText(String(month))} ${year ?? ''}`.trim();
}

/** Text as an HTML paragraph, escaped. */
export const paragraph = (content: string, className?: string): string =>
  `<p${className === undefined ? '' : ` class="${className}"`}>${text(content)}</p>`;

/** A section heading, escaped. */
export const heading = (content: string): string => `<h2>${text(content)}</h2>`;

/** A table with a caption, column headings and rows whose first cell heads the row; all escaped. */
export function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const th = head.map((h) => `<th scope="col">${text(h)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) =>
            i === 0
              ? `<th scope="row">${text(cell)}</th>`
              : `<td${/^[-−]?[\d.,]+%?$|^—$/.test(cell) ? ' class="n"' : ''}>${text(cell)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  return `<table><caption>${text(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}
