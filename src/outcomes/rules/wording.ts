import { normaliseWords } from '../generic-phrases.js';
import type { OutcomeRule } from './context.js';

const FIRST_PERSON = [' i ', ' me ', ' my ', ' mine ', ' myself ', ' we ', ' us ', ' our '];
const THIRD_PERSON = [
  ' he ',
  ' she ',
  ' him ',
  ' his ',
  ' her ',
  ' hers ',
  ' himself ',
  ' herself ',
  ' they ',
  ' them ',
  ' their ',
];
const SERVICE_LANGUAGE = [
  ' service user ',
  ' the client ',
  ' the resident ',
  ' the patient ',
  ' staff will ',
  ' staff to ',
  ' to support ',
  ' to encourage ',
  ' to enable ',
  ' to assist ',
  ' to promote ',
  ' to ensure ',
];

/**
 * Whether words read as written about a person rather than by them: no first-person words,
 * and third-person pronouns, service language, or an aim starting "To …".
 *
 * @internal
 */
export function readsAsAboutPerson(words: string): boolean {
  const text = normaliseWords(words);
  if (FIRST_PERSON.some((w) => text.includes(w))) return false;
  return (
    text.startsWith(' to ') ||
    THIRD_PERSON.some((w) => text.includes(w)) ||
    SERVICE_LANGUAGE.some((w) => text.includes(w))
  );
}

/** The person's words are a generic aim that no measurable indicator translates. */
export const genericWordingRule: OutcomeRule = {
  codes: ['generic_wording'],
  applies: (ctx) => ctx.missing.length > 0,
  check: ({ outcome, policy }, report) => {
    for (const phrase of policy.genericPhrasesIn(outcome.words))
      report('generic_wording', ['words'], { phrase });
  },
};

/** The indicator is itself a generic aim. */
export const genericIndicatorRule: OutcomeRule = {
  codes: ['generic_indicator'],
  check: ({ outcome, policy }, report) => {
    if (outcome.indicator === undefined) return;
    for (const phrase of policy.genericPhrasesIn(outcome.indicator.description))
      report('generic_indicator', ['indicator', 'description'], { phrase });
  },
};

/** Words said to be the person's read as written about them. */
export const aboutPersonRule: OutcomeRule = {
  codes: ['words_about_person'],
  applies: (ctx) => ctx.outcome.expressedBy === 'person',
  check: ({ outcome }, report) => {
    if (readsAsAboutPerson(outcome.words)) report('words_about_person', ['words']);
  },
};

/** Someone else said the words for the person. */
export const onBehalfRule: OutcomeRule = {
  codes: ['expressed_on_behalf'],
  applies: (ctx) => ctx.outcome.expressedBy !== 'person',
  check: ({ outcome }, report) => {
    report('expressed_on_behalf', ['expressedBy'], { expressedBy: outcome.expressedBy });
  },
};

/** Each rating has a concrete example of what happened. */
export const ratingExampleRule: OutcomeRule = {
  codes: ['rating_without_example'],
  check: ({ outcome }, report) => {
    for (const [index, rating] of (outcome.ratings ?? []).entries()) {
      if (rating.example === undefined)
        report('rating_without_example', ['ratings', index], { on: rating.on });
    }
  },
};
