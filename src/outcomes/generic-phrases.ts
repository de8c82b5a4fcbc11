/**
 * Aims that say something matters without saying what would be different. They are a known
 * weakness of care plans when nothing more specific follows. The list is a starting point:
 * pass your own (for example `[...DEFAULT_GENERIC_PHRASES, 'live my best life']`) as the
 * `genericPhrases` option of {@link checkOutcome}.
 *
 * @remarks Phrases are matched case-insensitively on whole words, ignoring punctuation, so
 * "Improve well-being." matches `improve well being` and "confident" alone matches nothing.
 * @example
 * ```ts
 * checkOutcome(outcome, { asOf, genericPhrases: [...DEFAULT_GENERIC_PHRASES, 'be fulfilled'] });
 * ```
 * @category Outcomes
 */
export const DEFAULT_GENERIC_PHRASES: readonly string[] = Object.freeze([
  'increase independence',
  'increase my independence',
  'promote independence',
  'maintain independence',
  'be more independent',
  'become more independent',
  'improve wellbeing',
  'improve well being',
  'improve my wellbeing',
  'improve my well being',
  'be more confident',
  'become more confident',
  'gain confidence',
  'build confidence',
  'increase confidence',
  'improve quality of life',
  'improve my quality of life',
  'be happy',
  'be happier',
  'be healthy',
  'be healthier',
  'improve health',
  'improve my health',
  'stay safe',
  'keep safe',
  'be safe',
  'develop skills',
  'develop my skills',
  'improve skills',
  'learn new skills',
  'be more social',
  'socialise more',
  'engage in activities',
  'engage in meaningful activities',
  'access the community',
  'community access',
  'reduce anxiety',
  'manage behaviour',
  'manage my behaviour',
  'live a fulfilling life',
  'reach my full potential',
  'reach full potential',
]);

/**
 * Lower-cases text and turns every run of characters that are not letters or digits into
 * one space, padded at both ends, so that a phrase can be found on whole words with a
 * plain substring search (linear in the length of the text).
 *
 * @internal
 */
export function normaliseWords(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Finds the generic phrases in a piece of text.
 *
 * @remarks Use it to give a hint while a person types ("'be more confident': what would
 * that look like?"). Matching is case-insensitive, on whole words, and ignores punctuation.
 * @param text - The words to search.
 * @param phrases - The phrases to look for; default {@link DEFAULT_GENERIC_PHRASES}.
 * @returns The phrases found, as written in `phrases`, in list order and without repeats.
 * @example
 * ```ts
 * findGenericPhrases('I want to be more confident.'); // => ['be more confident']
 * findGenericPhrases('I want to go to the art group on my own'); // => []
 * ```
 * @category Outcomes
 */
export function findGenericPhrases(
  text: string,
  phrases: readonly string[] = DEFAULT_GENERIC_PHRASES,
): string[] {
  return phraseMatcher(phrases)(text);
}

/**
 * Prepares a phrase list once, for matching many texts.
 *
 * @internal
 */
export function phraseMatcher(phrases: readonly string[]): (text: string) => string[] {
  const needles: [phrase: string, needle: string][] = [];
  for (const phrase of phrases) {
    const needle = normaliseWords(phrase);
    if (needle.trim() !== '' && !needles.some(([p]) => p === phrase))
      needles.push([phrase, needle]);
  }
  return (text) => {
    const haystack = normaliseWords(text);
    return needles.filter(([, needle]) => haystack.includes(needle)).map(([phrase]) => phrase);
  };
}

/** The matcher for {@link DEFAULT_GENERIC_PHRASES}, prepared once. @internal */
export const defaultPhraseMatcher = /* @__PURE__ */ phraseMatcher(DEFAULT_GENERIC_PHRASES);
