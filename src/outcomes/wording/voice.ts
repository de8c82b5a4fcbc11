import { isName } from './compile.js';
import type { Token } from './tokens.js';
import { W } from './vocabulary.js';

/**
 * Whose words a text reads as: the person's in the first person ("I want…"), the person's in
 * easy read with no pronoun ("See mum every Sunday"), written about the person ("John
 * wants…", "Staff to encourage…"), or unclear (no sign either way).
 *
 * @example
 * ```ts
 * const voice: WordingVoice = 'easy_read';
 * ```
 * @category Outcome wording
 */
export type WordingVoice = 'first_person' | 'easy_read' | 'about_person' | 'unclear';

/**
 * What makes a text read as written about the person:
 * - `service_person`: "SU", "service user", "the client", "the resident";
 * - `staff_subject`: staff or "we" as the ones acting ("staff will", "carers to", "we will
 *   support", "by staff");
 * - `passive_directive`: the person as the object of support ("to be encouraged", "will be
 *   prompted");
 * - `third_person_subject`: a name or pronoun as the one who wants ("John wants", "She would
 *   like", "Mr Hughes would like", "Aisha to…");
 * - `staff_directive`: an instruction to staff ("Encourage Tom to…", "Support Sarah to…",
 *   "Maintain her independence");
 * - `infinitive_aim`: a care-plan aim starting "To …" or "For Amina to …";
 * - `third_person`: "he", "his", "her", "they" with nobody else named before them;
 * - `service_language`: compliance, task or heading wording with no first-person words.
 *
 * @example
 * ```ts
 * const cue: AboutPersonCue = 'staff_directive';
 * ```
 * @category Outcome wording
 */
export type AboutPersonCue =
  | 'service_person'
  | 'staff_subject'
  | 'passive_directive'
  | 'third_person_subject'
  | 'staff_directive'
  | 'infinitive_aim'
  | 'third_person'
  | 'service_language';

/** The voice of a text, the first cue that it is about the person, and which words name the person. */
export interface VoiceReading {
  readonly voice: WordingVoice;
  readonly cue:
    | { readonly cue: AboutPersonCue; readonly from: number; readonly to: number }
    | undefined;
  /** Token positions that name the person themselves (not a detail of their life). */
  readonly person: ReadonlySet<number>;
}

type Cue = NonNullable<VoiceReading['cue']>;

