import { GoldenThreadError } from '../core/index.js';
import { describeValue, requireOptions, requireWholeNumber } from '../core/internal/index.js';
import { requireFiniteResult, requireSeries } from './arguments.js';
import {
  binomialLimits,
  type Limits,
  overdispersion,
  poissonLimits,
  randomEffectsLimits,
} from './funnel-limits.js';
import type { SeriesOptions } from './series-options.js';
import type { ImprovementDirection, VariationClass } from './xmr-chart.js';

/**
 * One unit — a service, a house, a team — on a funnel plot: how many had the property (or how
 * many events) out of its denominator.
 *
 * @example
 * ```ts
 * const elm: FunnelUnit = { id: 'elm-house', label: 'Elm House', numerator: 9, denominator: 12 };
 * ```
 * @category Statistics
 */
export interface FunnelUnit {
  /** The unit's identifier: text, unique in the plot. */
  readonly id: string;
  /** The name to show (the id when absent). */
  readonly label?: string;
  /** For a proportion, how many had the property; for a rate, the number of events. A whole number ≥ 0. */
  readonly numerator: number;
  /**
   * For a proportion, how many there were (a whole number ≥ the numerator); for a rate, the
   * exposure (support days, person-days), a finite number ≥ 0. A unit with a denominator of 0
   * is kept, with no value or limits.
   */
  readonly denominator: number;
}

/**
 * Options for {@link funnelPlot}.
 *
 * @example
 * ```ts
 * const options: FunnelPlotOptions = { kind: 'rate', per: 1000, improvement: 'decrease' };
 * ```
 * @category Statistics
 */
export interface FunnelPlotOptions extends SeriesOptions {
  /** `'proportion'` (exact binomial limits) or `'rate'` (exact Poisson limits). */
  readonly kind: 'proportion' | 'rate';
  /** Rates only: the rate is given per this many units of exposure (1000: per 1,000 days). Default 1. */
  readonly per?: number;
  /**
   * The figure the limits are drawn around, on the values' scale (a proportion from 0 to 1, or
   * a rate per `per`): a national or contracted figure. Default: the pooled figure of the
   * units, Σ numerators ÷ Σ denominators (the provider's overall figure).
   */
  readonly target?: number;
  /**
   * `'none'` (default): exact limits. `'additive'`: widen them for real differences between
   * units that have nothing to do with chance — Spiegelhalter's additive random-effects
   * model; see {@link funnelPlot}.
   */
  readonly overdispersion?: 'none' | 'additive';
  /** Which direction is better, so that a unit outside the limits is an improvement or a concern. Default `'neither'`. */
  readonly improvement?: ImprovementDirection;
  /** How many denominators the drawn limits are worked out at, 2 to 1,000. Default 100. */
  readonly curvePoints?: number;
}

/**
 * The control limits at one denominator, on the values' scale.
 *
 * @example
 * ```ts
 * const at: FunnelLimits = { denominator: 100, lower998: 0.081, lower95: 0.12, upper95: 0.276, upper998: 0.327 };
 * ```
 * @category Statistics
 */
export interface FunnelLimits {
  /** The denominator the limits are for. */
  readonly denominator: number;
  /** The lower 99.8 % limit (three sigma). */
  readonly lower998: number;
  /** The lower 95 % limit (two sigma). */
  readonly lower95: number;
  /** The upper 95 % limit. */
  readonly upper95: number;
  /** The upper 99.8 % limit. */
  readonly upper998: number;
}

/**
 * Where a unit lies outside the limits: the side, and the widest limit it is beyond.
 *
 * @example
 * ```ts
 * const outside: FunnelOutside = { side: 'high', beyond: 0.998 };
 * ```
 * @category Statistics
 */
export interface FunnelOutside {
  /** Above the upper limit (`'high'`) or below the lower (`'low'`). */
  readonly side: 'high' | 'low';
  /** `0.998`: beyond the 99.8 % limit (an alarm); `0.95`: beyond the 95 % limit only (an alert). */
  readonly beyond: 0.95 | 0.998;
}

