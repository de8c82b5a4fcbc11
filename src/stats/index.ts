/**
 * Honest statistics on small numbers, as pure functions on numbers: exact intervals for counts,
 * rates and proportions, before/after rate ratios with exact intervals and p-values, robust
 * and least-squares trends, the Mann–Kendall trend test, NHS England "Making Data Count" XmR
 * charts, run charts read with the Anhøj rules, funnel plots for comparing services, and
 * p-values written for a reader. Every result names its method, and a
 * quantity that cannot be computed is `null` — never `NaN` or `Infinity`. Also available as
 * the subpath `golden-thread/stats`.
 *
 * @module stats
 */

export { formatPValue } from './format-p-value.js';
export {
  type FunnelLimits,
  type FunnelOutside,
  type FunnelOverdispersion,
  type FunnelPlot,
  type FunnelPlotOptions,
  type FunnelPlotUnit,
  type FunnelUnit,
  funnelPlot,
} from './funnel-plot.js';
export { type MannKendall, type MannKendallOptions, mannKendall } from './mann-kendall.js';
export { type OrdinaryLeastSquares, ordinaryLeastSquares } from './ordinary-least-squares.js';
export {
  type PoissonInterval,
  type PoissonIntervalOptions,
  type PoissonRate,
  poissonInterval,
} from './poisson-interval.js';
export {
  type Proportion,
  type ProportionIntervalOptions,
  proportionInterval,
} from './proportion-interval.js';
export {
  type RatePeriod,
  type RatePeriodRate,
  type RateRatio,
  type RateRatioOptions,
  rateRatio,
} from './rate-ratio.js';
export { type RunChart, type RunChartSignals, runChart } from './run-chart.js';
export type { SeriesOptions } from './series-options.js';
export {
  type SeriesPoint,
  type TheilSen,
  type TheilSenIntercept,
  type TheilSenOptions,
  theilSen,
} from './theil-sen.js';
export {
  type ImprovementDirection,
  type TwoOfThreeReading,
  type VariationClass,
  type XmrChart,
  type XmrChartOptions,
  type XmrMeasure,
  type XmrPeriod,
  type XmrPoint,
  type XmrRecommendation,
  type XmrRules,
  xmrChart,
} from './xmr-chart.js';
