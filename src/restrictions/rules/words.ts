// Reading free text in English, for the two checks that fall back on words when a record
// lacks the structured field: whether a capacity assessment's `decision` is about this
// restriction (without `relatesTo`), and who took part in a review (without `involved`).
// The heuristics are deliberately generous: when the words do not settle it, the checks
// assume the better case rather than report a finding.

/** Words that say nothing about which restriction a decision is about. */
const STOP = new Set(
  (
    'about after all also and any are around before being between both but can care could day ' +
    'days decide decided decides decision decisions does during each evening every for from ' +
    'give given has have her hers him his how into its may might more morning most must need ' +
    'needs night nights not off once only other our out over own person person’s persons she ' +
    'should some such than that the their them then there these they this those through time ' +
    'times under until use used uses using very was weekend were what when where whether which ' +
    'while who will with would you your capacity consent consents agree agrees support ' +
    'supported supports staff make making able unable'
  ).split(' '),
);

/** Words of a decision about the care arrangements as a whole (the acid test's subject). */
const ARRANGEMENTS =
  /\b(arrangements?|care and (support|treatment)|care plan|support plan|accommodat\w*|residence|where(\s+\w+){0,2}\s+li(ve|ves|ving)|deprivation of liberty|dols)\b/i;

/** Decisions that are plainly about something other than a restriction of care. */
const OTHER_MATTERS =
  /\b(money|financ\w*|pension|benefits?|bank\w*|budget\w*|bills?|property|tenancy|lease|will|contact with|relationships?|sex\w*|marr\w*|divorce|vot(e|ing)|surgery|operation|vaccin\w*|dental|dentist|medic\w*|tablets?|injections?|social media|internet|phone|tattoo|holiday)\b/i;

/** Past forms whose first letters differ from the present. */
const IRREGULAR: Readonly<Record<string, string>> = {
  held: 'hold',
  kept: 'keep',
  hidden: 'hide',
  given: 'give',
  taken: 'take',
  bound: 'bind',
};

/** The words of a text, lower-cased, without possessive endings and stop words. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}’']+/u)) {
    const bare = raw.replace(/[’']s?$/u, '').replace(/^[’']+/u, '');
    const word = Object.hasOwn(IRREGULAR, bare) ? (IRREGULAR[bare] as string) : bare;
    if (word.length >= 4 && !STOP.has(word)) out.push(word);
  }
  return out;
}

/** Two words match when they share their first five letters (or all of a shorter one). */
function sameWord(a: string, b: string): boolean {
  const n = Math.min(5, a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/**
 * How a capacity assessment's decision relates to a restriction, from the words alone:
 * about this restriction (it shares a word with the restriction's description or
 * medicine), about the care arrangements, or about another decision — only when it shares
 * no word and is plainly about another matter (money, a tenancy, contact, medical
 * treatment…). Anything else gets the benefit of the doubt.
 */
export function decisionRelation(
  decision: string,
  about: readonly string[],
): 'this-restriction' | 'care-arrangements' | 'another-decision' {
  const theirs = about.flatMap(contentWords);
  for (const word of contentWords(decision)) {
    if (theirs.some((other) => sameWord(word, other))) return 'this-restriction';
  }
  if (ARRANGEMENTS.test(decision)) return 'care-arrangements';
  return OTHER_MATTERS.test(decision) ? 'another-decision' : 'this-restriction';
}

const ADVOCATE = /\b(advocate|imca|rpr|representative|attorney|deputy(?!\s+(manager|head)))\b/i;
const PERSON =
  /^(the )?(person|self|service user|resident|tenant|client)\b|\b(himself|herself|themselves)\b/i;
const FAMILY =
  /\b(mum|mom|mother|dad|father|parents?|sister|brother|siblings?|daughter|son|wife|husband|partner|family|aunt|uncle|niece|nephew|grand\w*|cousin|relatives?|in-law)\b/i;
const STAFF =
  /\b(manager|key ?worker|staff|support worker|carers?|care worker|senior|team( leader)?|lead|deputy|nurse|doctor|dr|gp|psychiatrist|psychologist|clinician|social worker|therapist|ot|salt|pharmacist|coordinator|practitioner|director|officer|assessor|specialist|consultant|pbs|prescriber|registered)\b/i;

/**
 * Who a review participant is, from the words the host wrote in `by`: the person or an
 * advocate (their own words or a name, which may be the person's), family, or staff. A
 * name the patterns do not recognise counts as the person: the check does not guess
 * against them.
 */
export function participantKind(entry: string): 'person-or-advocate' | 'family' | 'staff' {
  if (ADVOCATE.test(entry) || PERSON.test(entry)) return 'person-or-advocate';
  if (FAMILY.test(entry)) return 'family';
  if (STAFF.test(entry)) return 'staff';
  return 'person-or-advocate';
}
