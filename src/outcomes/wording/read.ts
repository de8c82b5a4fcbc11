// The analyser's working core, shared by `analyseWording` (public, frozen results) and the
// outcome rules (which need only a few fields, many times over).
import type { WordingSignalKind } from './analyse.js';
import { type CompiledPattern, compileAll } from './compile.js';
import {
  findMatches,
  indexPatterns,
  isNegated,
  type PatternIndex,
  type TokenMatch,
  type Work,
  withoutOverlaps,
} from './match.js';
import { DEFAULT_WORDING_PATTERNS, type WordingPattern } from './patterns.js';
import { type Token, tokenise } from './tokens.js';
import { getVocabulary, type Vocabulary, W } from './vocabulary.js';
import { readVoice, type VoiceReading } from './voice.js';

/** The kinds of specific detail that outweigh a generic word. */
export type SignalKind = WordingSignalKind;

/** A pattern list compiled and indexed for matching. */
export interface Compiled {
  readonly patterns: readonly CompiledPattern[];
  readonly index: PatternIndex;
}

/** What the analyser read in one text, in token positions. */
export interface Reading {
  readonly tokens: readonly Token[];
  readonly generic: readonly TokenMatch[];
  readonly outweighed: readonly TokenMatch[];
  readonly serviceLed: readonly TokenMatch[];
  readonly signals: readonly { readonly kind: SignalKind; readonly at: number }[];
  readonly voice: VoiceReading;
  readonly work: Work;
}

/** Which part of an outcome a text is: the person's words, or an indicator's description. */
export type Part = 'words' | 'indicator';

/** Compiles a pattern list (checked) and indexes it. */
export function compile(patterns: readonly WordingPattern[]): Compiled {
  const compiled = compileAll(patterns);
  const { info } = getVocabulary();
  return { patterns: compiled, index: indexPatterns(compiled, (word) => info.has(word)) };
}

let defaults: Compiled | undefined;

/** The default patterns, compiled on first use. */
export function defaultCompiled(): Compiled {
  defaults ??= compile(DEFAULT_WORDING_PATTERNS);
  return defaults;
}

const FREQUENCY_BEFORE = new Set(['every', 'each', 'a', 'per', 'twice', 'once']);

const is = (token: Token | undefined, bit: number): boolean =>
  token !== undefined && (token.mask & bit) !== 0;

/** The kind of specific detail a token is, or undefined when it carries none. */
function signalOf(tokens: readonly Token[], i: number, v: Vocabulary): SignalKind | undefined {
  const token = tokens[i] as Token;
  const { mask } = token;
  if (token.digit || (mask & W.number) !== 0) return 'count';
  if ((mask & W.frequency) !== 0) return 'frequency';
  const before = tokens[i - 1];
  const often =
    before !== undefined &&
    (FREQUENCY_BEFORE.has(before.lemma) || before.digit || is(before, W.number));
  if ((mask & W.time) !== 0) return often ? 'frequency' : 'time';
  // "a week", "every day": a frequency; "in his week", "day to day": no detail.
  if ((mask & W.period) !== 0) return often ? 'frequency' : undefined;
  if ((mask & W.vague) !== 0) return undefined;
  if ((mask & W.relation) !== 0) return 'person';
  if ((mask & W.place) !== 0) return 'place';
  if ((mask & (W.activity | W.task)) !== 0) return 'activity';
  if (token.known) return 'detail';
  return unknownSignal(token.word, v);
}

// Endings of everyday abstract words ("connection", "dependence", "treated"): a word the
// lexicon does not know but shaped like these carries no specific detail.
const ABSTRACT_SHAPE =
  /(?:tion|sion|ness|ment|ity|ence|ance|ency|ancy|ship|ism|ful|less|ive|ous|able|ible|ise|ize|ised|ized|ed|ly)$/;

/** A word the lexicon does not know: a name, a place or an activity — or an everyday abstract word. */
function unknownSignal(word: string, v: Vocabulary): SignalKind | undefined {
  const singular = word.endsWith('s') ? word.slice(0, -1) : '';
  if (singular.length > 2 && ((v.info.get(singular)?.mask ?? 0) & W.vague) !== 0) return undefined;
  if (word.length >= 5 && ABSTRACT_SHAPE.test(word)) return undefined;
  if (word.length >= 6 && word.endsWith('ing')) return 'activity';
  return word.length > 1 ? 'name' : undefined;
}

const NUMERIC: ReadonlySet<SignalKind> = new Set(['count', 'frequency', 'time']);

