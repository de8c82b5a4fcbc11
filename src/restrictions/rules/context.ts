import type { IsoDate } from '../../core/index.js';
import type { Rule } from '../../core/internal/index.js';
import type { RestrictionFindingDetails } from '../findings.js';
import type { Restriction } from '../schemas.js';

/** The policy of {@link checkRestriction}, checked and with its defaults filled in. */
export interface RestrictionPolicy {
  readonly asOf: IsoDate;
  readonly expiringWithinDays: number;
  readonly useWindowDays: number;
  readonly minRisingUses: number;
}

/** What every restriction rule reads: the restriction, the policy and the day's facts. */
export interface RestrictionContext {
  readonly restriction: Restriction;
  readonly policy: RestrictionPolicy;
  /** The restriction ended before `asOf`. */
  readonly ended: boolean;
  /** The last day it was in place up to `asOf`: its end date if it ended, else `asOf`. */
  readonly inForceUntil: IsoDate;
}

/** A rule of {@link checkRestriction}. */
export type RestrictionRule = Rule<RestrictionContext, RestrictionFindingDetails>;

/** For rules about a restriction still in place on `asOf`. */
export const inPlace = (ctx: RestrictionContext): boolean => !ctx.ended;
