import type { IsoDate } from '../../core/index.js';
import type { Feedback, Review } from '../../reviews/index.js';
import type { ThemeMention } from '../feedback-themes.js';

/** The three review questions as themes, with the list of a review that answers each. */
export const QUESTION_THEMES = [
  { id: 'what_works', label: 'What works', list: 'improved' },
  { id: 'what_is_difficult', label: 'What is difficult', list: 'difficult' },
  { id: 'what_would_you_change', label: 'What would you change', list: 'wantsToChange' },
] as const;

const QUESTION_IDS: ReadonlySet<string> = new Set(QUESTION_THEMES.map((q) => q.id));

/** Whether a theme id is one of the three review questions. */
export const isQuestionTheme = (id: string): boolean => QUESTION_IDS.has(id);

/** A theme found in something someone said: a {@link ThemeMention} with the theme's id. */
export interface Mention extends ThemeMention {
  readonly theme: string;
}

/** A theme with the phrases that mark it in words nobody tagged. */
export interface PhraseTheme {
  readonly id: string;
  readonly phrases: readonly string[];
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether `text` holds `phrase` as whole words, ignoring case: "rushed" is in "I felt rushed."
 * but not in "brushed".
 */
export function holdsPhrase(text: string, phrase: string): boolean {
  const haystack = text.toLowerCase();
  const needle = phrase.trim().toLowerCase();
  if (needle === '') return false;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = at === 0 ? '' : (haystack[at - 1] ?? '');
    const after = haystack[at + needle.length] ?? '';
    if (!WORD.test(before) && !WORD.test(after)) return true;
  }
  return false;
}

function phraseMentions(
  themes: readonly PhraseTheme[],
  words: string,
  already: ReadonlySet<string>,
): string[] {
  return themes
    .filter((t) => !already.has(t.id) && t.phrases.some((p) => holdsPhrase(words, p)))
    .map((t) => t.id);
}

/** The themes of one piece of feedback: its tags, then phrases found in its words. */
function feedbackMentions(f: Feedback, themes: readonly PhraseTheme[]): Mention[] {
  const base = {
    personId: f.personId,
    on: f.on,
    record: { kind: 'feedback', id: f.id },
    item: null,
    words: f.words,
  } as const;
  const tags = [...new Set(f.themes ?? [])];
  return [
    ...tags.map(
      (theme): Mention => ({ ...base, theme, via: isQuestionTheme(theme) ? 'question' : 'tag' }),
    ),
    ...phraseMentions(themes, f.words, new Set(tags)).map(
      (theme): Mention => ({ ...base, theme, via: 'phrase' }),
    ),
  ];
}

/** The themes of a review: each answer under its question, and phrases in answers and views. */
function reviewMentions(r: Review, themes: readonly PhraseTheme[]): Mention[] {
  const base = { personId: r.personId, on: r.on, record: { kind: 'review', id: r.id } } as const;
  const out: Mention[] = [];
  for (const question of QUESTION_THEMES) {
    for (const [k, words] of (r[question.list] ?? []).entries()) {
      const item = `${question.list}.${k}`;
      out.push({ ...base, item, words, theme: question.id, via: 'question' });
      for (const theme of phraseMentions(themes, words, new Set())) {
        out.push({ ...base, item, words, theme, via: 'phrase' });
      }
    }
  }
  if (r.views !== undefined) {
    const { words } = r.views;
    for (const theme of phraseMentions(themes, words, new Set())) {
      out.push({ ...base, item: 'views', words, theme, via: 'phrase' });
    }
  }
  return out;
}

/** Every mention of a theme in feedback and reviews dated in `[from, to)`. */
export function mentionsIn(
  feedback: readonly Feedback[],
  reviews: readonly Review[],
  themes: readonly PhraseTheme[],
  from: IsoDate,
  to: IsoDate,
): Mention[] {
  const inWindow = (r: { readonly on: IsoDate }) => r.on >= from && r.on < to;
  return [
    ...feedback.filter(inWindow).flatMap((f) => feedbackMentions(f, themes)),
    ...reviews.filter(inWindow).flatMap((r) => reviewMentions(r, themes)),
  ];
}
