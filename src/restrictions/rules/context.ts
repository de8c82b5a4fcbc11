import type { IsoDate } from '../../core/index.js';
import type { Rule } from '../../core/internal/index.js';
import type { RestrictionFindingDetails } from '../findings.js';
import type { IntensityByType, ProportionalityTable } from '../proportionality.js';
import type { Restriction, RestrictionReview } from '../schemas.js';
import type { AuthorisationFacts } from './authorisation-facts.js';
import type { CapacityFacts } from './capacity-facts.js';

/** A review cadence: every `count` weeks or months. */
export interface Cadence {
  readonly count: number;
  readonly unit: 'week' | 'month';
}

/** The policy of {@link checkRestriction}, checked and with its defaults filled in. */
export interface RestrictionPolicy {
  readonly asOf: IsoDate;
  readonly expiringWithinDays: number;
  readonly useWindowDays: number;
  readonly minRisingUses: number;
  readonly decisionDueDays: number;
  readonly capacityValidMonths: number;
  readonly medicationReviewMonths: number;
  readonly driftAfterContinues: number;
  readonly enablementAfterMonths: number;
  readonly defaultReviewEvery: Cadence;
  readonly proportionality: ProportionalityTable;
  readonly intensityByType: IntensityByType;
}

/** A review with its place in the record. */
export interface IndexedReview {
  readonly index: number;
  readonly review: RestrictionReview;
}

/** What every restriction rule reads: the restriction, the policy and the day's facts. */
export interface RestrictionContext {
  readonly restriction: Restriction;
  readonly policy: RestrictionPolicy;
  /** The restriction ended before `asOf`. */
  readonly ended: boolean;
  /** The restriction has started by `asOf`. */
  readonly started: boolean;
  /** The last day it was in place up to `asOf`: its end date if it ended, else `asOf`. */
  readonly inForceUntil: IsoDate;
  /** The reviews held by `asOf`, oldest first (ties in a fixed order, whatever the list order). */
  readonly reviews: readonly IndexedReview[];
  /** What the capacity assessments and the basis say about the person's capacity. */
  readonly capacity: CapacityFacts;
  /** The authorisations, read on `inForceUntil`. */
  readonly authorisations: AuthorisationFacts;
}

/** A rule of {@link checkRestriction}. */
export type RestrictionRule = Rule<RestrictionContext, RestrictionFindingDetails>;

/** For rules about a restriction still in place on `asOf`. */
export const inPlace = (ctx: RestrictionContext): boolean => !ctx.ended;

/** For rules about a restriction in place on `asOf`: started and not ended. */
export const inPlaceNow = (ctx: RestrictionContext): boolean => ctx.started && !ctx.ended;

/** JSON with sorted keys: a fixed order for records that tie on their date. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
