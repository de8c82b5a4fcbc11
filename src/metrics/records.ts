import * as z from 'zod';
import {
  createParser,
  IdSchema,
  IsoDateSchema,
  type IssueDefinition,
  isIsoDate,
  textSchema,
} from '../core/index.js';
import { deepFreeze, reportIssue } from '../core/internal/index.js';
import { outcomeIssueCatalogue } from '../outcomes/index.js';
import { RestrictionSchema, restrictionIssueCatalogue } from '../restrictions/index.js';
import {
  ActionSchema,
  FeedbackSchema,
  reviewIssueCatalogue,
  SupportPlanSchema,
} from '../reviews/index.js';
import { dataMap } from './state-schemas.js';

/**
 * A parse issue code that provider records add to the core and domain codes.
 *
 * @example
 * ```ts
 * const code: ProviderRecordIssueCode = 'restriction_for_other_person';
 * ```
 * @category Governance metrics
 */
export type ProviderRecordIssueCode =
  | 'unknown_activity_kind'
  | 'restriction_for_other_person'
  | 'individual_restriction_in_setting'
  | 'activity_outside_support';

const issueDefinitions = /* @__PURE__ */ deepFreeze({
  unknown_activity_kind: {
    message:
      '{field} is not a kind of activity the library knows; a kind of your own must start with "host:" (such as "host:allotment").',
    description:
      'An activity kind that is neither built in (paid_work, volunteering, education, training, leisure, social, faith, sport, health, other) nor a host kind with the `host:` prefix.',
  },
  restriction_for_other_person: {
    message: '{field} is a restriction for someone else, not this record’s person.',
    description:
      'A restriction in a person record whose scope is another person, or a whole setting (blanket restrictions go in a setting record).',
  },
  individual_restriction_in_setting: {
    message: '{field} applies to one person; put it in that person’s record.',
    description:
      'A restriction in a setting record that is not a blanket restriction for that setting.',
  },
  activity_outside_support: {
    message: '{field} is dated outside the person’s support ({start} to {end}).',
    description:
      'A community activity dated before the plan started or after it ended; it would not be counted.',
  },
} satisfies Record<ProviderRecordIssueCode, IssueDefinition>);

/**
 * The parse issue codes provider records add, with their messages.
 *
 * @example
 * ```ts
 * providerRecordIssueCatalogue.restriction_for_other_person.description;
 * ```
 * @category Governance metrics
 */
export const providerRecordIssueCatalogue: Readonly<
  Record<ProviderRecordIssueCode, IssueDefinition>
> = issueDefinitions;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

/**
 * The groups a record belongs to, for reporting by service, team, region, commissioner or any
 * key the host chooses: `{ service: 'svc-north', team: 'team-2' }`.
 *
 * @remarks Keys are 1–64 letters, digits, `_` or `-`; values are ids. Grouping never drops a
 * record: one without the key chosen is reported under a group for missing keys.
 * @example
 * ```ts
 * GroupsSchema.parse({ service: 'svc-north', team: 'team-2' });
 * ```
 * @category Governance metrics
 */
export const GroupsSchema: z.ZodType<Record<string, string>, unknown> = dataMap(
  IdSchema,
  /^[A-Za-z0-9_-]{1,64}$/,
  'invalid_key',
);

/**
 * What kind of activity a community activity was: paid work, volunteering, education or
 * training (the Care Act 2014 s.1 area "participation in work, education, training or
 * recreation"), or leisure, social, faith, sport, health or other. A host adds its own with a
 * `host:` prefix (`host:allotment`), as for life events.
 *
 * @example
 * ```ts
 * BuiltInActivityKindSchema.parse('volunteering'); // => 'volunteering'
 * ```
 * @category Governance metrics
 */
export const BuiltInActivityKindSchema = z.enum([
  'paid_work',
  'volunteering',
  'education',
  'training',
  'leisure',
  'social',
  'faith',
  'sport',
  'health',
  'other',
]);

/**
 * A built-in kind of community activity. Derived from {@link BuiltInActivityKindSchema}.
 *
 * @example
 * ```ts
 * const kind: BuiltInActivityKind = 'paid_work';
 * ```
 * @category Governance metrics
 */
export type BuiltInActivityKind = z.output<typeof BuiltInActivityKindSchema>;