/**
 * One unit of a {@link FunnelPlot}, with its figure and where it lies.
 *
 * @example
 * ```ts
 * const first: FunnelPlotUnit | undefined = funnelPlot([{ id: 'a', numerator: 3, denominator: 10 }], { kind: 'proportion' }).units[0];
 * ```
 * @category Statistics
 */
export interface FunnelPlotUnit {
  /** The unit's identifier. */
  readonly id: string;
  /** The name to show. */
  readonly label: string;
  /** The numerator given. */
  readonly numerator: number;
  /** The denominator given. */
  readonly denominator: number;
  /** numerator ÷ denominator (× `per` for a rate); `null` when the denominator is 0. */
  readonly value: number | null;
  /** The limits at the unit's denominator; `null` when the denominator is 0 or there is no target. */
  readonly limits: FunnelLimits | null;
  /** Where the unit lies outside the 95 % limits; `null` when inside them (or not placed). */
  readonly outside: FunnelOutside | null;
  /** `'common_cause'` inside the limits, otherwise improvement, concern or neither; `null` when not placed. */
  readonly variation: VariationClass | null;
}

/**
 * The between-unit variation allowed for, when `overdispersion` is `'additive'`.
 *
 * @example
 * ```ts
 * const allowed: FunnelOverdispersion | null = funnelPlot(units, { kind: 'rate', overdispersion: 'additive' }).overdispersion;
 * ```
 * @category Statistics
 */
export interface FunnelOverdispersion {
  /** The units the estimate came from (those with a denominator above 0). */
  readonly units: number;
  /** How many z-scores were winsorised (pulled in to the 10th or 90th percentile). */
  readonly winsorised: number;
  /** φ, the mean squared winsorised z-score: about 1 when chance explains the spread. */
  readonly phi: number;
  /** τ², the between-unit variance on the transformed scale; 0 when none was found. */
  readonly tau2: number;
  /** Whether the limits were widened (τ² > 0); when not, they are the exact limits. */
  readonly applied: boolean;
}

/**
 * A funnel plot as data: every unit's figure against its denominator, with control limits at
 * 95 % and 99.8 % around a target, and the units outside them.
 *
 * @example
 * ```ts
 * const plot: FunnelPlot = funnelPlot([{ id: 'a', numerator: 3, denominator: 10 }], { kind: 'proportion' });
 * ```
 * @category Statistics
 */
export interface FunnelPlot {
  /** `'proportion'` or `'rate'`. */
  readonly kind: 'proportion' | 'rate';
  /** The rate is per this many units of exposure (1 for a proportion). */
  readonly per: number;
  /** Which direction is better, as given (default `'neither'`). */
  readonly improvement: ImprovementDirection;
  /** The figure the limits are drawn around; `null` when no unit has a denominator. */
  readonly target: number | null;
  /** `'pooled'` (the units' overall figure) or `'given'` (the `target` option). */
  readonly targetSource: 'pooled' | 'given';
  /** Σ numerators and Σ denominators over the units. */
  readonly totals: { readonly numerator: number; readonly denominator: number };
  /** Every unit, in the order given. */
  readonly units: readonly FunnelPlotUnit[];
  /** The units outside the 95 % limits, in the order given: the ones to look into. */
  readonly outliers: readonly FunnelPlotUnit[];
  /** The limits at `curvePoints` denominators spread over the units' range, for drawing. */
  readonly curve: readonly FunnelLimits[];
  /** The overdispersion allowed for; `null` unless `overdispersion` is `'additive'`. */
  readonly overdispersion: FunnelOverdispersion | null;
  /** The method, for a reader to check. */
  readonly method: string;
}

const KINDS = ['proportion', 'rate'] as const;

