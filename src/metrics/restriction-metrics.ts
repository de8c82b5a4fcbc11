import { addDays, calendarDateOf, type IsoDate } from '../core/index.js';
import { requireConfidence, requireOptions, requireWholeNumber } from '../core/internal/index.js';
import { checkRestriction, isRestrictionActive, type Restriction } from '../restrictions/index.js';
import {
  type PoissonInterval,
  type Proportion,
  poissonInterval,
  proportionInterval,
  type RateRatio,
  rateRatio,
} from '../stats/index.js';
import type { Accumulator } from './accumulator.js';
import type { ProviderRecord } from './records.js';
import { compareText, keepFirst, oncePerId } from './tallies.js';
import {
  inWindow,
  type MetricOptions,
  type MetricsWindow,
  overlapDays,
  previousWindow,
  requireWindow,
} from './window.js';

/**
 * A restriction with error findings on the window's last day, for a manager to act on.
 *
 * @example
 * ```ts
 * const row: FlaggedRestriction = { restrictionId: 'r-12', scope: 'blanket', subjectId: 'house-3', groups: {}, errors: 2, codes: ['blanket_restriction', 'restriction_review_overdue'] };
 * ```
 * @category Governance metrics
 */
export interface FlaggedRestriction {
  /** The restriction. */
  readonly restrictionId: string;
  /** `individual` or `blanket`. */
  readonly scope: 'individual' | 'blanket';
  /** The person (individual) or setting (blanket). */
  readonly subjectId: string;
  /** The record's groups. */
  readonly groups: Readonly<Record<string, string>>;
  /** How many error findings. */
  readonly errors: number;
  /** The codes of every finding (errors and warnings), in code order. */
  readonly codes: readonly string[];
}

/**
 * Restrictions in place on one day, by scope.
 *
 * @example
 * ```ts
 * const counts: ScopeCounts = { individual: 12, blanket: 2 };
 * ```
 * @category Governance metrics
 */
export interface ScopeCounts {
  /** Restrictions on one person. */
  individual: number;
  /** Blanket restrictions on a whole setting. */
  blanket: number;
}

/**
 * The state of {@link restrictionMetric}: plain JSON counts and the flagged restrictions.
 *
 * @example
 * ```ts
 * const state: RestrictionMetricState = restrictionMetric({ window }).init();
 * ```
 * @category Governance metrics
 */
export interface RestrictionMetricState {
  /** Support days (person-days) in the window. */
  supportDays: number;
  /** Support days in the window before it. */
  previousSupportDays: number;
  /** Uses of restrictions in the window. */
  uses: number;
  /** Uses in the window before. */
  previousUses: number;
  /** In place on the window's first day. */
  activeAtStart: ScopeCounts;
  /** In place on the window's last day. */
  activeAtEnd: ScopeCounts;
  /** People supported on the last day. */
  peopleAtEnd: number;
  /** Of them, people with an individual restriction in place that day. */
  peopleRestrictedAtEnd: number;
  /** Restrictions that started in the window. */
  started: number;
  /** Restrictions that ended in the window. */
  ended: number;
  /** Restrictions with a review in the window deciding to reduce or stop them. */
  reducedOrStopped: number;
  /** Blanket restrictions that ended in the window, replaced by individual ones. */
  blanketReplaced: number;
  /** Restrictions in place at some time in the window, checked with {@link checkRestriction}. */
  checked: number;
  /** Of them, restrictions with at least one error finding. */
  withErrors: number;
  /** How many times each finding code was reported. */
  findings: Record<string, number>;
  /** The restrictions with errors, most errors first. */
  flagged: FlaggedRestriction[];
}

/**
 * What {@link restrictionMetric} returns.
 *
 * @example
 * ```ts
 * const { uses, reduction, flagged }: RestrictionMetric = report.restrictions;
 * ```
 * @category Governance metrics
 */
