import { isAchieved, isOpen, type Outcome } from '../outcomes/index.js';
import type { PersonRecord } from './records.js';
import { oncePerId } from './tallies.js';
import { inWindow, type MetricsWindow, overlapDays } from './window.js';

// Where an outcome stands in a window, for the metrics that count outcomes active in it
// (wellbeing areas, outcomes that did not improve). One definition, so the two agree.

/**
 * Where an outcome stands in a window:
 * - `outside`: not counted — never agreed (`proposed`, `rejected`, `entered-in-error`),
 *   starting after the window, or finished before it;
 * - `undated`: finished (achieved, completed or cancelled) with no date to place the end in a
 *   window (`achievedOn`, or `closedOn` for an outcome completed or cancelled without being
 *   achieved): counted apart, never guessed;
 * - `achieved`: active in the window and achieved (or sustained) in it;
 * - `completed_not_achieved`: active in the window and completed in it without being achieved;
 * - `cancelled`: active in the window and cancelled in it;
 * - `ongoing`: active in the window, still going at its end (or finished after it).
 */
export type Placement =
  | 'outside'
  | 'undated'
  | 'achieved'
  | 'completed_not_achieved'
  | 'cancelled'
  | 'ongoing';

const NOT_AGREED: ReadonlySet<Outcome['lifecycleStatus']> = new Set([
  'proposed',
  'rejected',
  'entered-in-error',
]);

/** Where one outcome of a person supported in the window stands in it (see {@link Placement}). */
export function placeOutcome(outcome: Outcome, w: MetricsWindow): Placement {
  if (NOT_AGREED.has(outcome.lifecycleStatus)) return 'outside';
  const start = outcome.timeframe?.start;
  if (start !== undefined && start >= w.to) return 'outside';
  if (isAchieved(outcome)) {
    const on = outcome.achievedOn;
    if (on === undefined) return 'undated';
    if (inWindow(w, on)) return 'achieved';
    // Achieved before the window: still active while it is being sustained.
    return on < w.from && !isOpen(outcome) ? 'outside' : 'ongoing';
  }
  const { lifecycleStatus: status } = outcome;
  if (status !== 'completed' && status !== 'cancelled') return 'ongoing';
  const on = outcome.closedOn;
  if (on === undefined) return 'undated';
  if (on < w.from) return 'outside';
  if (on >= w.to) return 'ongoing';
  return status === 'cancelled' ? 'cancelled' : 'completed_not_achieved';
}

/**
 * The outcomes of a person supported in the window (an id repeated in the plan once), each
 * with its placement; an empty list for a person not supported in it.
 */
export function placedOutcomes(
  record: PersonRecord,
  w: MetricsWindow,
): readonly { readonly outcome: Outcome; readonly placement: Placement }[] {
  const { plan } = record;
  if (overlapDays(w, plan.start, plan.end) === 0) return [];
  return oncePerId(plan.outcomes).map((outcome) => ({
    outcome,
    placement: placeOutcome(outcome, w),
  }));
}

/** Whether a placement is an outcome active in the window. */
export const isActive = (p: Placement): boolean => p !== 'outside' && p !== 'undated';
