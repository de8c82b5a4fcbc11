import {
  formatPath,
  type MessageCatalogue,
  parseIssueCatalogue,
  renderMessage,
} from '../core/index.js';
import { outcomeIssueCatalogue, parseOutcome } from './schemas/index.js';

/**
 * Options for {@link validateOutcomeForm}.
 *
 * @example
 * ```ts
 * validateOutcomeForm(draft, {
 *   fields: ['words', 'timeframe'],
 *   labels: { words: 'What matters to you', 'timeframe.reviewBy': 'Review date' },
 * });
 * ```
 * @category Outcomes
 */
export interface ValidateOutcomeFormOptions {
  /**
   * Only report these fields (and the fields inside them), written as paths such as
   * `words` or `timeframe.reviewBy` — typically the ones the person has touched. Default:
   * every field.
   */
  readonly fields?: readonly string[];
  /** The form's own label for a field, used in its messages in place of the path. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Your own message templates, keyed by issue code. */
  readonly messages?: MessageCatalogue;
}

/**
 * What {@link validateOutcomeForm} found.
 *
 * @example
 * ```ts
 * const { valid, fields } = validateOutcomeForm(draft);
 * ```
 * @category Outcomes
 */
export interface OutcomeFormValidation {
  /** `true` when the whole draft is a valid outcome (regardless of `fields`). */
  readonly valid: boolean;
  /** Messages for each field with a problem, keyed by path (`timeframe.reviewBy`, `owners[0].party`). */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  /** Messages about the form as a whole (fields it does not expect, an unreadable draft). */
  readonly form: readonly string[];
}

const DEFINITIONS: Readonly<Record<string, { message: MessageCatalogue[string] }>> = {
  ...parseIssueCatalogue,
  ...outcomeIssueCatalogue,
};

function within(path: string, fields: readonly string[]): boolean {
  return fields.some((f) => path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`));
}

/**
 * Validates an outcome form as the person fills it in, returning plain-English messages per
 * field.
 *
 * @remarks The whole draft is parsed with {@link parseOutcome} (so cross-field rules such as
 * "review by after the start" are checked), then the issues are grouped by field. Pass
 * `fields` to show messages only for the fields the person has reached, `labels` to name
 * fields as the form does, and `messages` for your own wording. Never throws.
 * @param draft - The form's current values.
 * @param options - `fields`, `labels` and `messages`.
 * @returns Whether the draft is valid, and the messages by field.
 * @example
 * ```ts
 * validateOutcomeForm(
 *   { words: '', timeframe: { start: '2026-09-14', reviewBy: '2026-09-01' } },
 *   { fields: ['words', 'timeframe'], labels: { 'timeframe.reviewBy': 'Review date' } },
 * ).fields;
 * // => { words: ['"words" must not be blank.'],
 * //      'timeframe.reviewBy': ['Review date must be after the start date (2026-09-14).'] }
 * ```
 * @category Outcomes
 */
export function validateOutcomeForm(
  draft: unknown,
  options: ValidateOutcomeFormOptions = {},
): OutcomeFormValidation {
  const result = parseOutcome(draft);
  const fields: Record<string, string[]> = {};
  const form: string[] = [];
  if (result.success) return { valid: true, fields, form };
  for (const issue of result.issues) {
    const path = formatPath(issue.path);
    if (path !== '' && options.fields !== undefined && !within(path, options.fields)) continue;
    const label =
      options.labels !== undefined && Object.hasOwn(options.labels, path)
        ? options.labels[path]
        : undefined;
    const custom =
      options.messages !== undefined && Object.hasOwn(options.messages, issue.code)
        ? options.messages[issue.code]
        : undefined;
    const template =
      custom ??
      (Object.hasOwn(DEFINITIONS, issue.code) ? DEFINITIONS[issue.code]?.message : undefined);
    const subject = label === undefined ? issue : { ...issue, field: label };
    const message = template === undefined ? issue.message : renderMessage(template, subject);
    if (path === '') form.push(message);
    else fields[path] = [...(fields[path] ?? []), message];
  }
  return { valid: false, fields, form };
}
