import type { CancelledReason, WellbeingArea } from '../outcomes/index.js';
import { weighted } from './person-parts.js';
import type { Random } from './random.js';

// The Care Act wellbeing areas an outcome of each template serves — the area it is mainly
// about, then one it often touches too — and why cancelled outcomes were cancelled. These
// draws come from a stream of their own (STREAM.outcomeTags), so they shift no other draw.

const AREAS_BY_DOMAIN: Readonly<Record<string, readonly [WellbeingArea, WellbeingArea]>> = {
  Cooking: ['control_over_daily_life', 'health_and_emotional_wellbeing'],
  Family: ['relationships', 'health_and_emotional_wellbeing'],
  'Getting out': ['work_education_recreation', 'social_and_economic'],
  Work: ['work_education_recreation', 'contribution_to_society'],
  Money: ['social_and_economic', 'control_over_daily_life'],
  Friends: ['relationships', 'social_and_economic'],
  Health: ['health_and_emotional_wellbeing', 'control_over_daily_life'],
  Sleep: ['health_and_emotional_wellbeing', 'dignity'],
  Home: ['accommodation', 'control_over_daily_life'],
  Travel: ['control_over_daily_life', 'work_education_recreation'],
  Music: ['work_education_recreation', 'health_and_emotional_wellbeing'],
  Pets: ['health_and_emotional_wellbeing', 'control_over_daily_life'],
  Phone: ['relationships', 'protection_from_abuse'],
  Calm: ['health_and_emotional_wellbeing', 'dignity'],
  Holiday: ['work_education_recreation', 'control_over_daily_life'],
  Medication: ['health_and_emotional_wellbeing', 'control_over_daily_life'],
};

/**
 * The wellbeing areas of an outcome from a template about `domain`: most carry one or two; a
 * few none (more often for a generic aim, which a host tags less carefully).
 */
export function areasOf(random: Random, domain: string, generic: boolean): WellbeingArea[] {
  const pair = AREAS_BY_DOMAIN[domain];
  const none = generic ? 0.3 : 0.06;
  const u = random.next();
  if (pair === undefined || u < none) return [];
  return u < none + (1 - none) * 0.6 ? [pair[0]] : [pair[0], pair[1]];
}

/** Why a cancelled outcome was cancelled; `undefined` (not recorded) now and then. */
export function cancelReasonOf(random: Random): CancelledReason | undefined {
  return weighted(random, [
    ['person_chose', 0.32],
    ['needs_changed', 0.24],
    ['replaced', 0.14],
    ['support_unavailable', 0.1],
    ['not_attainable', 0.06],
    ['left_service', 0.04],
    ['other', 0.04],
    [undefined, 0.06],
  ] as const);
}
