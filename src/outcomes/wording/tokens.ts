import { COMPOUNDS, CONTRACTED } from './lexicon.js';
import { type Vocabulary, W } from './vocabulary.js';

/** One word of a text, normalised, with where it stands in the original text. */
export interface Token {
  /** Lower case, apostrophes straightened, a possessive `'s` removed. */
  readonly word: string;
  /** The base form (`improved` → `improve`), or the word itself when it is not in the lexicon. */
  readonly lemma: string;
  /** The lexicon's lists the word or its base form is in (bits of `W`); 0 for an unknown word. */
  readonly mask: number;
  /** The lexicon knows the word (a word it does not know may be a name). */
  readonly known: boolean;
  /** The UTF-16 offset of the token's first character in the original text. */
  readonly start: number;
  /** The offset just after its last character. */
  readonly end: number;
  /** Written with a possessive `'s` ("Jamal's", "nan's"). */
  readonly possessive: boolean;
  /** The first word of the text or of a clause (after `.`, `!`, `?`, `;`, `:`, a new line or a dash). */
  readonly clauseStart: boolean;
  /** Contains a digit ("10", "8am"). */
  readonly digit: boolean;
}

// Letters of any script, combining marks and digits (outside ASCII and the Latin ranges,
// tested one character at a time).
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const APOSTROPHES = /['’‘ʼ`´]/g;

const SUFFIX: Readonly<Record<string, string>> = {
  "'m": 'am',
  "'re": 'are',
  "'ve": 'have',
  "'ll": 'will',
  "'d": 'would',
};
// A 's after these is "is" ("it's", "she's"); after anything else it is a possessive.
const IS_BEFORE = new Set([
  'it',
  'that',
  'what',
  'there',
  'here',
  'he',
  'she',
  'who',
  'where',
  'how',
]);

/** The length of the word character at `i` (1, or 2 for a surrogate pair), or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  }
  if (Number.isNaN(c)) return 0;
  // Latin-1 and Latin Extended letters (not × or ÷), and combining accents: no look-up.
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? 0 : 1;
  if (c >= 0x300 && c <= 0x36f) return 1;
  if (c === 0x2bc) return 0; // ʼ, an apostrophe
  // General punctuation (dashes, curly quotes, bullets): never part of a word.
  if (c >= 0x2000 && c <= 0x206f) return 0;
  const wide = c >= 0xd800 && c <= 0xdbff;
  return WORD_CHAR.test(text.slice(i, wide ? i + 2 : i + 1)) ? (wide ? 2 : 1) : 0;
}

const isApostrophe = (c: number): boolean =>
  c === 39 || c === 8217 || c === 8216 || c === 700 || c === 96 || c === 180;

/** `.`, `!`, `?`, `;`, `:`, a line break, a bullet, an en or em dash. */
const isBoundary = (c: number): boolean =>
  c === 46 ||
  c === 33 ||
  c === 63 ||
  c === 59 ||
  c === 58 ||
  c === 10 ||
  c === 13 ||
  c === 8226 ||
  c === 183 ||
  c === 8211 ||
  c === 8212;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 160;

/** Splits one word as written into its normalised parts ("don't" → "do", "not"). */
function parts(
  raw: string,
  apostrophe: boolean,
): { words: readonly string[]; possessive: boolean } {
  const lower = raw.toLowerCase();
  const word = apostrophe ? lower.replace(APOSTROPHES, "'") : lower;
  const whole = CONTRACTED.get(word);
  if (whole !== undefined) return { words: whole, possessive: false };
  if (!apostrophe) return { words: [word], possessive: false };
  if (word.endsWith("n't")) return { words: [word.slice(0, -3), 'not'], possessive: false };
  const at = word.lastIndexOf("'");
  const suffix = word.slice(at);
  const head = word.slice(0, at);
  const expanded = SUFFIX[suffix];
  if (expanded !== undefined) return { words: [head, expanded], possessive: false };
  if (suffix === "'s") {
    return IS_BEFORE.has(head)
      ? { words: [head, 'is'], possessive: false }
      : { words: [head], possessive: true };
  }
  return { words: [word], possessive: false };
}

/** The compound expressions, keyed by their first word, longest first. */
function compoundIndex(): ReadonlyMap<string, readonly (readonly string[])[]> {
  const index = new Map<string, (readonly string[])[]>();
  for (const compound of COMPOUNDS) {
    const first = compound[0] as string;
    const list = index.get(first) ?? [];
    list.push(compound);
    list.sort((a, b) => b.length - a.length);
    index.set(first, list);
  }
  return index;
}

let compounds: ReadonlyMap<string, readonly (readonly string[])[]> | undefined;

/** The length of the compound starting at token i ("well being", "self esteem"), or 0. */
function compoundAt(tokens: readonly Token[], i: number): number {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next === undefined || next.clauseStart) return 0;
  if (token.word === 'self') return 2;
  compounds ??= compoundIndex();
  const candidates = compounds.get(token.word);
  if (candidates === undefined) return 0;
  const found = candidates.find((c) =>
    c.every((part, k) => {
      const t = tokens[i + k];
      return (
        t !== undefined && (t.word === part || t.lemma === part) && (k === 0 || !t.clauseStart)
      );
    }),
  );
  return found?.length ?? 0;
}

