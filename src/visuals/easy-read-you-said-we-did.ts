import { requireRecord, unexpected } from '../core/internal/index.js';
import type { YouSaidWeDid } from '../reviews/index.js';

const things = (n: number) => `${n} thing${n === 1 ? '' : 's'}`;

/**
 * Turns a "you said, we did" result into easy-read groups of lines: a short summary first,
 * then one group per piece of feedback.
 *
 * @remarks The summary says how many things people said in the period and how many were
 * done, are still being worked on, were not done, or have not been started — leaving out
 * the counts that are 0. It says "You told us" when everything came from the person, and
 * "We were told" when family, an advocate or staff spoke too. Each later group is the
 * entry's own `lines` from `youSaidWeDid` (its words quoted as given, dates in full), copied
 * so the result can be changed without touching the input.
 * @param result - What `youSaidWeDid` returned.
 * @returns Groups of lines: the summary, then one group per entry, oldest first.
 * @example
 * ```ts
 * const groups = easyReadYouSaidWeDid(youSaidWeDid(feedback, actions, period));
 * groups[0]; // => ['You told us 3 things.', 'We did 2 of them.', 'We are still working on 1.']
 * ```
 * @category Easy read
 */
export function easyReadYouSaidWeDid(result: YouSaidWeDid): string[][] {
  try {
    requireRecord('easyReadYouSaidWeDid', 'result', result);
    const { counts, entries } = result;
    if (counts.total === 0) return [['Nobody told us anything new in this time.']];
    const onlyThePerson = entries.every((e) => e.from === 'person');
    const summary = [
      onlyThePerson
        ? `You told us ${things(counts.total)}.`
        : `We were told ${things(counts.total)}.`,
    ];
    if (counts.done > 0) summary.push(`We did ${counts.done} of them.`);
    if (counts.in_progress > 0) summary.push(`We are still working on ${counts.in_progress}.`);
    if (counts.no_action > 0) summary.push(`We have not started ${counts.no_action} yet.`);
    if (counts.dropped > 0) summary.push(`We decided not to do ${counts.dropped}.`);
    return [summary, ...entries.map((e) => [...e.lines])];
  } catch (error) {
    throw unexpected('easyReadYouSaidWeDid', error);
  }
}
