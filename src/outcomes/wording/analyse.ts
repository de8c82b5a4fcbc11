import { GoldenThreadError } from '../../core/index.js';
import { requireList, unexpected } from '../../core/internal/index.js';
import type { TokenMatch } from './match.js';
import type { WordingPattern, WordingPatternKind } from './patterns.js';
import {
  type Compiled,
  compile,
  defaultCompiled,
  isEnglish,
  isLanguageTag,
  notLatin,
  type Part,
  type Reading,
  read,
} from './read.js';
import type { AboutPersonCue, WordingVoice } from './voice.js';

/**
 * The language the wording analyser reads. Its word lists and patterns are English; for
 * text in another language it reports that it did not check, rather than guess.
 *
 * @example
 * ```ts
 * WORDING_LANGUAGE; // => 'en'
 * ```
 * @category Outcome wording
 */
export const WORDING_LANGUAGE = 'en';

/**
 * Where some words are in a text: UTF-16 offsets, `end` exclusive, so
 * `text.slice(span.start, span.end)` is the words.
 *
 * @example
 * ```ts
 * const span: WordingSpan = { start: 0, end: 25 };
 * ```
 * @category Outcome wording
 */
export interface WordingSpan {
  /** The offset of the first character. */
  readonly start: number;
  /** The offset just after the last character. */
  readonly end: number;
}

/**
 * Words a pattern matched.
 *
 * @example
 * ```ts
 * const match: WordingMatch = {
 *   pattern: 'change_abstract', kind: 'generic', text: 'Increase his independence', span: { start: 0, end: 25 },
 * };
 * ```
 * @category Outcome wording
 */
export interface WordingMatch {
  /** The id of the pattern that matched. */
  readonly pattern: string;
  /** What the pattern finds. */
  readonly kind: WordingPatternKind;
  /** The words, exactly as written in the text. */
  readonly text: string;
  /** Where they are. */
  readonly span: WordingSpan;
}

/**
 * The kind of a specific detail: a `place` (pub, college), an `activity` or named skill
 * (swimming, using the microwave), a `person` in the person's life (mum, a friend), a `time`
 * (Sunday, the summer), a `frequency` (every week, twice a day), a `count` (10 lengths), a
 * `name` the analyser does not know (Priya, Tesco, Blackpool), or another concrete `detail`.
 *
 * @example
 * ```ts
 * const kind: WordingSignalKind = 'place';
 * ```
 * @category Outcome wording
 */
export type WordingSignalKind =
  | 'place'
  | 'activity'
  | 'person'
  | 'time'
  | 'frequency'
  | 'count'
  | 'name'
  | 'detail';

/**
 * A specific detail found in a text.
 *
 * @example
 * ```ts
 * const detail: WordingSignal = { kind: 'place', text: 'pub', span: { start: 51, end: 54 } };
 * ```
 * @category Outcome wording
 */
export interface WordingSignal {
  /** What kind of detail it is. */
  readonly kind: WordingSignalKind;
  /** The word, as written. */
  readonly text: string;
  /** Where it is. */
  readonly span: WordingSpan;
}

/**
 * What the wording analyser found in a text.
 *
 * @example
 * ```ts
 * const { generic, voice } = analyseWording('Increase his independence');
 * // generic: [{ pattern: 'change_abstract', text: 'Increase his independence', … }], voice: 'about_person'
 * ```
 * @category Outcome wording
 */
export interface WordingAnalysis {
  /**
   * `true` when the text was analysed; `false` when it is in another language (or not in the
   * Latin alphabet), and every list below is empty.
   */
  readonly checked: boolean;
  /** Why it was not checked: `language` (another language was named) or `script`. */
  readonly notChecked?: 'language' | 'script';
  /** The language the text was taken to be in (the option, or `en`). */
  readonly language: string;
  /** Generic aims that no specific detail outweighs. */
  readonly generic: readonly WordingMatch[];
  /** Generic words that specific detail in the text outweighs ("safe" in a positive-risk aim). */
  readonly outweighed: readonly WordingMatch[];
  /** Compliance, behaviour-management and task wording, whatever the detail. */
  readonly serviceLed: readonly WordingMatch[];
  /** The specific details found outside the matched wording. */
  readonly signals: readonly WordingSignal[];
  /** Whose words the text reads as (always `unclear` for an indicator). */
  readonly voice: WordingVoice;
  /** When the text reads as written about the person: the first words that show it. */
  readonly aboutPerson?: {
    /** What kind of wording it is. */
    readonly cue: AboutPersonCue;
    /** The words, as written. */
    readonly text: string;
    /** Where they are. */
    readonly span: WordingSpan;
  };
}

