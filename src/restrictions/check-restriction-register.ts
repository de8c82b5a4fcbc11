import { GoldenThreadError, type IsoDate } from '../core/index.js';
import {
  compareText,
  describeValue,
  isRecord,
  requireCalendarDate,
  requireOptions,
  requireWholeNumber,
  runRules,
} from '../core/internal/index.js';
import { isRestrictionActive } from './check-restriction.js';
import {
  type RestrictionRegisterFinding,
  restrictionRegisterFindings,
} from './register-findings.js';
import { REGISTER_RULES, type RegisterContext } from './register-rules/index.js';
import { canonical } from './rules/index.js';
import type { Restriction } from './schemas.js';

/**
 * Options for {@link checkRestrictionRegister}.
 *
 * @example
 * ```ts
 * const options: CheckRestrictionRegisterOptions = { asOf: '2026-11-23', residents: { 'elm-house': 5 } };
 * ```
 * @category Restrictions
 */
export interface CheckRestrictionRegisterOptions {
  /** The day to judge the register on: restrictions in place that day are compared. */
  readonly asOf: IsoDate;
  /**
   * How many people live in each setting, by `setting.id`. Without it, a setting's residents
   * are taken to be the people with a restriction in place there, which overstates the
   * share when many residents have none.
   */
  readonly residents?: Readonly<Record<string, number>>;
  /** The share of a setting's residents with the same restriction that makes it a blanket rule in disguise. Default 0.75 ("all or most"). */
  readonly blanketShare?: number;
  /** The fewest people with the same restriction that can count. Default 3. */
  readonly blanketMinPeople?: number;
}

function requireShare(fn: string, value: number | undefined): number {
  const share = value ?? 0.75;
  if (!(Number.isFinite(share) && share > 0 && share <= 1)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: blanketShare must be a number greater than 0 and at most 1, but it is ${String(share)}.`,
    );
  }
  return share;
}

function requireResidents(fn: string, value: unknown): ReadonlyMap<string, number> {
  const residents = new Map<string, number>();
  if (value === undefined) return residents;
  if (!isRecord(value)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: residents must be an object of setting ids and numbers, but it is ${describeValue(value)}.`,
    );
  }
  for (const key of Object.keys(value)) {
    residents.set(key, requireWholeNumber(fn, `residents["${key}"]`, value[key] as number, 0, 1));
  }
  return residents;
}

/**
 * Checks a register as a whole, for what no single restriction shows: the same
 * "individual" restriction recorded for all or most residents of a setting (a blanket rule
 * in disguise), a person whose several restrictions together meet the acid test for a
 * deprivation of liberty with no authorisation, and ids used twice.
 *
 * @remarks
 * Codes (see {@link restrictionRegisterFindings}): `duplicate_restriction_id`,
 * `de_facto_blanket_restriction`, `combined_deprivation_without_authorisation`,
 * `setting_id_not_recorded`. Run {@link checkRestriction} on each restriction as well: this
 * function reports only what needs the whole register.
 *
 * - Individual restrictions in place on `asOf` are compared, one per id. Two restrictions
 *   are "the same" when they have the same `setting.id` and type and their descriptions
 *   match without regard to case, spacing or punctuation — the copied template that makes a
 *   blanket rule look individual.
 * - A setting's residents are `residents[settingId]` when given, otherwise the people with
 *   a restriction in place there.
 * - The findings are in a fixed order (by code, then by id) whatever the order of the
 *   register, and every list in their details is in id order.
 * @param register - Parsed restrictions (individual and blanket, from every person and setting).
 * @param options - `asOf`, `residents`, `blanketShare`, `blanketMinPeople`.
 * @returns The findings; frozen.
 * @throws {@link GoldenThreadError} `invalid_date` for a bad `asOf`, `invalid_argument` for a
 * bad share, count or residents table.
 * @example
 * ```ts
 * checkRestrictionRegister(register, { asOf: '2026-11-23', residents: { 'elm-house': 4 } }).map((f) => f.code);
 * // => ['de_facto_blanket_restriction']
 * ```
 * @category Restrictions
 */
export function checkRestrictionRegister(
  register: readonly Restriction[],
  options: CheckRestrictionRegisterOptions,
): RestrictionRegisterFinding[] {
  const fn = 'checkRestrictionRegister';
  const o = requireOptions(fn, options);
  if (!Array.isArray(register)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: register must be an array of restrictions, but it is ${describeValue(register)}.`,
    );
  }
  const policy = {
    asOf: requireCalendarDate(fn, 'asOf', o.asOf),
    blanketShare: requireShare(fn, o.blanketShare),
    blanketMinPeople: requireWholeNumber(fn, 'blanketMinPeople', o.blanketMinPeople, 3, 1),
    residents: requireResidents(fn, o.residents),
  };
  const seen = new Set<string>();
  const inPlace: RegisterContext['inPlace'][number][] = [];
  const ordered = [...register].sort(
    (a, b) => compareText(a.id, b.id) || compareText(canonical(a), canonical(b)),
  );
  for (const r of ordered) {
    if (r.scope.kind !== 'individual' || seen.has(r.id)) continue;
    seen.add(r.id);
    if (isRestrictionActive(r, policy.asOf)) inPlace.push(r as RegisterContext['inPlace'][number]);
  }
  const ctx: RegisterContext = { register, policy, inPlace };
  return runRules(REGISTER_RULES, ctx, restrictionRegisterFindings, {}).findings;
}
