import { unexpected } from './internal/guard.js';
import { requireList, requireRecord, requireText } from './internal/require.js';
import { formatPath, type Path } from './paths.js';

/**
 * A message for one code, in whatever language or wording the host wants.
 *
 * @remarks
 * A string template names the item's fields in braces: `'{field} is required.'`. Every field
 * of the issue or finding can be used (`{minimum}`, `{phrase}`, …) plus `{field}`: the item's
 * own `field` text when it has one (its label, see {@link FieldLabels}), otherwise its path
 * written as `"owners[0].role"` (or `the record` at the root). Lists are joined
 * with commas. A placeholder whose field is missing is left as it is, so a typo shows up in
 * review rather than crashing. A function template receives the whole item and returns the
 * text; use it where the wording must branch (plurals, optional parts).
 * @typeParam T - The issue or finding the template is written for (its typed details).
 * @example
 * ```ts
 * const template: MessageTemplate = '{field} must be at least {minimum}.';
 * ```
 * @category Messages
 */
export type MessageTemplate<T extends MessageSubject = MessageSubject> =
  | string
  // A method signature keeps the parameter bivariant, so a template written for one code's
  // typed details still fits a catalogue of templates for any subject.
  | {
      /** Renders the message for one item. */
      bivarianceHack(item: T): string;
    }['bivarianceHack'];

/**
 * Messages keyed by issue or finding code. A host passes one of these to {@link localize}
 * to replace the library's English text with its own.
 *
 * @example
 * ```ts
 * const easyRead: MessageCatalogue = {
 *   required: 'Please fill in {field}.',
 *   too_big: (item) => `Please make ${String(item.path.at(-1))} shorter.`,
 * };
 * ```
 * @category Messages
 */
export type MessageCatalogue = Readonly<Partial<Record<string, MessageTemplate>>>;

/**
 * Anything with a stable code, a path and a message: a parse issue or a finding.
 *
 * @example
 * ```ts
 * const subject: MessageSubject = { code: 'required', path: ['words'], message: '"words" is required.' };
 * ```
 * @category Messages
 */
export interface MessageSubject {
  /** The stable snake_case code a host can switch on. */
  readonly code: string;
  /** Where in the record the problem is. */
  readonly path: Path;
  /** The plain-English (or host-supplied) sentence. */
  readonly message: string;
  /** Structured details, different for each code. */
  readonly [detail: string]: unknown;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
// Text longer than this is shortened at the last space before it, so a word is never cut.
const MAX_TEXT_LENGTH = 200;

function showText(text: string): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  const cut = text.lastIndexOf(' ', MAX_TEXT_LENGTH);
  return cut > 0 ? `${text.slice(0, cut)} …` : `text of ${text.length} characters`;
}

/** A detail as text: a list in full, each item whole; long text shortened between words. */
function show(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => show(v)).join(', ');
  if (typeof value === 'string') return showText(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  if (value === null) return 'none';
  return showText(JSON.stringify(value) ?? String(value));
}

/**
 * Describes the place an item refers to, for use at the start of a sentence.
 *
 * @param path - The item's path.
 * @returns `the record` for the root, otherwise the path in quotes.
 * @example
 * ```ts
 * fieldLabel(['timeframe', 'start']); // => '"timeframe.start"'
 * fieldLabel([]); // => 'the record'
 * ```
 * @category Messages
 */
export function fieldLabel(path: Path): string {
  requireList('fieldLabel', 'path', path);
  try {
    return path.length === 0 ? 'the record' : `"${formatPath(path)}"`;
  } catch (error) {
    throw unexpected('fieldLabel', error);
  }
}

/**
 * The `{field}` of an item: its own `field` text when it has one, otherwise its path.
 *
 * @internal
 */
export function subjectLabel(item: MessageSubject): string {
  const own = Object.hasOwn(item, 'field') ? item['field'] : undefined;
  return typeof own === 'string' ? own : fieldLabel(item.path);
}

/**
 * Fills a {@link MessageTemplate} from an item's fields.
 *
 * @param template - A string with `{placeholders}`, or a function of the item.
 * @param item - The issue or finding (its `message` is ignored).
 * @returns The finished sentence, with its first letter in upper case.
 * @example
 * ```ts
 * renderMessage('{field} must be at least {minimum}.', {
 *   code: 'too_small', path: ['score'], message: '', minimum: 1,
 * }); // => '"score" must be at least 1.'
 * ```
 * @category Messages
 */
