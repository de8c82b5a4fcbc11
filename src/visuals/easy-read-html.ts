import { GoldenThreadError } from '../core/index.js';
import { requireList, requireRecord, unexpected } from '../core/internal/index.js';
import { escapeText } from './escape.js';

/**
 * Options for {@link easyReadHtml}.
 *
 * @example
 * ```ts
 * const options: EasyReadHtmlOptions = { heading: 'How it is going', headingLevel: 2 };
 * ```
 * @category Easy read
 */
export interface EasyReadHtmlOptions {
  /** A heading for the section. Default: none. */
  readonly heading?: string;
  /** The heading's level, 1 to 6. Default 2. */
  readonly headingLevel?: number;
}

/**
 * Writes easy-read lines as an HTML fragment: one paragraph per line, a group of lines per
 * `<div>`, in a `<section class="easy-read">` the host can style.
 *
 * @remarks Every line is escaped (`& < > " '`) and characters that HTML and XML cannot hold
 * are removed, so a person's words are shown exactly and can never add markup. The fragment
 * has no style and no script, and it is well-formed XML too, so it also fits in XHTML.
 * @param lines - Lines (from {@link easyReadProgress}) or groups of lines (from
 * {@link easyReadYouSaidWeDid}).
 * @param options - `heading` and `headingLevel`.
 * @returns The HTML fragment.
 * @throws {@link golden-thread!GoldenThreadError} `invalid_argument` when a line or the heading is not text
 * or `headingLevel` is not a whole number from 1 to 6.
 * @example
 * ```ts
 * easyReadHtml(['You said: “I want a key”', 'We did this: Fit a lock.'], { heading: 'You said, we did' });
 * // => '<section class="easy-read"><h2>You said, we did</h2><div class="easy-read-group"><p>You said: “I want a key”</p>…'
 * ```
 * @category Easy read
 */
export function easyReadHtml(
  lines: readonly string[] | readonly (readonly string[])[],
  options: EasyReadHtmlOptions = {},
): string {
  try {
    requireList('easyReadHtml', 'lines', lines);
    requireRecord('easyReadHtml', 'options', options);
    const fn = 'easyReadHtml';
    const level = options.headingLevel ?? 2;
    if (!(Number.isSafeInteger(level) && level >= 1 && level <= 6)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `${fn}: headingLevel must be a whole number from 1 to 6, but it is ${String(level)}.`,
      );
    }
    const groups: readonly (readonly unknown[])[] = lines.every((l) => typeof l === 'string')
      ? [lines as readonly string[]]
      : (lines as readonly unknown[]).map((g) => (Array.isArray(g) ? g : [g]));
    const paragraph = (line: unknown, where: string) => {
      if (typeof line !== 'string') {
        throw new GoldenThreadError(
          'invalid_argument',
          `${fn}: ${where} must be text, but it is ${typeof line}.`,
        );
      }
      return `<p>${escapeText(line)}</p>`;
    };
    let html = '<section class="easy-read">';
    if (options.heading !== undefined) {
      if (typeof options.heading !== 'string') {
        throw new GoldenThreadError('invalid_argument', `${fn}: heading must be text.`);
      }
      html += `<h${level}>${escapeText(options.heading)}</h${level}>`;
    }
    for (const [g, group] of groups.entries()) {
      html += `<div class="easy-read-group">${group.map((line, i) => paragraph(line, `line ${i} of group ${g}`)).join('')}</div>`;
    }
    return `${html}</section>`;
  } catch (error) {
    throw unexpected('easyReadHtml', error);
  }
}
