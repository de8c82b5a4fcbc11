import { addDays, type IsoDate } from '../../core/index.js';
import { ukDate } from '../uk-date.js';
import type { RestrictionContext, RestrictionRule } from './context.js';

interface DatedUse {
  readonly index: number;
  readonly on: IsoDate;
  readonly debriefDone: boolean;
}

/** The uses up to `asOf`, each dated by its UK calendar day, in record order. */
function usesUpTo({ restriction, policy }: RestrictionContext): DatedUse[] {
  const out: DatedUse[] = [];
  for (const [index, use] of (restriction.uses ?? []).entries()) {
    const on = ukDate(use.at);
    if (on !== undefined && on <= policy.asOf)
      out.push({ index, on, debriefDone: use.debriefDone });
  }
  return out;
}

/** More uses in the latest window than in the one before: restrictions should reduce. */
export const risingUseRule: RestrictionRule = {
  codes: ['rising_use'],
  applies: (ctx) => !ctx.ended,
  check: (ctx, report) => {
    const { asOf, useWindowDays: windowDays, minRisingUses } = ctx.policy;
    const recentFrom = addDays(asOf, -(windowDays - 1));
    const previousFrom = addDays(asOf, -(2 * windowDays - 1));
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

/** Each use should be followed by a debrief with the person and staff. */
export const debriefRule: RestrictionRule = {
  codes: ['debrief_missing'],
  check: (ctx, report) => {
    for (const { index, on, debriefDone } of usesUpTo(ctx)) {
      if (!debriefDone) report('debrief_missing', ['uses', index], { on });
    }
  },
};
