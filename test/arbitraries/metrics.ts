import fc from 'fast-check';
import { addDays, type IsoDate } from '../../src/core/index.js';
import type { PersonRecord, ProviderRecord, SettingRecord } from '../../src/metrics/index.js';
import type { Restriction } from '../../src/restrictions/index.js';
import { arbRestriction } from './restrictions.js';
import { arbAction, arbFeedback, arbSupportPlan } from './reviews.js';

const SERVICES = ['svc-north', 'svc-south', 'svc-east'] as const;

/** Groups: usually a service, sometimes a team too, sometimes nothing. */
const arbGroups = fc.option(
  fc.record(
    { service: fc.constantFrom(...SERVICES), team: fc.constantFrom('team-1', 'team-2') },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** Restrictions of one person: individual ones with that person's id. */
const arbIndividualRestrictions = (personId: string): fc.Arbitrary<Restriction[]> =>
  fc
    .array(arbRestriction, { maxLength: 2 })
    .map((list) =>
      uniqueIds(
        list
          .filter((r) => r.scope.kind === 'individual')
          .map((r) => ({ ...r, scope: { kind: 'individual' as const, personId } })),
      ),
    );

const uniqueIds = <T extends { readonly id: string }>(items: T[]): T[] => {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(t.id) && Boolean(seen.add(t.id)));
};

/** A valid person record built on {@link arbSupportPlan} (person `p-1`, or `personId`). */
export const arbPersonRecord = (personId = 'p-1'): fc.Arbitrary<PersonRecord> =>
  arbSupportPlan.chain((plan0) => {
    const plan = {
      ...plan0,
      id: `plan-${personId}`,
      personId,
      outcomes: (plan0.outcomes ?? []).map((o) => ({ ...o, personId })),
      events: (plan0.events ?? []).map((e) => ({ ...e, personId })),
      reviews: (plan0.reviews ?? []).map((r) => ({ ...r, personId })),
    };
    const last: IsoDate = plan.end ?? addDays(plan.start, 420);
    const span = Math.max(0, dayCount(plan.start, last));
    return fc
      .record(
        {
          groups: arbGroups,
          actions: fc.array(arbAction(plan.start), { maxLength: 6 }).map(uniqueIds),
          feedback: fc
            .array(arbFeedback(personId, plan.start, span), { maxLength: 3 })
            .map(uniqueIds),
          restrictions: arbIndividualRestrictions(personId),
          activities: fc.array(
            fc
              .tuple(
                fc.integer({ min: 0, max: span }),
                fc.option(
                  fc.constantFrom(
                    'paid_work',
                    'volunteering',
                    'education',
                    'leisure',
                    'host:allotment' as const,
                  ),
                  { nil: undefined },
                ),
              )
              .map(([d, kind]) => ({
                on: addDays(plan.start, d),
                ...(kind === undefined ? {} : { kind }),
              })),
            { maxLength: 20 },
          ),
        },
        { requiredKeys: [] },
      )
      .map(
        (parts): PersonRecord => ({
          type: 'person',
          plan,
          ...Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined)),
        }),
      );
  });

/** A valid setting record with blanket restrictions. */
export const arbSettingRecord: fc.Arbitrary<SettingRecord> = fc
  .record({
    settingId: fc.constantFrom('house-1', 'house-2'),
    groups: arbGroups,
    restrictions: fc.array(arbRestriction, { maxLength: 2 }),
  })
  .map(({ settingId, groups, restrictions }) => ({
    type: 'setting' as const,
    settingId,
    ...(groups === undefined ? {} : { groups }),
    restrictions: uniqueIds(
      restrictions
        .filter((r) => r.scope.kind === 'blanket')
        .map((r) => ({ ...r, scope: { kind: 'blanket' as const, settingId } })),
    ),
  }));

/** A provider's records: people (ids p-0, p-1, …) and now and then a setting. */
export const arbProviderRecords = (maxLength = 12): fc.Arbitrary<ProviderRecord[]> =>
  fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: fc.constant('person') },
        { weight: 1, arbitrary: fc.constant('setting') },
      ),
      {
        maxLength,
      },
    )
    .chain((kinds) =>
      fc.tuple(
        ...kinds.map(
          (kind, i): fc.Arbitrary<ProviderRecord> =>
            kind === 'person' ? arbPersonRecord(`p-${i}`) : arbSettingRecord,
        ),
      ),
    );

function dayCount(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/**
 * Provider records whose actions answer the person's feedback: every other action names one
 * piece of the record's feedback in its `feedbackIds`, so feedback is answered, open and
 * dropped in every mix.
 */
export const arbAnsweredFeedbackRecords = (maxLength = 12): fc.Arbitrary<ProviderRecord[]> =>
  arbProviderRecords(maxLength).map((records) =>
    records.map((record): ProviderRecord => {
      if (record.type !== 'person') return record;
      const feedback = record.feedback ?? [];
      if (feedback.length === 0 || record.actions === undefined) return record;
      const actions = record.actions.map((a, i) =>
        i % 2 === 0
          ? { ...a, feedbackIds: [(feedback[i % feedback.length] as { id: string }).id] }
          : a,
      );
      return { ...record, actions };
    }),
  );
const AREAS = [
  'dignity',
  'health_and_emotional_wellbeing',
  'protection_from_abuse',
  'control_over_daily_life',
  'work_education_recreation',
  'social_and_economic',
  'relationships',
  'accommodation',
  'contribution_to_society',
] as const;
const REASONS = ['person_chose', 'needs_changed', 'replaced', 'support_unavailable'] as const;

/** What {@link arbRecordsWithAreas} adds to one outcome. */
const arbOutcomeTags = fc.record({
  areas: fc.subarray([...AREAS], { maxLength: 3 }),
  closedAfter: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
  reason: fc.option(fc.constantFrom(...REASONS), { nil: undefined }),
});

/**
 * Provider records whose outcomes carry wellbeing areas (none to three), and — when closed —
 * a closed date on or after their start and, when cancelled, sometimes a reason.
 */
export const arbRecordsWithAreas = (maxLength = 12): fc.Arbitrary<ProviderRecord[]> =>
  arbProviderRecords(maxLength).chain((records) => {
    const count = records.reduce(
      (n, r) => n + (r.type === 'person' ? (r.plan.outcomes ?? []).length : 0),
      0,
    );
    return fc.array(arbOutcomeTags, { minLength: count, maxLength: count }).map((tags) => {
      let next = 0;
      return records.map((record): ProviderRecord => {
        if (record.type !== 'person') return record;
        const outcomes = (record.plan.outcomes ?? []).map((o) => {
          const tag = tags[next++] as (typeof tags)[number];
          const closed = ['completed', 'cancelled', 'rejected'].includes(o.lifecycleStatus);
          const start = o.timeframe?.start ?? record.plan.start;
          return {
            ...o,
            ...(tag.areas.length > 0 ? { wellbeingAreas: tag.areas } : {}),
            ...(closed && tag.closedAfter !== undefined
              ? { closedOn: addDays(start, tag.closedAfter) }
              : {}),
            ...(o.lifecycleStatus === 'cancelled' && tag.reason !== undefined
              ? { cancelledReason: tag.reason }
              : {}),
          };
        });
        return { ...record, plan: { ...record.plan, outcomes } };
      });
    });
  });
