/** "You said, we did": feedback acted on (internal to `visuals`). */
import type { ReportContext } from './context.js';
import { count, decimal, figure, heading, paragraph, share } from './format.js';

/**
 * Feedback given in the quarter and acted on by its end, with the median days to action and
 * what is still open; says so in words when no feedback was given.
 */
export function youSaidWeDidSection(c: ReportContext): string {
  const y = c.overall.youSaidWeDid;
  const title = heading(`You said, we did, ${c.period}`);
  if (figure(y.proportion.denominator, 'the feedback given') === 0) {
    return [title, paragraph('No feedback was recorded in the quarter.')].join('\n');
  }
  const days = y.daysToAction;
  const median =
    days.median === null
      ? ''
      : ` Median ${decimal(days.median, 1)} days from the feedback to the action (over ${count(days.count)} acted on).`;
  return [
    title,
    paragraph(
      `Feedback acted on by ${c.lastDay}: ${share(y.proportion)}.${median} Still open: ${count(y.open)} (${count(y.inProgress)} with an action under way, ${count(y.noAction)} with none); ${count(y.dropped)} not acted on because the action was dropped.`,
    ),
  ].join('\n');
}
