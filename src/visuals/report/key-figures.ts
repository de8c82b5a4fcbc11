/** The key figures: the quarter's, then the charted months' (internal to `visuals`). */
import type { Ratio } from '../../core/index.js';
import type { PoissonInterval, Proportion, RateRatio } from '../../stats/index.js';
import type { ReportContext } from './context.js';
import {
  amount,
  count,
  decimal,
  heading,
  interval,
  NONE,
  paragraph,
  percent,
  plural,
  pValue,
  table,
} from './format.js';

const HEAD = ['Measure', 'Numerator', 'Denominator', 'Value', 'Interval', 'Method'];

function proportionRow(label: string, p: Proportion): string[] {
  return [
    label,
    count(p.numerator),
    count(p.denominator),
    percent(p.value),
    interval(p.lower, p.upper, percent),
    p.method,
  ];
}

function ratioRow(label: string, r: Ratio): string[] {
  return [label, count(r.numerator), count(r.denominator), amount(r.value), NONE, 'ratio'];
}

function rateRow(label: string, r: PoissonInterval, unit: string): string[] {
  const rate = r.rate;
  return [
    label,
    plural(r.count, 'event'),
    rate === null ? NONE : `${count(rate.exposure)} ${unit}`,
    rate === null ? NONE : amount(rate.value),
    rate === null ? NONE : interval(rate.lower, rate.upper, amount),
    r.method,
  ];
}

function changeRow(label: string, r: RateRatio): string[] {
  return [
    label,
    plural(r.after.count, 'use'),
    `${plural(r.before.count, 'use')} before`,
    amount(r.ratio),
    `${interval(r.lower, r.upper, amount)}; ${pValue(r.pValue)}`,
    r.method,
  ];
}

/** The quarter's figures, each with its numerator, denominator, interval and method. */
export function keyFiguresSection(c: ReportContext): string {
  const o = c.overall;
  const actions = o.actionCompletion;
  const rows = [
    proportionRow('People who achieved at least one goal', o.goalAchievement.proportion),
    proportionRow('Scheduled reviews held on time', o.reviewTimeliness.proportion),
    proportionRow(
      'Reviews a trigger asked for, held on time',
      o.reviewTimeliness.triggers.answeredOnTime,
    ),
    proportionRow(
      'Reviews a trigger asked for that nobody held (left to the next routine review)',
      o.reviewTimeliness.triggers.missedShare,
    ),
    proportionRow(
      `People with a review overdue on ${c.lastDay}`,
      o.reviewTimeliness.overdueAtEnd.people,
    ),
    proportionRow('Reviews meeting every quality check', o.reviewQuality.proportion),
    proportionRow('Actions done by their due day', actions.proportion),
    proportionRow(
      `People with an individual restriction on ${c.lastDay}`,
      o.restrictions.peopleRestricted,
    ),
    proportionRow('Restrictions with an error finding', o.restrictions.withErrors),
    rateRow('Restriction uses per 1,000 support days', o.restrictions.uses, 'support days'),
    changeRow('Restriction uses: this quarter ÷ the quarter before', o.restrictions.reduction),
    rateRow(
      'Unplanned hospital admissions per 1,000 person-days',
      o.unplannedAdmissions.events,
      'person-days',
    ),
    proportionRow(
      'People with an outcome whose ratings fell and stayed down',
      o.ratingTrends.peopleDeteriorating,
    ),
    proportionRow(
      'People with an outcome whose ratings did not move',
      o.ratingTrends.peopleStagnating,
    ),
  ];
  return [
    heading(`Key figures for the quarter, ${c.period}`),
    table(`Quarter: ${c.period}, all records`, HEAD, rows),
    paragraph(
      `Actions: ${count(actions.proportion.denominator)} were due in the quarter and counted; ${count(actions.late)} were done late and ${count(actions.open)} are still open. ${count(actions.dropped)} more were dropped (decided against) and are left out of the denominator.`,
    ),
  ].join('\n');
}

/** The figures over the charted months, apart from the quarter's. */
export function trendFiguresSection(c: ReportContext): string {
  const p = c.overall.communityParticipation;
  return [
    heading(`Community participation over ${c.trendMonths} months`),
    table(`${c.trendMonths} months: ${c.trendPeriod}`, HEAD, [
      ratioRow('Community activities per person per month', p.perPersonPerMonth),
      proportionRow('People who took part in a community activity', p.peopleTakingPart),
    ]),
    paragraph(
      `Activities per person per month is the activities ÷ the person-months of support (${decimal(p.perPersonPerMonth.denominator, 0)}), so someone supported for part of the time counts for the months they were.`,
    ),
  ].join('\n');
}
