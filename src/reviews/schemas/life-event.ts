import * as z from 'zod';
import {
  createParser,
  IdSchema,
  IsoDateSchema,
  type IssueCatalogue,
  type NoDetails,
  textSchema,
} from '../../core/index.js';

/**
 * The kinds of life event the library knows. A host adds its own kinds with a `host:` prefix
 * (see {@link LifeEventKindSchema}).
 *
 * - changes: `health_change`, `behaviour_change`, `medication_change`, `mobility_change`,
 *   `communication_change`, `confidence_change`, `relationship_change`,
 *   `family_contact_change`;
 * - `incident`, `safeguarding_concern`, `complaint`, `family_feedback`;
 * - `hospital_admission_planned`, `hospital_admission_unplanned`;
 * - `new_personal_goal`: the person has something new they want to work on.
 *
 * @example
 * ```ts
 * BuiltInEventKindSchema.options.includes('incident'); // => true
 * ```
 * @category Reviews
 */
export const BuiltInEventKindSchema = z.enum([
  'health_change',
  'behaviour_change',
  'medication_change',
  'mobility_change',
  'communication_change',
  'confidence_change',
  'relationship_change',
  'family_contact_change',
  'incident',
  'safeguarding_concern',
  'complaint',
  'family_feedback',
  'hospital_admission_planned',
  'hospital_admission_unplanned',
  'new_personal_goal',
]);

/**
 * A built-in kind of life event. Derived from {@link BuiltInEventKindSchema}.
 *
 * @example
 * ```ts
 * const kind: BuiltInEventKind = 'complaint';
 * ```
 * @category Reviews
 */
export type BuiltInEventKind = z.output<typeof BuiltInEventKindSchema>;

const BUILT_IN_KINDS: ReadonlySet<string> = new Set(BuiltInEventKindSchema.options);
const HOST_KIND = /^host:[a-z0-9][a-z0-9_.-]{0,63}$/;

/**
 * The kind of a life event: one of the {@link BuiltInEventKindSchema} kinds, or a kind the
 * host defines for itself — `host:` followed by lower-case letters, digits, `_`, `-` or `.`
 * (at most 64 characters after the prefix), such as `host:missed_day_service`.
 *
 * @remarks The prefix keeps a typing mistake in a built-in kind (`incidnet`) from passing
 * silently as a new kind: it is reported as `unknown_event_kind`.
 * @example
 * ```ts
 * LifeEventKindSchema.parse('medication_change');
 * LifeEventKindSchema.parse('host:new_tenancy');
 * ```
 * @category Reviews
 */
export const LifeEventKindSchema = z.custom<BuiltInEventKind | `host:${string}`>(
  (value) => typeof value === 'string' && (BUILT_IN_KINDS.has(value) || HOST_KIND.test(value)),
  {
    params: { code: 'unknown_event_kind' },
    error: 'Not a known kind of life event; a kind of your own must start with "host:".',
  },
);

/**
 * The kind of a life event: built in, or `host:…`. Derived from {@link LifeEventKindSchema}.
 *
 * @example
 * ```ts
 * const kind: LifeEventKind = 'host:new_tenancy';
 * ```
 * @category Reviews
 */
export type LifeEventKind = z.output<typeof LifeEventKindSchema>;

/**
 * How much a life event matters for the person's support, from `low` to `critical`. The
 * order matters: a trigger rule's `minSeverity` includes every level at or above it.
 *
 * @example
 * ```ts
 * EventSeveritySchema.options; // => ['low', 'medium', 'high', 'critical']
 * ```
 * @category Reviews
 */
export const EventSeveritySchema = z.enum(['low', 'medium', 'high', 'critical']);

/**
 * A life event's severity. Derived from {@link EventSeveritySchema}.
 *
 * @example
 * ```ts
 * const severity: EventSeverity = 'high';
 * ```
 * @category Reviews
 */
export type EventSeverity = z.output<typeof EventSeveritySchema>;

/**
 * Something that happened in a person's life that may mean their plan needs reviewing.
 *
 * @example
 * ```ts
 * LifeEventSchema.parse({
 *   id: 'ev-1', personId: 'p-aisha', on: '2026-10-02', kind: 'medication_change',
 *   severity: 'medium', summary: 'New epilepsy medication; drowsy in the mornings',
 * });
 * ```
 * @category Reviews
 */
export const LifeEventSchema = z.strictObject({
  /** The host's id for the event. */
  id: IdSchema,
  /** The person it is about. */
  personId: IdSchema,
  /** The (UK) day it happened. */
  on: IsoDateSchema,
  /** What kind of event it was. */
  kind: LifeEventKindSchema,
  /** How much it matters for the person's support. */
  severity: EventSeveritySchema,
  /** What happened, in plain words. */
  summary: textSchema({ max: 2000 }),
  /** Outcomes it affects, if any. */
  outcomeIds: z.array(IdSchema).max(50).optional(),
});

/**
 * A life event. Derived from {@link LifeEventSchema}.
 *
 * @example
 * ```ts
 * const event: LifeEvent = { id: 'ev-1', personId: 'p-1', on: '2026-10-02', kind: 'incident', severity: 'high', summary: 'Fell in the bathroom' };
 * ```
 * @category Reviews
 */
export type LifeEvent = z.output<typeof LifeEventSchema>;

/** The issue codes of life events (and of anything that names an event kind). */
export interface LifeEventIssueDetails {
  /** A kind that is neither built in nor a `host:` kind. */
  readonly unknown_event_kind: NoDetails;
}

/** The messages of those codes. */
export const lifeEventIssues: IssueCatalogue<LifeEventIssueDetails> = Object.freeze({
  unknown_event_kind: {
    message:
      '{field} is not a kind of life event the library knows. Use a built-in kind such as "incident", or a kind of your own starting with "host:".',
    description:
      'A life event kind that is neither built in nor a `host:` kind (often a typing mistake).',
  },
});

/**
 * Parses a life event from untrusted input.
 *
 * @param input - Anything, such as a row or a request body.
 * @returns `{ success: true, data }` or `{ success: false, issues }`; never throws.
 * @example
 * ```ts
 * parseLifeEvent({ id: 'ev-1', personId: 'p-1', on: '2026-10-02', kind: 'incidnet', severity: 'high', summary: '…' });
 * // => { success: false, issues: [{ code: 'unknown_event_kind', path: ['kind'], … }] }
 * ```
 * @category Reviews
 */
export const parseLifeEvent = createParser(LifeEventSchema, { issues: lifeEventIssues });
