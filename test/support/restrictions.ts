import type { IsoDate } from '../../src/core/index.js';
import {
  type CheckRestrictionOptions,
  checkRestriction,
  type Restriction,
  type RestrictionFinding,
} from '../../src/restrictions/index.js';
import { AS_OF } from '../fixtures/restrictions.js';

type Options = Omit<CheckRestrictionOptions, 'asOf'> & { readonly asOf?: IsoDate };

/** The findings on a restriction, on AS_OF unless `asOf` is given. */
export const findingsOf = (r: Restriction, options: Options = {}): RestrictionFinding[] =>
  checkRestriction(r, { asOf: AS_OF, ...options });

/** The codes of the findings. */
export const codesOf = (r: Restriction, options: Options = {}): string[] =>
  findingsOf(r, options).map((f) => f.code);

/** The findings of one code. */
export const only = <C extends RestrictionFinding['code']>(
  r: Restriction,
  code: C,
  options: Options = {},
): Extract<RestrictionFinding, { code: C }>[] =>
  findingsOf(r, options).filter(
    (f): f is Extract<RestrictionFinding, { code: C }> => f.code === code,
  );

/** A copy of a restriction with some fields replaced (or removed, with `undefined`). */
export function withChanges(r: Restriction, changes: Record<string, unknown>): Restriction {
  const copy: Record<string, unknown> = { ...r };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy as unknown as Restriction;
}
