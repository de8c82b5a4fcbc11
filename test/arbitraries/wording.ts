import fc from 'fast-check';
import dev from '../fixtures/outcome-wording/dev.json' with { type: 'json' };

/** The texts of the labelled dev corpus (the dev holdout stays out of every property). */
const CORPUS: readonly string[] = dev.texts.map((t) => t.text);

const FRAGMENTS = [
  'improve',
  'his',
  'her',
  'my',
  'independence',
  'more',
  'confident',
  'be',
  'to',
  'staff',
  'will',
  'support',
  'I',
  'want',
  'safe',
  'keep',
  'me',
  'with',
  'personal care',
  'receive',
  'not',
  "don't",
  'the community',
  '.',
  ',',
  '’s',
  '"',
];

/**
 * Outcome wording: a text from the dev corpus, a few of them run together, or words and
 * punctuation strung at random from the analyser's own vocabulary.
 */
export const arbWordingText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...CORPUS),
  fc.array(fc.constantFrom(...CORPUS), { minLength: 2, maxLength: 3 }).map((t) => t.join('. ')),
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
);

/** A specific detail: a place, an activity, a person, a time, a frequency or a count. */
export const arbSpecificDetail: fc.Arbitrary<string> = fc.constantFrom(
  'at the library',
  'on the number 12 bus',
  'at the leisure centre pool',
  'with my sister',
  'with Priya',
  'every Tuesday',
  'twice a week',
  'on Sunday mornings',
  'in August',
  'swimming 10 lengths',
  'cooking pasta',
  'at Tesco',
  'using the microwave',
  'at the mosque on Fridays',
);
