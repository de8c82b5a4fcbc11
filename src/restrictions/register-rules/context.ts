import type { IsoDate } from '../../core/index.js';
import type { Rule } from '../../core/internal/index.js';
import type { RestrictionRegisterFindingDetails } from '../register-findings.js';
import type { Restriction } from '../schemas.js';

/** The policy of {@link checkRestrictionRegister}, checked and with its defaults filled in. */
export interface RegisterPolicy {
  readonly asOf: IsoDate;
  readonly blanketShare: number;
  readonly blanketMinPeople: number;
  /** Residents per setting id, as the host gave them (own keys only). */
  readonly residents: ReadonlyMap<string, number>;
}

/** What every register rule reads. */
export interface RegisterContext {
  readonly register: readonly Restriction[];
  readonly policy: RegisterPolicy;
  /** The individual restrictions in place on `asOf`, one per id, in id order. */
  readonly inPlace: readonly (Restriction & { readonly scope: { readonly kind: 'individual' } })[];
}

/** A rule of {@link checkRestrictionRegister}. */
export type RegisterRule = Rule<RegisterContext, RestrictionRegisterFindingDetails>;

/** Groups values by a key, keeping the keys in sorted order. */
export function groupBy<T>(
  items: readonly T[],
  key: (item: T) => string | undefined,
): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
