import * as z from 'zod';
import { addDays, calendarDateOf, type IsoDate, isGoldenThreadError } from '../core/index.js';
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
import type { PersonRecord, ProviderRecord, SettingRecord } from './records.js';
import { withStateSchema } from './state.js';
import {
  countSchema,
  countsSchema,
  groupsSchema,
  idSchema,
  type StateSchema,
  withLaws,
} from './state-schemas.js';
import { bump, compareText, keepFirst, oncePerId } from './tallies.js';
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
 * Counts for the restrictions in one enablement group (with, or without, an enablement
 * outcome): how many were in place, how many were reduced or stopped, and their uses per
 * restriction-day in the window and the window before.
 *
 * @example
 * ```ts
 * const counts: EnablementCounts = { restrictions: 4, reducedOrStopped: 2, uses: 3, previousUses: 9, days: 368, previousDays: 360 };
 * ```
 * @category Governance metrics
 */
export interface EnablementCounts {
  /** Individual restrictions in place at some time in the window. */
  restrictions: number;
  /** Of them, those with a review in the window deciding to reduce or stop them. */
  reducedOrStopped: number;
  /** Their uses in the window, on days they were in place. */
  uses: number;
  /** Their uses in the window before, on days they were in place. */
  previousUses: number;
  /** Restriction-days in the window (each restriction's days in place). */
  days: number;
  /** Restriction-days in the window before. */
  previousDays: number;
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
  /** Uses of individual restrictions in the window, on days the person was supported. */
  uses: number;
  /** The same in the window before. */
  previousUses: number;
  /** Uses of blanket restrictions in the window. */
  blanketUses: number;
  /** Uses of blanket restrictions in the window before. */
  previousBlanketUses: number;
  /** Uses of individual restrictions in the window on days the person's plan did not cover. */
  usesOutsideSupport: number;
  /** The same in the window before. */
  previousUsesOutsideSupport: number;
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
  /** Individual restrictions that name an enablement outcome, and those that do not. */
  enablement: { linked: EnablementCounts; unlinked: EnablementCounts };
}

/**
 * Reduction among the restrictions of one enablement group.
 *
 * @example
 * ```ts
 * const { restrictions, reducedOrStopped, reduction }: EnablementFigures = report.restrictions.enablement.linked;
 * ```
 * @category Governance metrics
 */
