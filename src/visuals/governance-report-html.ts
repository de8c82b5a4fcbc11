import { addDays, formatLongDate, GoldenThreadError, type Ratio } from '../core/index.js';
import type { EventRate, GovernanceFigures, GovernanceReport } from '../metrics/index.js';
import type { PoissonInterval, Proportion, XmrChart } from '../stats/index.js';
import { cleanText, escapeText } from './escape.js';
import { formatNumber } from './numbers.js';
import { COLOURS } from './palette.js';
import { xmrChartSvg } from './xmr-chart-svg.js';

/**
 * Options for {@link governanceReportHtml}.
 *
 * @example
 * ```ts
 * const options: GovernanceReportHtmlOptions = {
 *   title: 'Quarterly governance report — Elm Care',
 *   groupNames: { 'svc-elm': 'Elm House', 'svc-oak': 'Oak Court' },
 * };
 * ```
 * @category Pictures
 */
export interface GovernanceReportHtmlOptions {
  /** The page's heading and `<title>`. Default `Governance report`. */
  readonly title?: string;
  /** Readable names for the groups' codes (such as service ids). Default: the codes. */
  readonly groupNames?: Readonly<Record<string, string>>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const NONE = '—';

const STYLE = `
body{margin:0;background:${COLOURS.paper};color:${COLOURS.ink};font:16px/1.5 Arial,Helvetica,"Liberation Sans",sans-serif}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.75rem;margin:0 0 .25rem}
h2{font-size:1.35rem;margin:2rem 0 .5rem;border-bottom:2px solid ${COLOURS.ink}}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid ${COLOURS.guide};padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#F3F2F1}
td.n{text-align:right;white-space:nowrap}
figure{margin:1rem 0}
figcaption{font-size:.95rem}
svg{max-width:100%;height:auto}
.note{color:${COLOURS.guide}}
@media print{
@page{size:A4;margin:15mm}
body{font-size:10.5pt}
main{max-width:none;padding:0}
h2{break-after:avoid}
figure,tr{break-inside:avoid}
figure svg{max-height:120mm}
thead{display:table-header-group}
}`;

/**
 * Writes a governance report as one self-contained HTML page: the key figures with their
 * numerators, denominators, intervals and methods; control charts of the monthly incident,
 * admission and community-participation figures; the overdue reviews, restriction findings
 * and outcomes to look at; and the key figures for each group.
 *
 * @remarks
 * The page is made to be read by a registered manager, a board or an inspector, on screen
 * or printed on A4 (an `@media print` rule sets the page size and keeps tables and charts
 * whole). It holds everything it needs: inline CSS and the charts as inline SVG from
 * {@link xmrChartSvg} — no script, no web font, no image or style sheet to fetch. Every
 * figure is shown with what it counts: "31 of 36", its interval and the method that gave it;
 * a figure with nothing to count shows "—" rather than 0. Every piece of text from the
 * records (ids, group names, people's words) is escaped. The same report gives the same
 * bytes.
 * @param report - What `governanceReport` (or `computeMetrics` with `governanceMetrics`) returned.
 * @param options - `title` and `groupNames`.
 * @returns A complete HTML document, starting `<!DOCTYPE html>`.
 * @throws {@link golden-thread!GoldenThreadError} `invalid_argument` when `title` or a group
 * name is not text, or a chart in the report holds a value that is not a finite number.
 * @example
 * ```ts
 * const report = governanceReport(records, { window: { from: '2026-07-01', to: '2026-10-01' } });
 * await writeFile('governance.html', governanceReportHtml(report, { title: 'Elm Care, July to September 2026' }));
 * ```
 * @category Pictures
 */
export function governanceReportHtml(
  report: GovernanceReport,
  options: GovernanceReportHtmlOptions = {},
): string {
  const fn = 'governanceReportHtml';
  const title = options.title ?? 'Governance report';
  if (typeof title !== 'string') {
    throw new GoldenThreadError('invalid_argument', `${fn}: title must be text.`);
  }
  const names = options.groupNames ?? {};
  for (const [code, name] of Object.entries(names)) {
    if (typeof name !== 'string') {
      throw new GoldenThreadError(
        'invalid_argument',
        `${fn}: the name of group ${JSON.stringify(code)} must be text.`,
      );
    }
  }
  const nameOf = (code: string) => (Object.hasOwn(names, code) ? (names[code] as string) : code);
  const { overall, window, trendWindow } = report;
  const lastDay = formatLongDate(addDays(window.to, -1));
  const period = `${formatLongDate(window.from)} to ${lastDay}`;

  const html: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    `<title>${escapeText(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head><body><main>',
    `<h1>${escapeText(title)}</h1>`,
    `<p>${escapeText(period)}. ${overall.records.people} ${overall.records.people === 1 ? 'person' : 'people'} and ${overall.records.settings} ${overall.records.settings === 1 ? 'setting' : 'settings'} in the records. Monthly charts from ${escapeText(formatLongDate(trendWindow.from))} to ${escapeText(formatLongDate(addDays(trendWindow.to, -1)))}.</p>`,
  ];

  html.push('<h2>Key figures</h2>', keyFigures(overall, period));

  html.push('<h2>Trends and control charts</h2>');
  html.push(
    '<p>Each chart is an XmR chart in the NHS England Making Data Count style: special-cause points are blue for improvement and orange for concern; the dashed lines are the process limits.</p>',
  );
  html.push(
    eventChart(
      fn,
      overall.incidentTrend,
      'Incidents per 1,000 person-days, each month',
      'incidents-chart',
    ),
    eventChart(
      fn,
      overall.admissionTrend,
      'Unplanned hospital admissions per 1,000 person-days, each month',
      'admissions-chart',
    ),
  );
  const participation = overall.communityParticipation;
  const slope = participation.trend.slope.slope;
  const p = participation.trend.test.pValue;
  html.push(
    figure(
      fn,
      participation.chart,
      participation.monthly
        .filter((m) => m.perPerson.value !== null)
        .map((m) => monthLabel(m.month)),
      'Community activities per person, each month',
      'Activities per person',
      'participation-chart',
      `Trend: ${slope === null ? 'not enough months to estimate' : `${signed(slope, 2)} activities per person each month (Theil–Sen slope)`}; ${p === null ? 'no Mann–Kendall test (no variation)' : `Mann–Kendall p = ${formatNumber(p, 3)}`}.`,
    ),
  );

  // Reviews overdue.
  const overdue = overall.reviewTimeliness.overdueAtEnd;
  html.push('<h2>Reviews overdue</h2>');
  html.push(
    `<p>On ${escapeText(lastDay)}, ${overdue.people.numerator} of ${overdue.people.denominator} people supported had a review overdue (${overdue.byReason.first_review} first reviews, ${overdue.byReason.scheduled} scheduled, ${overdue.byReason.rule} asked for by a change in their life).</p>`,
  );
  html.push(
    overdue.mostOverdue.length === 0
      ? '<p>No review was overdue.</p>'
      : table(
          `The most overdue reviews (${overdue.mostOverdue.length} listed)`,
          [
            'Person',
            'Plan',
            capital(report.groupBy),
            'Why it is due',
            'Urgency',
            'Due on',
            'Days overdue',
          ],
          overdue.mostOverdue.map((r) => [
            r.personId,
            r.planId,
            nameOf(r.groups[report.groupBy] ?? NONE),
            r.reason === 'rule'
              ? `trigger rule ${r.ruleId ?? ''}`.trim()
              : r.reason.replace('_', ' '),
            r.urgency,
            formatLongDate(r.dueOn),
            num(r.daysOverdue),
          ]),
        ),
  );

  // Restrictive practices.
  const restrictions = overall.restrictions;
  html.push('<h2>Restrictive practices</h2>');
  html.push(
    table(
      'Restrictions in place',
      ['', 'Individual', 'Blanket'],
      [
        [
          `On ${formatLongDate(window.from)}`,
          num(restrictions.activeAtStart.individual),
          num(restrictions.activeAtStart.blanket),
        ],
        [
          `On ${lastDay}`,
          num(restrictions.activeAtEnd.individual),
          num(restrictions.activeAtEnd.blanket),
        ],
      ],
    ),
  );
  html.push(
    `<p>In the period ${restrictions.started} started, ${restrictions.ended} ended, ${restrictions.reducedOrStopped} were reviewed and reduced or stopped, and ${restrictions.blanketReplaced} blanket ${restrictions.blanketReplaced === 1 ? 'rule was' : 'rules were'} replaced by individual plans.</p>`,
  );
  const findingCodes = Object.entries(restrictions.findings);
  if (findingCodes.length > 0) {
    html.push(
      table(
        'Findings on the restrictions in place',
        ['Finding', 'How many times'],
        findingCodes.map(([code, n]) => [code, num(n)]),
      ),
    );
  }
  html.push(
    restrictions.flagged.length === 0
      ? '<p>No restriction had an error finding.</p>'
      : table(
          `Restrictions with errors (${restrictions.flagged.length} listed)`,
          [
            'Restriction',
            'Scope',
            'Person or setting',
            capital(report.groupBy),
            'Errors',
            'Findings',
          ],
          restrictions.flagged.map((r) => [
            r.restrictionId,
            r.scope,
            r.subjectId,
            nameOf(r.groups[report.groupBy] ?? NONE),
            num(r.errors),
            r.codes.join(', '),
          ]),
        ),
  );

  // Outcomes to look at.
  const trends = overall.ratingTrends;
  html.push('<h2>Outcomes to look at</h2>');
  html.push(
    trends.flagged.length === 0
      ? '<p>No outcome’s ratings fell or stayed still long enough to flag.</p>'
      : table(
          `Outcomes whose ratings fell or did not move (${trends.flagged.length} listed)`,
          ['Person', 'Outcome, in their words', 'Movement', 'First rating', 'Latest rating'],
          trends.flagged.map((o) => [
            o.personId,
            o.words,
            o.movement,
            `${formatNumber(o.first.score)} on ${formatLongDate(o.first.on)}`,
            `${formatNumber(o.latest.score)} on ${formatLongDate(o.latest.on)}`,
          ]),
        ),
  );

  // Each group.
  const groups = Object.entries(report.groups);
  if (groups.length > 0) {
    html.push(`<h2>By ${escapeText(report.groupBy)}</h2>`);
    html.push(
      table(
        `Key figures for each ${report.groupBy}`,
        [
          capital(report.groupBy),
          'Goal achieved',
          'Reviews on time',
          'Actions on time',
          'Restriction uses per 1,000 support days',
          'Unplanned admissions per 1,000 person-days',
        ],
        groups.map(([code, g]) => [
          nameOf(code),
          ofWithPercent(g.goalAchievement.proportion),
          ofWithPercent(g.reviewTimeliness.proportion),
          ofWithPercent(g.actionCompletion.proportion),
          rateValue(g.restrictions.uses),
          rateValue(g.unplannedAdmissions.rate),
        ]),
      ),
    );
  }

  html.push(
    `<p class="note">Intervals are ${formatNumber(overall.goalAchievement.proportion.confidence * 100, 1)}% confidence intervals. “—” means there was nothing to count.</p>`,
    '</main></body></html>',
  );
  return `${html.join('\n')}\n`;
}

type Cell = string;

function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly Cell[])[],
): string {
  const th = head.map((h) => `<th scope="col">${escapeText(h)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) =>
            i === 0
              ? `<th scope="row">${escapeText(cell)}</th>`
              : `<td${/^[-−]?[\d.,]+%?$|^—$/.test(cell) ? ' class="n"' : ''}>${escapeText(cell)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  return `<table><caption>${escapeText(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function keyFigures(o: GovernanceFigures, period: string): string {
  const rows: Cell[][] = [
    proportionRow('People who achieved at least one goal', o.goalAchievement.proportion),
    proportionRow('Scheduled reviews held on time', o.reviewTimeliness.proportion),
    proportionRow(
      'People with a review overdue at the end',
      o.reviewTimeliness.overdueAtEnd.people,
    ),
    proportionRow('Reviews meeting every quality check', o.reviewQuality.proportion),
    proportionRow('Actions done by their due day', o.actionCompletion.proportion),
    proportionRow(
      'People with an individual restriction at the end',
      o.restrictions.peopleRestricted,
    ),
    proportionRow('Restrictions with an error finding', o.restrictions.withErrors),
    rateRow('Restriction uses per 1,000 support days', o.restrictions.uses),
    [
      'Restriction uses: this period ÷ the period before',
      plural(o.restrictions.reduction.after.count, 'use'),
      `${plural(o.restrictions.reduction.before.count, 'use')} before`,
      o.restrictions.reduction.ratio === null
        ? NONE
        : formatNumber(o.restrictions.reduction.ratio, 2),
      interval(o.restrictions.reduction.lower, o.restrictions.reduction.upper, (v) =>
        formatNumber(v, 2),
      ),
      o.restrictions.reduction.method,
    ],
    rateRow('Unplanned hospital admissions per 1,000 person-days', o.unplannedAdmissions.rate),
    ratioRow(
      'Community activities per person per month',
      o.communityParticipation.perPersonPerMonth,
      false,
    ),
    ratioRow(
      'People who took part in a community activity',
      o.communityParticipation.peopleTakingPart,
      true,
    ),
    ratioRow('People with an outcome whose ratings fell', o.ratingTrends.peopleDeteriorating, true),
  ];
  return table(
    `${period}, all records`,
    ['Measure', 'Numerator', 'Denominator', 'Value', 'Interval', 'Method'],
    rows,
  );
}

function proportionRow(label: string, p: Proportion): Cell[] {
  return [
    label,
    num(p.numerator),
    num(p.denominator),
    percent(p.value),
    interval(p.lower, p.upper, percent),
    p.method,
  ];
}

function ratioRow(label: string, r: Ratio, asPercent: boolean): Cell[] {
  return [
    label,
    num(r.numerator),
    num(r.denominator),
    asPercent ? percent(r.value) : r.value === null ? NONE : formatNumber(r.value, 2),
    NONE,
    'ratio',
  ];
}

function rateRow(label: string, r: PoissonInterval): Cell[] {
  const rate = r.rate;
  return [
    label,
    plural(r.count, 'event'),
    rate === null ? NONE : `${num(Math.round(rate.exposure))} days`,
    rate === null || rate.value === null ? NONE : formatNumber(rate.value, 2),
    rate === null ? NONE : interval(rate.lower, rate.upper, (v) => formatNumber(v, 2)),
    r.method,
  ];
}

function eventChart(fn: string, rate: EventRate, title: string, id: string): string {
  const labels = rate.monthly.filter((m) => m.rate !== null).map((m) => monthLabel(m.month));
  const summary = rate.rate.rate;
  const caption =
    summary === null || summary.value === null
      ? 'No one was supported in the period.'
      : `${num(rate.rate.count)} in ${num(Math.round(summary.exposure))} person-days over the charted months: ${formatNumber(summary.value, 2)} per 1,000 (${interval(summary.lower, summary.upper, (v) => formatNumber(v, 2))}).`;
  return figure(fn, rate.chart, labels, title, 'Per 1,000 person-days', id, caption);
}

function figure(
  fn: string,
  chart: XmrChart,
  labels: readonly string[],
  title: string,
  yAxisLabel: string,
  id: string,
  caption: string,
): string {
  if (labels.length !== chart.n) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: the chart "${title}" has ${chart.n} points but ${labels.length} months with data.`,
    );
  }
  const svg = xmrChartSvg(chart, { title, xLabels: labels, yAxisLabel, id });
  return `<figure>${svg}<figcaption>${escapeText(caption)}</figcaption></figure>`;
}

/** `2026-07` as `Jul 2026`. */
function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? cleanText(month)} ${year ?? ''}`.trim();
}

const num = (n: number): string => formatNumber(n, 2);
const plural = (n: number, noun: string): string => `${num(n)} ${noun}${n === 1 ? '' : 's'}`;
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const percent = (v: number | null): string => (v === null ? NONE : `${formatNumber(v * 100, 1)}%`);
const signed = (v: number, decimals: number): string =>
  v > 0 ? `+${formatNumber(v, decimals)}` : formatNumber(v, decimals);

function interval(lower: number | null, upper: number | null, show: (v: number) => string): string {
  return lower === null || upper === null ? NONE : `${show(lower)} to ${show(upper)}`;
}

function ofWithPercent(p: Proportion): string {
  return p.value === null
    ? `${NONE} (0 due)`
    : `${num(p.numerator)} of ${num(p.denominator)} (${percent(p.value)})`;
}

function rateValue(r: PoissonInterval): string {
  return r.rate === null || r.rate.value === null ? NONE : formatNumber(r.rate.value, 2);
}
