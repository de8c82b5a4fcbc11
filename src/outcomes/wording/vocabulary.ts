import * as L from './lexicon.js';

/** The classes a pattern can name in braces: `{change}`, `{abstract}`, … */
export const WORD_CLASSES = [
  'change',
  'state',
  'abstract',
  'quality',
  'degree',
  'modifier',
  'task',
  'staff',
  'measure',
] as const;

/** A word class a pattern can name. */
export type WordClassName = (typeof WORD_CLASSES)[number];

/**
 * One bit per word list, so that a token carries every list it (or its base form) is in and
 * the analyser tests membership with one `&` instead of a set look-up.
 */
export const W = {
  change: 1 << 0,
  state: 1 << 1,
  abstract: 1 << 2,
  quality: 1 << 3,
  degree: 1 << 4,
  modifier: 1 << 5,
  task: 1 << 6,
  staff: 1 << 7,
  measure: 1 << 8,
  who: 1 << 9,
  preposition: 1 << 10,
  number: 1 << 11,
  firstPerson: 1 << 12,
  we: 1 << 13,
  thirdPerson: 1 << 14,
  negator: 1 << 15,
  title: 1 << 16,
  personVerb: 1 << 17,
  staffVerb: 1 << 18,
  directed: 1 << 19,
  plainVerb: 1 << 20,
  verb: 1 << 21,
  servicePerson: 1 << 22,
  negativeQuality: 1 << 23,
  headNoun: 1 << 24,
  vague: 1 << 25,
  place: 1 << 26,
  activity: 1 << 27,
  relation: 1 << 28,
  time: 1 << 29,
  period: 1 << 30,
  frequency: 1 << 31,
} as const;

/** What the tokeniser needs to know about a word, in one look-up. */
export interface WordInfo {
  /** Its base form. */
  readonly lemma: string;
  /** The lists it or its base form is in (bits of {@link W}). */
  readonly mask: number;
  /** It can start a compound expression ("well" in "well being"). */
  readonly head: boolean;
  /** It stands for two words ("dont" → "do", "not"). */
  readonly split?: readonly string[];
}

/** The analyser's vocabulary, built once from the lexicon. */
export interface Vocabulary {
  /** Inflected or variant form → base form. */
  readonly lemma: ReadonlyMap<string, string>;
  /** Every word the tokeniser knows → its base form, and whether it starts a compound or stands for two words. */
  readonly info: ReadonlyMap<string, WordInfo>;
  /** Base forms of each class. */
  readonly classes: Readonly<Record<WordClassName, ReadonlySet<string>>>;
  /** Every base form the analyser knows (a word it does not know may be a name). */
  readonly known: ReadonlySet<string>;
  /** Words (base forms) that carry no specific detail. */
  readonly vague: ReadonlySet<string>;
  readonly firstPerson: ReadonlySet<string>;
  readonly we: ReadonlySet<string>;
  readonly thirdPerson: ReadonlySet<string>;
  readonly who: ReadonlySet<string>;
  readonly preposition: ReadonlySet<string>;
  readonly negator: ReadonlySet<string>;
  readonly title: ReadonlySet<string>;
  readonly personVerb: ReadonlySet<string>;
  readonly staffVerb: ReadonlySet<string>;
  readonly directed: ReadonlySet<string>;
  readonly plainVerb: ReadonlySet<string>;
  readonly verb: ReadonlySet<string>;
  readonly servicePerson: ReadonlySet<string>;
  readonly negativeQuality: ReadonlySet<string>;
  readonly place: ReadonlySet<string>;
  readonly activity: ReadonlySet<string>;
  readonly relation: ReadonlySet<string>;
  readonly time: ReadonlySet<string>;
  readonly period: ReadonlySet<string>;
  readonly frequency: ReadonlySet<string>;
  readonly number: ReadonlySet<string>;
  readonly headNoun: ReadonlySet<string>;
}

const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT = /(?:s|x|z|ch|sh)$/;

/**
 * The simple inflections of an English base form: plural or third person, past, -ing and,
 * for adjectives, comparative, superlative and -ly (over-generating is mostly harmless; the
 * lexicon's own words always win over a generated form).
 */
