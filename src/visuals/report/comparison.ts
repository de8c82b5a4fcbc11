/** Services compared on funnel plots instead of a league table (internal to `visuals`). */
import type { EventRate, GovernanceFigures, MetricsWindow } from '../../metrics/index.js';
import { type FunnelPlot, type FunnelUnit, funnelPlot } from '../../stats/index.js';
import { escapeText } from '../escape.js';
import { funnelPlotSvg } from '../funnel-plot-svg.js';
import type { ReportContext } from './context.js';
import { count, decimal, figure, heading, paragraph, percent } from './format.js';

interface Comparison {
  readonly title: string;
  readonly xAxisLabel: string;
  readonly yAxisLabel: string;
  readonly id: string;
  readonly plot: FunnelPlot;
  readonly show: (value: number) => string;
}

/**
 * Events and person-days in the reporting window, from the monthly figures when the window
 * runs from the first of a month to the first of a month (as a quarter does); otherwise over
 * the months charted. `inWindow` says which.
 */
export function eventsInWindow(
  rate: EventRate,
  window: MetricsWindow,
): { count: number; personDays: number; inWindow: boolean } {
  if (!(window.from.endsWith('-01') && window.to.endsWith('-01'))) {
    return {
      count: rate.events.count,
      personDays: rate.events.rate?.exposure ?? 0,
      inWindow: false,
    };
  }
  const from = window.from.slice(0, 7);
  const to = window.to.slice(0, 7);
  let events = 0;
  let personDays = 0;
  for (const m of rate.monthly) {
    if (m.month < from || m.month >= to) continue;
    events += figure(m.count, 'a month’s count');
    personDays += figure(m.personDays, 'a month’s person-days');
  }
  return { count: events, personDays, inWindow: true };
}

function units(
  c: ReportContext,
  pick: (g: GovernanceFigures) => { numerator: number; denominator: number },
): FunnelUnit[] {
  return c.groups.map(([code, g]) => ({ id: code, label: c.nameOf(code), ...pick(g) }));
}

/** Who lies outside the limits, in words. */
function outsideText(plot: FunnelPlot, show: (value: number) => string): string {
  if (plot.outliers.length === 0) {
    return 'Every service lies inside the 95% limits: the differences between them are no more than chance would give at their sizes.';
  }
  const named = plot.outliers.map((u) => {
    const beyond = u.outside?.beyond === 0.998 ? '99.8%' : '95%';
    const side = u.outside?.side === 'high' ? 'above' : 'below';
    const reading =
      u.variation === 'improvement'
        ? 'better than expected'
        : u.variation === 'concern'
          ? 'a concern'
          : 'different';
    return `${u.label} (${show(u.value ?? 0)}, ${count(u.numerator)} of ${count(u.denominator)}) lies ${side} the ${beyond} limit: ${reading}`;
  });
  return `Outside the limits: ${named.join('; ')}.`;
}

function comparisonFigure(k: Comparison): string {
  const svg = funnelPlotSvg(k.plot, {
    title: k.title,
    xAxisLabel: k.xAxisLabel,
    yAxisLabel: k.yAxisLabel,
    id: k.id,
  });
  const target =
    k.plot.target === null
      ? 'no overall figure'
      : `the provider’s overall figure, ${k.show(k.plot.target)}`;
  return `<figure>${svg}<figcaption>${escapeText(`Each service against ${target}, with exact 95% (dashed) and 99.8% (dotted) limits. ${outsideText(k.plot, k.show)}`)}</figcaption></figure>`;
}

/** Funnel plots of review timeliness, goal achievement and incidents for each group. */
export function comparisonSection(c: ReportContext): string {
  if (c.groups.length < 2) return '';
  const group = c.report.groupBy;
  const incidents = (g: GovernanceFigures) => eventsInWindow(g.incidentTrend, c.report.window);
  const quarterOnly = c.groups.every(([, g]) => incidents(g).inWindow);
  const rate = (v: number) => `${decimal(v, 2)} per 1,000`;
  const comparisons: Comparison[] = [
    {
      title: `Scheduled reviews held on time, by ${group}, ${c.period}`,
      xAxisLabel: 'Scheduled reviews due',
      yAxisLabel: 'Held on time (%)',
      id: 'reviews-funnel',
      plot: funnelPlot(
        units(c, (g) => g.reviewTimeliness.proportion),
        { kind: 'proportion', improvement: 'increase' },
      ),
      show: percent,
    },
    {
      title: `People who achieved a goal, by ${group}, ${c.period}`,
      xAxisLabel: 'People with an agreed outcome',
      yAxisLabel: 'Achieved a goal (%)',
      id: 'goals-funnel',
      plot: funnelPlot(
        units(c, (g) => g.goalAchievement.proportion),
        { kind: 'proportion', improvement: 'increase' },
      ),
      show: percent,
    },
    {
      title: `Incidents per 1,000 person-days, by ${group}, ${quarterOnly ? c.period : c.trendPeriod}`,
      xAxisLabel: 'Person-days of support',
      yAxisLabel: 'Incidents per 1,000 person-days',
      id: 'incidents-funnel',
      plot: funnelPlot(
        units(c, (g) => {
          const e = incidents(g);
          return { numerator: e.count, denominator: e.personDays };
        }),
        { kind: 'rate', per: 1000, improvement: 'decrease' },
      ),
      show: rate,
    },
  ];
  return [
    heading(`Comparing each ${group}`),
    paragraph(
      `A funnel plot shows each ${group}’s figure against how many it counts. Small ${group}s vary more by chance, so the limits widen as the numbers fall: a ${group} inside them is not different from the rest in any way the numbers can show, whatever its place in a list. Limits are exact (binomial for shares, Poisson for rates) around the provider’s own figure.`,
    ),
    ...comparisons.map(comparisonFigure),
  ].join('\n');
}
