/**
 * Who said something, as the easy-read lines name them: the person, their family, their
 * advocate, or staff.
 *
 * @example
 * ```ts
 * const from: Speaker = 'advocate';
 * ```
 * @category Plain language
 */
export type Speaker = 'person' | 'family' | 'advocate' | 'staff';

const SAID_BY: Readonly<Record<Speaker, string>> = {
  person: 'You said',
  family: 'Your family said',
  advocate: 'Your advocate said',
  staff: 'Staff said',
};

/**
 * Writes the opening line of a "you said, we did" entry: who said it, speaking to the person,
 * and their words quoted exactly as given (only the surrounding white space is trimmed).
 *
 * @remarks Both the review pack (`youSaidWeDid`) and the service summary
 * (`serviceYouSaidWeDid`) open each entry with this line, so the wording stays the same
 * wherever a person reads it.
 * @param from - Who said it.
 * @param words - What they said.
 * @returns One sentence, such as `You said: “I want a key to my room”`.
 * @example
 * ```ts
 * youSaidLine('family', ' She would like her own TV '); // => 'Your family said: “She would like her own TV”'
 * ```
 * @category Plain language
 */
export function youSaidLine(from: Speaker, words: string): string {
  return `${SAID_BY[from]}: “${words.trim()}”`;
}

/**
 * Ends a piece of text with a full stop unless it already ends with `.`, `!` or `?`, so
 * that a staff-written description reads as a sentence in an easy-read line.
 *
 * @param text - A description or decision, as written.
 * @returns The trimmed text, ending a sentence.
 * @example
 * ```ts
 * asSentence('Fit a lock'); // => 'Fit a lock.'
 * asSentence('Fit a lock!'); // => 'Fit a lock!'
 * ```
 * @category Plain language
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