export function renderMessage(template: MessageTemplate, item: MessageSubject): string {
  if (typeof template !== 'function') requireText('renderMessage', 'template', template);
  requireRecord('renderMessage', 'item', item);
  try {
    return render(template, item);
  } catch (error) {
    throw unexpected('renderMessage', error);
  }
}

function render(template: MessageTemplate, item: MessageSubject): string {
  const text =
    typeof template === 'function'
      ? template(item)
      : template.replace(PLACEHOLDER, (whole, name: string) => {
          if (name === 'field') return subjectLabel(item);
          return Object.hasOwn(item, name) && item[name] !== undefined ? show(item[name]) : whole;
        });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Plain-English labels for the fields of a record, keyed by path: what `{field}` says in a
 * message instead of the raw path.
 *
 * @remarks
 * Keys are paths written as `formatPath` writes them (`timeframe.reviewBy`,
 * `ratingScale.labels[0].score`), with `[]` standing for any item of a list
 * (`owners[].party`), and `''` for the record itself. In a label, `{n}` is the item's number
 * in its list, counted from 1 (`'role of owner {n}'` → `role of owner 2`). Labels are
 * written in lower case, as they read inside a sentence (proper names and abbreviations
 * aside); a message that starts with one gets a capital letter.
 *
 * The library has default labels for every field of every record (`outcomeLabels`,
 * `restrictionLabels`, …); spread them with your form's own words to change a few:
 * `{ ...outcomeLabels, words: 'what matters to you' }`.
 * @example
 * ```ts
 * const labels: FieldLabels = {
 *   'timeframe.reviewBy': 'review-by date',
 *   'owners[].party': 'role of owner {n}',
 * };
 * ```
 * @category Messages
 */
export type FieldLabels = Readonly<Record<string, string>>;

/** A path with every list index written as `[]`: `owners[0].party` → `owners[].party`. */
function genericPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += '[]';
      continue;
    }
    const key = formatPath([segment]);
    out += out === '' || key.startsWith('[') ? key : `.${key}`;
  }
  return out;
}

/**
 * Finds the label of a path: the label of the path itself (`owners[1].party`), else the
 * label for any item of its lists (`owners[].party`), with `{n}` replaced by the number of
 * the item in its (innermost) list.
 *
 * @param path - The path of an issue or finding.
 * @param labels - Labels keyed by path (see {@link FieldLabels}).
 * @returns The label, or `undefined` when `labels` has none for the path.
 * @example
 * ```ts
 * labelFor(['owners', 1, 'party'], { 'owners[].party': 'role of owner {n}' }); // => 'role of owner 2'
 * labelFor(['words'], { words: 'the person’s words' }); // => 'the person’s words'
 * labelFor(['domain'], {}); // => undefined
 * ```
 * @category Messages
 */
export function labelFor(path: Path, labels: FieldLabels): string | undefined {
  requireList('labelFor', 'path', path);
  requireRecord('labelFor', 'labels', labels);
  try {
    return findLabel(path, labels);
  } catch (error) {
    throw unexpected('labelFor', error);
  }
}

function findLabel(path: Path, labels: FieldLabels): string | undefined {
  const exact = formatPath(path);
  const generic = genericPath(path);
  const label = Object.hasOwn(labels, exact)
    ? labels[exact]
    : Object.hasOwn(labels, generic)
      ? labels[generic]
      : undefined;
  if (typeof label !== 'string') return undefined;
  const last = path.findLast((segment) => typeof segment === 'number');
  return last === undefined ? label : label.replaceAll('{n}', String(last + 1));
}

/**
 * Places a record's labels inside a larger record: every key is prefixed with the path where
 * the record sits, and its own label (`''`) becomes the label of that path.
 *
 * @remarks For a host's own composite records (a referral form that holds an outcome) and
 * for the library's records that hold others (a support plan holds outcomes).
 * @param prefix - Where the inner record sits, written as a {@link FieldLabels} key
 * (`outcome`, `outcomes[]`).
 * @param labels - The inner record's labels.
 * @returns The same labels, keyed from the outer record's root.
 * @example
 * ```ts
 * nestLabels('outcomes[]', { '': 'outcome {n}', words: 'the person’s words' });
 * // => { 'outcomes[]': 'outcome {n}', 'outcomes[].words': 'the person’s words' }
 * ```
 * @category Messages
 */