/** The specific details outside the matched wording and the words naming the person. */
function signalsIn(
  tokens: readonly Token[],
  covered: readonly TokenMatch[],
  person: ReadonlySet<number>,
  part: Part,
  v: Vocabulary,
): Reading['signals'] {
  const inside = new Uint8Array(tokens.length);
  for (const m of covered) inside.fill(1, m.from, m.to);
  const signals: { kind: SignalKind; at: number }[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (inside[i] === 1 || person.has(i)) continue;
    const kind = signalOf(tokens, i, v);
    // An indicator's numbers are its scale, not a detail of what changes.
    if (kind !== undefined && !(part === 'indicator' && NUMERIC.has(kind))) {
      signals.push({ kind, at: i });
    }
  }
  return signals;
}

/**
 * Whether a generic match ends on a word that qualifies the next one ("the community mental
 * health team", "the community centre"): then it names a service or a place, not an aim.
 */
function qualifiesNoun(match: TokenMatch, tokens: readonly Token[]): boolean {
  const next = tokens[match.to];
  if (next === undefined || next.clauseStart) return false;
  const qualifier = is(next, W.modifier) && !is(next, W.quality | W.degree) && next.word !== 'of';
  return is(next, W.headNoun) || qualifier;
}

const SERVICE_VOICE: ReadonlySet<string> = new Set(['abstract_heading']);

const NONE: readonly TokenMatch[] = Object.freeze([]);

/**
 * One text read: its wording matches at once; its voice and details when first asked for
 * (the outcome rules ask for the voice only of words said to be the person's, and for
 * details only when there is a generic match to weigh them against).
 */
class LazyReading implements Reading {
  readonly work: Work = { steps: 0 };
  readonly tokens: readonly Token[];
  readonly serviceLed: readonly TokenMatch[];
  private readonly all: readonly TokenMatch[];
  private readonly matches: readonly TokenMatch[];
  private readonly genericFound: readonly TokenMatch[];
  private readonly part: Part;
  private readonly v: Vocabulary;
  private voiceRead: VoiceReading | undefined;
  private signalsRead: Reading['signals'] | undefined;

  constructor(text: string, compiled: Compiled, part: Part) {
    const v = getVocabulary();
    const tokens = tokenise(text, v);
    const found = findMatches(compiled.index, tokens, this.work);
    this.all =
      found.length === 0
        ? found
        : found.filter(
            (m) => !isNegated(m, tokens) && !(m.kind === 'generic' && qualifiesNoun(m, tokens)),
          );
    this.matches = this.all.length < 2 ? this.all : withoutOverlaps(this.all);
    const none = this.matches.length === 0;
    this.genericFound = none ? NONE : this.matches.filter((m) => m.kind === 'generic');
    this.serviceLed = none ? NONE : this.matches.filter((m) => m.kind !== 'generic');
    this.tokens = tokens;
    this.part = part;
    this.v = v;
  }

  get voice(): VoiceReading {
    if (this.voiceRead !== undefined) return this.voiceRead;
    const service = this.all.find((m) => m.kind !== 'generic' || SERVICE_VOICE.has(m.pattern));
    const cue = service && { cue: 'service_language' as const, from: service.from, to: service.to };
    const reading = readVoice(this.tokens, cue);
    // An indicator has no voice, but a name in it is still the person ("Aisha will…").
    this.voiceRead =
      this.part === 'words' ? reading : { ...reading, voice: 'unclear', cue: undefined };
    return this.voiceRead;
  }

  get signals(): Reading['signals'] {
    this.signalsRead ??= signalsIn(this.tokens, this.matches, this.voice.person, this.part, this.v);
    return this.signalsRead;
  }

  get generic(): readonly TokenMatch[] {
    return this.outweighs() ? NONE : this.genericFound;
  }

  get outweighed(): readonly TokenMatch[] {
    return this.outweighs() ? this.genericFound : NONE;
  }

  private outweighs(): boolean {
    return this.genericFound.length > 0 && this.signals.length > 0;
  }
}

/** Reads one English text: its wording matches, details and voice. */
export function read(text: string, compiled: Compiled, part: Part): Reading {
  return new LazyReading(text, compiled, part);
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** Whether a BCP 47 language tag is English (`en`, `en-GB`, …); undefined means English. */
export function isEnglish(language: string | undefined): boolean {
  return language === undefined || language.split('-')[0]?.toLowerCase() === 'en';
}

/** Whether a value is a well-formed language tag. */
export const isLanguageTag = (value: unknown): value is string =>
  typeof value === 'string' && LANGUAGE_TAG.test(value);

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Whether a text has letters but none in the Latin alphabet (so it cannot be English). */
export function notLatin(text: string): boolean {
  // Most texts show an ASCII letter within a few characters.
  for (let i = 0; i < text.length && i < 16; i += 1) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return false;
  }
  return !LATIN.test(text) && LETTER.test(text);
}
