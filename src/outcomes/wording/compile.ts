import { GoldenThreadError } from '../../core/index.js';
import type { WordingPattern, WordingPatternKind } from './patterns.js';
import type { Token } from './tokens.js';
import { getVocabulary, inflections, type Vocabulary, W, WORD_CLASSES } from './vocabulary.js';

/** Whether a token (with the one after it) passes one test of a pattern element. */
export type TokenTest = (token: Token, next: Token | undefined) => boolean;

/** One element of a compiled pattern: alternatives, and how often it may repeat. */
export interface Element {
  readonly test: TokenTest;
  readonly min: number;
  readonly max: number;
  /** Every word or base form the element can match, when that is a finite list. */
  readonly keys: ReadonlySet<string> | undefined;
}

/**
 * One alternative of an element: a class bit, a word's forms, or a test of its own; and,
 * when finite, the words it can match.
 */
interface Alternative {
  readonly test: TokenTest;
  readonly keys: ReadonlySet<string> | undefined;
  /** A plain class: the token's mask has this bit. */
  readonly bit?: number;
  /** A word: the token is one of these forms, or has this base form. */
  readonly forms?: ReadonlySet<string>;
  readonly lemma?: string;
}

/** A pattern ready to match. */
export interface CompiledPattern {
  readonly id: string;
  readonly kind: WordingPatternKind;
  readonly elements: readonly Element[];
  readonly anchoredStart: boolean;
  readonly anchoredEnd: boolean;
}

/** The most an element may repeat (`*`, `+`): keeps matching linear in the text's length. */
export const MAX_REPEAT = 6;
/** The most elements a pattern may have. */
export const MAX_ELEMENTS = 16;

// Pronouns in a host's phrase become the slot for whose aim it is.
export const PRONOUN_SLOT: ReadonlySet<string> = new Set([
  'my',
  'his',
  'her',
  'their',
  'your',
  'our',
  'me',
  'him',
  'them',
  'us',
]);

const fail = (pattern: WordingPattern, why: string): never => {
  throw new GoldenThreadError(
    'invalid_argument',
    `compileWordingPatterns: pattern ${JSON.stringify(String(pattern.id).slice(0, 60))} ${why}`,
  );
};

/** Whether a token is a word the analyser does not know: most often a name. */
export function isName(token: Token): boolean {
  return !token.known && !token.digit && token.word.length > 1;
}

/** A word that qualifies the next one without being a quality ("social" in "social skills"). */
const PURE_MODIFIER = (mask: number): boolean =>
  (mask & W.modifier) !== 0 && (mask & W.quality) === 0;

function specialTest(name: string, vocabulary: Vocabulary): Alternative | undefined {
  const test = specialTokenTest(name);
  if (test === undefined) return undefined;
  const keys =
    name === 'prep'
      ? vocabulary.preposition
      : name === 'and'
        ? new Set(['and', 'or'])
        : name === 'pronoun'
          ? vocabulary.who
          : undefined;
  return { test, keys };
}

function specialTokenTest(name: string): TokenTest | undefined {
  switch (name) {
    case 'who':
      // A pronoun, a determiner, a possessive, or a name that is the object of the verb
      // (not a name directly before an abstract noun: "improve Makaton skills" names a skill).
      return (t, next) =>
        (t.mask & W.who) !== 0 ||
        t.possessive ||
        (isName(t) &&
          !(next !== undefined && ((next.mask & W.abstract) !== 0 || PURE_MODIFIER(next.mask))));
    case 'pronoun':
      return (t) => (t.mask & W.who) !== 0 || t.possessive;
    case 'prep':
      return (t) => (t.mask & W.preposition) !== 0;
    case 'number':
      return (t) => t.digit || (t.mask & W.number) !== 0;
    case 'and':
      return (t) => t.word === 'and' || t.word === 'or';
    case 'any':
      return () => true;
    default:
      return undefined;
  }
}