export function nestLabels(prefix: string, labels: FieldLabels): Record<string, string> {
  requireText('nestLabels', 'prefix', prefix);
  requireRecord('nestLabels', 'labels', labels);
  try {
    return nest(prefix, labels);
  } catch (error) {
    throw unexpected('nestLabels', error);
  }
}

function nest(prefix: string, labels: FieldLabels): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, label] of Object.entries(labels)) {
    const joined =
      key === ''
        ? prefix
        : key.startsWith('[') || prefix === ''
          ? `${prefix}${key}`
          : `${prefix}.${key}`;
    out[joined] = label;
  }
  return out;
}

/**
 * What {@link localize} reads a code's wording from: a template per code (a host's own
 * catalogue), or catalogue entries that have a `message` template — such as
 * `messageCatalogue`, so that `localize(items, messageCatalogue, { labels })` renders the
 * library's own English with your labels.
 *
 * @example
 * ```ts
 * const mine: MessageSource = { required: 'Please fill in {field}.' };
 * const english: MessageSource = messageCatalogue;
 * ```
 * @category Messages
 */
export type MessageSource =
  | MessageCatalogue
  | Readonly<Partial<Record<string, { readonly message: MessageTemplate }>>>;

/**
 * Options for {@link localize}.
 *
 * @example
 * ```ts
 * const options: LocalizeOptions = { labels: { 'timeframe.reviewBy': 'review date' } };
 * ```
 * @category Messages
 */
export interface LocalizeOptions {
  /**
   * Labels for `{field}`, keyed by path (see {@link FieldLabels}). A label found here is
   * also kept on the item as `field`, so a later `localize` uses it too. Paths without a
   * label keep the item's own `field`, or else are written as the path.
   */
  readonly labels?: FieldLabels;
}

function templateOf(messages: MessageSource, code: string): MessageTemplate | undefined {
  const entry = Object.hasOwn(messages, code)
    ? (messages as Readonly<Record<string, unknown>>)[code]
    : undefined;
  if (typeof entry === 'string' || typeof entry === 'function') return entry as MessageTemplate;
  if (typeof entry === 'object' && entry !== null && Object.hasOwn(entry, 'message')) {
    const message = (entry as { message: unknown }).message;
    if (typeof message === 'string' || typeof message === 'function') {
      return message as MessageTemplate;
    }
  }
  return undefined;
}

/**
 * Rewrites the messages of issues or findings from a catalogue: a host's own wording, or the
 * library's English with the host's labels for the fields.
 *
 * @remarks
 * Items whose code the catalogue does not cover keep their message, so a partial
 * translation is safe. Nothing global is changed: pass the catalogue wherever it is needed.
 * The input is not modified; the result is a new array of new items.
 *
 * To show the library's messages with plain-English field names (a form, a care worker's
 * screen), pass its own catalogue and the default labels of the record:
 * `localize(result.issues, messageCatalogue, { labels: outcomeLabels })` turns
 * `"timeframe.reviewBy" must be after the start date (2026-09-14).` into
 * `Review-by date must be after the start date (2026-09-14).`
 * @param items - Parse issues or findings, as the library returned them.
 * @param messages - Templates keyed by code, or catalogue entries with a `message` (such as
 * `messageCatalogue`).
 * @param options - `labels`: what `{field}` says for each path.
 * @returns The items with `message` rewritten where the catalogue has the code.
 * @example
 * ```ts
 * const welsh = { required: "Mae angen {field}." };
 * localize(result.issues, welsh)[0]?.message; // => 'Mae angen "words".'
 * localize(result.issues, welsh, { labels: { words: 'eich geiriau' } })[0]?.message;
 * // => 'Mae angen eich geiriau.'
 * ```
 * @category Messages
 */
export function localize<T extends MessageSubject>(
  items: readonly T[],
  messages: MessageSource,
  options: LocalizeOptions = {},
): T[] {
  requireList('localize', 'items', items);
  requireRecord('localize', 'messages', messages);
  requireRecord('localize', 'options', options);
  try {
    const labels = options.labels;
    return items.map((item) => {
      const template = templateOf(messages, item.code);
      if (template === undefined) return item;
      const label = labels === undefined ? undefined : labelFor(item.path, labels);
      const subject = label === undefined ? item : { ...item, field: label };
      return { ...subject, message: renderMessage(template, subject) };
    });
  } catch (error) {
    throw unexpected('localize', error);
  }
}
