import { formatPath, type Path } from './paths.js';

/**
 * A message for one code, in whatever language or wording the host wants.
 *
 * @remarks
 * A string template names the item's fields in braces: `'{field} is required.'`. Every field
 * of the issue or finding can be used (`{minimum}`, `{phrase}`, …) plus `{field}`: the item's
 * own `field` text when it has one (a form's label for the field), otherwise its path written
 * as `"owners[0].role"` (or `the record` at the root). Lists are joined
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
const MAX_VALUE_LENGTH = 80;

function show(value: unknown): string {
  let text: string;
  if (Array.isArray(value)) text = value.map((v) => show(v)).join(', ');
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    text = String(value);
  else if (value === null) text = 'none';
  else text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
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
  return path.length === 0 ? 'the record' : `"${formatPath(path)}"`;
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
 * Rewrites the messages of issues or findings from a host's own catalogue.
 *
 * @remarks
 * Items whose code the catalogue does not cover keep their English message, so a partial
 * translation is safe. Nothing global is changed: pass the catalogue wherever it is needed.
 * The input is not modified; the result is a new array of new items.
 * @param items - Parse issues or findings, as the library returned them.
 * @param messages - Templates keyed by code.
 * @returns The items with `message` rewritten where the catalogue has the code.
 * @example
 * ```ts
 * const welsh = { required: "Mae angen {field}." };
 * localize(result.issues, welsh)[0]?.message; // => 'Mae angen "words".'
 * ```
 * @category Messages
 */
export function localize<T extends MessageSubject>(
  items: readonly T[],
  messages: MessageCatalogue,
): T[] {
  return items.map((item) => {
    const template = Object.hasOwn(messages, item.code) ? messages[item.code] : undefined;
    return template === undefined ? item : { ...item, message: renderMessage(template, item) };
  });
}