export interface RestrictionMetric {
  /** The window counted. */
  readonly window: MetricsWindow;
  /**
   * The window before, used for the reduction: the same number of calendar months when the
   * window is whole months (the quarter before a quarter), otherwise the same number of days.
   */
  readonly previousWindow: MetricsWindow;
  /** In place on the first day. */
  readonly activeAtStart: Readonly<ScopeCounts>;
  /** In place on the last day. */
  readonly activeAtEnd: Readonly<ScopeCounts>;
  /** People with an individual restriction on the last day ÷ people supported that day. */
  readonly peopleRestricted: Proportion;
  /** Uses in the window, per 1,000 support days, with the exact interval. */
  readonly uses: PoissonInterval;
  /** The rate of use in the window ÷ the rate in the window before, with its exact interval. */
  readonly reduction: RateRatio;
  /** Started in the window. */
  readonly started: number;
  /** Ended in the window. */
  readonly ended: number;
  /** With a review deciding to reduce or stop them in the window. */
  readonly reducedOrStopped: number;
  /** Blanket restrictions replaced by individual ones in the window. */
  readonly blanketReplaced: number;
  /** Restrictions with an error finding ÷ restrictions in place during the window. */
  readonly withErrors: Proportion;
  /** How many times each finding code was reported, in code order. */
  readonly findings: Readonly<Record<string, number>>;
  /** The restrictions with error findings (up to the `limit` option), most errors first. */
  readonly flagged: readonly FlaggedRestriction[];
}

/**
 * Options for {@link restrictionMetric}.
 *
 * @example
 * ```ts
 * restrictionMetric({ window, limit: 20 });
 * ```
 * @category Governance metrics
 */
export interface RestrictionMetricOptions extends MetricOptions {
  /** How many flagged restrictions to list. Default 50. */
  readonly limit?: number;
  /** The confidence level of the intervals. Default 0.95. */
  readonly confidence?: number;
}

/**
 * Restrictive practices over a window: how many are in place (individual and blanket), how
 * many people are restricted, uses per 1,000 support days, whether use went down against the
 * window before, and which restrictions fail the checks of {@link checkRestriction}.
 *
 * @remarks
 * - Individual restrictions come from person records, blanket ones from setting records, so
 *   each is counted once. Support days are the person-days of the person records.
 * - Uses are dated by their UK calendar day; a restriction id repeated in one record counts
 *   once. A use's rate counts every restriction's uses against all support days.
 * - **Reduction** is the incidence rate ratio of uses (this window ÷ the window before it:
 *   the quarter before a quarter, or the same number of days for a window that is not whole
 *   months) by {@link rateRatio}: below 1 means less use per support day.
 * - Restrictions in place at some time in the window are checked on its last day; one with
 *   an `error` finding is flagged.
 * @param options - `window` (the window); list length and confidence.
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window,
 * limit or confidence.
 * @example
 * ```ts
 * const { restrictions } = computeMetrics(records, { restrictions: restrictionMetric({ window }) });
 * restrictions.reduction.ratio; // => 0.62 (38 % fewer uses per support day than the quarter before)
 * ```
 * @category Governance metrics
 */
