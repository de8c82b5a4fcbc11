import type { CompiledPattern, Element } from './compile.js';
import type { WordingPatternKind } from './patterns.js';
import type { Token } from './tokens.js';
import { W } from './vocabulary.js';

/** Where a pattern matched, in token positions (`to` exclusive). */
export interface TokenMatch {
  readonly pattern: string;
  readonly kind: WordingPatternKind;
  readonly from: number;
  readonly to: number;
}

/** Counts the token tests made, so tests can show the work is linear in the text. */
export interface Work {
  steps: number;
}

/** Patterns indexed by the words their first element can match. */
export interface PatternIndex {
  /** Word or base form → the patterns that can start with it. */
  readonly byFirstWord: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** Patterns whose first element is not a finite list of words: tried at every token. */
  readonly always: readonly CompiledPattern[];
  /** Patterns anchored to the start of the text: tried at the first token only. */
  readonly atStart: readonly CompiledPattern[];
  /** Some pattern starts with a word the lexicon does not know: unknown tokens are looked up too. */
  readonly unknownKeys: boolean;
}

/** Indexes patterns by their first element, so a token is tried only against those that can start there. */
export function indexPatterns(
  patterns: readonly CompiledPattern[],
  isKnown: (word: string) => boolean,
): PatternIndex {
  const byFirstWord = new Map<string, CompiledPattern[]>();
  const always: CompiledPattern[] = [];
  const atStart: CompiledPattern[] = [];
  for (const pattern of patterns) {
    const [first] = pattern.elements;
    if (pattern.anchoredStart) {
      atStart.push(pattern);
      continue;
    }
    if (first === undefined || first.min === 0 || first.keys === undefined) {
      always.push(pattern);
      continue;
    }
    for (const key of first.keys) {
      const list = byFirstWord.get(key) ?? [];
      if (!list.includes(pattern)) list.push(pattern);
      byFirstWord.set(key, list);
    }
  }
  const unknownKeys = [...byFirstWord.keys()].some((key) => !isKnown(key));
  return { byFirstWord, always, atStart, unknownKeys };
}

interface Run {
  readonly tokens: readonly Token[];
  start: number;
  anchoredEnd: boolean;
  readonly work: Work;
}

/**
 * The end of the longest match of `elements[e…]` from token `i`, or -1. Each element repeats
 * at most `MAX_REPEAT` times and a pattern has at most `MAX_ELEMENTS` elements, so the work
 * from one starting token is bounded by a constant and matching a text is linear.
 */
function matchFrom(elements: readonly Element[], e: number, i: number, run: Run): number {
  const element = elements[e];
  const { tokens } = run;
  if (element === undefined) return run.anchoredEnd && i !== tokens.length ? -1 : i;
  // Greedy: take as many repetitions as the element allows, then give them back one by one.
  let count = 0;
  while (count < element.max) {
    const at = i + count;
    const token = tokens[at];
    // A match never runs across the start of a new clause.
    if (token === undefined || (at > run.start && token.clauseStart)) break;
    run.work.steps += 1;
    if (!element.test(token, tokens[at + 1])) break;
    count += 1;
  }
  for (let n = count; n >= element.min; n -= 1) {
    const end = matchFrom(elements, e + 1, i + n, run);
    if (end !== -1) return end;
  }
  return -1;
}

/** Tries one pattern at token i, adding its match (if any) to `found`. */
function tryPattern(pattern: CompiledPattern, i: number, run: Run, found: TokenMatch[]): void {
  run.start = i;
  run.anchoredEnd = pattern.anchoredEnd;
  const to = matchFrom(pattern.elements, 0, i, run);
  if (to > i) found.push({ pattern: pattern.id, kind: pattern.kind, from: i, to });
}

/** Every match of every pattern, by where it starts. */
export function findMatches(
  index: PatternIndex,
  tokens: readonly Token[],
  work: Work,
): TokenMatch[] {
  const found: TokenMatch[] = [];
  const run: Run = { tokens, start: 0, anchoredEnd: false, work };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    // Most words start no pattern; a word the lexicon does not know starts none unless a
    // host's pattern begins with one.
    if (!token.known && !index.unknownKeys) {
      for (const pattern of index.always) tryPattern(pattern, i, run, found);
      if (i === 0) for (const pattern of index.atStart) tryPattern(pattern, 0, run, found);
      continue;
    }
    const byLemma = index.byFirstWord.get(token.lemma);
    if (byLemma !== undefined) for (const pattern of byLemma) tryPattern(pattern, i, run, found);
    if (token.word !== token.lemma) {
      const byWord = index.byFirstWord.get(token.word);
      if (byWord !== undefined) {
        for (const pattern of byWord) {
          if (byLemma?.includes(pattern) !== true) tryPattern(pattern, i, run, found);
        }
      }
    }
    for (const pattern of index.always) tryPattern(pattern, i, run, found);
    // Anchored patterns (headings) last, so a pattern naming the aim wins a tie.
    if (i === 0) for (const pattern of index.atStart) tryPattern(pattern, 0, run, found);
  }
  return found;
}

/** Keeps, for each kind, the matches that do not overlap an earlier (or, at one start, a longer) one. */
export function withoutOverlaps(matches: readonly TokenMatch[]): TokenMatch[] {
  const sorted = [...matches].sort((a, b) => a.from - b.from || b.to - a.to);
  const reachedByKind = new Map<WordingPatternKind, number>();
  const kept: TokenMatch[] = [];
  for (const match of sorted) {
    if (match.from < (reachedByKind.get(match.kind) ?? 0)) continue;
    kept.push(match);
    reachedByKind.set(match.kind, match.to);
  }
  return kept;
}

/** How many words before a match a "not", "never" or "no" cancels it (in the same clause). */
const NEGATION_REACH = 4;

/**
 * Whether a match is negated: "I don't want to be safe all the time" is not an aim to be
 * safe. A match that names something the person wants less of ("I don't want to feel
 * lonely") stays an aim.
 */
export function isNegated(match: TokenMatch, tokens: readonly Token[]): boolean {
  for (let k = match.from; k < match.to; k += 1) {
    if (((tokens[k] as Token).mask & W.negativeQuality) !== 0) return false;
  }
  const first = tokens[match.from] as Token;
  if (first.clauseStart) return false;
  for (let k = match.from - 1; k >= 0 && k >= match.from - NEGATION_REACH; k -= 1) {
    const token = tokens[k] as Token;
    if ((token.mask & W.negator) !== 0) return true;
    if (token.clauseStart) break;
  }
  return false;
}