export function inflections(base: string, adjective = true): string[] {
  const forms = [base];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const yStem = CONSONANT_Y.test(base) ? base.slice(0, -1) : undefined;
  forms.push(
    yStem === undefined ? (SIBILANT.test(base) ? `${base}es` : `${base}s`) : `${yStem}ies`,
  );
  forms.push(yStem === undefined ? (base.endsWith('e') ? `${base}d` : `${base}ed`) : `${yStem}ied`);
  forms.push(base.endsWith('ee') || base.endsWith('ye') ? `${base}ing` : `${stem}ing`);
  if (adjective) forms.push(...comparisons(base, yStem));
  // British -ise and American -ize.
  return forms.flatMap((f) =>
    /is(?:e|es|ed|ing|ation|ations)$/.test(f) ? [f, f.replace(/is(?=e|ed|ing|ation)/, 'iz')] : [f],
  );
}

/** Comparative, superlative and -ly forms of an adjective. */
function comparisons(base: string, yStem: string | undefined): string[] {
  if (yStem !== undefined) return [`${yStem}ier`, `${yStem}iest`, `${yStem}ily`];
  const e = base.endsWith('e');
  const ly = base.endsWith('le')
    ? `${base.slice(0, -1)}y`
    : base.endsWith('ll')
      ? `${base}y`
      : `${base}ly`;
  return [e ? `${base}r` : `${base}er`, e ? `${base}st` : `${base}est`, ly];
}

/** Splits `base:form,form` entries into the base and its irregular forms. */
function entry(item: string): [base: string, forms: string[]] {
  const [base = item, irregular] = item.split(':');
  return [base, irregular === undefined ? [] : irregular.split(',')];
}

const set = (list: readonly string[]): ReadonlySet<string> =>
  new Set(list.map((item) => entry(item)[0]));

/** Every list of the lexicon, in the order base forms are registered. */
const ALL_LISTS: readonly (readonly string[])[] = [
  L.CHANGE,
  L.STATE,
  L.ABSTRACT,
  L.QUALITY,
  L.DEGREE,
  L.MODIFIER,
  L.TASK,
  L.STAFF,
  L.SERVICE_PERSON,
  L.MEASURE,
  L.HEAD_NOUN,
  L.WHO,
  L.FIRST_PERSON,
  L.WE,
  L.THIRD_PERSON,
  L.PREPOSITION,
  L.NEGATOR,
  L.TITLE,
  L.PERSON_VERB,
  L.STAFF_VERB,
  L.PLAIN_VERB,
  L.VAGUE,
  L.PLACE,
  L.ACTIVITY,
  L.RELATION,
  L.TIME,
  L.PERIOD,
  L.FREQUENCY,
  L.NUMBER,
];

/**
 * Form → base form: base and irregular forms first, so a generated form never hides a real
 * word. Participles of a passive directive are read as written; function words have no
 * inflections ("us" is not the stem of "using").
 */
function lemmaMap(entries: readonly [string, string[]][]): Map<string, string> {
  const lemma = new Map<string, string>(Object.entries(L.IRREGULAR));
  for (const [base, irregular] of entries) {
    if (!lemma.has(base)) lemma.set(base, base);
    for (const form of irregular) if (!lemma.has(form)) lemma.set(form, base);
  }
  const uninflected = new Set(
    [L.WHO, L.FIRST_PERSON, L.WE, L.THIRD_PERSON, L.PREPOSITION, L.NEGATOR, L.TITLE].flat(),
  );
  const adjectives = new Set([L.QUALITY, L.MODIFIER, L.DEGREE].flat().map((w) => entry(w)[0]));
  for (const [base] of entries) {
    if (base.length < 3 || uninflected.has(base)) continue;
    for (const form of inflections(base, adjectives.has(base))) {
      if (!lemma.has(form)) lemma.set(form, base);
    }
  }
  return lemma;
}

/**
 * The words that carry no specific detail: the vague list, every class and every function
 * word — except named tasks, places and activities (broad areas of care listed as vague,
 * such as "personal care" and "nutrition", stay vague).
 */