// Small word sets read at fixed positions, by the word as written.
const AUX = new Set([
  'will',
  'shall',
  'would',
  'should',
  'must',
  'to',
  'need',
  'are',
  'is',
  'can',
  'aim',
]);
const OBJECT_VERBS = new Set([
  'help',
  'take',
  'get',
  'keep',
  'remind',
  'ask',
  'tell',
  'show',
  'teach',
  'let',
  'allow',
  'make',
]);
const REPORTING = new Set([
  'says',
  'said',
  'thinks',
  'thought',
  'feels',
  'felt',
  'told',
  'reports',
  'reported',
  'explained',
  'mentioned',
]);
const SUBJECTLESS = new Set([
  'wants',
  'likes',
  'enjoys',
  'needs',
  'loves',
  'prefers',
  'wishes',
  'hopes',
  'has',
  'is',
  'says',
]);
const IS_FOLLOWERS = new Set([
  'keen',
  'hoping',
  'going',
  'wanting',
  'looking',
  'planning',
  'to',
  'interested',
  'working',
  'able',
]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'his', 'her', 'their']);
const REPORTED_SUBJECTS = new Set(['he', 'she', 'they']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

interface Reader {
  readonly tokens: readonly Token[];
  readonly person: Set<number>;
}

const has = (token: Token | undefined, bit: number): boolean =>
  token !== undefined && (token.mask & bit) !== 0;

/** "we" and "our" as the service: "we will support", "our staff". */
function serviceWe(r: Reader, i: number): boolean {
  const token = r.tokens[i] as Token;
  const next = r.tokens[i + 1];
  if (token.lemma === 'our') return has(next, W.staff);
  if (token.lemma !== 'we' || next === undefined || !AUX.has(next.lemma)) return false;
  const after = r.tokens[i + 2];
  const verb = after?.lemma === 'be' || after?.lemma === 'go' ? r.tokens[i + 3] : after;
  return (
    verb !== undefined &&
    (has(verb, W.staffVerb) ||
      verb.lemma === 'help' ||
      verb.lemma === 'work' ||
      verb.lemma === 'to')
  );
}

/** Whether the text has the person's own first-person words. */
function hasFirstPerson(r: Reader): boolean {
  for (let i = 0; i < r.tokens.length; i += 1) {
    const t = r.tokens[i] as Token;
    if ((t.mask & W.firstPerson) !== 0 || ((t.mask & W.we) !== 0 && !serviceWe(r, i))) return true;
  }
  return false;
}

/** A name or title-and-name at position i: its last position, or -1. */
function nameAt(r: Reader, i: number): number {
  const token = r.tokens[i];
  if (token === undefined) return -1;
  if (has(token, W.title) && r.tokens[i + 1] !== undefined) return i + 1;
  return isName(token) ? i : -1;
}

/** After a subject: a verb of wanting, liking or intending ("wants", "would like", "to" + verb). */
function personVerbAt(r: Reader, i: number): boolean {
  const verb = r.tokens[i];
  if (verb === undefined || !has(verb, W.personVerb)) return false;
  if (verb.word === 'to') return has(r.tokens[i + 1], W.verb);
  if (verb.word === 'is') return IS_FOLLOWERS.has(r.tokens[i + 1]?.word ?? '');
  return true;
}

/** At a clause start: a third-person subject ("John wants", "She will", "For Amina to"). */
function subjectCue(r: Reader, i: number): Cue | undefined {
  const token = r.tokens[i] as Token;
  if (SUBJECT_PRONOUNS.has(token.word)) return { cue: 'third_person_subject', from: i, to: i + 1 };
  const forWhom = token.word === 'for' ? i + 1 : i;
  const last = nameAt(r, forWhom);
  if (last !== -1 && (personVerbAt(r, last + 1) || r.tokens[last]?.possessive === true)) {
    for (let k = forWhom; k <= last; k += 1) r.person.add(k);
    return { cue: 'third_person_subject', from: i, to: last + 1 };
  }
  if (has(token, W.servicePerson)) return { cue: 'service_person', from: i, to: i + 1 };
  // A note with the subject left out: "Wants to attend a match", "Enjoys going out".
  if (SUBJECTLESS.has(token.word)) return { cue: 'third_person_subject', from: i, to: i + 1 };
  // "Be supported to live…".
  if (token.lemma === 'be' && has(r.tokens[i + 1], W.directed)) {
    return { cue: 'passive_directive', from: i, to: i + 2 };
  }
  return undefined;
}

/** At a clause start: an instruction to staff or a care-plan infinitive. */
function directiveCue(r: Reader, i: number): Cue | undefined {
  let k = i;
  const infinitive = r.tokens[k]?.lemma === 'to';
  if (infinitive) k += 1;
  const verb = r.tokens[k];
  if (verb === undefined) return undefined;
  const object = nameAt(r, k + 1);
  const objectPronoun = OBJECT_PRONOUNS.has(r.tokens[k + 1]?.word ?? '');
  if (
    (object !== -1 || objectPronoun) &&
    (has(verb, W.staffVerb) || OBJECT_VERBS.has(verb.lemma))
  ) {
    for (let n = k + 1; n <= object; n += 1) r.person.add(n);
    return { cue: 'staff_directive', from: i, to: Math.max(object, k + 1) + 1 };
  }
  if (infinitive && has(verb, W.verb)) return { cue: 'infinitive_aim', from: i, to: k + 1 };
  if (has(verb, W.staffVerb)) return { cue: 'staff_directive', from: i, to: k + 1 };
  return undefined;
}

/** Anywhere: staff acting, a passive directive, reported speech, a hedge or a service noun. */
function serviceCue(r: Reader, i: number): Cue | undefined {
  const token = r.tokens[i] as Token;
  const next = r.tokens[i + 1];
  if ((token.mask & W.servicePerson) !== 0) return { cue: 'service_person', from: i, to: i + 1 };
  if (token.lemma === 'the' && (next?.lemma === 'person' || next?.lemma === 'individual')) {
    return { cue: 'service_person', from: i, to: i + 2 };
  }
  const staff = (token.mask & W.staff) !== 0 && token.lemma !== 'we';
  if (
    (staff && next !== undefined && AUX.has(next.lemma)) ||
    ((token.mask & W.we) !== 0 && serviceWe(r, i))
  ) {
    return { cue: 'staff_subject', from: i, to: i + 2 };
  }
  if (token.word === 'by' && has(next, W.staff))
    return { cue: 'staff_subject', from: i, to: i + 2 };
  // Reported speech: "Mum says he loves swimming".
  if (REPORTING.has(token.word) && REPORTED_SUBJECTS.has(next?.word ?? '')) {
    return { cue: 'third_person_subject', from: i + 1, to: i + 2 };
  }
  // "As independent as possible": the hedge of a care plan.
  if (token.word === 'as-possible') return { cue: 'service_language', from: i, to: i + 1 };
  if (
    token.lemma === 'be' &&
    i > 0 &&
    AUX.has(r.tokens[i - 1]?.lemma ?? '') &&
    has(next, W.directed)
  ) {
    return { cue: 'passive_directive', from: i - 1, to: i + 2 };
  }
  return undefined;
}

/**
 * A name straight after a verb of support ("support Aisha", "help Abdi", "take Winston")
 * is the person being supported, wherever it stands: not a detail of their life.
 */
function markSupported(r: Reader, i: number): void {
  const token = r.tokens[i] as Token;
  if (!has(token, W.staffVerb) && !OBJECT_VERBS.has(token.lemma)) return;
  const last = nameAt(r, i + 1);
  for (let k = i + 1; k <= last; k += 1) r.person.add(k);
}

/** "he", "his", "her", "they" with nobody named before them to refer to. */
function pronounCue(r: Reader): Cue | undefined {
  let antecedent = false;
  for (let i = 0; i < r.tokens.length; i += 1) {
    const token = r.tokens[i] as Token;
    if ((token.mask & W.thirdPerson) !== 0 && !antecedent)
      return { cue: 'third_person', from: i, to: i + 1 };
    if (
      (token.mask & W.relation) !== 0 ||
      token.possessive ||
      (isName(token) && !r.person.has(i))
    ) {
      antecedent = true;
    }
  }
  return undefined;
}

/**
 * Reads whose words a text is. First-person words make it the person's; otherwise the first
 * cue that it is written about them decides; a text with no cue is the person's in easy read
 * when it starts with a plain verb or is short, and unclear otherwise.
 */
export function readVoice(tokens: readonly Token[], serviceWording: Cue | undefined): VoiceReading {
  const r: Reader = { tokens, person: new Set() };
  // The person speaking: nothing else to read (a name in their words is someone else).
  if (hasFirstPerson(r)) return { voice: 'first_person', cue: undefined, person: r.person };
  let cue: Cue | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const found =
      ((tokens[i] as Token).clauseStart ? (subjectCue(r, i) ?? directiveCue(r, i)) : undefined) ??
      serviceCue(r, i);
    cue ??= found;
    markSupported(r, i);
  }
  cue ??= pronounCue(r) ?? serviceWording;
  if (cue !== undefined) return { voice: 'about_person', cue, person: r.person };
  const plain = has(tokens[0], W.plainVerb);
  return {
    voice: plain || tokens.length <= 12 ? 'easy_read' : 'unclear',
    cue: undefined,
    person: r.person,
  };
}