function alternativeTest(
  alternative: string,
  pattern: WordingPattern,
  vocabulary: Vocabulary,
): Alternative {
  if (alternative.startsWith('{') && alternative.endsWith('}')) {
    const name = alternative.slice(1, -1);
    const special = specialTest(name, vocabulary);
    if (special !== undefined) return special;
    if (!(WORD_CLASSES as readonly string[]).includes(name)) {
      return fail(
        pattern,
        `uses {${name.slice(0, 30)}}, which is not a word class (${[...WORD_CLASSES, 'who', 'pronoun', 'prep', 'number', 'and', 'any'].join(', ')}).`,
      );
    }
    const className = name as (typeof WORD_CLASSES)[number];
    const members = vocabulary.classes[className];
    const bit = W[className];
    if (className !== 'abstract') {
      return { test: (t) => (t.mask & bit) !== 0, keys: members, bit };
    }
    // "Mental health team": an abstract noun that qualifies another noun is not the aim.
    return {
      test: (t, next) =>
        (t.mask & bit) !== 0 && !(next !== undefined && (next.mask & W.headNoun) !== 0),
      keys: members,
    };
  }
  const word = alternative.replace(/['’‘ʼ`´]/g, "'");
  if (!/^[\p{L}\p{M}\p{N}'-]+$/u.test(word)) {
    return fail(pattern, `has ${JSON.stringify(alternative.slice(0, 30))}, which is not a word.`);
  }
  const lemma = vocabulary.lemma.get(word) ?? word;
  const forms = new Set([word, ...inflections(word, vocabulary.classes.quality.has(lemma))]);
  // A known word is indexed by the forms the lexicon has (a token of any other form would be
  // unknown, and is never a form of it); a host's own word by every form.
  const known = vocabulary.info.has(lemma);
  const keys = new Set([
    word,
    lemma,
    ...[...forms].filter((f) => !known || vocabulary.info.has(f)),
  ]);
  return { test: (t) => forms.has(t.word) || t.lemma === lemma, keys, forms, lemma };
}

/**
 * One test for all of an element's alternatives: class bits in one mask, words in one set,
 * and the rest (names, "{who}", "{abstract}") tried in turn — no closure made per token.
 */
function combine(alternatives: readonly Alternative[]): TokenTest {
  if (alternatives.length === 1) return (alternatives[0] as Alternative).test;
  let mask = 0;
  const forms = new Set<string>();
  const lemmas = new Set<string>();
  const others: TokenTest[] = [];
  for (const a of alternatives) {
    if (a.bit !== undefined) mask |= a.bit;
    else if (a.forms !== undefined && a.lemma !== undefined) {
      for (const f of a.forms) forms.add(f);
      lemmas.add(a.lemma);
    } else others.push(a.test);
  }
  return (t, next) => {
    if ((t.mask & mask) !== 0 || forms.has(t.word) || lemmas.has(t.lemma)) return true;
    for (const other of others) if (other(t, next)) return true;
    return false;
  };
}

/**
 * Compiles one element (`a|b|{c}` with an optional `?`, `*` or `+`). Only the first element
 * of a pattern needs its list of words (the index).
 */
function compileElement(
  source: string,
  pattern: WordingPattern,
  vocabulary: Vocabulary,
  first: boolean,
): Element {
  const quantifier = /[?*+]$/.test(source) ? source.slice(-1) : '';
  const body = quantifier === '' ? source : source.slice(0, -1);
  if (body === '') fail(pattern, `has a ${quantifier} with nothing before it.`);
  // `{a|b}` is shorthand for `{a}|{b}`.
  const expanded = body.replace(/\{([^{}]*)\}/g, (_m, inner: string) =>
    inner
      .split('|')
      .map((name) => `{${name}}`)
      .join('|'),
  );
  const alternatives = expanded.split('|');
  if (alternatives.some((a) => a === '')) fail(pattern, 'has an empty alternative.');
  const lower = alternatives.map((a) => (a.startsWith('{') ? a : a.toLowerCase()));
  const slot = lower.length === 1 && PRONOUN_SLOT.has(lower[0] as string);
  const alternativesOf = (slot ? ['{who}'] : lower).map((a) =>
    alternativeTest(a, pattern, vocabulary),
  );
  const test = combine(alternativesOf);
  const keys =
    first && alternativesOf.every((a) => a.keys !== undefined)
      ? new Set(alternativesOf.flatMap((a) => [...(a.keys as ReadonlySet<string>)]))
      : undefined;
  if ((slot && quantifier === '') || quantifier === '?') return { test, min: 0, max: 1, keys };
  if (quantifier === '*') return { test, min: 0, max: MAX_REPEAT, keys };
  if (quantifier === '+') return { test, min: 1, max: MAX_REPEAT, keys };
  return { test, min: 1, max: 1, keys };
}

/** Compiles one pattern, or throws when its phrase is not in the pattern syntax. */
export function compilePattern(pattern: WordingPattern, vocabulary: Vocabulary): CompiledPattern {
  if (typeof pattern.phrase !== 'string') fail(pattern, 'has no phrase.');
  const sources = pattern.phrase
    .trim()
    .split(/\s+/)
    .filter((s) => s !== '');
  const anchoredStart = sources[0] === '^';
  const anchoredEnd = sources.at(-1) === '$';
  const body = sources.slice(anchoredStart ? 1 : 0, anchoredEnd ? -1 : undefined);
  if (body.some((s) => s === '^' || s === '$')) fail(pattern, 'has ^ or $ in the middle.');
  if (body.length === 0) fail(pattern, 'has no words to match.');
  if (body.length > MAX_ELEMENTS) fail(pattern, `has more than ${MAX_ELEMENTS} elements.`);
  const elements = body.map((s, i) => compileElement(s, pattern, vocabulary, i === 0));
  if (elements.every((e) => e.min === 0)) fail(pattern, 'could match no words at all.');
  return { id: pattern.id, kind: pattern.kind, elements, anchoredStart, anchoredEnd };
}

const KINDS: ReadonlySet<string> = new Set(['generic', 'compliance', 'task']);

/** Checks and compiles a pattern list. */
export function compileAll(patterns: readonly WordingPattern[]): readonly CompiledPattern[] {
  if (!Array.isArray(patterns)) {
    throw new GoldenThreadError(
      'invalid_argument',
      'compileWordingPatterns: patterns must be a list of { id, kind, phrase }.',
    );
  }
  const vocabulary = getVocabulary();
  const ids = new Set<string>();
  return patterns.map((pattern) => {
    if (typeof pattern?.id !== 'string' || pattern.id.trim() === '') {
      throw new GoldenThreadError(
        'invalid_argument',
        'compileWordingPatterns: every pattern needs an id.',
      );
    }
    if (ids.has(pattern.id)) fail(pattern, 'appears twice in the list.');
    ids.add(pattern.id);
    if (!KINDS.has(pattern.kind))
      fail(pattern, 'has a kind that is not generic, compliance or task.');
    return compilePattern(pattern, vocabulary);
  });
}