export function restrictionMetric(
  options: RestrictionMetricOptions,
): Accumulator<RestrictionMetricState, RestrictionMetric> {
  const fn = 'restrictionMetric';
  const w = requireWindow(fn, requireOptions(fn, options).window);
  const before = previousWindow(w);
  const confidence = requireConfidence(fn, options.confidence);
  const limit = requireWholeNumber(fn, 'limit', options.limit, 50, 0);
  const lastDay = addDays(w.to, -1);
  const earliest = addDays(before.from, -1);
  const latest = addDays(w.to, 1);

  const countRestriction = (
    state: RestrictionMetricState,
    r: Restriction,
    subjectId: string,
    groups: Readonly<Record<string, string>>,
  ) => {
    const scope = r.scope.kind;
    if (isRestrictionActive(r, w.from)) state.activeAtStart[scope] += 1;
    if (isRestrictionActive(r, lastDay)) state.activeAtEnd[scope] += 1;
    if (inWindow(w, r.start)) state.started += 1;
    if (r.end !== undefined && inWindow(w, r.end)) {
      state.ended += 1;
      if (scope === 'blanket' && (r.replacedBy ?? []).length > 0) state.blanketReplaced += 1;
    }
    if (
      (r.reviews ?? []).some(
        (review) =>
          (review.decision === 'reduce' || review.decision === 'stop') && inWindow(w, review.on),
      )
    ) {
      state.reducedOrStopped += 1;
    }
    for (const use of r.uses ?? []) {
      // The UK day is the written day or one either side: skip uses far from both windows.
      const written = use.at.slice(0, 10);
      if (written < earliest || written > latest) continue;
      const day: IsoDate = calendarDateOf(use.at);
      if (inWindow(w, day)) state.uses += 1;
      else if (inWindow(before, day)) state.previousUses += 1;
    }
    const inPlace = r.start < w.to && (r.end === undefined || r.end >= w.from);
    if (!inPlace) return;
    state.checked += 1;
    const findings = checkRestriction(r, { asOf: lastDay });
    let errors = 0;
    for (const f of findings) {
      state.findings[f.code] = (state.findings[f.code] ?? 0) + 1;
      if (f.severity === 'error') errors += 1;
    }
    if (errors === 0) return;
    state.withErrors += 1;
    const row: FlaggedRestriction = {
      restrictionId: r.id,
      scope,
      subjectId,
      groups,
      errors,
      codes: [...new Set(findings.map((f) => f.code))].sort(compareText),
    };
    state.flagged = keepFirst(state.flagged, [row], mostErrorsFirst, limit);
  };

  return {
    name: 'restrictive practices',
    init: () => ({
      supportDays: 0,
      previousSupportDays: 0,
      uses: 0,
      previousUses: 0,
      activeAtStart: { individual: 0, blanket: 0 },
      activeAtEnd: { individual: 0, blanket: 0 },
      peopleAtEnd: 0,
      peopleRestrictedAtEnd: 0,
      started: 0,
      ended: 0,
      reducedOrStopped: 0,
      blanketReplaced: 0,
      checked: 0,
      withErrors: 0,
      findings: {},
      flagged: [],
    }),
    add: (state, record: ProviderRecord) => {
      const groups = record.groups ?? {};
      if (record.type === 'setting') {
        for (const r of oncePerId(record.restrictions)) {
          countRestriction(state, r, record.settingId, groups);
        }
        return state;
      }
      const { plan } = record;
      state.supportDays += overlapDays(w, plan.start, plan.end);
      state.previousSupportDays += overlapDays(before, plan.start, plan.end);
      const restrictions = oncePerId(record.restrictions);
      for (const r of restrictions) countRestriction(state, r, plan.personId, groups);
      if (overlapDays({ from: lastDay, to: w.to }, plan.start, plan.end) > 0) {
        state.peopleAtEnd += 1;
        if (restrictions.some((r) => isRestrictionActive(r, lastDay))) {
          state.peopleRestrictedAtEnd += 1;
        }
      }
      return state;
    },
    merge: (state, other) => {
      for (const key of [
        'supportDays',
        'previousSupportDays',
        'uses',
        'previousUses',
        'peopleAtEnd',
        'peopleRestrictedAtEnd',
        'started',
        'ended',
        'reducedOrStopped',
        'blanketReplaced',
        'checked',
        'withErrors',
      ] as const) {
        state[key] += other[key];
      }
      for (const scope of ['individual', 'blanket'] as const) {
        state.activeAtStart[scope] += other.activeAtStart[scope];
        state.activeAtEnd[scope] += other.activeAtEnd[scope];
      }
      for (const [code, n] of Object.entries(other.findings)) {
        state.findings[code] = (state.findings[code] ?? 0) + n;
      }
      state.flagged = keepFirst(state.flagged, other.flagged, mostErrorsFirst, limit);
      return state;
    },
    finish: (state) => ({
      window: w,
      previousWindow: before,
      activeAtStart: { ...state.activeAtStart },
      activeAtEnd: { ...state.activeAtEnd },
      peopleRestricted: proportionInterval(state.peopleRestrictedAtEnd, state.peopleAtEnd, {
        confidence,
      }),
      uses: poissonInterval(state.uses, { exposure: state.supportDays, per: 1000, confidence }),
      reduction: rateRatio(
        { count: state.previousUses, exposure: state.previousSupportDays },
        { count: state.uses, exposure: state.supportDays },
        { confidence },
      ),
      started: state.started,
      ended: state.ended,
      reducedOrStopped: state.reducedOrStopped,
      blanketReplaced: state.blanketReplaced,
      withErrors: proportionInterval(state.withErrors, state.checked, { confidence }),
      findings: Object.fromEntries(
        Object.keys(state.findings)
          .sort(compareText)
          .map((code) => [code, state.findings[code] as number]),
      ),
      flagged: [...state.flagged],
    }),
  };
}

function mostErrorsFirst(a: FlaggedRestriction, b: FlaggedRestriction): number {
  return (
    b.errors - a.errors ||
    compareText(a.restrictionId, b.restrictionId) ||
    compareText(a.subjectId, b.subjectId) ||
    compareText(a.codes.join(' '), b.codes.join(' ')) ||
    compareText(JSON.stringify(a), JSON.stringify(b))
  );
}