const BUILT_IN_ACTIVITY_KINDS: ReadonlySet<string> = new Set(BuiltInActivityKindSchema.options);
const HOST_ACTIVITY_KIND = /^host:[a-z0-9][a-z0-9_.-]{0,63}$/;

/**
 * The kind of a community activity: a {@link BuiltInActivityKindSchema} kind, or the host's
 * own, `host:` followed by lower-case letters, digits, `_`, `-` or `.`.
 *
 * @example
 * ```ts
 * ActivityKindSchema.safeParse('host:allotment').success; // => true
 * ```
 * @category Governance metrics
 */
export const ActivityKindSchema = z.custom<BuiltInActivityKind | `host:${string}`>(
  (value) =>
    typeof value === 'string' &&
    (BUILT_IN_ACTIVITY_KINDS.has(value) || HOST_ACTIVITY_KIND.test(value)),
  {
    params: { code: 'unknown_activity_kind' },
    error: 'Not a known kind of activity; a kind of your own must start with "host:".',
  },
);

/**
 * The kinds of activity that count as work and learning: paid work, volunteering, education
 * and training.
 *
 * @example
 * ```ts
 * WORK_AND_LEARNING_KINDS.includes('volunteering'); // => true
 * ```
 * @category Governance metrics
 */
export const WORK_AND_LEARNING_KINDS: readonly BuiltInActivityKind[] = Object.freeze([
  'paid_work',
  'volunteering',
  'education',
  'training',
]);

/**
 * A community activity the person took part in: a club, a class, volunteering, a visit —
 * counted for community participation per person per month.
 *
 * @example
 * ```ts
 * CommunityActivitySchema.parse({ on: '2026-10-08', description: 'Art group at the library' });
 * ```
 * @category Governance metrics
 */
export const CommunityActivitySchema = z.strictObject({
  /** The (UK) day of the activity. */
  on: IsoDateSchema,
  /** What kind of activity it was, when recorded (see {@link ActivityKindSchema}). */
  kind: ActivityKindSchema.optional(),
  /** What it was, in plain words. */
  description: textSchema({ max: 500 }).optional(),
});

/**
 * Everything a provider holds about one person that the governance metrics read: the support
 * plan (its dates, outcomes with ratings, life events and reviews), actions, feedback,
 * individual restrictions and community activities, with the groups the person belongs to.
 *
 * @remarks The plan's `start` and `end` are the person's support: they give the person-days
 * and support days that rates are counted against. Every restriction must be an individual
 * restriction for this person (`restriction_for_other_person`); blanket restrictions go in a
 * {@link SettingRecordSchema | setting record}.
 * @example
 * ```ts
 * PersonRecordSchema.parse({
 *   type: 'person', groups: { service: 'svc-north' },
 *   plan: { id: 'plan-1', personId: 'p-1', start: '2026-01-05' },
 * });
 * ```
 * @category Governance metrics
 */
export const PersonRecordSchema = z
  .strictObject({
    /** Marks a person record. */
    type: z.literal('person'),
    /** Service, team or any other groups. */
    groups: GroupsSchema.optional(),
    /** The person's support plan with outcomes, events and reviews. */
    plan: SupportPlanSchema,
    /** Actions agreed for or with the person. */
    actions: z.array(ActionSchema).max(10_000).optional(),
    /** Feedback logged about the person's support. */
    feedback: z.array(FeedbackSchema).max(10_000).optional(),
    /** Individual restrictions on the person. */
    restrictions: z.array(RestrictionSchema).max(500).optional(),
    /** Community activities the person took part in. */
    activities: z.array(CommunityActivitySchema).max(10_000).optional(),
  })
  .superRefine(
    (record: unknown, ctx) => {
      if (!isRecord(record) || !isRecord(record['plan'])) return;
      const { personId, start, end } = record['plan'];
      for (const [index, r] of list(record['restrictions']).entries()) {
        const scope = isRecord(r) ? r['scope'] : undefined;
        if (!isRecord(scope) || typeof personId !== 'string') continue;
        if (scope['kind'] !== 'individual' || scope['personId'] !== personId) {
          reportIssue(ctx, issueDefinitions, 'restriction_for_other_person', [
            'restrictions',
            index,
            'scope',
          ]);
        }
      }
      if (!isIsoDate(start)) return;
      const last = isIsoDate(end) ? end : undefined;
      for (const [index, a] of list(record['activities']).entries()) {
        const on = isRecord(a) ? a['on'] : undefined;
        if (isIsoDate(on) && (on < start || (last !== undefined && on > last))) {
          reportIssue(
            ctx,
            issueDefinitions,
            'activity_outside_support',
            ['activities', index, 'on'],
            { start, end: last ?? 'now' },
          );
        }
      }
    },
    { when: () => true },
  );

