import { GoldenThreadError } from '../../core/index.js';
import { describeValue, isRecord } from '../../core/internal/index.js';
import type { FeedbackThemesOptions, ThemeDefinition, ThemeRecords } from '../feedback-themes.js';

/**
 * Checks the records and options of {@link feedbackThemes} (beyond the dates): lists are
 * lists, the period is known, and each theme has an id, an optional label and text phrases,
 * with no id defined twice.
 *
 * @throws {@link GoldenThreadError} `invalid_argument` naming what is wrong.
 */
export function requireThemeOptions(
  fn: string,
  records: ThemeRecords,
  options: FeedbackThemesOptions,
): readonly ThemeDefinition[] {
  const fail = (message: string): never => {
    throw new GoldenThreadError('invalid_argument', `${fn}: ${message}`);
  };
  if (!isRecord(records))
    fail(`the records must be an object, but they are ${describeValue(records)}.`);
  for (const name of ['feedback', 'reviews', 'actions'] as const) {
    const list: unknown = records[name];
    if (list !== undefined && !Array.isArray(list))
      fail(`${name} must be a list, but it is ${describeValue(list)}.`);
  }
  const period: unknown = options.period;
  if (period !== undefined && period !== 'month' && period !== 'quarter') {
    fail(`period must be 'month' or 'quarter', but it is ${describeValue(period)}.`);
  }
  const themes: unknown = options.themes ?? [];
  if (!Array.isArray(themes))
    return fail(`themes must be a list, but it is ${describeValue(themes)}.`);
  const seen = new Set<string>();
  for (const [k, theme] of themes.entries()) {
    if (!isTheme(theme))
      fail(`themes[${k}] must have a text id, an optional text label and a list of text phrases.`);
    const { id } = theme as ThemeDefinition;
    if (seen.has(id)) fail(`the theme ${JSON.stringify(id)} is defined twice.`);
    seen.add(id);
  }
  return themes as ThemeDefinition[];
}

function isTheme(value: unknown): value is ThemeDefinition {
  if (!isRecord(value)) return false;
  const { id, label, phrases } = value;
  return (
    typeof id === 'string' &&
    id.trim() !== '' &&
    (label === undefined || typeof label === 'string') &&
    (phrases === undefined ||
      (Array.isArray(phrases) && phrases.every((p) => typeof p === 'string')))
  );
}
