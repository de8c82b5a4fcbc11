/**
 * Pictures and easy-read text people would rather look at: a person's progress ratings as an
 * accessible SVG timeline, NHS "Making Data Count" XmR charts and funnel plots comparing
 * services as SVG, the governance report as
 * one printable HTML page, and short easy-read sentences for review packs. Imported from
 * `golden-thread/visuals`.
 *
 * Every function is pure: the same input gives byte-identical output, with no clock, no
 * `Intl` and no randomness; every piece of host text is escaped.
 *
 * @module golden-thread/visuals
 */
export { type EasyReadHtmlOptions, easyReadHtml } from './easy-read-html.js';
export { type EasyReadProgressOptions, easyReadProgress } from './easy-read-progress.js';
export { easyReadYouSaidWeDid } from './easy-read-you-said-we-did.js';
export { type FunnelPlotSvgOptions, funnelPlotSvg } from './funnel-plot-svg.js';
export {
  type GovernanceReportHtmlOptions,
  governanceReportHtml,
} from './governance-report-html.js';
export {
  type RatingTimelineSvgOptions,
  ratingTimelineSvg,
  type TimelineMilestone,
} from './rating-timeline-svg.js';
export type { ScaleLabel } from './ratings.js';
export { type XmrChartSvgOptions, xmrChartSvg } from './xmr-chart-svg.js';
