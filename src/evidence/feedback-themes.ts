import type { IsoDate, MonthNumber } from '../core/index.js';
import {
  compareText,
  deepFreeze,
  requireCalendarDate,
  requireOptions,
  unexpected,
} from '../core/internal/index.js';
import type { Action, Feedback, Review } from '../reviews/index.js';
import { indexActions, themeActions } from './themes/actions.js';
import { isQuestionTheme, type Mention, mentionsIn, QUESTION_THEMES } from './themes/mentions.js';
import { type Period, periodsOf } from './themes/periods.js';
import { requireThemeOptions } from './themes/require.js';
import { oncePerId } from './thread/records.js';

/**
 * A theme a provider watches for: its tag, a label for reports, and the phrases that mark it
 * in words nobody tagged (review answers, old feedback).
 *
 * @example
 * ```ts
 * const rushed: ThemeDefinition = { id: 'feeling-rushed', label: 'Feeling rushed', phrases: ['rushed', 'in a hurry'] };
 * ```
 * @category Evidence
 */
export interface ThemeDefinition {
  /** The tag, as hosts put it in a feedback record's `themes`. */
  readonly id: string;
  /** The name shown in reports. Default: the id. */
  readonly label?: string;
  /** Words or phrases that mark the theme, matched as whole words, ignoring case. */
  readonly phrases?: readonly string[];
}

/**
 * What {@link feedbackThemes} reads: feedback, reviews and actions of any number of people
 * (records outside the window are ignored).
 *
 * @example
 * ```ts
 * feedbackThemes({ feedback, reviews, actions }, { from: '2026-01-01', to: '2027-01-01' });
 * ```
 * @category Evidence
 */
export interface ThemeRecords {
  /** Feedback, tagged or not. */
  readonly feedback?: readonly Feedback[] | undefined;
  /** Reviews: their answers to the three questions, and their views. */
  readonly reviews?: readonly Review[] | undefined;
  /** Actions logged outside reviews (a review's own actions are read from it). */
  readonly actions?: readonly Action[] | undefined;
}

/**
 * Options for {@link feedbackThemes}.
 *
 * @example
 * ```ts
 * const options: FeedbackThemesOptions = { from: '2026-01-01', to: '2027-01-01', period: 'quarter', themes: [rushed] };
 * ```
 * @category Evidence
 */
export interface FeedbackThemesOptions {
  /** The first day counted. */
  readonly from: IsoDate;
  /** The day after the last day counted; actions are told as they stood before it. */
  readonly to: IsoDate;
  /** The periods to count by: `month` or `quarter` (default, the cycle of most feedback conversations). */
  readonly period?: 'month' | 'quarter';
  /** The month a reporting year starts in, for quarters: `1` (default) or `4` for the UK financial year. */
  readonly yearStartMonth?: MonthNumber;
  /** Themes to watch for: labels, and phrases for words nobody tagged. Each is counted even when nobody mentioned it. */
  readonly themes?: readonly ThemeDefinition[];
}

/**
 * One mention of a theme: a piece of feedback, or one answer (or the views) of a review.
 *
 * @example
 * ```ts
 * const quote = `${mention.on}: “${mention.words}”`;
 * ```
 * @category Evidence
 */
export interface ThemeMention {
  /** The person it is about. */
  readonly personId: string;
  /** The day it was said. */
  readonly on: IsoDate;
  /** The record: a piece of feedback or a review. */
  readonly record: { readonly kind: 'feedback' | 'review'; readonly id: string };
  /** For a review, the part: `improved.0`, `difficult.1`, `wantsToChange.0` or `views`; `null` for feedback. */
  readonly item: string | null;
  /** What was said. */
  readonly words: string;
  /** How it was found: a host `tag`, a review `question`, or a `phrase` of the theme. */
  readonly via: 'tag' | 'question' | 'phrase';
}

/**
 * An action taken on a theme, as it stood at the end of the window.
 *
 * @example
 * ```ts
 * const done = theme.actions.filter((a: ThemeAction) => a.state === 'done');
 * ```
 * @category Evidence
 */
