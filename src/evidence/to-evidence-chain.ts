import { deepFreeze, unexpected } from '../core/internal/index.js';
import type { EverydayRecords } from './everyday-records.js';
import type { EvidenceChain } from './schemas.js';
import { deriveThread } from './thread/derive.js';
import { requireRecords } from './thread/records.js';

/**
 * Derives one person's evidence chain from the records staff keep every day — reviews
 * (views → decisions → actions), feedback ("you said") → actions ("we did"), and the later
 * ratings and reviews that check whether a change worked — without anyone building the chain
 * by hand.
 *
 * @remarks The chain is at individual level, with id `everyday:<personId>`; each link names
 * the host record it came from (`source`) and keeps the host's own id where the record has
 * one (a feedback, decision or action id; parts of a record get `<recordId>#<part>`, such as
 * `rev-1#views`). What becomes what:
 *
 * - **inputs**: every piece of feedback; a review's views and its answers to the three
 *   questions ("what works", "what is difficult", "what would you change" — its `improved`,
 *   `difficult` and `wantsToChange`); and an outcome's own words, once a decision is about it.
 *   Views and "what works" answers join the chain only when the review decided something
 *   (they ask for no answer); the other two always do, so a difficulty nobody answered shows.
 * - **decisions**: a review's decisions, answering its views and answers and the feedback it
 *   answered (`feedbackAnswered`, or named by its actions), the words of the outcomes they
 *   name, and every check of those outcomes since the last decision about them (a follow-up).
 *   The person's part is the review's `person.involvement`. A review with actions but no
 *   decision implies one ("Agreed at the review: …"); so does an action logged outside a
 *   review ("Agreed: …", answering its feedback; the person took part by other means when it
 *   answers their own words).
 * - **actions**: a review's actions carry out its decisions about the same outcomes (else
 *   its other decisions); an action outside a review is dated by the latest feedback it
 *   answers, but never after its due or completed date.
 * - **checks**: a review's progress on an outcome (`improving`, `achieved`, `sustaining` →
 *   worked; `no-change` → partly; `worsening`, `no-progress`, `not-achieved`,
 *   `not-attainable` → did not work; `in-progress` says nothing) and each rating after the
 *   first (higher → worked, the same → partly, or worked for an outcome to `maintain`, lower →
 *   did not work) check every done action for that outcome agreed before it and not yet
 *   checked. Actions that support no outcome are not checked by ratings: record a check.
 *
 * A record nothing said can be linked to (a decision at a review that recorded no views, no
 * answers and no feedback) is left out of the chain; {@link goldenThread} shows it and
 * reports it. Derived links carry no CQC tags. The chain passes {@link EvidenceChainSchema}
 * for records of ordinary size (it may hold more than the 2,000 links the parser accepts from
 * untrusted input for a person with years of weekly records).
 * @param personId - The person.
 * @param records - Their plan, outcomes, reviews, feedback and actions (see {@link EverydayRecords}).
 * @returns The chain, deeply frozen; `null` when the records hold nothing to link (no
 * feedback, no review that recorded what was said, no decision).
 * @throws {@link GoldenThreadError} `invalid_argument` when `personId` is not text or the
 * records are not an object of lists.
 * @example
 * ```ts
 * const chain = toEvidenceChain('p-aisha', { plan, feedback, actions });
 * if (chain !== null) checkEvidenceChain(chain, { asOf: '2026-12-01' });
 * ```
 * @category Evidence
 */
export function toEvidenceChain(personId: string, records: EverydayRecords): EvidenceChain | null {
  try {
    requireRecords('toEvidenceChain', personId, records);
    const { chain } = deriveThread(personId, records);
    return chain === null ? null : deepFreeze(chain);
  } catch (error) {
    throw unexpected('toEvidenceChain', error);
  }
}