/** Joins known compound expressions ("well being", "quality of life", "self esteem") into one token. */
function joinCompounds(tokens: Token[], vocabulary: Vocabulary): Token[] {
  let out: Token[] | undefined;
  let i = 0;
  while (i < tokens.length) {
    const length = compoundAt(tokens, i);
    if (length === 0) {
      out?.push(tokens[i] as Token);
      i += 1;
      continue;
    }
    out ??= tokens.slice(0, i);
    const first = tokens[i] as Token;
    const last = tokens[i + length - 1] as Token;
    const word = tokens
      .slice(i, i + length)
      .map((t) => t.word)
      .join('-');
    const info = vocabulary.info.get(word);
    out.push({
      ...first,
      word,
      lemma: info?.lemma ?? word,
      mask: info?.mask ?? 0,
      known: info !== undefined,
      end: last.end,
      possessive: last.possessive,
    });
    i += length;
  }
  return out ?? tokens;
}

/** Whether the character at `i` ends a clause: a boundary mark, or a dash standing between words. */
function endsClause(text: string, i: number, c: number): boolean {
  if (isBoundary(c)) return true;
  return c === 45 && (isSpace(text.charCodeAt(i - 1)) || isSpace(text.charCodeAt(i + 1)));
}

interface Scanned {
  end: number;
  apostrophe: boolean;
  digit: boolean;
  /** Has a character that lower-casing could change (an ASCII capital, or anything non-ASCII). */
  cased: boolean;
}
/**
 * The end of the word starting at `start`, and whether it has an apostrophe or a digit
 * inside, written into `scanned` (one record per text: the tokeniser is the hot loop).
 */
function scanWord(text: string, start: number, scanned: Scanned): Scanned {
  let i = start;
  let apostrophe = false;
  let digit = false;
  let cased = false;
  for (;;) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits inline; anything else through the Unicode test.
    if (c >= 97 && c <= 122) {
      i += 1;
      continue;
    }
    if (c >= 65 && c <= 90) {
      cased = true;
      i += 1;
      continue;
    }
    if (c >= 48 && c <= 57) {
      digit = true;
      i += 1;
      continue;
    }
    const width = c >= 128 ? wordCharAt(text, i) : 0;
    if (width > 0) {
      cased = true;
      i += width;
      continue;
    }
    if (i > start && isApostrophe(c) && wordCharAt(text, i + 1) > 0) {
      apostrophe = true;
      i += 1;
      continue;
    }
    scanned.end = i;
    scanned.apostrophe = apostrophe;
    scanned.digit = digit;
    scanned.cased = cased;
    return scanned;
  }
}

/**
 * Adds the token (or, for a contraction, the tokens) of one word as written; says whether it
 * can start a compound.
 */
function pushWord(
  tokens: Token[],
  vocabulary: Vocabulary,
  text: string,
  start: number,
  word: Scanned,
  clauseStart: boolean,
): boolean {
  const { end, apostrophe, digit, cased } = word;
  const raw = text.slice(start, end);
  const lower = apostrophe ? undefined : cased ? raw.toLowerCase() : raw;
  const info = lower === undefined ? undefined : vocabulary.info.get(lower);
  if (lower !== undefined && info?.split === undefined) {
    // The common case: one plain word, looked up once.
    const known = info !== undefined;
    const lemma = known ? info.lemma : lower;
    const mask = known ? info.mask : 0;
    tokens.push({
      word: lower,
      lemma,
      mask,
      known,
      start,
      end,
      possessive: false,
      clauseStart,
      digit,
    });
    return info?.head === true;
  }
  const split = parts(raw, apostrophe);
  const last = split.words.length - 1;
  let head = false;
  for (let k = 0; k <= last; k += 1) {
    const part = split.words[k] as string;
    const partInfo = vocabulary.info.get(part);
    tokens.push({
      word: part,
      lemma: partInfo?.lemma ?? part,
      mask: partInfo?.mask ?? 0,
      known: partInfo !== undefined,
      start,
      end,
      possessive: split.possessive && k === last,
      clauseStart: clauseStart && k === 0,
      digit,
    });
    head ||= partInfo?.head === true;
  }
  return head;
}

/**
 * Splits a text into normalised tokens, in one pass over its characters. Case, apostrophe and
 * quotation-mark styles, punctuation and hyphens do not change the tokens (only where they
 * stand). "Mr. Okafor": a full stop after a title does not end a clause.
 */
export function tokenise(text: string, vocabulary: Vocabulary): Token[] {
  const tokens: Token[] = [];
  const scanned: Scanned = { end: 0, apostrophe: false, digit: false, cased: false };
  let boundary = true;
  let compound = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (!letter && (c < 128 || wordCharAt(text, i) === 0)) {
      if (c !== 32 && endsClause(text, i, c)) boundary = true;
      i += 1;
      continue;
    }
    scanWord(text, i, scanned);
    const previous = boundary ? tokens[tokens.length - 1] : undefined;
    const clauseStart = boundary && !(previous !== undefined && (previous.mask & W.title) !== 0);
    compound = pushWord(tokens, vocabulary, text, i, scanned, clauseStart) || compound;
    boundary = false;
    i = scanned.end;
  }
  return compound ? joinCompounds(tokens, vocabulary) : tokens;
}
