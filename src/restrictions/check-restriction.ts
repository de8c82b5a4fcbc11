import { GoldenThreadError, type IsoDate } from '../core/index.js';
import {
  compareText,
  describeValue,
  isRecord,
  requireCalendarDate,
  requireOptions,
  requireRecord,
  requireWholeNumber,
  runRules,
  unexpected,
} from '../core/internal/index.js';
import { type RestrictionFinding, restrictionFindings } from './findings.js';
import {
  defaultIntensityByType,
  defaultProportionality,
  type IntensityByType,
  type ProportionalityTable,
} from './proportionality.js';
import {
  authorisationFacts,
  type Cadence,
  canonical,
  capacityFacts,
  type IndexedReview,
  RESTRICTION_RULES,
  type RestrictionContext,
  type RestrictionPolicy,
} from './rules/index.js';
import type { Restriction } from './schemas.js';
import { INTENSITIES, LIKELIHOODS, RESTRICTION_TYPES, SERIOUSNESS } from './vocabulary.js';

/**
 * The policy {@link checkRestriction} applies. Every number has a documented default; set
 * your own provider policy where it differs.
 *
 * @example
 * ```ts
 * const policy: CheckRestrictionOptions = { asOf: '2026-11-23', expiringWithinDays: 42, capacityValidMonths: 6 };
 * ```
 * @category Restrictions
 */
export interface CheckRestrictionOptions {
  /** The day to judge the restriction on. */
  readonly asOf: IsoDate;
  /** Report an authorisation expiring within this many days with no further request. Default 28, time to request the next one. */
  readonly expiringWithinDays?: number;
  /** The length of the windows compared for rising use, in days. Default 28. */
  readonly useWindowDays?: number;
  /** The fewest uses in the latest window that can count as rising. Default 3, so 0 → 1 is not "rising". */
  readonly minRisingUses?: number;
  /**
   * Days within which a standard authorisation's assessments are due after the request.
   * Default 21 (Mental Capacity (Deprivation of Liberty: Standard Authorisations,
   * Assessments and Ordinary Residence) Regulations 2008, regulation 13).
   */
  readonly decisionDueDays?: number;
  /** Months a capacity assessment stays current. Default 12; the law sets none, capacity can change at any time. */
  readonly capacityValidMonths?: number;
  /** Months within which a psychotropic medicine given as needed for behaviour must be reviewed (STOMP). Default 6. */
  readonly medicationReviewMonths?: number;
  /** How many consecutive "continue" decisions, without a reduction plan, count as drift. Default 3 (nine months at a quarterly cadence). */
  readonly driftAfterContinues?: number;
  /** Months after which an individual restriction should name an enablement outcome. Default 6. */
  readonly enablementAfterMonths?: number;
  /** The review cadence for a restriction that records none of its own. Default every 3 months, as {@link recordRestrictionReview} uses. */
  readonly defaultReviewEvery?: { readonly count: number; readonly unit: 'week' | 'month' };
  /** The proportionality table (MCA 2005 s.6). Default {@link defaultProportionality}. */
  readonly proportionality?: ProportionalityTable;
  /** The intensity of each restriction type, where a record gives none. Default {@link defaultIntensityByType}. */
  readonly intensityByType?: IntensityByType;
}

/**
 * Says whether a restriction is in place on a day: started, and not yet past its end date.
 *
 * @param restriction - A parsed restriction.
 * @param on - The day.
 * @returns `true` when `start ≤ on` and there is no end date or `on ≤ end`.
 * @example
 * ```ts
 * isRestrictionActive({ ...r, start: '2026-01-01', end: '2026-06-30' }, '2026-06-30'); // => true
 * ```
 * @category Restrictions
 */
export function isRestrictionActive(restriction: Restriction, on: IsoDate): boolean {
  // A predicate never throws: a value that is not a readable restriction is not active.
  try {
    if (!isRecord(restriction) || typeof on !== 'string') return false;
    return restriction.start <= on && (restriction.end === undefined || on <= restriction.end);
  } catch {
    return false;
  }
}

/**
 * Checks one restriction against the Mental Capacity Act 2005, the Deprivation of Liberty
 * Safeguards and good practice: is it lawful, individual, necessary and proportionate, the
 * least restrictive option, agreed with the person where possible, authorised where it
 * deprives them of their liberty, time-limited, reviewed with them and going down?
 *
 * @remarks
 * Every code, its severity, the law or guidance it rests on and when it is reported are in
 * {@link restrictionFindings} and the guide *Reviewing restrictive practices*; each message
 * names its source.
 *
 * - **On `asOf`.** A restriction that ended before `asOf` is judged only on what happened
 *   while it was in place (a review or authorisation that lapsed before the end, the length
 *   of its authorisations) and on its uses. `restriction_review_overdue` and
 *   `authorisation_expired` never clear as `asOf` moves on: only a review (or a renewal)
 *   clears them. Uses are dated by their UK calendar day.
 * - **Authorisations** are read on `asOf` (or the end): a request not yet decided is
 *   `authorisation_awaiting_decision` (or `_decision_overdue` past `decisionDueDays`), with
 *   whether anything is in force meanwhile; an urgent authorisation never counts past 7 days
 *   (14 with an extension), whatever its recorded expiry. When no authorisation is recorded
 *   and the acid test is met, the finding is `deprivation_without_authorisation`.
 * - **Missing facts.** A check that needs a field the record lacks (the setting's type, the
 *   medicine, a date of an authorisation, one element of the acid test) reports an `info`
 *   finding saying so; it never guesses.
 * - **Words.** Two checks read English words when a structured field is absent: whether a
 *   capacity assessment's `decision` is about another decision (without `relatesTo`: it
 *   shares no word with the description, is not about the care arrangements and is plainly
 *   about another matter, such as money or medical treatment), and whether a
 *   review involved the person (without `involved`: a participant in `by` who is not
 *   recognisably staff or family counts as the person). Both give the record the benefit of
 *   the doubt. Other languages: record `relatesTo` and `involved`.
 * - Results do not depend on the order of any list in the record, nor on the process time
 *   zone.
 * @param restriction - A parsed restriction.
 * @param options - `asOf` and the policy.
 * @returns The findings, each with `restrictionId`, in a stable order; frozen.
 * @throws {@link GoldenThreadError} `invalid_date` for a bad `asOf`, `invalid_argument` for a
 * bad policy number or table.
 * @example
 * ```ts
 * checkRestriction(lockedKitchen, { asOf: '2026-11-23' }).map((f) => f.code);
 * // => ['blanket_restriction', 'other_legal_basis', 'no_less_restrictive_option', …]
 * ```
 * @category Restrictions
 */
