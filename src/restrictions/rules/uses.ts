import type { IsoDate } from '../../core/index.js';
import { plusDays } from '../dates.js';
import type { RestrictionUse } from '../schemas.js';
import { ukDate } from '../uk-date.js';
import type { RestrictionContext, RestrictionRule } from './context.js';

/** A use with its place in the record and its UK calendar day. */
export interface DatedUse {
  readonly index: number;
  readonly on: IsoDate;
  readonly use: RestrictionUse;
}

/** The uses up to `asOf`, each dated by its UK calendar day, in record order. */
export function usesUpTo({ restriction, policy }: RestrictionContext): DatedUse[] {
  const out: DatedUse[] = [];
  for (const [index, use] of (restriction.uses ?? []).entries()) {
    const on = ukDate(use.at);
    if (on !== undefined && on <= policy.asOf) out.push({ index, on, use });
  }
  return out;
}

/** The types whose uses are physical interventions. */
export const PHYSICAL: ReadonlySet<string> = new Set([
  'physical',
  'mechanical',
  'seclusion-segregation',
]);

/** More uses in the latest window than in the one before: restrictions should reduce. */
export const risingUseRule: RestrictionRule = {
  codes: ['rising_use'],
  applies: (ctx) => !ctx.ended,
  check: (ctx, report) => {
    const { asOf, useWindowDays: windowDays, minRisingUses } = ctx.policy;
    const recentFrom = plusDays(asOf, -(windowDays - 1));
    const previousFrom = plusDays(asOf, -(2 * windowDays - 1));
    let recent = 0;
    let previous = 0;
    for (const { on } of usesUpTo(ctx)) {
      if (on >= recentFrom) recent += 1;
      else if (on >= previousFrom) previous += 1;
    }
    if (recent >= minRisingUses && recent > previous) {
      report('rising_use', ['uses'], { recent, previous, windowDays });
    }
  },
};

/** A use after the end date has no basis. */
export const usedAfterEndRule: RestrictionRule = {
  codes: ['used_after_end'],
  check: (ctx, report) => {
    const { end } = ctx.restriction;
    if (end === undefined) return;
    for (const { index, on } of usesUpTo(ctx)) {
      if (on > end) report('used_after_end', ['uses', index], { on, end });
    }
  },
};

/**
 * Each use should be followed by a debrief with the person and staff; after a physical
 * intervention it is expected (Positive and Proactive Care, 2014), so its absence is a
 * warning rather than a note.
 */
export const debriefRule: RestrictionRule = {
  codes: ['physical_intervention_without_debrief', 'debrief_missing'],
  check: (ctx, report) => {
    const physical = PHYSICAL.has(ctx.restriction.type);
    for (const { index, on, use } of usesUpTo(ctx)) {
      if (use.debriefDone) continue;
      report(
        physical ? 'physical_intervention_without_debrief' : 'debrief_missing',
        ['uses', index],
        { on },
      );
    }
  },
};
