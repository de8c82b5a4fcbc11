/** Incidents before and after co-produced decisions (internal to `visuals`). */
import type { ReportContext } from './context.js';
import {
  amount,
  count,
  figure,
  heading,
  interval,
  level,
  paragraph,
  plural,
  pValue,
  text,
  words,
} from './format.js';

/**
 * The incidents before and after the co-produced decisions of the quarter, pooled as a rate
 * ratio with its exact interval, and the caution when the numbers are too small; says so in
 * words when no decision was taken.
 */
export function changeImpactSection(c: ReportContext): string {
  const x = c.overall.changeImpact;
  const title = heading(`After co-produced changes, ${c.period}`);
  if (figure(x.decisionCount, 'the decisions counted') === 0) {
    return [title, paragraph('No co-produced decision changed a plan in the quarter.')].join('\n');
  }
  const r = x.rateRatio;
  const days = count(x.days);
  const caution =
    x.caution === true
      ? `<p class="caution"><strong>Caution:</strong> ${text(x.cautionMessage, 'the caution')}</p>`
      : '';
  return [
    title,
    paragraph(
      `${plural(x.decisionCount, 'decision')} taken with the person changed their plan. Incidents in the ${days} days before: ${count(r.before.count)} over ${count(r.before.exposure)} person-days; in the ${days} days after: ${count(r.after.count)} over ${count(r.after.exposure)} person-days.`,
    ),
    paragraph(
      `Rate after ÷ rate before: ${amount(r.ratio)} (${level(r.confidence)} CI ${interval(r.lower, r.upper, amount)}; ${pValue(r.pValue)}; ${words(r.method, 'the method')}). Below 1 means fewer incidents after the change.`,
    ),
    caution,
  ].join('\n');
}
