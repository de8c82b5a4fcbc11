/** The monthly XmR control charts (internal to `visuals`). */
import { GoldenThreadError } from '../../core/index.js';
import type { EventRate } from '../../metrics/index.js';
import type { XmrChart } from '../../stats/index.js';
import { escapeText } from '../escape.js';
import { xmrChartSvg } from '../xmr-chart-svg.js';
import type { ReportContext } from './context.js';
import {
  amount,
  count,
  decimal,
  FN,
  heading,
  interval,
  monthLabel,
  paragraph,
  pValue,
  signed,
} from './format.js';

interface ChartSpec {
  readonly chart: XmrChart;
  readonly labels: readonly string[];
  readonly title: string;
  readonly yAxisLabel: string;
  readonly id: string;
  readonly caption: string;
}

/** What the limits are held at, in words, when the chart's measure has natural bounds. */
function boundsNote(chart: XmrChart): string {
  const { lower, upper } = chart.bounds;
  if (lower === null && upper === null) return '';
  const held = chart.periods.some((p) => p.atBound.lower || p.atBound.upper);
  const what = `A ${String(chart.options.measure)}`;
  const rule =
    upper === null
      ? `${what} cannot be below ${decimal(lower)}, so a limit that would fall below it is held at ${decimal(lower)}`
      : `${what} lies from ${decimal(lower)} to ${decimal(upper)}, so a limit beyond either is held there`;
  return ` ${rule} (natural bounds, as Making Data Count does)${held ? ': here one is.' : '; none needed it here.'}`;
}

function chartFigure(spec: ChartSpec): string {
  if (spec.labels.length !== spec.chart.n) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${FN}: the chart "${spec.title}" has ${spec.chart.n} points but ${spec.labels.length} months with data.`,
    );
  }
  const svg = xmrChartSvg(spec.chart, {
    title: spec.title,
    xLabels: spec.labels,
    yAxisLabel: spec.yAxisLabel,
    id: spec.id,
  });
  return `<figure>${svg}<figcaption>${escapeText(spec.caption + boundsNote(spec.chart))}</figcaption></figure>`;
}

function eventSpec(rate: EventRate, title: string, id: string): ChartSpec {
  const summary = rate.events.rate;
  return {
    chart: rate.chart,
    labels: rate.monthly.filter((m) => m.rate !== null).map((m) => monthLabel(m.month)),
    title,
    yAxisLabel: 'Per 1,000 person-days',
    id,
    caption:
      summary === null || summary.value === null
        ? 'No one was supported in the months charted.'
        : `${count(rate.events.count)} in ${count(summary.exposure)} person-days over the months charted: ${amount(summary.value)} per 1,000 (95% interval ${interval(summary.lower, summary.upper, amount)}).`,
  };
}

/** Incidents, admissions and community participation, month by month, as XmR charts. */
export function chartsSection(c: ReportContext): string {
  const o = c.overall;
  const participation = o.communityParticipation;
  const slope = participation.trend.slope.slope;
  const p = participation.trend.test.pValue;
  const specs: ChartSpec[] = [
    eventSpec(o.incidentTrend, 'Incidents per 1,000 person-days, each month', 'incidents-chart'),
    eventSpec(
      o.admissionTrend,
      'Unplanned hospital admissions per 1,000 person-days, each month',
      'admissions-chart',
    ),
    {
      chart: participation.chart,
      labels: participation.monthly
        .filter((m) => m.perPerson.value !== null)
        .map((m) => monthLabel(m.month)),
      title: 'Community activities per person, each month',
      yAxisLabel: 'Activities per person',
      id: 'participation-chart',
      caption: `Trend: ${slope === null ? 'not enough months to estimate' : `${signed(slope, 2)} activities per person each month (Theil–Sen slope)`}; ${p === null ? 'no Mann–Kendall test (no variation)' : `Mann–Kendall ${pValue(p)}`}.`,
    },
  ];
  return [
    heading(`Monthly trends and control charts, ${c.trendPeriod}`),
    paragraph(
      `Each chart is an XmR chart in the NHS England Making Data Count style over the ${c.trendMonths} months to ${c.lastDay}: special-cause points are blue for improvement and orange for concern; the dashed lines are the process limits (mean ± 2.66 × the mean moving range).`,
    ),
    ...specs.map(chartFigure),
  ].join('\n');
}
