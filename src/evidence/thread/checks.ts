import { compareText } from '../../core/internal/index.js';
import type { AchievementStatusSchema, Outcome, Rating } from '../../outcomes/index.js';
import type { Review } from '../../reviews/index.js';
import type { CheckLink } from '../links.js';
import { fitText, type IdRegistry, partId } from './ids.js';
import type { ActionDraft, LooseStep, Measurement } from './types.js';

type Progress = (typeof AchievementStatusSchema.options)[number];

/**
 * What a review's progress says about a change made before it: `null` for `in-progress`,
 * which says only that work goes on.
 */
const PROGRESS_RESULT: Readonly<Record<Progress, CheckLink['result'] | null>> = {
  'in-progress': null,
  improving: 'worked',
  achieved: 'worked',
  sustaining: 'worked',
  'no-change': 'partly',
  worsening: 'did_not_work',
  'not-achieved': 'did_not_work',
  'no-progress': 'did_not_work',
  'not-attainable': 'did_not_work',
};

const words = (p: string) => p.replaceAll('-', ' ');

/** The reviews' progress entries for an outcome, as measurements. */
function reviewMeasurements(
  ids: IdRegistry,
  outcome: Outcome,
  reviews: readonly Review[],
): Measurement[] {
  const out: Measurement[] = [];
  for (const review of reviews) {
    const entry = (review.outcomes ?? []).find((e) => e.outcomeId === outcome.id);
    if (entry === undefined) continue;
    const note = entry.note === undefined ? '' : entry.note;
    const progress = entry.progress;
    const checkId = partId(review.id, `check-${outcome.id}`);
    out.push({
      outcomeId: outcome.id,
      on: review.on,
      checkId: ids.claim(checkId, checkId),
      stepId: review.id,
      kind: 'review',
      result: progress === undefined ? null : PROGRESS_RESULT[progress],
      method: 'follow_up_feedback',
      summary: fitText(
        `Reviewed: ${words(progress ?? 'reviewed')}${note === '' ? '' : ` — ${note}`}`,
        4000,
      ),
      looseText: [progress === undefined ? 'reviewed' : words(progress), note]
        .filter((p) => p !== '')
        .join(': '),
      source: { kind: 'review', id: review.id },
      reviewId: review.id,
    });
  }
  return out;
}

/** Whether a later score shows a change worked: higher is better on a rating scale. */
function ratingResult(outcome: Outcome, score: number, before: number): CheckLink['result'] {
  if (score > before) return 'worked';
  if (score < before) return 'did_not_work';
  return outcome.indicator?.direction === 'maintain' ? 'worked' : 'partly';
}

/** An outcome's ratings in date order (same-day ratings in recorded order), as measurements. */
function ratingMeasurements(ids: IdRegistry, outcome: Outcome): Measurement[] {
  const ratings: Rating[] = (outcome.ratings ?? [])
    .map((rating, index) => ({ rating, index }))
    .sort((a, b) => compareText(a.rating.on, b.rating.on) || a.index - b.index)
    .map(({ rating }) => rating);
  const out: Measurement[] = [];
  for (const [k, rating] of ratings.entries()) {
    const before = k > 0 ? ratings[k - 1] : undefined;
    const sameDay = ratings.slice(0, k).filter((r) => r.on === rating.on).length;
    const id = partId(outcome.id, `rating-${rating.on}${sameDay === 0 ? '' : `-${sameDay + 1}`}`);
    const claimed = ids.claim(id, id);
    const example = rating.example === undefined ? '' : `: ${rating.example}`;
    out.push({
      outcomeId: outcome.id,
      on: rating.on,
      checkId: claimed,
      stepId: claimed,
      kind: 'rating',
      result: before === undefined ? null : ratingResult(outcome, rating.score, before.score),
      method: 'outcome_data',
      summary: `Rated ${rating.score} (was ${before?.score ?? '–'})${example}`,
      looseText: `Rated ${rating.score}${example}`,
      source: { kind: 'outcome', id: outcome.id },
      reviewId: null,
    });
  }
  return out;
}

/** Every measurement of an outcome, by date (a review before a rating on the same day). */
export function measurementsOf(
  ids: IdRegistry,
  outcome: Outcome,
  reviews: readonly Review[],
): Measurement[] {
  const rank = (m: Measurement) => (m.kind === 'review' ? 0 : 1);
  return [...reviewMeasurements(ids, outcome, reviews), ...ratingMeasurements(ids, outcome)].sort(
    (a, b) => compareText(a.on, b.on) || rank(a) - rank(b) || compareText(a.checkId, b.checkId),
  );
}

/** A measurement as a check, or as a step of its own. */
export interface CheckOf {
  readonly measurement: Measurement;
  readonly link: CheckLink;
}

/**
 * The checks the measurements make: each measurement that says whether things changed checks
 * every done action supporting its outcome, agreed before it and not yet checked for that
 * outcome. A measurement that checks nothing is a step of its own.
 */
export function checksFor(
  level: CheckLink['level'],
  measurements: readonly Measurement[],
  actions: readonly ActionDraft[],
): { readonly checks: CheckOf[]; readonly loose: LooseStep[] } {
  const checks: CheckOf[] = [];
  const loose: LooseStep[] = [];
  const pending = new Map<string, ActionDraft[]>();
  for (const action of actions) {
    if (action.link.completedOn === undefined) continue;
    for (const id of new Set(action.outcomes))
      pending.set(id, [...(pending.get(id) ?? []), action]);
  }
  for (const m of measurements) {
    const waiting = pending.get(m.outcomeId) ?? [];
    const due = m.result === null ? [] : waiting.filter((a) => isCheckedBy(a, m));
    if (due.length === 0 || m.result === null) {
      loose.push({
        kind: m.kind,
        on: m.on,
        id: m.stepId,
        text: m.looseText,
        source: m.source,
        outcomes: [m.outcomeId],
        ref: m.checkId,
      });
      continue;
    }
    const targets = due.slice(0, 200);
    pending.set(
      m.outcomeId,
      waiting.filter((a) => !targets.includes(a)),
    );
    checks.push({
      measurement: m,
      link: {
        type: 'check',
        id: m.checkId,
        on: m.on,
        source: m.source,
        level,
        outcomeIds: [m.outcomeId],
        actionIds: targets.map((a) => a.link.id),
        method: m.method,
        result: m.result,
        summary: m.summary,
      },
    });
  }
  return { checks, loose };
}

function isCheckedBy(action: ActionDraft, m: Measurement): boolean {
  const done = action.link.completedOn;
  return done !== undefined && done <= m.on && action.link.on < m.on;
}