function fail(message: string): never {
  throw new GoldenThreadError('invalid_argument', `funnelPlot: ${message}`);
}

interface Settings {
  readonly kind: 'proportion' | 'rate';
  readonly per: number;
  readonly improvement: ImprovementDirection;
  readonly additive: boolean;
  readonly curvePoints: number;
}

function settingsOf(options: FunnelPlotOptions): Settings {
  requireOptions('funnelPlot', options);
  const { kind } = options;
  if (!KINDS.includes(kind))
    fail(`kind must be 'proportion' or 'rate', but it is ${describeValue(kind)}.`);
  if (kind === 'proportion' && options.per !== undefined) fail('per applies to rates only.');
  const per = options.per ?? 1;
  if (!(Number.isFinite(per) && per > 0))
    fail(`per must be a finite number greater than 0, but it is ${describeValue(per)}.`);
  const improvement = options.improvement ?? 'neither';
  if (!['increase', 'decrease', 'neither'].includes(improvement)) {
    fail(
      `improvement must be 'increase', 'decrease' or 'neither', but it is ${describeValue(improvement)}.`,
    );
  }
  const dispersion = options.overdispersion ?? 'none';
  if (dispersion !== 'none' && dispersion !== 'additive') {
    fail(`overdispersion must be 'none' or 'additive', but it is ${describeValue(dispersion)}.`);
  }
  const curvePoints = requireWholeNumber('funnelPlot', 'curvePoints', options.curvePoints, 100, 2);
  if (curvePoints > 1000) fail(`curvePoints must be at most 1000, but it is ${curvePoints}.`);
  return { kind, per, improvement, additive: dispersion === 'additive', curvePoints };
}

/** Checks each unit: text id (unique), whole numerator, denominator of the kind's sort. */
function checkUnits(units: readonly FunnelUnit[], kind: 'proportion' | 'rate'): void {
  const seen = new Set<string>();
  for (const [i, unit] of units.entries()) {
    if (typeof unit !== 'object' || unit === null)
      fail(
        `units[${i}] is ${describeValue(unit)}; each unit must be an object { id, numerator, denominator }.`,
      );
    const { id, label, numerator, denominator } = unit;
    if (typeof id !== 'string' || id === '')
      fail(`units[${i}].id must be non-empty text, but it is ${describeValue(id)}.`);
    if (seen.has(id))
      fail(`units[${i}] has the same id as an earlier unit; each unit needs its own id.`);
    seen.add(id);
    if (label !== undefined && typeof label !== 'string')
      fail(`units[${i}].label must be text, but it is ${describeValue(label)}.`);
    if (!(Number.isSafeInteger(numerator) && numerator >= 0))
      fail(
        `units[${i}].numerator must be a whole number of at least 0, but it is ${describeValue(numerator)}.`,
      );
    const whole = kind === 'proportion';
    if (
      !(
        (whole ? Number.isSafeInteger(denominator) : Number.isFinite(denominator)) &&
        denominator >= 0
      )
    ) {
      fail(
        `units[${i}].denominator must be ${whole ? 'a whole number' : 'a finite number'} of at least 0, but it is ${describeValue(denominator)}.`,
      );
    }
    if (whole && numerator > denominator)
      fail(
        `units[${i}] has a numerator (${numerator}) larger than its denominator (${denominator}).`,
      );
    if (!whole && denominator === 0 && numerator > 0)
      fail(`units[${i}] has ${numerator} events over an exposure of 0; check the exposure.`);
  }
}

/** The pooled figure, or the target given (checked against the kind's range). */
function targetOf(options: FunnelPlotOptions, settings: Settings, totals: FunnelPlot['totals']) {
  if (options.target !== undefined) {
    const t = options.target;
    const ok = Number.isFinite(t) && t >= 0 && (settings.kind === 'rate' || t <= 1);
    if (!ok)
      fail(
        `target must be ${settings.kind === 'rate' ? 'a finite rate of at least 0' : 'a proportion from 0 to 1'}, but it is ${describeValue(t)}.`,
      );
    return { target: t, source: 'given' as const };
  }
  const pooled =
    totals.denominator === 0
      ? null
      : requireFiniteResult('funnelPlot', (totals.numerator / totals.denominator) * settings.per);
  return { target: pooled, source: 'pooled' as const };
}

