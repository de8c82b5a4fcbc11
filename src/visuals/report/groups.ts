/** The key figures for each group, as a reference table (internal to `visuals`). */
import type { PoissonInterval, Proportion } from '../../stats/index.js';
import type { ReportContext } from './context.js';
import { amount, count, heading, NONE, paragraph, percent, table } from './format.js';

function ofWithPercent(p: Proportion): string {
  return p.value === null
    ? `${NONE} (0 due)`
    : `${count(p.numerator)} of ${count(p.denominator)} (${percent(p.value)})`;
}

const rateValue = (r: PoissonInterval): string => (r.rate === null ? NONE : amount(r.rate.value));

/** Each group's quarter figures, in the order of their names: not a ranking. */
export function groupsSection(c: ReportContext): string {
  if (c.groups.length === 0) return '';
  const group = c.report.groupBy;
  return [
    heading(`By ${group}, ${c.period}`),
    paragraph(
      `In alphabetical order, not a ranking: compare ${group}s on the funnel plots above, which allow for their sizes.`,
    ),
    table(
      `Key figures for each ${group}, quarter ${c.period}`,
      [
        c.groupLabel,
        'People supported',
        'Goal achieved',
        'Reviews on time',
        'Actions on time',
        'Restriction uses per 1,000 support days',
        'Unplanned admissions per 1,000 person-days',
      ],
      c.groups.map(([code, g]) => [
        c.nameOf(code),
        count(g.unplannedAdmissions.people),
        ofWithPercent(g.goalAchievement.proportion),
        ofWithPercent(g.reviewTimeliness.proportion),
        ofWithPercent(g.actionCompletion.proportion),
        rateValue(g.restrictions.uses),
        rateValue(g.unplannedAdmissions.events),
      ]),
    ),
  ].join('\n');
}
