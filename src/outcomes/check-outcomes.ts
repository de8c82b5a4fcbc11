import { type IsoDate, type MonthNumber, quarterLabel, startOfQuarter } from '../core/index.js';
import {
  findingFactory,
  plusDays,
  plusMonths,
  requireList,
  requireOptions,
  requireWholeNumber,
  unexpected,
} from '../core/internal/index.js';
import { type CheckOutcomeOptions, checkWithPolicy, resolvePolicy } from './check-outcome.js';
import { type OutcomeFinding, outcomeFindings, type PlanDetails } from './findings.js';
import type { Outcome } from './schemas/index.js';

/**
 * The policy {@link checkOutcomes} applies: everything {@link checkOutcome} takes, plus the
 * per-person rules.
 *
 * @example
 * ```ts
 * checkOutcomes(outcomes, { asOf: '2026-11-23', maxActivePriorities: 4, yearStartMonth: 4 });
 * ```
 * @category Outcomes
 */
export interface CheckOutcomesOptions extends CheckOutcomeOptions {
  /**
   * The most outcomes a person works on at once in a quarter. Default 3: practice is to
   * focus on up to about three priorities a quarter.
   */
  readonly maxActivePriorities?: number;
  /** The month reporting quarters start from: 1 (calendar, default) or 4 (UK financial year). */
  readonly yearStartMonth?: MonthNumber;
}

const LAST_DAY = '9999-12-31' as IsoDate;
const WORKING: ReadonlySet<string> = new Set(['accepted', 'active']);

/**
 * Checks a set of outcomes — one person's plan or a whole service's — with every rule of
 * {@link checkOutcome}, plus a per-person rule: `too_many_priorities` when a person has more
 * accepted or active outcomes overlapping the quarter that contains `asOf` than the policy
 * allows.
 *
 * @remarks Findings for each outcome come first, in input order; then one
 * `too_many_priorities` finding per person over the limit, in order of each person's first
 * outcome. An outcome without a timeframe counts as overlapping. The result does not depend
 * on how the outcomes of different people are interleaved.
 * @param outcomes - Parsed outcomes, for one person or many.
 * @param options - `asOf` and the policy (see {@link CheckOutcomesOptions}).
 * @returns All findings.
 * @throws {@link GoldenThreadError} as {@link checkOutcome} does, and `invalid_argument` when
 * `maxActivePriorities` is not a whole number of at least 1.
 * @example
 * ```ts
 * checkOutcomes(plan, { asOf: '2026-11-23' }).filter((f) => f.code === 'too_many_priorities');
 * // => [{ code: 'too_many_priorities', personId: 'p-7', quarter: '2026-Q4', count: 4, max: 3, … }]
 * ```
 * @category Outcomes
 */
export function checkOutcomes(
  outcomes: readonly Outcome[],
  options: CheckOutcomesOptions,
): OutcomeFinding[] {
  requireList('checkOutcomes', 'outcomes', outcomes);
  requireOptions('checkOutcomes', options);
  try {
    const max = requireWholeNumber(
      'checkOutcomes',
      'maxActivePriorities',
      options.maxActivePriorities,
      3,
      1,
    );
    const policy = resolvePolicy('checkOutcomes', options);
    const findings = outcomes.flatMap((outcome) => checkWithPolicy(outcome, policy));
    const quarterOptions = { yearStartMonth: options.yearStartMonth ?? 1 } as const;
    const quarterStart = startOfQuarter(options.asOf, quarterOptions);
    // The next quarter starts on the 1st of a month; 9999-12-31 means there is none (the
    // quarter holding the calendar's last day ends on it).
    const next = plusMonths(quarterStart, 3);
    const quarterEnd: IsoDate = next === LAST_DAY ? next : plusDays(next, -1);
    const quarter = quarterLabel(options.asOf, quarterOptions);

    const working = new Map<string, string[]>();
    for (const outcome of outcomes) {
      if (!WORKING.has(outcome.lifecycleStatus)) continue;
      const t = outcome.timeframe;
      if (t !== undefined && (t.start > quarterEnd || t.reviewBy < quarterStart)) continue;
      const list = working.get(outcome.personId) ?? [];
      list.push(outcome.id);
      working.set(outcome.personId, list);
    }
    for (const [personId, outcomeIds] of working) {
      if (outcomeIds.length > max) {
        findings.push(
          findingFactory<PlanDetails, { personId: string }>(outcomeFindings, { personId })(
            'too_many_priorities',
            [],
            {
              quarter,
              count: outcomeIds.length,
              max,
              outcomeIds,
            },
          ),
        );
      }
    }
    return findings;
  } catch (error) {
    throw unexpected('checkOutcomes', error);
  }
}