/** Denominators to draw the limits at: spread geometrically over the units' range (whole for proportions). */
function curveDenominators(units: readonly FunnelUnit[], settings: Settings): number[] {
  const positive = units.map((u) => u.denominator).filter((d) => d > 0);
  if (positive.length === 0) return [];
  const smallest = Math.min(...positive);
  const largest = Math.max(...positive);
  const from =
    settings.kind === 'proportion' ? Math.max(1, Math.floor(smallest * 0.8)) : smallest * 0.8;
  const to = settings.kind === 'proportion' ? Math.ceil(largest * 1.1) : largest * 1.1;
  const ratio = (to / from) ** (1 / (settings.curvePoints - 1));
  const points = Array.from({ length: settings.curvePoints }, (_, i) =>
    i === settings.curvePoints - 1 ? to : from * ratio ** i,
  );
  const rounded = settings.kind === 'proportion' ? points.map((d) => Math.round(d)) : points;
  return [...new Set(rounded)].filter((d) => d > 0);
}

function outsideOf(value: number, limits: FunnelLimits): FunnelOutside | null {
  if (value > limits.upper998) return { side: 'high', beyond: 0.998 };
  if (value < limits.lower998) return { side: 'low', beyond: 0.998 };
  if (value > limits.upper95) return { side: 'high', beyond: 0.95 };
  if (value < limits.lower95) return { side: 'low', beyond: 0.95 };
  return null;
}

function variationOf(
  outside: FunnelOutside | null,
  improvement: ImprovementDirection,
): VariationClass {
  if (outside === null) return 'common_cause';
  if (improvement === 'neither') return 'neither';
  return (outside.side === 'high') === (improvement === 'increase') ? 'improvement' : 'concern';
}

function methodOf(
  settings: Settings,
  source: 'pooled' | 'given',
  dispersion: FunnelOverdispersion | null,
): string {
  const exact =
    settings.kind === 'proportion'
      ? 'exact binomial limits'
      : `exact Poisson limits${settings.per === 1 ? '' : ` (rates per ${settings.per})`}`;
  const around = source === 'pooled' ? 'the pooled figure' : 'the target given';
  const base = `funnel plot: ${exact} (the exact one-sided test's boundary, continued between whole counts) at 95 % and 99.8 % around ${around}`;
  if (dispersion === null) return base;
  return `${base}; overdispersion: additive random effects (DerSimonian–Laird τ² from z-scores on the ${settings.kind === 'proportion' ? 'arcsine square-root' : 'square-root'} scale, winsorised at 10 %), ${dispersion.applied ? `τ² = ${dispersion.tau2.toPrecision(3)}: normal limits on that scale` : 'none found: exact limits kept'}`;
}