export interface ThemeAction {
  /** The action. */
  readonly actionId: string;
  /** What was done. */
  readonly description: string;
  /** The day it was agreed, when it was agreed at a review; `null` otherwise. */
  readonly agreedOn: IsoDate | null;
  /** The day it was due by. */
  readonly dueOn: IsoDate;
  /** `done` (before `to`), `open` or `dropped`. */
  readonly state: 'done' | 'open' | 'dropped';
  /** The day it was done; `null` unless `state` is `done`. */
  readonly completedOn: IsoDate | null;
  /**
   * How it is linked: it answers a piece of `feedback` with the theme (its `feedbackIds`), or
   * it was agreed at a `review` where the theme came up.
   */
  readonly via: 'feedback' | 'review';
}

/**
 * The count of one theme in one period.
 *
 * @example
 * ```ts
 * const line = `${p.label}: ${p.mentions} mentions from ${p.people} people`;
 * ```
 * @category Evidence
 */
export interface ThemePeriodCount {
  /** The first day of the period. */
  readonly from: IsoDate;
  /** The day after it. */
  readonly to: IsoDate;
  /** `2026-05` or `2026-Q2` (`2026/27-Q1` for a financial year). */
  readonly label: string;
  /** How many times it came up. */
  readonly mentions: number;
  /** How many different people it came up for. */
  readonly people: number;
}

/**
 * One theme across people and periods, and what was done about it.
 *
 * @example
 * ```ts
 * const { label, byPeriod, actions }: ThemeCount = view.themes[0];
 * ```
 * @category Evidence
 */
export interface ThemeCount {
  /** The theme's id: a review question or a host tag. */
  readonly theme: string;
  /** Its label. */
  readonly label: string;
  /** `question` for the three review questions, `tag` for the host's own themes. */
  readonly kind: 'question' | 'tag';
  /** How many times it came up in the window. */
  readonly mentions: number;
  /** How many different people it came up for. */
  readonly people: number;
  /** The counts by period, every period of the window. */
  readonly byPeriod: readonly ThemePeriodCount[];
  /** Each mention, by date. */
  readonly said: readonly ThemeMention[];
  /** The actions taken on it, by due date. */
  readonly actions: readonly ThemeAction[];
}

/**
 * What {@link feedbackThemes} returns.
 *
 * @example
 * ```ts
 * const { periods, themes }: FeedbackThemes = feedbackThemes(records, options);
 * ```
 * @category Evidence
 */
export interface FeedbackThemes {
  /** The periods of the window. */
  readonly periods: readonly {
    readonly from: IsoDate;
    readonly to: IsoDate;
    readonly label: string;
  }[];
  /** The three review questions, then the host's themes by mentions (most first), then id. */
  readonly themes: readonly ThemeCount[];
}

/**
 * Counts the themes of what people said across a service — in feedback (tagged by the host,
 * or marked by a theme's phrases) and in reviews (each answer to "what works", "what is
 * difficult" and "what would you change", and phrases in answers and views) — by period and
 * by person, and links each theme to the actions taken on it.
 *
 * @remarks A mention is one piece of feedback, or one answer of a review, with the theme; a
 * record tagged with a theme is not counted again for its phrases. An action is taken on a
 * theme when it answers feedback with the theme (`feedbackIds`), or was agreed at a review
 * where the theme came up (shown as `via: 'review'`: the review does not say which of its
 * actions answered what). Actions are told as they stood on the day before `to`, so falling
 * counts after an action was done show on the same page. Records repeated with the same id
 * are counted once. Phrase matching is a start for records nobody tagged; tags are what an
 * auditor can check.
 * @param records - Feedback, reviews and actions of the service (any people).
 * @param options - The window `[from, to)`, `period`, `yearStartMonth` and `themes`.
 * @returns The periods, and each theme with its counts, mentions and actions; deeply frozen.
 * @throws {@link GoldenThreadError} `invalid_date` when `from` or `to` is not a calendar date;
 * `invalid_argument` when `to` is not after `from` or a theme definition is not one;
 * `limit_exceeded` when the window holds more than 1,200 periods (a century of months).
 * @example
 * ```ts
 * const view = feedbackThemes({ feedback, reviews, actions }, {
 *   from: '2026-01-01', to: '2027-01-01',
 *   themes: [{ id: 'feeling-rushed', label: 'Feeling rushed', phrases: ['rushed'] }],
 * });
 * view.themes.find((t) => t.theme === 'feeling-rushed')?.byPeriod.map((p) => p.mentions);
 * // => [5, 1, 0, 0]
 * ```
 * @category Evidence
 */
