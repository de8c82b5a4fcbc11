/** The lists to act on: overdue reviews, restrictions, outcomes (internal to `visuals`). */
import { formatLongDate } from '../../core/index.js';
import type { ReportContext } from './context.js';
import { count, decimal, heading, NONE, paragraph, plural, table } from './format.js';

const groupOf = (c: ReportContext, groups: Readonly<Record<string, string>>): string =>
  c.nameOf(groups[c.report.groupBy] ?? NONE);

/** The reviews overdue on the window's last day, most overdue first. */
export function reviewsOverdueSection(c: ReportContext): string {
  const overdue = c.overall.reviewTimeliness.overdueAtEnd;
  const list = overdue.mostOverdue;
  return [
    heading(`Reviews overdue on ${c.lastDay}`),
    paragraph(
      `${count(overdue.people.numerator)} of ${count(overdue.people.denominator)} people supported on ${c.lastDay} had a review overdue (${count(overdue.byReason.first_review)} first reviews, ${count(overdue.byReason.scheduled)} scheduled, ${count(overdue.byReason.rule)} asked for by a change in their life).`,
    ),
    list.length === 0
      ? paragraph('No review was overdue.')
      : table(
          `The most overdue reviews (${count(list.length)} listed)`,
          ['Person', 'Plan', c.groupLabel, 'Why it is due', 'Urgency', 'Due on', 'Days overdue'],
          list.map((r) => [
            r.personId,
            r.planId,
            groupOf(c, r.groups),
            r.reason === 'rule'
              ? `trigger rule ${r.ruleId ?? ''}`.trim()
              : String(r.reason).replace('_', ' '),
            r.urgency,
            formatLongDate(r.dueOn),
            count(r.daysOverdue),
          ]),
        ),
  ].join('\n');
}

/** Restrictions in place, what changed in the quarter, and the records with errors. */
export function restrictionsSection(c: ReportContext): string {
  const r = c.overall.restrictions;
  const findings = Object.entries(r.findings);
  return [
    heading(`Restrictive practices, ${c.period}`),
    table(
      'Restrictions in place',
      ['', 'Individual', 'Blanket'],
      [
        [`On ${c.firstDay}`, count(r.activeAtStart.individual), count(r.activeAtStart.blanket)],
        [`On ${c.lastDay}`, count(r.activeAtEnd.individual), count(r.activeAtEnd.blanket)],
      ],
    ),
    paragraph(
      `In the quarter ${count(r.started)} started, ${count(r.ended)} ended, ${count(r.reducedOrStopped)} were reviewed and reduced or stopped, and ${plural(r.blanketReplaced, 'blanket rule')} ${r.blanketReplaced === 1 ? 'was' : 'were'} replaced by individual plans.`,
    ),
    findings.length === 0
      ? ''
      : table(
          'Findings on the restrictions in place',
          ['Finding', 'How many times'],
          findings.map(([code, n]) => [code, count(n)]),
        ),
    r.flagged.length === 0
      ? paragraph('No restriction had an error finding.')
      : table(
          `Restrictions with errors (${count(r.flagged.length)} listed)`,
          ['Restriction', 'Scope', 'Person or setting', c.groupLabel, 'Errors', 'Findings'],
          r.flagged.map((f) => [
            f.restrictionId,
            f.scope,
            f.subjectId,
            groupOf(c, f.groups),
            count(f.errors),
            f.codes.join(', '),
          ]),
        ),
  ].join('\n');
}

/** Outcomes whose ratings fell and stayed down, or did not move. */
export function outcomesSection(c: ReportContext): string {
  const trends = c.overall.ratingTrends;
  return [
    heading(`Outcomes to look at, ${c.period}`),
    paragraph(
      `${count(trends.fellOnce)} more outcomes fell once without staying down: worth a conversation, not an escalation.`,
    ),
    trends.flagged.length === 0
      ? paragraph('No outcome’s ratings fell or stayed still long enough to flag.')
      : table(
          `Outcomes whose ratings fell or did not move (${count(trends.flagged.length)} listed)`,
          [
            'Person',
            c.groupLabel,
            'Outcome, in their words',
            'Movement',
            'First rating',
            'Latest rating',
          ],
          trends.flagged.map((o) => [
            o.personId,
            groupOf(c, o.groups),
            o.words,
            o.movement,
            `${decimal(o.first.score)} on ${formatLongDate(o.first.on)}`,
            `${decimal(o.latest.score)} on ${formatLongDate(o.latest.on)}`,
          ]),
        ),
  ].join('\n');
}
