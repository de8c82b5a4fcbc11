import * as z from 'zod';
import { IsoDateSchema, isIsoDate, textSchema } from '../core/index.js';
import { isRecord } from '../core/internal/index.js';
import { issue } from './issues.js';

/**
 * The kind of authorisation for a deprivation of liberty:
 * - `dols-urgent`: an urgent authorisation the managing authority of a care home or hospital
 *   gives itself, for at most 7 days, which the supervisory body may extend once by at most
 *   7 more (Mental Capacity Act 2005 Schedule A1, paragraphs 76, 78 and 84–85);
 * - `dols-standard`: a standard authorisation from the supervisory body (the local
 *   authority), for at most 12 months (Schedule A1, paragraph 42), which can carry
 *   conditions (paragraph 53);
 * - `court-of-protection`: an order of the Court of Protection (section 16(2)(a)), the route
 *   outside care homes and hospitals, usually with a review date;
 * - `lps`: the Liberty Protection Safeguards of the Mental Capacity (Amendment) Act 2019.
 *   **Not in force**: their start was postponed in April 2023, so an LPS record cannot
 *   authorise anything; the kind exists so that a host's records parse and the check says so.
 *
 * @example
 * ```ts
 * AuthorisationKindSchema.parse('dols-standard'); // => 'dols-standard'
 * ```
 * @category Restrictions
 */
export const AuthorisationKindSchema = z.enum([
  'dols-urgent',
  'dols-standard',
  'court-of-protection',
  'lps',
]);

/**
 * Where an authorisation stands: `requested` (applied for, not yet decided — the commonest
 * real state), `granted`, `refused`, `expired`, `suspended` (a standard authorisation while
 * the person is ineligible, for example detained under the Mental Health Act, for up to 28
 * days: Schedule A1 Part 6) or `ended` (brought to an end early, for example on review).
 *
 * @example
 * ```ts
 * AuthorisationStatusSchema.parse('requested'); // => 'requested'
 * ```
 * @category Restrictions
 */
export const AuthorisationStatusSchema = z.enum([
  'requested',
  'granted',
  'refused',
  'expired',
  'suspended',
  'ended',
]);

/**
 * A condition attached to an authorisation (Schedule A1, paragraph 53: the managing
 * authority must make sure it is met), and whether it is recorded as met.
 *
 * @example
 * ```ts
 * AuthorisationConditionSchema.parse({ text: 'Weekly trips out with family', met: true, checkedOn: '2026-10-01' });
 * ```
 * @category Restrictions
 */
export const AuthorisationConditionSchema = z.strictObject({
  /** The condition, as written in the authorisation. */
  text: textSchema({ max: 1000 }),
  /** Whether it is being met. */
  met: z.boolean().optional(),
  /** When that was last checked. */
  checkedOn: IsoDateSchema.optional(),
});

const DATE_FIELDS = ['expiresOn', 'extendedTo', 'endedOn'] as const;

/**
 * One authorisation of a deprivation of liberty, with its lifecycle: requested, decided,
 * in force from `startsOn` to `expiresOn` (an urgent one possibly `extendedTo` a later day),
 * suspended or ended early, its conditions and its review date.
 *
 * @remarks Every date is optional so that a request not yet decided parses: `{ kind:
 * 'dols-standard', status: 'requested', requestedOn }` is a complete record. The checks say
 * what each state means on `asOf`, and report an `authorisation_dates_not_recorded` note
 * when a rule needs a date the record lacks. The schema checks the order of the dates: a
 * decision before the request (`decided_before_requested`), an expiry, extension or end
 * before the start (`authorisation_ends_before_start`), an extension on an authorisation that
 * is not urgent (`extension_not_urgent`) or not after its expiry
 * (`extension_not_after_expiry`).
 * @example
 * ```ts
 * AuthorisationSchema.parse({ kind: 'dols-standard', status: 'requested', requestedOn: '2026-10-01', reference: 'DOLS-2026-118' });
 * ```
 * @category Restrictions
 */
export const AuthorisationSchema = z
  .strictObject({
    /** The kind of authorisation. */
    kind: AuthorisationKindSchema,
    /** Where it stands. */
    status: AuthorisationStatusSchema,
    /** Its reference (the supervisory body's or the court's). */
    reference: textSchema({ max: 200 }).optional(),
    /** The day it was requested (applied for). */
    requestedOn: IsoDateSchema.optional(),
    /** The day it was granted or refused. */
    decidedOn: IsoDateSchema.optional(),
    /** The first day it is in force (for an urgent authorisation, the day it was given). */
    startsOn: IsoDateSchema.optional(),
    /** The last day it is in force, as granted. */
    expiresOn: IsoDateSchema.optional(),
    /** For an urgent authorisation extended by the supervisory body: the new last day. */
    extendedTo: IsoDateSchema.optional(),
    /** The day it was suspended. */
    suspendedOn: IsoDateSchema.optional(),
    /** The day it was brought to an end early. */
    endedOn: IsoDateSchema.optional(),
    /** Conditions attached to it. */
    conditions: z.array(AuthorisationConditionSchema).max(50).optional(),
    /** The day it (or the order) is next to be reviewed. */
    reviewOn: IsoDateSchema.optional(),
  })
  .superRefine(
    (value: unknown, ctx) => {
      if (!isRecord(value)) return;
      const { requestedOn, decidedOn, startsOn, expiresOn, extendedTo, kind } = value;
      if (isIsoDate(requestedOn) && isIsoDate(decidedOn) && decidedOn < requestedOn) {
        issue(ctx, 'decided_before_requested', ['decidedOn'], {});
      }
      for (const field of DATE_FIELDS) {
        const day = value[field];
        if (isIsoDate(startsOn) && isIsoDate(day) && day < startsOn) {
          issue(ctx, 'authorisation_ends_before_start', [field], {});
        }
      }
      if (extendedTo === undefined) return;
      if (typeof kind === 'string' && kind !== 'dols-urgent') {
        issue(ctx, 'extension_not_urgent', ['extendedTo'], {});
      } else if (isIsoDate(expiresOn) && isIsoDate(extendedTo) && extendedTo <= expiresOn) {
        issue(ctx, 'extension_not_after_expiry', ['extendedTo'], {});
      }
    },
    { when: () => true },
  );

/**
 * An authorisation. Derived from {@link AuthorisationSchema}.
 *
 * @example
 * ```ts
 * const pending: Authorisation = { kind: 'dols-standard', status: 'requested', requestedOn: '2026-10-01' };
 * ```
 * @category Restrictions
 */
export type Authorisation = z.output<typeof AuthorisationSchema>;

/**
 * An authorisation kind. Derived from {@link AuthorisationKindSchema}.
 *
 * @example
 * ```ts
 * const kind: AuthorisationKind = 'court-of-protection';
 * ```
 * @category Restrictions
 */
export type AuthorisationKind = z.output<typeof AuthorisationKindSchema>;
