/**
 * What a wording pattern finds: a `generic` aim ("increase his independence"), `compliance`
 * or behaviour-management language ("comply with medication", "reduce challenging
 * behaviour"), or a `task` the service delivers ("to receive support with personal care",
 * "calls delivered").
 *
 * @example
 * ```ts
 * const kind: WordingPatternKind = 'generic';
 * ```
 * @category Outcome wording
 */
export type WordingPatternKind = 'generic' | 'compliance' | 'task';

/**
 * One pattern of the wording analyser, as data a host can add to, remove from or replace.
 *
 * @remarks
 * `phrase` is a sequence of elements separated by spaces, matched against the normalised
 * words of a text (lower case, apostrophes and quotation marks straightened, punctuation
 * ignored, possessives and contractions split, compounds such as "well-being" joined). An
 * element is:
 * - a word, matching its simple inflections: `improve` matches "improves", "improved",
 *   "improving"; `safe` matches "safer" and "safely";
 * - a pronoun (`my`, `his`, `her`, `their`, `me`, `him`, `them`, …), which becomes an optional
 *   slot for whoever's aim it is, so `keep me safe` also matches "keep him safe" and "keep safe";
 * - a word class in braces: `{change}` (improve, increase, maximise, promote, maintain,
 *   develop, build, gain…), `{state}` (be, become, feel, get, stay, keep, remain…),
 *   `{abstract}` (independence, wellbeing, confidence, quality of life, safety, skills,
 *   engagement…), `{quality}` (confident, independent, safe, happy, healthy, calm…),
 *   `{degree}` (more, less, as, so…), `{modifier}` (overall, emotional, social, daily, living,
 *   new…), `{task}` (personal care, washing, dressing, meals, medication…), `{staff}`,
 *   `{measure}` (rating, score, level…), `{who}` (a pronoun, a determiner, a possessive or a
 *   name), `{pronoun}` (a pronoun, a determiner or a possessive, not a name), `{prep}` (with,
 *   for, on, in, of…), `{number}`, `{and}` (and, or) or `{any}` (any one word);
 * - alternatives joined by `|`: `reduce|manage|{change}`.
 *
 * An element followed by `?` may be absent; by `*`, repeated up to six times or absent; by
 * `+`, one to six times. `^` as the first element anchors the pattern to the start of the
 * text, `$` as the last to its end. A match never runs across the end of a sentence or
 * clause. A generic aim preceded by "not", "never" or "no" (in the same clause, up to four
 * words before) is not an aim, unless it names something the person wants less of ("I don't
 * want to feel lonely").
 * @example
 * ```ts
 * const bestLife: WordingPattern = {
 *   id: 'best_life',
 *   kind: 'generic',
 *   phrase: 'live {who}* best life',
 *   description: '"Live my best life"',
 * };
 * ```
 * @category Outcome wording
 */
export interface WordingPattern {
  /** A stable name for the pattern, reported with each match; unique in a list. */
  readonly id: string;
  /** What the pattern finds. */
  readonly kind: WordingPatternKind;
  /** The words to match, in the syntax above. */
  readonly phrase: string;
  /** What the pattern finds, for people reading the list. */
  readonly description?: string;
}

const p = (
  id: string,
  kind: WordingPatternKind,
  phrase: string,
  description: string,
): WordingPattern => Object.freeze({ id, kind, phrase, description });

/**
 * The patterns the wording analyser uses unless a host passes its own: generic aims,
 * compliance and behaviour-management language, and tasks the service delivers.
 *
 * @remarks Generic aims are a change verb with an abstract noun ("increase his
 * independence"), a state with a quality ("be more confident", "keep me safe"), a vague life or
 * community aim ("live a fulfilling life", "access the community", "engage in meaningful
 * activities"), or a heading made only of such words ("Health and wellbeing"). A generic aim
 * that comes with specific detail — a place, an activity, a person, a time, a frequency, a
 * count, a named skill — is outweighed by it and not reported ("I want to take risks like
 * going to the pub alone"). Compliance and task patterns are reported whatever the detail.
 * Extend the list with `[...DEFAULT_WORDING_PATTERNS, mine]`, remove one with
 * `.filter((p) => p.id !== 'state_quality')`.
 * @example
 * ```ts
 * DEFAULT_WORDING_PATTERNS.map((p) => p.id).includes('change_abstract'); // => true
 * ```
 * @category Outcome wording
 */
