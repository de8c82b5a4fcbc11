/** The report's opening: the windows, and who each figure counts (internal to `visuals`). */
import type { ReportContext } from './context.js';
import { count, paragraph, table } from './format.js';

const people = (n: number): string => `${count(n)} ${n === 1 ? 'person' : 'people'}`;

/**
 * The windows in words, then a table that reconciles the people in the records with the
 * people behind each denominator, and why they differ.
 */
export function headerSection(c: ReportContext): string {
  const o = c.overall;
  const goals = o.goalAchievement;
  const rows: string[][] = [
    [
      'Person records read',
      count(o.records.people),
      'everyone in the data, whenever they were supported',
    ],
    [
      `Supported on at least one day from ${c.period}`,
      count(o.unplannedAdmissions.people),
      'the others’ support ended before the quarter or began after it',
    ],
    [
      `Supported on ${c.lastDay}`,
      count(o.reviewTimeliness.overdueAtEnd.people.denominator),
      'the denominator of reviews overdue and of people with a restriction at the end',
    ],
    [
      'Supported in the quarter with an agreed outcome',
      count(goals.people),
      `the denominator of goal achievement; ${people(goals.peopleWithoutOutcomes)} had no agreed outcome`,
    ],
    [
      'With an outcome rated at least twice in the quarter',
      count(o.ratingTrends.peopleDeteriorating.denominator),
      'the denominator of people with a falling or stalled outcome',
    ],
  ];
  return [
    paragraph(
      `Quarter: ${c.period}; the figures below are for the quarter unless they say otherwise. Monthly charts and community participation cover the ${c.trendMonths} months from ${c.trendPeriod}. ${count(o.records.settings)} ${o.records.settings === 1 ? 'setting' : 'settings'} in the records.`,
    ),
    table(
      'Who is counted: each figure counts only the people it can be about',
      ['People', 'How many', 'Why'],
      rows,
    ),
  ].join('\n');
}