/**
 * A pattern list compiled once, to pass to {@link analyseWording} or {@link checkOutcome}
 * for many texts.
 *
 * @example
 * ```ts
 * const matcher: WordingMatcher = compileWordingPatterns(DEFAULT_WORDING_PATTERNS);
 * matcher.language; // => 'en'
 * ```
 * @category Outcome wording
 */
export interface WordingMatcher {
  /** The patterns it was compiled from (frozen). */
  readonly patterns: readonly WordingPattern[];
  /** The language the patterns read. */
  readonly language: typeof WORDING_LANGUAGE;
}

/**
 * Options for {@link analyseWording}.
 *
 * @example
 * ```ts
 * const options: AnalyseWordingOptions = { language: 'en-GB', part: 'indicator' };
 * ```
 * @category Outcome wording
 */
export interface AnalyseWordingOptions {
  /** The patterns: a list (compiled on each call) or a compiled matcher. Default {@link DEFAULT_WORDING_PATTERNS}. */
  readonly patterns?: readonly WordingPattern[] | WordingMatcher;
  /** The text's language, as a BCP 47 tag (`en`, `en-GB`, `cy`, `pl`). Default `en`. */
  readonly language?: string;
  /**
   * What the text is: a person's `words` (default), or an `indicator` description, whose
   * numbers are its scale rather than details and whose voice is not read.
   */
  readonly part?: 'words' | 'indicator';
}

const compiledOf = new WeakMap<WordingMatcher, Compiled>();

/**
 * Compiles a pattern list once, for matching many texts.
 *
 * @param patterns - The patterns (see {@link WordingPattern} for their syntax).
 * @returns A frozen matcher to pass as the `patterns` option of {@link analyseWording} or the
 * `wordingPatterns` option of {@link checkOutcome}.
 * @throws {@link GoldenThreadError} `invalid_argument` when a pattern has no id, a repeated
 * id, an unknown kind, or a phrase outside the pattern syntax (an unknown `{class}`, a
 * quantifier with nothing before it, only optional elements, more than 16 elements).
 * @example
 * ```ts
 * const matcher = compileWordingPatterns([
 *   ...DEFAULT_WORDING_PATTERNS,
 *   { id: 'at_home', kind: 'generic', phrase: 'feel at home' },
 * ]);
 * analyseWording('I want to feel at home', { patterns: matcher }).generic[0]?.pattern; // => 'at_home'
 * ```
 * @category Outcome wording
 */
export function compileWordingPatterns(patterns: readonly WordingPattern[]): WordingMatcher {
  requireList('compileWordingPatterns', 'patterns', patterns);
  try {
    const compiled = compile(patterns);
    const matcher: WordingMatcher = Object.freeze({
      patterns: Object.freeze(patterns.map((p) => Object.freeze({ ...p }))),
      language: WORDING_LANGUAGE,
    });
    compiledOf.set(matcher, compiled);
    return matcher;
  } catch (error) {
    throw unexpected('compileWordingPatterns', error);
  }
}

/** The compiled patterns for an option: defaults, a matcher, or a list to compile now. */
export function resolvePatterns(
  fn: string,
  patterns: readonly WordingPattern[] | WordingMatcher | undefined,
): Compiled {
  if (patterns === undefined) return defaultCompiled();
  if (Array.isArray(patterns)) return compile(patterns);
  const matcher = patterns as WordingMatcher;
  const known = compiledOf.get(matcher);
  if (known !== undefined) return known;
  if (typeof matcher === 'object' && matcher !== null && Array.isArray(matcher.patterns)) {
    return compile(matcher.patterns);
  }
  throw new GoldenThreadError(
    'invalid_argument',
    `${fn}: patterns must be a list of wording patterns or a matcher from compileWordingPatterns.`,
  );
}

/** The language option, checked: a BCP 47 tag or undefined (English). */
export function resolveLanguage(fn: string, language: unknown): string | undefined {
  if (language === undefined || isLanguageTag(language)) return language;
  throw new GoldenThreadError(
    'invalid_argument',
    `${fn}: language must be a language tag such as 'en', 'en-GB' or 'cy'.`,
  );
}

/** Why a text is not read as English, or undefined when it is. */
export function notEnglish(
  text: string,
  language: string | undefined,
): 'language' | 'script' | undefined {
  if (!isEnglish(language)) return 'language';
  return notLatin(text) ? 'script' : undefined;
}

const spanOf = (reading: Reading, from: number, to: number): WordingSpan => ({
  start: (reading.tokens[from] as { start: number }).start,
  end: (reading.tokens[to - 1] as { end: number }).end,
});

