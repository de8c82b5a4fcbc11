/**
 * English-only readings of review wording, for the pitfalls a quality check looks for. They
 * err towards leaving words alone: anything they do not recognise counts as a real view or a
 * real decision. Hosts with structured fields (a decision's `changesPlan`) do not need them.
 */
import { GoldenThreadError } from '../core/index.js';
import { requireRecord, unexpected } from '../core/internal/index.js';

/** Words that say only "yes": a view made of these and nothing else is assent. */
const ASSENT = new Set([
  'yes',
  'yeah',
  'yep',
  'yup',
  'aye',
  'ok',
  'okay',
  'fine',
  'alright',
  'good',
  'great',
  'lovely',
  'happy',
  'content',
  'agree',
  'agreed',
  'sure',
  'thanks',
  'thank',
]);
/** Words that can go with assent without adding anything of the person's own. */
const FILLER = new Set([
  ...ASSENT,
  'that',
  "that's",
  'thats',
  'this',
  'it',
  "it's",
  'its',
  'is',
  'all',
  'right',
  'i',
  "i'm",
  'im',
  'am',
  'with',
  'the',
  'plan',
  'you',
  'no',
  'problem',
  'problems',
  'nothing',
  'to',
  'change',
  'changes',
  'everything',
  "everything's",
  'so',
  'very',
  'really',
  'quite',
  'as',
  'same',
  'sounds',
  'looks',
  'seems',
  'me',
  'by',
  'for',
  'now',
  'and',
]);

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .split(' ')
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');

/**
 * Whether a view only agrees — "Yes, that is fine", "I'm happy with it", "OK" — and says
 * nothing of the person's own: at most twelve words, every one of them assent or filler,
 * and at least one of them assent.
 */
export function isAssentOnly(text: string): boolean {
  const list = words(text);
  return (
    list.length > 0 &&
    list.length <= 12 &&
    list.every((w) => FILLER.has(w)) &&
    list.some((w) => ASSENT.has(w))
  );
}

const CONTINUE = /^(to )?(continue|carry on|keep|maintain|stay|remain)\b/;
const UNCHANGED =
  /\b(no (further )?(changes?|amendments?|action)|nothing (to change|changed|new)|unchanged|stays? the same|remains? the same|as it is|as before|as is)\b/g;
/** Words that make a decision a change, even one that starts "continue". */
const CHANGE = new Set([
  'add',
  'adding',
  'start',
  'starting',
  'stop',
  'stopping',
  'end',
  'change',
  'changing',
  'increase',
  'reduce',
  'decrease',
  'new',
  'move',
  'switch',
  'try',
  'instead',
  'more',
  'less',
  'fewer',
  'extra',
  'but',
  'except',
  'also',
  'refer',
  'book',
  'ask',
  'arrange',
  'update',
]);

/**
 * Whether a decision's words decide that nothing changes — "Continue current plan", "Carry
 * on as before", "No changes needed" — and name no change besides.
 */
export function isNoChangeDecision(text: string): boolean {
  const plain = words(text).join(' ');
  const rest = plain.replace(CONTINUE, ' ').replace(UNCHANGED, ' ');
  return rest !== plain && !rest.split(' ').some((w) => CHANGE.has(w));
}

/**
 * Whether a review decision changes the person's plan: its `changesPlan` when recorded,
 * otherwise its words — "Continue current plan", "No changes needed" and the like do not
 * (English only).
 *
 * @param decision - A review decision (its `changesPlan` and `text`).
 * @returns `true` when the decision changes the plan.
 * @throws {@link GoldenThreadError} `invalid_argument` when `decision` is not an object with
 * text, or its `changesPlan` is given and not `true` or `false`.
 * @example
 * ```ts
 * decisionChangesPlan({ text: 'Continue current plan.' }); // => false
 * decisionChangesPlan({ text: 'Move the evening rota so Aisha chooses her bedtime.' }); // => true
 * ```
 * @category Reviews
 */
export function decisionChangesPlan(decision: {
  readonly text: string;
  readonly changesPlan?: boolean | undefined;
}): boolean {
  const fn = 'decisionChangesPlan';
  try {
    requireRecord(fn, 'decision', decision);
    if (typeof decision.text !== 'string') {
      throw new GoldenThreadError(
        'invalid_argument',
        `${fn}: give a review decision with its text.`,
      );
    }
    const { changesPlan } = decision;
    if (changesPlan !== undefined && typeof changesPlan !== 'boolean') {
      throw new GoldenThreadError(
        'invalid_argument',
        `${fn}: changesPlan must be true or false when it is given.`,
      );
    }
    return changesPlan ?? !isNoChangeDecision(decision.text);
  } catch (error) {
    throw unexpected(fn, error);
  }
}