export interface EnablementFigures {
  /** Individual restrictions in place at some time in the window. */
  readonly restrictions: number;
  /** Those reviewed and reduced or stopped in the window ÷ those in place. */
  readonly reducedOrStopped: Proportion;
  /**
   * Uses per restriction-day in the window ÷ in the window before, with its exact
   * interval: below 1 means each restriction was used less.
   */
  readonly reduction: RateRatio;
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
  /**
   * Uses in the window that no support days cover, and so are not in `uses`: uses of an
   * individual restriction outside the person's plan, and uses of blanket restrictions when
   * no one was supported. A sign of records to correct.
   */
  readonly usesOutsideSupport: number;
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
  /**
   * Reduction among individual restrictions that name an enablement outcome (`linked`) and
   * those that do not (`unlinked`), so that a board can see whether skill-building work is
   * where restrictions go down.
   */
  readonly enablement: { readonly linked: EnablementFigures; readonly unlinked: EnablementFigures };
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

/** The windows and limits every step of the metric reads, worked out once. */
interface Bounds {
  readonly w: MetricsWindow;
  readonly before: MetricsWindow;
  readonly lastDay: IsoDate;
  /** Uses written outside these days cannot fall in either window (by UK date). */
  readonly earliest: IsoDate;
  readonly latest: IsoDate;
  readonly limit: number;
  readonly confidence: number;
}

/** A day either side, staying on the calendar (0001-01-01 to 9999-12-31). */
function dayBeside(day: IsoDate, step: 1 | -1): IsoDate {
  try {
    return addDays(day, step);
  } catch (error) {
    if (isGoldenThreadError(error) && error.code === 'date_out_of_range') return day;
    throw error;
  }
}

/** The days a restriction is in place within a window (an end on 9999-12-31 is open-ended). */
const daysIn = (window: MetricsWindow, r: Restriction): number =>
  overlapDays(window, r.start, r.end === '9999-12-31' ? undefined : r.end);

const emptyEnablement = (): EnablementCounts => ({
  restrictions: 0,
  reducedOrStopped: 0,
  uses: 0,
  previousUses: 0,
  days: 0,
  previousDays: 0,
});

const scopeCountsSchema = z.strictObject({ individual: countSchema, blanket: countSchema });

const enablementCountsSchema = z.strictObject({
  restrictions: countSchema,
  reducedOrStopped: countSchema,
  uses: countSchema,
  previousUses: countSchema,
  days: countSchema,
  previousDays: countSchema,
});

const flaggedRestrictionSchema = z.strictObject({
  restrictionId: idSchema,
  scope: z.enum(['individual', 'blanket']),
  subjectId: idSchema,
  groups: groupsSchema,
  errors: countSchema,
  codes: z.array(z.string()),
});

/** The schema of a {@link RestrictionMetricState} keeping up to `limit` flagged rows. */
function restrictionStateSchema(limit: number): StateSchema<RestrictionMetricState> {
  return withLaws(
    z.strictObject({
      ...Object.fromEntries(SUMMED.map((key) => [key, countSchema])),
      activeAtStart: scopeCountsSchema,
      activeAtEnd: scopeCountsSchema,
      findings: countsSchema,
      flagged: z.array(flaggedRestrictionSchema).max(limit),
      enablement: z.strictObject({
        linked: enablementCountsSchema,
        unlinked: enablementCountsSchema,
      }),
    }) as unknown as z.ZodType<RestrictionMetricState, unknown>,
    [
      ['withErrors ≤ checked', 'withErrors', (s) => s.withErrors <= s.checked],
      [
        'peopleRestrictedAtEnd ≤ peopleAtEnd',
        'peopleRestrictedAtEnd',
        (s) => s.peopleRestrictedAtEnd <= s.peopleAtEnd,
      ],
      [
        'reducedOrStopped ≤ restrictions',
        'enablement.linked.reducedOrStopped',
        (s) => s.enablement.linked.reducedOrStopped <= s.enablement.linked.restrictions,
      ],
      [
        'reducedOrStopped ≤ restrictions',
        'enablement.unlinked.reducedOrStopped',
        (s) => s.enablement.unlinked.reducedOrStopped <= s.enablement.unlinked.restrictions,
      ],
    ],
  );
}

function initState(): RestrictionMetricState {
  return {
    supportDays: 0,
    previousSupportDays: 0,
    uses: 0,
    previousUses: 0,
    blanketUses: 0,
    previousBlanketUses: 0,
    usesOutsideSupport: 0,
    previousUsesOutsideSupport: 0,
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
    enablement: { linked: emptyEnablement(), unlinked: emptyEnablement() },
  };
}

/** Whether a review in the window decided to reduce or stop the restriction. */
const reducedIn = (w: MetricsWindow, r: Restriction): boolean =>
  (r.reviews ?? []).some(
    (review) =>
      (review.decision === 'reduce' || review.decision === 'stop') && inWindow(w, review.on),
  );

/** Whether the restriction was in place at some time in the window. */
const inPlaceDuring = (w: MetricsWindow, r: Restriction): boolean =>
  r.start < w.to && (r.end === undefined || r.end >= w.from);

/** Counts what is in place, started, ended, reduced and replaced. */
function countSpan(state: RestrictionMetricState, r: Restriction, b: Bounds): void {
  const scope = r.scope.kind;
  if (isRestrictionActive(r, b.w.from)) state.activeAtStart[scope] += 1;
  if (isRestrictionActive(r, b.lastDay)) state.activeAtEnd[scope] += 1;
  if (inWindow(b.w, r.start)) state.started += 1;
  if (r.end !== undefined && inWindow(b.w, r.end)) {
    state.ended += 1;
    if (scope === 'blanket' && (r.replacedBy ?? []).length > 0) state.blanketReplaced += 1;
  }
  if (reducedIn(b.w, r)) state.reducedOrStopped += 1;
}

/** The UK days of a restriction's uses that can fall in either window. */
function useDays(r: Restriction, b: Bounds): IsoDate[] {
  const days: IsoDate[] = [];
  for (const use of r.uses ?? []) {
    // The UK day is the written day or one either side: skip uses far from both windows.
    const written = use.at.slice(0, 10);
    if (written < b.earliest || written > b.latest) continue;
    days.push(calendarDateOf(use.at));
  }
  return days;
}

/** Counts a restriction's uses: an individual one's against its person's plan. */
function countUses(
  state: RestrictionMetricState,
  r: Restriction,
  b: Bounds,
  plan: PersonRecord['plan'] | undefined,
): void {
  for (const day of useDays(r, b)) {
    const now = inWindow(b.w, day);
    if (!now && !inWindow(b.before, day)) continue;
    if (plan === undefined) {
      if (now) state.blanketUses += 1;
      else state.previousBlanketUses += 1;
      continue;
    }
    const supported = plan.start <= day && (plan.end === undefined || day <= plan.end);
    if (supported) {
      if (now) state.uses += 1;
      else state.previousUses += 1;
    } else if (now) state.usesOutsideSupport += 1;
    else state.previousUsesOutsideSupport += 1;
  }
}

/** Counts an individual restriction into its enablement group. */
function countEnablement(state: RestrictionMetricState, r: Restriction, b: Bounds): void {
  if (r.scope.kind !== 'individual') return;
  const days = daysIn(b.w, r);
  const previousDays = daysIn(b.before, r);
  if (days === 0 && previousDays === 0) return;
  const group = (r.enablementOutcomeIds ?? []).length > 0 ? 'linked' : 'unlinked';
  const counts = state.enablement[group];
  counts.days += days;
  counts.previousDays += previousDays;
  if (days > 0) {
    counts.restrictions += 1;
    if (reducedIn(b.w, r)) counts.reducedOrStopped += 1;
  }
  // Only uses on days the restriction was in place, so a rate never lacks its exposure.
  for (const day of useDays(r, b)) {
    if (!isRestrictionActive(r, day)) continue;
    if (inWindow(b.w, day)) counts.uses += 1;
    else if (inWindow(b.before, day)) counts.previousUses += 1;
  }
}

/** Checks a restriction in place during the window on its last day, and flags errors. */
function countFindings(
  state: RestrictionMetricState,
  r: Restriction,
  subject: { readonly id: string; readonly groups: Readonly<Record<string, string>> },
  b: Bounds,
): void {
  if (!inPlaceDuring(b.w, r)) return;
  state.checked += 1;
  const findings = checkRestriction(r, { asOf: b.lastDay });
  let errors = 0;
  for (const f of findings) {
    state.findings[f.code] = (state.findings[f.code] ?? 0) + 1;
    if (f.severity === 'error') errors += 1;
  }
  if (errors === 0) return;
  state.withErrors += 1;
  const row: FlaggedRestriction = {
    restrictionId: r.id,
    scope: r.scope.kind,
    subjectId: subject.id,
    groups: subject.groups,
    errors,
    codes: [...new Set(findings.map((f) => f.code))].sort(compareText),
  };
  state.flagged = keepFirst(state.flagged, [row], mostErrorsFirst, b.limit);
}

function countRestriction(
  state: RestrictionMetricState,
  r: Restriction,
  subject: { readonly id: string; readonly groups: Readonly<Record<string, string>> },
  b: Bounds,
  plan: PersonRecord['plan'] | undefined,
): void {
  countSpan(state, r, b);
  countUses(state, r, b, plan);
  countEnablement(state, r, b);
  countFindings(state, r, subject, b);
}

function addSetting(state: RestrictionMetricState, record: SettingRecord, b: Bounds): void {
  const subject = { id: record.settingId, groups: { ...(record.groups ?? {}) } };
  for (const r of oncePerId(record.restrictions)) countRestriction(state, r, subject, b, undefined);
}

function addPerson(state: RestrictionMetricState, record: PersonRecord, b: Bounds): void {
  const { plan } = record;
  state.supportDays += overlapDays(b.w, plan.start, plan.end);
  state.previousSupportDays += overlapDays(b.before, plan.start, plan.end);
  const restrictions = oncePerId(record.restrictions);
  const subject = { id: plan.personId, groups: { ...(record.groups ?? {}) } };
  for (const r of restrictions) countRestriction(state, r, subject, b, plan);
  if (overlapDays({ from: b.lastDay, to: b.w.to }, plan.start, plan.end) > 0) {
    state.peopleAtEnd += 1;
    if (restrictions.some((r) => isRestrictionActive(r, b.lastDay)))
      state.peopleRestrictedAtEnd += 1;
  }
}

const SUMMED = [
  'supportDays',
  'previousSupportDays',
  'uses',
  'previousUses',
  'blanketUses',
  'previousBlanketUses',
  'usesOutsideSupport',
  'previousUsesOutsideSupport',
  'peopleAtEnd',
  'peopleRestrictedAtEnd',
  'started',
  'ended',
  'reducedOrStopped',
  'blanketReplaced',
  'checked',
  'withErrors',
] as const;
const ENABLEMENT_SUMMED = [
  'restrictions',
  'reducedOrStopped',
  'uses',
  'previousUses',
  'days',
  'previousDays',
] as const;

function mergeState(
  state: RestrictionMetricState,
  other: RestrictionMetricState,
  limit: number,
): RestrictionMetricState {
  for (const key of SUMMED) state[key] += other[key];
  for (const scope of ['individual', 'blanket'] as const) {
    state.activeAtStart[scope] += other.activeAtStart[scope];
    state.activeAtEnd[scope] += other.activeAtEnd[scope];
  }
  for (const group of ['linked', 'unlinked'] as const) {
    for (const key of ENABLEMENT_SUMMED)
      state.enablement[group][key] += other.enablement[group][key];
  }
  for (const code of Object.keys(other.findings))
    bump(state.findings, code, other.findings[code] as number);
  state.flagged = keepFirst(state.flagged, other.flagged, mostErrorsFirst, limit);
  return state;
}

function enablementFigures(counts: EnablementCounts, confidence: number): EnablementFigures {
  return {
    restrictions: counts.restrictions,
    reducedOrStopped: proportionInterval(counts.reducedOrStopped, counts.restrictions, {
      confidence,
    }),
    reduction: rateRatio(
      { count: counts.previousUses, exposure: counts.previousDays },
      { count: counts.uses, exposure: counts.days },
      { confidence },
    ),
  };
}

function finishState(state: RestrictionMetricState, b: Bounds): RestrictionMetric {
  const { confidence } = b;
  // Blanket uses count against everyone's support days, when there are any.
  const uses = state.uses + (state.supportDays > 0 ? state.blanketUses : 0);
  const previousUses =
    state.previousUses + (state.previousSupportDays > 0 ? state.previousBlanketUses : 0);
  return {
    window: b.w,
    previousWindow: b.before,
    activeAtStart: { ...state.activeAtStart },
    activeAtEnd: { ...state.activeAtEnd },
    peopleRestricted: proportionInterval(state.peopleRestrictedAtEnd, state.peopleAtEnd, {
      confidence,
    }),
    uses: poissonInterval(uses, { exposure: state.supportDays, per: 1000, confidence }),
    reduction: rateRatio(
      { count: previousUses, exposure: state.previousSupportDays },
      { count: uses, exposure: state.supportDays },
      { confidence },
    ),
    usesOutsideSupport: state.usesOutsideSupport + (state.supportDays > 0 ? 0 : state.blanketUses),
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
    enablement: {
      linked: enablementFigures(state.enablement.linked, confidence),
      unlinked: enablementFigures(state.enablement.unlinked, confidence),
    },
  };
}

/**
 * Restrictive practices over a window: how many are in place (individual and blanket), how
 * many people are restricted, uses per 1,000 support days, whether use went down against the
 * window before, which restrictions fail the checks of {@link checkRestriction}, and whether
 * restrictions linked to an enablement outcome are the ones going down.
 *
 * @remarks
 * - Individual restrictions come from person records, blanket ones from setting records, so
 *   each is counted once. Support days are the person-days of the person records.
 * - Uses are dated by their UK calendar day; a restriction id repeated in one record counts
 *   once. The rate of use counts every restriction's uses against all support days; a use of
 *   an individual restriction on a day its person's plan does not cover has no support days
 *   to count against and is reported in `usesOutsideSupport` instead.
 * - **Reduction** is the incidence rate ratio of uses (this window ÷ the window before it:
 *   the quarter before a quarter, or the same number of days for a window that is not whole
 *   months) by {@link rateRatio}: below 1 means less use per support day.
 * - **Enablement**: individual restrictions are split by whether they name an enablement
 *   outcome (`enablementOutcomeIds`). For each group: how many were in place, the share
 *   reviewed and reduced or stopped, and the rate ratio of uses per restriction-day.
 * - Restrictions in place at some time in the window are checked on its last day; one with
 *   an `error` finding is flagged. Register-level findings (blanket rules in disguise) need
 *   the whole register: see {@link checkRestrictionRegister}.
 * @param options - `window` (the window); list length and confidence.
 * @returns An accumulator.
 * @throws {@link GoldenThreadError} `invalid_date` or `invalid_argument` for a bad window,
 * limit or confidence.
 * @example
 * ```ts
 * const { restrictions } = computeMetrics(records, { restrictions: restrictionMetric({ window }) });
 * restrictions.reduction.ratio; // => 0.62 (38 % fewer uses per support day than the quarter before)
 * restrictions.enablement.linked.reduction.ratio; // => 0.4 where an enablement outcome is named
 * ```
 * @category Governance metrics
 */
export function restrictionMetric(
  options: RestrictionMetricOptions,
): Accumulator<RestrictionMetricState, RestrictionMetric> {
  const fn = 'restrictionMetric';
  const w = requireWindow(fn, requireOptions(fn, options).window);
  const before = previousWindow(w);
  const b: Bounds = {
    w,
    before,
    lastDay: addDays(w.to, -1),
    earliest: dayBeside(before.from, -1),
    latest: dayBeside(w.to, 1),
    limit: requireWholeNumber(fn, 'limit', options.limit, 50, 0),
    confidence: requireConfidence(fn, options.confidence),
  };
  return withStateSchema(
    {
      name: 'restrictive practices',
      init: initState,
      add: (state, record: ProviderRecord) => {
        if (record.type === 'setting') addSetting(state, record, b);
        else addPerson(state, record, b);
        return state;
      },
      merge: (state, other) => mergeState(state, other, b.limit),
      finish: (state) => finishState(state, b),
    },
    restrictionStateSchema(b.limit),
  );
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