/**
 * Compares units — services, houses, teams — fairly when their numbers are small: a funnel
 * plot of each unit's proportion or rate against its denominator, with exact control limits
 * at 95 % and 99.8 % around the overall figure, instead of a league table.
 *
 * @remarks
 * **Limits.** For a proportion with target θ and a denominator of n, the upper 95 % limit is
 * k* ÷ n, where k* is the count whose exact upper tail P(X ≥ k*) under Binomial(n, θ) is
 * 2.5 % — the tail continued between whole counts by the regularised incomplete beta
 * function I_θ(k, n − k + 1), which equals P(X ≥ k) at whole k — and the lower limit comes
 * from the lower tail P(X ≤ k) = I₁₋θ(n − k, k + 1) the same way; the 99.8 % limits ("three
 * sigma") from tails of 0.1 %. For a rate with target λ per unit of exposure and an exposure
 * E, the same with Poisson(λE) and the regularised gamma functions (P(X ≥ k) = P(k, λE)), the
 * limit being k* ÷ E × `per`. So a unit lies beyond a limit exactly when its own count is
 * significant in the exact one-sided test at that level (2.5 % or 0.1 % each side); at whole
 * counts the limits pass through the points Public Health England's funnel method draws
 * (PHEindicatormethods' `calculate_funnel_limits`, the Fingertips technical guidance), and
 * between them they run smoothly and widen steadily as the denominator shrinks. Lower limits
 * that would be below 0 are 0, and a proportion's upper limits above 1 are 1. Spiegelhalter's
 * interpolation between quantiles (2005, "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 24:1185, appendix A.1) is not used: it is not monotone
 * in the denominator (a saw-tooth where counts are small) and places a count whose exact
 * one-sided p-value is above 2.5 % outside the 95 % limit. The default target is the pooled
 * figure of the units (the provider's own overall figure); give `target` to compare with a
 * national or contracted figure. `outliers` lists the units beyond the 95 % limits.
 *
 * **Overdispersion.** When units differ for real reasons that no one would call poor care
 * (who they support, how complex their needs are), many fall outside exact limits. With
 * `overdispersion: 'additive'` the limits allow for it by Spiegelhalter's additive
 * random-effects method (Spiegelhalter 2005, "Handling over-dispersion of performance
 * indicators", Quality and Safety in Health Care 14:347–351), as NHS Digital's SHMI and the
 * CQC do: z-scores on a variance-stabilising scale (`asin √p` for proportions, `√rate` for
 * rates; standard error `1/(2√d)`), winsorised at 10 % (the ⌊I/10⌋ smallest and largest are
 * set to the next ones in), `φ = Σz²/I`; the between-unit variance
 * `τ² = (Iφ − (I − 1)) / (Σw − Σw²/Σw)` with `w = 4d` (DerSimonian–Laird), 0 when Iφ ≤ I − 1;
 * then limits `target ± z·√(1/(4d) + τ²)` on that scale, transformed back. The additive
 * model rather than the multiplicative one (φ inflating each unit's variance) because
 * between-service differences do not shrink as a service grows: multiplicative limits still
 * close in on large services and flag them for small, real differences in case mix, while
 * additive limits keep a floor of width. When no overdispersion is found (τ² = 0) the exact
 * limits are kept. The estimate needs a reasonable number of units — with fewer than about
 * ten it is rough, and winsorising changes nothing — so it is off by default.
 *
 * Units with a denominator of 0 are kept, with `value`, `limits`, `outside` and `variation`
 * `null`, and take no part in the target or the overdispersion.
 * @param units - The units, each `{ id, label?, numerator, denominator }`.
 * @param options - `kind` (required), `per`, `target`, `overdispersion`, `improvement`,
 * `curvePoints` and `maxLength`.
 * @returns Each unit's figure, limits and place, the units outside the limits, the limits to
 * draw, the overdispersion allowed for, and the method.
 * @throws {@link GoldenThreadError} `invalid_argument` when `units` is not an array or is
 * longer than `maxLength`, a unit's id is missing, empty or repeated, a numerator is not a
 * whole number ≥ 0, a denominator is not allowed for the kind (a proportion's is a whole
 * number ≥ its numerator; a rate's exposure is finite, ≥ 0, and not 0 with events), or an
 * option is not allowed.
 * @example
 * ```ts
 * const plot = funnelPlot(
 *   [
 *     { id: 'elm', label: 'Elm House', numerator: 2, denominator: 12 },
 *     { id: 'oak', label: 'Oak Lodge', numerator: 30, denominator: 120 },
 *     { id: 'ash', label: 'Ash Court', numerator: 48, denominator: 110 },
 *     { id: 'birch', label: 'Birch Road', numerator: 15, denominator: 60 },
 *   ],
 *   { kind: 'proportion', improvement: 'decrease' },
 * );
 * plot.target; // => 0.3146… (95 of 302)
 * plot.outliers.map((u) => [u.label, u.outside?.side, u.outside?.beyond]); // => [['Ash Court', 'high', 0.95]]
 * ```
 * @category Statistics
 */