export function checkRestriction(
  restriction: Restriction,
  options: CheckRestrictionOptions,
): RestrictionFinding[] {
  requireRecord('checkRestriction', 'restriction', restriction);
  requireOptions('checkRestriction', options);
  try {
    const policy = resolvePolicy('checkRestriction', options);
    return runRules(RESTRICTION_RULES, contextOf(restriction, policy), restrictionFindings, {
      restrictionId: restriction.id,
    }).findings;
  } catch (error) {
    throw unexpected('checkRestriction', error);
  }
}

/** Builds the facts every rule reads, once per restriction. */
export function contextOf(restriction: Restriction, policy: RestrictionPolicy): RestrictionContext {
  const { asOf } = policy;
  const ended = restriction.end !== undefined && restriction.end < asOf;
  const inForceUntil: IsoDate = ended ? (restriction.end as IsoDate) : asOf;
  return {
    restriction,
    policy,
    ended,
    started: restriction.start <= asOf,
    inForceUntil,
    reviews: reviewsUpTo(restriction, asOf),
    capacity: capacityFacts(restriction, asOf),
    authorisations: authorisationFacts(restriction, inForceUntil),
  };
}

function reviewsUpTo(restriction: Restriction, asOf: IsoDate): IndexedReview[] {
  const reviews: IndexedReview[] = [];
  for (const [index, review] of (restriction.reviews ?? []).entries()) {
    if (review.on <= asOf) reviews.push({ index, review });
  }
  return reviews.sort(
    (a, b) =>
      compareText(a.review.on, b.review.on) ||
      compareText(canonical(a.review), canonical(b.review)),
  );
}

function fail(fn: string, message: string): never {
  throw new GoldenThreadError('invalid_argument', `${fn}: ${message}`);
}

function requireCadence(fn: string, value: CheckRestrictionOptions['defaultReviewEvery']): Cadence {
  if (value === undefined) return { count: 3, unit: 'month' };
  const ok =
    isRecord(value) &&
    (value.unit === 'week' || value.unit === 'month') &&
    Number.isSafeInteger(value.count) &&
    value.count >= 1;
  if (!ok) {
    fail(
      fn,
      `defaultReviewEvery must be { count, unit } with a whole count of at least 1 and unit 'week' or 'month', but it is ${describeValue(value)}.`,
    );
  }
  return { count: value.count, unit: value.unit };
}

const isIntensity = (v: unknown): boolean => INTENSITIES.includes(v as never);

function requireProportionality(
  fn: string,
  table: ProportionalityTable | undefined,
): ProportionalityTable {
  if (table === undefined) return defaultProportionality;
  for (const l of LIKELIHOODS) {
    const row: unknown = isRecord(table) ? table[l] : undefined;
    for (const s of SERIOUSNESS) {
      if (!isRecord(row) || !isIntensity(row[s])) {
        fail(fn, `proportionality.${l}.${s} must be 'low', 'medium' or 'high'.`);
      }
    }
  }
  return table;
}

function requireIntensities(fn: string, table: IntensityByType | undefined): IntensityByType {
  if (table === undefined) return defaultIntensityByType;
  for (const t of RESTRICTION_TYPES) {
    if (!isRecord(table) || !isIntensity(table[t])) {
      fail(fn, `intensityByType.${t} must be 'low', 'medium' or 'high'.`);
    }
  }
  return table;
}

/** Checks the options of {@link checkRestriction} and fills in the defaults. */
export function resolvePolicy(fn: string, options: CheckRestrictionOptions): RestrictionPolicy {
  const o = requireOptions(fn, options);
  const whole = (name: keyof CheckRestrictionOptions, fallback: number, least = 0) =>
    requireWholeNumber(fn, name, o[name] as number | undefined, fallback, least);
  return {
    asOf: requireCalendarDate(fn, 'asOf', o.asOf),
    expiringWithinDays: whole('expiringWithinDays', 28),
    useWindowDays: whole('useWindowDays', 28, 1),
    minRisingUses: whole('minRisingUses', 3, 1),
    decisionDueDays: whole('decisionDueDays', 21),
    capacityValidMonths: whole('capacityValidMonths', 12, 1),
    medicationReviewMonths: whole('medicationReviewMonths', 6, 1),
    driftAfterContinues: whole('driftAfterContinues', 3, 1),
    enablementAfterMonths: whole('enablementAfterMonths', 6),
    defaultReviewEvery: requireCadence(fn, o.defaultReviewEvery),
    proportionality: requireProportionality(fn, o.proportionality),
    intensityByType: requireIntensities(fn, o.intensityByType),
  };
}
