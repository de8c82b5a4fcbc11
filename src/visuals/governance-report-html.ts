import { GoldenThreadError } from '../core/index.js';
import { requireRecord, unexpected } from '../core/internal/index.js';
import type { GovernanceReport } from '../metrics/index.js';
import { escapeText } from './escape.js';
import { COLOURS } from './palette.js';
import { reportContext } from './report/context.js';
import { decimal, FN, figure } from './report/format.js';
import { REPORT_SECTIONS } from './report/sections.js';

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
figcaption{font-size:.95rem;margin-top:.25rem}
svg{max-width:100%;height:auto}
.note{color:${COLOURS.guide}}
.notices,.caution{border-left:4px solid ${COLOURS.guide};padding:.25rem .75rem}
@media print{
@page{size:A4;margin:15mm}
body{font-size:10.5pt}
main{max-width:none;padding:0}
h2,h2+p,caption{break-after:avoid}
p{orphans:3;widows:3}
figure,tr{break-inside:avoid}
figure svg{max-height:120mm}
thead{display:table-header-group;break-after:avoid}
tbody tr:first-child{break-before:avoid}
}`;

/**
 * Writes a governance report as one self-contained HTML page: who is counted (the people in
 * the records against the people behind each denominator); the quarter's key figures with
 * their numerators, denominators, intervals and methods; funnel plots comparing the groups;
 * control charts of the monthly incident, admission and community-participation figures; the
 * overdue reviews, restriction findings and outcomes to look at; and each group's figures.
 *
 * @remarks
 * The page is made to be read by a registered manager, a board or an inspector, on screen
 * or printed on A4 (an `@media print` rule sets the page size and keeps tables and charts
 * whole). It holds everything it needs: inline CSS and the charts as inline SVG from
 * {@link xmrChartSvg} and {@link funnelPlotSvg} — no script, no web font, no image or style
 * sheet to fetch. Every figure is shown with what it counts: "31 of 36", its interval and the
 * method that gave it; a figure with nothing to count shows "—" rather than 0. Every window
 * is named: the quarter's figures apart from the charted months'. Counts have thousands
 * separators (`31,151`) and p-values are written as journals ask (`p < 0.001`). Groups are
 * compared on funnel plots — scheduled reviews on time and goals achieved as proportions with
 * exact binomial limits, incidents per 1,000 person-days with exact Poisson limits, around the
 * provider's own figure — and those outside the limits are named; the table of each group's
 * figures is in the order of their names, not a ranking. The control charts' limits are held
 * at 0 where a rate cannot go below it, and the captions say so.
 *
 * Every number is written by a formatter that refuses anything but a finite number, and every
 * piece of text from the records (ids, group names, people's words) is escaped, so a report
 * read back from JSON that holds a string, `NaN` or `<script>` where it should not gives a
 * `GoldenThreadError`, or harmless text — never broken markup. The same report gives the
 * same bytes.
 * @param report - What `governanceReport` (or `computeMetrics` with `governanceMetrics`) returned.
 * @param options - `title` and `groupNames`.
 * @returns A complete HTML document, starting `<!DOCTYPE html>`.
 * @throws {@link golden-thread!GoldenThreadError} `invalid_argument` when `title` or a group
 * name is not text, or the report holds something other than a finite number where a figure
 * belongs or other than text where a name belongs.
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
  try {
    requireRecord('governanceReportHtml', 'options', options);
    const title = options.title ?? 'Governance report';
    if (typeof title !== 'string') {
      throw new GoldenThreadError('invalid_argument', `${FN}: title must be text.`);
    }
    if (typeof report !== 'object' || report === null || typeof report.overall !== 'object') {
      throw new GoldenThreadError(
        'invalid_argument',
        `${FN}: report must be what governanceReport returned.`,
      );
    }
    const context = reportContext(report, options.groupNames ?? {});
    const confidence = figure(
      report.overall.goalAchievement.proportion.confidence,
      'the confidence',
    );
    const html = [
      '<!DOCTYPE html>',
      '<html lang="en"><head><meta charset="utf-8"/>',
      '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
      `<title>${escapeText(title)}</title>`,
      `<style>${STYLE}</style>`,
      '</head><body><main>',
      `<h1>${escapeText(title)}</h1>`,
      ...REPORT_SECTIONS.map((section) => section(context)).filter((part) => part !== ''),
      `<p class="note">Intervals are ${decimal(confidence * 100, 1)}% confidence intervals. “—” means there was nothing to count.</p>`,
      '</main></body></html>',
    ];
    return `${html.join('\n')}\n`;
  } catch (error) {
    throw unexpected('governanceReportHtml', error);
  }
}
