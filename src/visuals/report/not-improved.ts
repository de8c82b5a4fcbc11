/** Outcomes that did not improve, and work and learning (internal to `visuals`). */
import { CANCELLED_REASONS } from '../../outcomes/index.js';
import type { ReportContext } from './context.js';
import { count, figure, heading, paragraph, share, table } from './format.js';

const REASON_NOT_RECORDED = 'No reason recorded';

function reasonsLine(byReason: Readonly<Record<string, number>>): string {
  const parts = Object.entries(byReason)
    .filter(([, n]) => figure(n, 'a cancelled reason’s count') > 0)
    .map(
      ([reason, n]) =>
        `${Object.hasOwn(CANCELLED_REASONS, reason) ? CANCELLED_REASONS[reason as keyof typeof CANCELLED_REASONS] : REASON_NOT_RECORDED} ${count(n)}`,
    );
  return parts.length === 0 ? '' : paragraph(`Cancelled, by reason: ${parts.join('; ')}.`);
}

/**
 * The outcomes that did not improve, shown rather than hidden: completed without being
 * achieved, cancelled (with reasons), stagnating and deteriorating; left out with no outcomes.
 */
export function outcomesNotImprovedSection(c: ReportContext): string {
  const x = c.overall.outcomesNotImproved;
  if (figure(x.outcomes, 'the outcomes active') === 0) return '';
  return [
    heading(`Outcomes that did not improve, ${c.period}`),
    table(
      `Outcomes that did not improve, quarter ${c.period}`,
      ['Measure', 'Share'],
      [
        ['Outcomes that did not improve (any of the below)', share(x.notImproved)],
        ['People with an outcome that did not improve', share(x.people)],
        ['Completed without being achieved', share(x.completedNotAchieved)],
        ['Cancelled', share(x.cancelled)],
        ['Ratings stagnating (of outcomes rated twice or more)', share(x.stagnating)],
        ['Ratings deteriorating (of outcomes rated twice or more)', share(x.deteriorating)],
      ],
    ),
    reasonsLine(x.cancelledByReason),
  ].join('\n');
}

/** Paid work, volunteering, education and training; left out when nobody was supported. */
export function workAndLearningSection(c: ReportContext): string {
  const w = c.overall.workAndLearning;
  if (figure(w.proportion.denominator, 'the people supported') === 0) return '';
  const kinds = Object.entries(w.byKind).map(
    ([kind, n]) => `${kind.replaceAll('_', ' ')} ${count(n)}`,
  );
  const unkinded =
    figure(w.unkinded, 'the activities with no kind') === 0
      ? ''
      : ` ${count(w.unkinded)} people have activities with no kind recorded, so the share may be higher.`;
  return [
    heading(`Work and learning, ${c.period}`),
    paragraph(
      `People supported in the quarter with paid work, volunteering, education or training: ${share(w.proportion)}. By kind: ${kinds.join('; ') || 'none'}.${unkinded}`,
    ),
  ].join('\n');
}
