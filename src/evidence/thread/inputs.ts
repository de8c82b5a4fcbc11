import type { Outcome } from '../../outcomes/index.js';
import type { Feedback, Review } from '../../reviews/index.js';
import type { InputLink } from '../links.js';
import { type IdRegistry, partId } from './ids.js';
import type { InputDraft, ThreadContext } from './types.js';

/** The three review questions, with the list of a review that answers each. */
export const REVIEW_QUESTIONS = [
  { list: 'improved', part: 'what-works', label: 'What works' },
  { list: 'difficult', part: 'what-is-difficult', label: 'What is difficult' },
  { list: 'wantsToChange', part: 'what-would-you-change', label: 'What would you change' },
] as const;

/** Each piece of feedback as an input ("you said"), keyed by the feedback's own id. */
export function feedbackInputs(
  ctx: ThreadContext,
  ids: IdRegistry,
  feedback: readonly Feedback[],
): Map<string, InputDraft> {
  const out = new Map<string, InputDraft>();
  for (const f of feedback) {
    const link: InputLink = {
      type: 'input',
      id: ids.claim(f.id, partId(f.id, 'feedback')),
      on: f.on,
      kind: 'feedback',
      from: f.from,
      words: f.words,
      source: { kind: 'feedback_record', id: f.id },
      level: ctx.level,
    };
    out.set(f.id, { link, outcomes: new Set(), label: f.words, asksForAnswer: true });
  }
  return out;
}

/**
 * Who spoke a review's answers to the three questions: whoever its views name, else the
 * person when they took part, else staff (the record does not show the person's voice).
 */
function voiceOf(review: Review): InputLink['from'] {
  if (review.views !== undefined) return review.views.expressedBy;
  return review.person.involvement === 'not_involved' ? 'staff' : 'person';
}

/** The outcomes a review looked at or decided about, among the person's. */
export function outcomesOfReview(review: Review, known: ReadonlySet<string>): Set<string> {
  const ids = [
    ...(review.outcomes ?? []).map((o) => o.outcomeId),
    ...(review.decisions ?? []).flatMap((d) => d.outcomeIds ?? []),
    ...(review.actions ?? []).flatMap((a) => a.outcomeIds ?? []),
  ];
  return new Set(ids.filter((id) => known.has(id)));
}

/** A review's views and its answers to the three questions, as inputs. */
export function reviewInputs(
  ctx: ThreadContext,
  ids: IdRegistry,
  review: Review,
  known: ReadonlySet<string>,
): InputDraft[] {
  const outcomes = () => outcomesOfReview(review, known);
  const source = { kind: 'review', id: review.id } as const;
  const out: InputDraft[] = [];
  if (review.views !== undefined) {
    const id = ids.claim(partId(review.id, 'views'), partId(review.id, 'views'));
    const { words, expressedBy: from } = review.views;
    const link: InputLink = {
      type: 'input',
      id,
      on: review.on,
      kind: 'view',
      from,
      words,
      source,
      level: ctx.level,
    };
    out.push({
      link,
      outcomes: outcomes(),
      label: words,
      asksForAnswer: false,
    });
  }
  for (const question of REVIEW_QUESTIONS) {
    for (const [index, words] of (review[question.list] ?? []).entries()) {
      const part = partId(review.id, `${question.part}-${index + 1}`);
      out.push({
        link: {
          type: 'input',
          id: ids.claim(part, part),
          on: review.on,
          kind: 'view',
          from: voiceOf(review),
          words,
          source,
          level: ctx.level,
        },
        outcomes: outcomes(),
        label: `${question.label}: ${words}`,
        asksForAnswer: question.list !== 'improved',
      });
    }
  }
  return out;
}

/** The person's words of an outcome, as the input decisions about it answer. */
export function wordsInput(
  ctx: ThreadContext,
  ids: IdRegistry,
  outcome: Outcome,
  on: InputLink['on'],
): InputDraft {
  const id = partId(outcome.id, 'words');
  return {
    link: {
      type: 'input',
      id: ids.claim(id, id),
      on,
      kind: 'view',
      from: outcome.expressedBy,
      words: outcome.words,
      source: { kind: 'outcome', id: outcome.id },
      level: ctx.level,
    },
    outcomes: new Set([outcome.id]),
    label: outcome.words,
    asksForAnswer: false,
  };
}