export const DEFAULT_WORDING_PATTERNS: readonly WordingPattern[] = Object.freeze([
  p(
    'change_abstract',
    'generic',
    '{change} {who|prep}* {modifier|degree|and}* {abstract}',
    'A change verb and an abstract noun: "increase his independence", "improve her wellbeing", "develop skills".',
  ),
  p(
    'abstract_change',
    'generic',
    '{abstract} will|to|should|would|can|must|is|are|be+ {change}',
    'An abstract noun that is to change: "their independence will increase".',
  ),
  p(
    'state_quality',
    'generic',
    '{state} {who}? live? {degree|and}* {quality}',
    'A state and a quality: "be more confident", "feel happier", "keep me safe", "stay well".',
  ),
  p(
    'good_life',
    'generic',
    'live|lead|have|enjoy|build|get {who}* {degree|modifier|quality|and}* life',
    'A vague life: "live a fulfilling life", "have a better life".',
  ),
  p('best_can_be', 'generic', 'be {who}? best {any}? can be', '"Be the best I can be".'),
  p(
    'access_community',
    'generic',
    'access|join|integrate|participate|engage|involve {degree}* {prep}? {who}* {modifier}* community',
    '"Access the community".',
  ),
  p(
    'part_of_community',
    'generic',
    'part of {who}* {modifier}* community',
    '"Be part of the local community".',
  ),
  p(
    'engage_activities',
    'generic',
    'engage|participate|take|join|involve|access|do|try|enjoy|attend|experience|discover|have {prep|who|degree}* part? {prep|who|degree}* {modifier}* activity|thing|opportunity|event|experience',
    'Vague activities: "engage in meaningful activities", "try new things", "do more activities".',
  ),
  p(
    'engage_services',
    'generic',
    'engage {prep}* {who}* {modifier}* service|staff|support|professional|treatment',
    '"Engage with services".',
  ),
  p('go_out_more', 'generic', 'go|get out {degree}+ often?', '"Go out more".'),
  p(
    'new_people',
    'generic',
    'make|meet|have {degree}* new friend|people|person',
    '"Make new friends", "meet new people".',
  ),
  p('more_friends', 'generic', 'have {degree}+ friend', '"Have more friends".'),
  p('socialise', 'generic', 'socialise|mix|mingle {degree}*', '"Socialise more".'),
  p('exercise_more', 'generic', 'exercise|travel {degree}+', '"Exercise more".'),
  p(
    'more_for_self',
    'generic',
    'do {degree}+ thing? for myself|himself|herself|themselves|yourself|{who}',
    '"Do more for myself".',
  ),
  p(
    'degree_abstract',
    'generic',
    'more|greater|better|increased|improved|less|fewer {modifier}* {abstract}',
    'More of an abstract noun: "more choice", "greater independence".',
  ),
  p(
    'abstract_measure',
    'generic',
    '{abstract|quality} {measure}',
    'A rating of an abstract quality: "wellbeing rating", "confidence score".',
  ),
  p(
    'measure_of_abstract',
    'generic',
    '{measure} of {who}? {modifier}* {abstract|quality}',
    'A level of an abstract quality: "level of independence".',
  ),
  p(
    'abstract_heading',
    'generic',
    '^ {modifier|degree|change|pronoun|and}* {abstract|quality} {abstract|quality|modifier|degree|and|change}* $',
    'A heading made only of abstract words: "Independence", "Health and wellbeing", "Community access".',
  ),
  p(
    'challenging_behaviour',
    'compliance',
    'challenging|aggressive|violent|disruptive|inappropriate|risky|unsafe|self-injurious|sexualised behaviour',
    'Behaviour-management language: "challenging behaviour".',
  ),
  p(
    'behaviour_that_challenges',
    'compliance',
    'behaviour that|which challenge',
    '"Behaviours that challenge".',
  ),
  p('behaviour_of_concern', 'compliance', 'behaviour of concern', '"Behaviour of concern".'),
  p(
    'manage_behaviour',
    'compliance',
    'reduce|manage|minimise|decrease|stop|prevent|control|address|eliminate|lessen|lower|modify {who|prep}* {modifier}* behaviour|aggression|outburst|incident|violence|meltdown',
    'Managing behaviour: "manage his behaviour", "reduce incidents of aggression".',
  ),
  p(
    'comply',
    'compliance',
    'comply|compliance|compliant|adhere|adherence|concordance|concordant|cooperate|co-operate',
    'Compliance: "comply with medication", "cooperate with staff".',
  ),
  p(
    'tolerate_support',
    'compliance',
    'tolerate {who}* {staff}|support|care|personal-care|intervention|help|{task}',
    'Putting up with support: "tolerate staff supporting him with showering".',
  ),
  p(
    'positive_behaviour',
    'compliance',
    'promote|encourage|support|reinforce|reward {who}* positive|appropriate|good behaviour',
    'Behaviour support language: "promote positive behaviour".',
  ),
  p(
    'ensure_medication',
    'compliance',
    'ensure {who}? take {who}* medication|tablet|medicine|meds',
    '"Ensure he takes his medication".',
  ),
  p(
    'accept_support',
    'compliance',
    'accept {who}* {staff}? {modifier}* support|care|help|medication|treatment|personal-care|intervention|staff',
    '"Accept support with personal care".',
  ),
  p(
    'follow_instructions',
    'compliance',
    'follow {any}? {any}? instruction|direction|rule|boundary|advice',
    '"Follow staff instructions".',
  ),
  p(
    'engage_with_team',
    'compliance',
    'engage|engagement {prep} {any}* service|staff|support|professional|team|treatment|coordinator|care-coordinator|worker|nurse|therapist|clinic',
    '"Engage with the community mental health team".',
  ),
  p(
    'as_prescribed',
    'compliance',
    'as prescribed|directed|instructed',
    '"Take medication as prescribed".',
  ),
  p(
    'receive_support',
    'task',
    'receive {any}* support|care|help|assistance|call|visit|prompt|medication|personal-care|meal|package',
    'A service received: "to receive support with personal care", "receive four calls a day".',
  ),
  p(
    'support_with_task',
    'task',
    'support|assist|help|assistance {who}? with|to {who}* {task}',
    'Help with a care task: "support with personal care", "assist with washing and dressing".',
  ),
  p(
    'task_done',
    'task',
    '{task} to|will|is|are|be+ complete|do|carry|deliver|provide|give|administer',
    'A task to be done: "personal care to be completed by staff".',
  ),
  p(
    'staff_do_task',
    'task',
    'administer|complete|carry|deliver|provide|apply {any}* medication|personal-care|welfare-check|call|visit|task|{task}',
    'What staff do: "administer medication", "complete a welfare check".',
  ),
  p(
    'care_calls',
    'task',
    'care-call|welfare-check|double-up|hoist|reposition',
    'Care calls and checks: "her care calls", "double-up call".',
  ),
  p(
    'service_output',
    'task',
    'call|visit|hour|shift|check|care|support|medication|intervention|package deliver|complete|provide|administer|undertake|receive',
    'A count of what the service delivers: "calls delivered", "hours of support provided".',
  ),
  p('hours_of_support', 'task', 'hour of {modifier}* support|care', '"Hours of support".'),
]);