function vagueWords(classes: Vocabulary['classes']): Set<string> {
  const vague = new Set([
    ...set(L.VAGUE),
    ...Object.values(classes).flatMap((c) => [...c]),
    ...[L.WHO, L.FIRST_PERSON, L.WE, L.THIRD_PERSON, L.PREPOSITION, L.NEGATOR, L.TITLE].flatMap(
      (list) => [...set(list)],
    ),
    ...[L.PERSON_VERB, L.STAFF_VERB, L.DIRECTED, L.SERVICE_PERSON].flatMap((list) => [
      ...set(list),
    ]),
  ]);
  const listedVague = set(L.VAGUE);
  for (const word of [...set(L.TASK), ...set(L.PLACE), ...set(L.ACTIVITY)]) {
    if (!listedVague.has(word)) vague.delete(word);
  }
  return vague;
}

type Sets = Omit<Vocabulary, 'lemma' | 'info' | 'classes' | 'known'> & Vocabulary['classes'];

/** The bits of the lists a base form is in. */
function baseMasks(sets: Sets): Map<string, number> {
  const masks = new Map<string, number>();
  for (const [name, bit] of Object.entries(W)) {
    const members = sets[name as keyof typeof W] as ReadonlySet<string>;
    for (const word of members) masks.set(word, (masks.get(word) ?? 0) | bit);
  }
  return masks;
}

/**
 * The tokeniser's one look-up per word: base form, lists (its own and its base form's),
 * compound start, contraction. Every word the analyser knows is here.
 */
function wordInfo(
  lemma: ReadonlyMap<string, string>,
  known: ReadonlySet<string>,
  sets: Sets,
): Map<string, WordInfo> {
  const masks = baseMasks(sets);
  const heads = new Set(['self', ...L.COMPOUNDS.map((c) => c[0] as string)]);
  const info = new Map<string, WordInfo>();
  const add = (form: string, base: string, split?: readonly string[]) => {
    const mask = (masks.get(form) ?? 0) | (masks.get(base) ?? 0);
    info.set(form, { lemma: base, mask, head: heads.has(form), ...(split ? { split } : {}) });
  };
  for (const [form, base] of lemma) add(form, base);
  for (const word of [...known, ...heads]) if (!info.has(word)) add(word, lemma.get(word) ?? word);
  for (const [word, split] of L.CONTRACTED) add(word, word, split);
  return info;
}

function buildVocabulary(): Vocabulary {
  const entries = ALL_LISTS.flatMap((list) => list.map(entry));
  const lemma = lemmaMap(entries);
  const known = new Set([...entries.map(([base]) => base), ...L.DIRECTED]);
  for (const parts of L.COMPOUNDS) known.add(parts.join('-'));
  const classes = {
    change: set(L.CHANGE),
    state: set(L.STATE),
    abstract: set(L.ABSTRACT),
    quality: set(L.QUALITY),
    degree: set(L.DEGREE),
    modifier: set(L.MODIFIER),
    task: set(L.TASK),
    staff: set(L.STAFF),
    measure: set(L.MEASURE),
  };
  const plainVerb = set(L.PLAIN_VERB);
  const sets: Sets = {
    ...classes,
    vague: vagueWords(classes),
    firstPerson: set(L.FIRST_PERSON),
    we: set(L.WE),
    thirdPerson: set(L.THIRD_PERSON),
    who: set(L.WHO),
    preposition: set(L.PREPOSITION),
    negator: set(L.NEGATOR),
    title: set(L.TITLE),
    personVerb: set(L.PERSON_VERB),
    staffVerb: set(L.STAFF_VERB),
    directed: set(L.DIRECTED),
    plainVerb,
    verb: new Set([...plainVerb, ...set(L.STAFF_VERB), ...set(L.CHANGE), ...set(L.STATE)]),
    servicePerson: set(L.SERVICE_PERSON),
    negativeQuality: set(L.NEGATIVE_QUALITY),
    place: set(L.PLACE),
    activity: set(L.ACTIVITY),
    relation: set(L.RELATION),
    time: set(L.TIME),
    period: set(L.PERIOD),
    frequency: set(L.FREQUENCY),
    number: set(L.NUMBER),
    headNoun: set(L.HEAD_NOUN),
  };
  return { ...sets, lemma, info: wordInfo(lemma, known, sets), classes, known };
}

let vocabulary: Vocabulary | undefined;

/** The vocabulary, built on first use (never at import, so an unused analyser costs nothing). */
export function getVocabulary(): Vocabulary {
  vocabulary ??= buildVocabulary();
  return vocabulary;
}