export function funnelPlot(units: readonly FunnelUnit[], options: FunnelPlotOptions): FunnelPlot {
  const settings = settingsOf(options);
  requireSeries('funnelPlot', 'units', units, options.maxLength);
  checkUnits(units, settings.kind);
  let numerator = 0;
  let denominator = 0;
  for (const u of units) {
    numerator += u.numerator;
    denominator += u.denominator;
  }
  const totals = { numerator, denominator: requireFiniteResult('funnelPlot', denominator) };
  const { target, source } = targetOf(options, settings, totals);
  const placed = units
    .filter((u) => u.denominator > 0)
    .map((u) => ({
      value: (u.numerator / u.denominator) * settings.per,
      denominator: u.denominator,
    }));
  const dispersion =
    settings.additive && target !== null ? dispersionOf(settings, placed, target) : null;
  const limitsAt = (d: number): FunnelLimits | null =>
    target === null ? null : { denominator: d, ...limitsFor(settings, d, target, dispersion) };
  const results = units.map((u) => placeUnit(u, settings, limitsAt));
  return {
    kind: settings.kind,
    per: settings.per,
    improvement: settings.improvement,
    target,
    targetSource: source,
    totals,
    units: results,
    outliers: results.filter((u) => u.outside !== null),
    curve:
      target === null
        ? []
        : curveDenominators(units, settings).map((d) => limitsAt(d) as FunnelLimits),
    overdispersion: dispersion,
    method: methodOf(settings, source, dispersion),
  };
}

function dispersionOf(
  settings: Settings,
  placed: readonly { value: number; denominator: number }[],
  target: number,
): FunnelOverdispersion {
  // On the per-unit scale (per = 1) the transformed standard error is 1/(2√d).
  const perUnit = placed.map((u) => ({
    value: u.value / settings.per,
    denominator: u.denominator,
  }));
  const { phi, tau2, winsorised } = overdispersion(settings.kind, perUnit, target / settings.per);
  return { units: placed.length, winsorised, phi, tau2, applied: tau2 > 0 };
}

function limitsFor(
  settings: Settings,
  d: number,
  target: number,
  dispersion: FunnelOverdispersion | null,
): Limits {
  const theta = target / settings.per;
  const limits =
    dispersion?.applied === true
      ? randomEffectsLimits(settings.kind, d, theta, dispersion.tau2)
      : settings.kind === 'proportion'
        ? binomialLimits(d, theta)
        : poissonLimits(d, theta);
  const scale = (v: number) => requireFiniteResult('funnelPlot', v * settings.per);
  return {
    lower998: scale(limits.lower998),
    lower95: scale(limits.lower95),
    upper95: scale(limits.upper95),
    upper998: scale(limits.upper998),
  };
}

function placeUnit(
  unit: FunnelUnit,
  settings: Settings,
  limitsAt: (d: number) => FunnelLimits | null,
): FunnelPlotUnit {
  const base = {
    id: unit.id,
    label: unit.label ?? unit.id,
    numerator: unit.numerator,
    denominator: unit.denominator,
  };
  if (unit.denominator === 0)
    return { ...base, value: null, limits: null, outside: null, variation: null };
  const value = requireFiniteResult(
    'funnelPlot',
    (unit.numerator / unit.denominator) * settings.per,
  );
  const limits = limitsAt(unit.denominator);
  if (limits === null) return { ...base, value, limits: null, outside: null, variation: null };
  const outside = outsideOf(value, limits);
  return { ...base, value, limits, outside, variation: variationOf(outside, settings.improvement) };
}
