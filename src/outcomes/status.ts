import { isRecord } from '../core/internal/index.js';
import type { Outcome } from './schemas/index.js';

const ACHIEVED: ReadonlySet<string> = new Set(['achieved', 'sustaining']);
const CLOSED: ReadonlySet<string> = new Set([
  'completed',
  'cancelled',
  'entered-in-error',
  'rejected',
]);

/**
 * Says whether an outcome has been reached: its achievement status is `achieved`, or
 * `sustaining` (reached and being kept up).
 *
 * @param outcome - A parsed outcome.
 * @returns `true` when the outcome is achieved or sustained.
 * @example
 * ```ts
 * isAchieved({ ...outcome, achievementStatus: 'sustaining' }); // => true
 * isAchieved({ ...outcome, achievementStatus: 'improving' }); // => false
 * ```
 * @category Outcomes
 */
export function isAchieved(outcome: Outcome): boolean {
  // A predicate never throws: a value that is not a readable outcome is not achieved.
  try {
    const status = isRecord(outcome) ? outcome.achievementStatus : undefined;
    return typeof status === 'string' && ACHIEVED.has(status);
  } catch {
    return false;
  }
}

/**
 * Says whether an outcome is still open: proposed, planned, accepted, active or on hold —
 * not completed, cancelled, rejected or entered in error.
 *
 * @param outcome - A parsed outcome.
 * @returns `true` when work on the outcome may still happen.
 * @example
 * ```ts
 * isOpen({ ...outcome, lifecycleStatus: 'on-hold' }); // => true
 * isOpen({ ...outcome, lifecycleStatus: 'completed' }); // => false
 * ```
 * @category Outcomes
 */
export function isOpen(outcome: Outcome): boolean {
  // A predicate never throws: a value that is not a readable outcome is not open.
  try {
    const status = isRecord(outcome) ? outcome.lifecycleStatus : undefined;
    return typeof status === 'string' && !CLOSED.has(status);
  } catch {
    return false;
  }
}
