import { analyseWording, compileWordingPatterns, type WordingMatcher } from './wording/analyse.js';
import { PRONOUN_SLOT } from './wording/compile.js';
import type { WordingPattern } from './wording/patterns.js';
import { tokenise } from './wording/tokens.js';
import { getVocabulary } from './wording/vocabulary.js';

/** A host's plain phrases as generic patterns, each normalised the way texts are. */
function phrasePatterns(phrases: readonly string[]): WordingPattern[] {
  const vocabulary = getVocabulary();
  const patterns: WordingPattern[] = [];
  for (const phrase of phrases) {
    const words = tokenise(String(phrase), vocabulary).map((t) => t.word);
    if (words.every((w) => PRONOUN_SLOT.has(w)) || patterns.some((p) => p.id === phrase)) continue;
    patterns.push({ id: phrase, kind: 'generic', phrase: words.join(' ') });
  }
  return patterns;
}

/**
 * Finds the generic aims in a piece of text, as the words are written there.
 *
 * @remarks A convenience over {@link analyseWording}: the words of each generic aim that no
 * specific detail outweighs, in the order they appear and without repeats. Use it to give a
 * hint while a person types ("'be more confident': what would that look like?"). With
 * `phrases`, those phrases are the only patterns: each is matched on whole words after the
 * same normalisation as the text (case, punctuation, pronoun slots, simple inflections), so
 * `'increase my independence'` also finds "Increasing his independence". English only: see
 * {@link analyseWording}.
 * @param text - The words to search.
 * @param phrases - Plain phrases to look for instead of the default patterns, or a compiled
 * matcher; default {@link DEFAULT_WORDING_PATTERNS}.
 * @returns The generic words found, as written in `text`.
 * @throws {@link GoldenThreadError} `invalid_argument` when `phrases` is neither a list nor a
 * compiled matcher.
 * @example
 * ```ts
 * findGenericPhrases('I want to be more confident.'); // => ['be more confident']
 * findGenericPhrases('Increase HIS independence'); // => ['Increase HIS independence']
 * findGenericPhrases('I want to go to the art group on my own'); // => []
 * findGenericPhrases('I want to live my best life', ['live my best life']); // => ['live my best life']
 * ```
 * @category Outcome wording
 */
export function findGenericPhrases(
  text: string,
  phrases?: readonly string[] | WordingMatcher,
): string[] {
  const patterns =
    phrases === undefined || !Array.isArray(phrases)
      ? (phrases as WordingMatcher | undefined)
      : compileWordingPatterns(phrasePatterns(phrases));
  const found: string[] = [];
  for (const match of analyseWording(text, patterns === undefined ? {} : { patterns }).generic) {
    if (!found.includes(match.text)) found.push(match.text);
  }
  return found;
}
