import type { IsoDate, Path } from '../../core/index.js';
import type { Authorisation, AuthorisationKind } from '../authorisation-schema.js';
import { plusDays } from '../dates.js';
import type { Restriction } from '../schemas.js';
import { canonical } from './context.js';

/** An urgent authorisation lasts at most 7 days after the day it is given (Schedule A1 para 78). */
export const URGENT_DAYS = 7;
/** The supervisory body may extend it once, by at most 7 days (Schedule A1 paras 84–85). */
export const EXTENSION_DAYS = 7;
/** A standard authorisation lasts at most 12 months (Schedule A1 para 42). */
export const STANDARD_MONTHS = 12;
/** A suspension lasts at most 28 days (Schedule A1 Part 6). */
export const SUSPENSION_DAYS = 28;

/**
 * One authorisation as the rules read it: from `authorisations`, or from the older fields
 * of a `deprivation-of-liberty` or `court-order` basis (`legacy`), with the day it came into
 * force and its last day in force worked out.
 */
export interface AuthorisationView {
  readonly path: Path;
  readonly kind: AuthorisationKind;
  readonly status: Authorisation['status'];
  readonly reference: string | null;
  readonly legacy: boolean;
  readonly record: Authorisation | undefined;
  readonly requestedOn: IsoDate | undefined;
  /** The first day in force: `startsOn`, else the day it was decided. */
  readonly start: IsoDate | undefined;
  /**
   * The last day in force: the recorded expiry (or extension), brought forward to the day it
   * ended early, and for an urgent authorisation never past what the law allows.
   */
  readonly lastDay: IsoDate | undefined;
}

/** The authorisations of a restriction, read on one day. */
export interface AuthorisationFacts {
  /** Every authorisation, in a fixed order (by request or start day). */
  readonly all: readonly AuthorisationView[];
  /** Those in force on the day (LPS never is). */
  readonly current: readonly AuthorisationView[];
  /** Those requested and not yet decided. */
  readonly pending: readonly AuthorisationView[];
  /**
   * Whether the record accounts for an authorisation in some state the other rules report
   * on: in force, requested, lapsed, refused or suspended (LPS and ended ones aside).
   */
  readonly accounted: boolean;
}

const min = (a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined =>
  a === undefined ? b : b === undefined || a <= b ? a : b;

/** The latest day an urgent authorisation could lawfully last to. */
export function urgentLimit(start: IsoDate, extended: boolean): IsoDate {
  return plusDays(start, URGENT_DAYS + (extended ? EXTENSION_DAYS : 0));
}

function viewOf(record: Authorisation, index: number): AuthorisationView {
  const start = record.startsOn ?? (record.status === 'requested' ? undefined : record.decidedOn);
  let lastDay = record.extendedTo ?? record.expiresOn;
  if (record.kind === 'dols-urgent' && start !== undefined) {
    const limit = urgentLimit(start, record.extendedTo !== undefined);
    lastDay = min(lastDay, limit);
  }
  return {
    path: ['authorisations', index],
    kind: record.kind,
    status: record.status,
    reference: record.reference ?? null,
    legacy: false,
    record,
    requestedOn: record.requestedOn,
    start,
    lastDay: min(lastDay, record.endedOn),
  };
}

function legacyView(restriction: Restriction): AuthorisationView | undefined {
  const basis = restriction.legalBasis;
  if (basis?.kind !== 'deprivation-of-liberty' && basis?.kind !== 'court-order') return undefined;
  // A DoLS basis without an expiry says nothing about the authorisation's state.
  if (basis.kind === 'deprivation-of-liberty' && basis.expiresOn === undefined) return undefined;
  return {
    path: ['legalBasis', 'expiresOn'],
    kind: basis.kind === 'court-order' ? 'court-of-protection' : 'dols-standard',
    status: 'granted',
    reference: basis.reference ?? null,
    legacy: true,
    record: undefined,
    requestedOn: undefined,
    start: undefined,
    lastDay: basis.expiresOn,
  };
}

/** Whether an authorisation is in force on a day. */
export function inForceOn(view: AuthorisationView, day: IsoDate): boolean {
  if (view.kind === 'lps') return false;
  if (view.status === 'requested' || view.status === 'refused' || view.status === 'suspended') {
    return false;
  }
  if (view.start !== undefined && day < view.start) return false;
  if (view.lastDay === undefined) return view.status === 'granted';
  return day <= view.lastDay;
}

const sortKey = (v: AuthorisationView): string =>
  `${v.requestedOn ?? v.start ?? v.lastDay ?? '9999-12-31'} ${canonical(v.record ?? v.path)}`;

/** Reads the authorisations of a restriction on `day`. */
export function authorisationFacts(restriction: Restriction, day: IsoDate): AuthorisationFacts {
  const records = restriction.authorisations ?? [];
  const legacy = records.length === 0 ? legacyView(restriction) : undefined;
  const all = [...records.map(viewOf), ...(legacy === undefined ? [] : [legacy])].sort((a, b) =>
    sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
  );
  const current = all.filter((v) => inForceOn(v, day));
  return {
    all,
    current,
    pending: all.filter((v) => v.kind !== 'lps' && v.status === 'requested'),
    accounted: current.length > 0 || all.some((v) => v.kind !== 'lps' && v.status !== 'ended'),
  };
}