/** A match in the text's own words. */
export function toMatch(text: string, reading: Reading, m: TokenMatch): WordingMatch {
  const span = spanOf(reading, m.from, m.to);
  return Object.freeze({
    pattern: m.pattern,
    kind: m.kind,
    text: text.slice(span.start, span.end),
    span: Object.freeze(span),
  });
}

/** The first words that show a text is written about the person. */
export function aboutPersonOf(
  text: string,
  reading: Reading,
): WordingAnalysis['aboutPerson'] | undefined {
  const { cue } = reading.voice;
  if (reading.voice.voice !== 'about_person' || cue === undefined) return undefined;
  const span = spanOf(reading, cue.from, cue.to);
  return Object.freeze({
    cue: cue.cue,
    text: text.slice(span.start, span.end),
    span: Object.freeze(span),
  });
}

function toAnalysis(text: string, reading: Reading, language: string): WordingAnalysis {
  const list = (ms: readonly TokenMatch[]) =>
    Object.freeze(ms.map((m) => toMatch(text, reading, m)));
  const signals = reading.signals.map(({ kind, at }) => {
    const span = spanOf(reading, at, at + 1);
    return Object.freeze({
      kind,
      text: text.slice(span.start, span.end),
      span: Object.freeze(span),
    });
  });
  const about = aboutPersonOf(text, reading);
  return Object.freeze({
    checked: true,
    language,
    generic: list(reading.generic),
    outweighed: list(reading.outweighed),
    serviceLed: list(reading.serviceLed),
    signals: Object.freeze(signals),
    voice: reading.voice.voice,
    ...(about === undefined ? {} : { aboutPerson: about }),
  });
}

/**
 * Reads a piece of outcome wording the way a practitioner would: is it a generic aim, is it
 * compliance or task wording, what specific detail does it give, and whose words are they?
 *
 * @remarks
 * The text is normalised first — case, apostrophes and quotation marks, punctuation,
 * possessives, contractions, pronouns and simple inflections do not change the result — and
 * then matched against the patterns ({@link DEFAULT_WORDING_PATTERNS} unless given). A generic
 * aim is outweighed by any specific detail outside it (a place, an activity, a person, a
 * time, a frequency, a count, a name): "I want to take risks like going to the pub alone" is
 * not generic because it contains "safe". Voice: first-person words make the text the
 * person's; otherwise third-person or service wording makes it about them; a short text in
 * plain words with no pronoun ("See mum every Sunday at her house") is the person's, in easy
 * read.
 *
 * The analyser reads English only ({@link WORDING_LANGUAGE}): when `language` names another
 * language, or the text has letters but none in the Latin alphabet, it checks nothing and
 * says so (`checked: false`). The work is linear in the length of the text.
 * @param text - The words: an outcome's `words`, an indicator's description, or a draft as
 * someone types.
 * @param options - The patterns, the text's language and which part of an outcome it is.
 * @returns What was found, frozen.
 * @throws {@link GoldenThreadError} `invalid_argument` for a bad pattern list or language tag.
 * @example
 * ```ts
 * analyseWording('I want to be more confident').generic.map((m) => m.text); // => ['be more confident']
 * analyseWording('I want to feel more confident ordering my own food in the café').generic; // => []
 * analyseWording('See mum every Sunday at her house').voice; // => 'easy_read'
 * analyseWording('Mohammed would like to pray at the mosque on Fridays').voice; // => 'about_person'
 * analyseWording('Dw i eisiau mynd i’r dafarn', { language: 'cy' }).checked; // => false
 * ```
 * @category Outcome wording
 */
export function analyseWording(text: string, options: AnalyseWordingOptions = {}): WordingAnalysis {
  const fn = 'analyseWording';
  if (typeof text !== 'string') {
    throw new GoldenThreadError('invalid_argument', `${fn}: text must be a string.`);
  }
  const language = resolveLanguage(fn, options.language);
  const compiled = resolvePatterns(fn, options.patterns);
  const part: Part = options.part === 'indicator' ? 'indicator' : 'words';
  const reason = notEnglish(text, language);
  const taken = language ?? WORDING_LANGUAGE;
  if (reason !== undefined) {
    const none = Object.freeze([]);
    return Object.freeze({
      checked: false,
      notChecked: reason,
      language: taken,
      generic: none,
      outweighed: none,
      serviceLed: none,
      signals: none,
      voice: 'unclear',
    });
  }
  return toAnalysis(text, read(text, compiled, part), taken);
}