export function feedbackThemes(
  records: ThemeRecords,
  options: FeedbackThemesOptions,
): FeedbackThemes {
  try {
    requireOptions('feedbackThemes', options);
    const fn = 'feedbackThemes';
    const from = requireCalendarDate(fn, 'from', options.from);
    const to = requireCalendarDate(fn, 'to', options.to);
    const defined = requireThemeOptions(fn, records, options);
    const periods = periodsOf(
      fn,
      from,
      to,
      options.period ?? 'quarter',
      options.yearStartMonth ?? 1,
    );
    const feedback = oncePerId(records.feedback ?? [], (f) => f.on);
    const reviews = oncePerId(records.reviews ?? [], (r) => r.on);
    const phrases = defined.flatMap((t) =>
      t.phrases === undefined ? [] : [{ id: t.id, phrases: t.phrases }],
    );
    const mentions = mentionsIn(feedback, reviews, phrases, from, to);
    const ids = new Set([
      ...QUESTION_THEMES.map((q) => q.id),
      ...defined.map((t) => t.id),
      ...mentions.map((m) => m.theme),
    ]);
    const labels = new Map<string, string>([
      ...QUESTION_THEMES.map((q) => [q.id, q.label] as const),
      ...defined.map((t) => [t.id, t.label ?? t.id] as const),
    ]);
    const index = indexActions(reviews, records.actions ?? []);
    const byTheme = new Map<string, Mention[]>([...ids].map((id) => [id, []]));
    for (const m of mentions) byTheme.get(m.theme)?.push(m);
    const themes = [...byTheme].map(([theme, said]) =>
      countOf(theme, labels.get(theme) ?? theme, said, periods, themeActions(said, index, to)),
    );
    return deepFreeze({
      periods: periods.map((p) => ({ ...p })),
      themes: themes.sort(byKindThenMentions),
    });
  } catch (error) {
    throw unexpected('feedbackThemes', error);
  }
}

const QUESTION_ORDER = new Map<string, number>(QUESTION_THEMES.map((q, k) => [q.id, k]));

function byKindThenMentions(a: ThemeCount, b: ThemeCount): number {
  const qa = QUESTION_ORDER.get(a.theme);
  const qb = QUESTION_ORDER.get(b.theme);
  if (qa !== undefined || qb !== undefined) return (qa ?? 3) - (qb ?? 3);
  return b.mentions - a.mentions || compareText(a.theme, b.theme);
}

const peopleIn = (mentions: readonly Mention[]) => new Set(mentions.map((m) => m.personId)).size;

function countOf(
  theme: string,
  label: string,
  mentions: readonly Mention[],
  periods: readonly Period[],
  actions: readonly ThemeAction[],
): ThemeCount {
  const said = [...mentions]
    .sort(
      (a, b) =>
        compareText(a.on, b.on) ||
        compareText(a.record.id, b.record.id) ||
        compareText(a.item ?? '', b.item ?? ''),
    )
    .map(({ theme: _theme, record, ...m }): ThemeMention => ({ ...m, record: { ...record } }));
  return {
    theme,
    label,
    kind: isQuestionTheme(theme) ? 'question' : 'tag',
    mentions: mentions.length,
    people: peopleIn(mentions),
    byPeriod: periods.map((p) => {
      const inPeriod = mentions.filter((m) => m.on >= p.from && m.on < p.to);
      return { ...p, mentions: inPeriod.length, people: peopleIn(inPeriod) };
    }),
    said,
    actions,
  };
}