/**
 * A setting (a house, a unit, a service) and its blanket restrictions: rules applied to
 * everyone who lives there. Kept apart from person records so each blanket restriction is
 * counted once, however many people it touches.
 *
 * @example
 * ```ts
 * SettingRecordSchema.parse({ type: 'setting', settingId: 'house-3', groups: { service: 'svc-north' }, restrictions: [] });
 * ```
 * @category Governance metrics
 */
export const SettingRecordSchema = z
  .strictObject({
    /** Marks a setting record. */
    type: z.literal('setting'),
    /** The host's id for the setting. */
    settingId: IdSchema,
    /** Service, team or any other groups. */
    groups: GroupsSchema.optional(),
    /** The setting's blanket restrictions. */
    restrictions: z.array(RestrictionSchema).max(500),
  })
  .superRefine(
    (record: unknown, ctx) => {
      if (!isRecord(record)) return;
      const settingId = record['settingId'];
      for (const [index, r] of list(record['restrictions']).entries()) {
        const scope = isRecord(r) ? r['scope'] : undefined;
        if (!isRecord(scope) || typeof settingId !== 'string') continue;
        if (scope['kind'] !== 'blanket' || scope['settingId'] !== settingId) {
          reportIssue(
            ctx,
            issueDefinitions,
            'individual_restriction_in_setting',
            ['restrictions', index, 'scope'],
            {},
          );
        }
      }
    },
    { when: () => true },
  );

/**
 * One record of a provider's data, as the governance metrics read it: a person or a setting.
 * A provider's data is a stream of these (an array, a database cursor, an NDJSON file).
 *
 * @example
 * ```ts
 * const result = ProviderRecordSchema.safeParse(JSON.parse(line));
 * ```
 * @category Governance metrics
 */
export const ProviderRecordSchema = z.discriminatedUnion('type', [
  PersonRecordSchema,
  SettingRecordSchema,
]);

/**
 * A parsed person record. Derived from {@link PersonRecordSchema}.
 *
 * @example
 * ```ts
 * const person: PersonRecord = { type: 'person', plan };
 * ```
 * @category Governance metrics
 */
export type PersonRecord = z.output<typeof PersonRecordSchema>;

/**
 * A parsed setting record. Derived from {@link SettingRecordSchema}.
 *
 * @example
 * ```ts
 * const house: SettingRecord = { type: 'setting', settingId: 'house-3', restrictions: [] };
 * ```
 * @category Governance metrics
 */
export type SettingRecord = z.output<typeof SettingRecordSchema>;

/**
 * A parsed provider record. Derived from {@link ProviderRecordSchema}.
 *
 * @example
 * ```ts
 * const people = (records satisfies ProviderRecord[]).filter((r) => r.type === 'person').length;
 * ```
 * @category Governance metrics
 */
export type ProviderRecord = z.output<typeof ProviderRecordSchema>;

/**
 * A community activity. Derived from {@link CommunityActivitySchema}.
 *
 * @example
 * ```ts
 * const activity: CommunityActivity = { on: '2026-10-08', description: 'Art group' };
 * ```
 * @category Governance metrics
 */
export type CommunityActivity = z.output<typeof CommunityActivitySchema>;

/**
 * Reads one untrusted provider record (a person or a setting).
 *
 * @param input - Anything: a parsed NDJSON line, a database row.
 * @returns The typed record, or every issue found: core codes, the domain codes of the plan,
 * reviews, actions and restrictions, and {@link providerRecordIssueCatalogue}. Never throws.
 * @example
 * ```ts
 * const result = parseProviderRecord(JSON.parse(line));
 * if (result.success) records.push(result.data);
 * else rejected.push(result.issues);
 * ```
 * @category Governance metrics
 */
export const parseProviderRecord = createParser(ProviderRecordSchema, {
  issues: {
    ...outcomeIssueCatalogue,
    ...reviewIssueCatalogue,
    ...restrictionIssueCatalogue,
    ...issueDefinitions,
  },
});
