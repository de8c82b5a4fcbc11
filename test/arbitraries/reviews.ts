import fc from 'fast-check';
import { addDays, type IsoDate } from '../../src/core/index.js';
import type { Outcome } from '../../src/outcomes/index.js';
import {
  type Action,
  BuiltInEventKindSchema,
  EventSeveritySchema,
  type Feedback,
  type LifeEvent,
  type LifeEventKind,
  type Review,
  type Supporter,
  type SupportPlan,
} from '../../src/reviews/index.js';
import { arbId, arbOutcome, arbText } from './outcomes.js';

const KINDS: readonly LifeEventKind[] = [
  ...BuiltInEventKindSchema.options,
  'host:missed_day_service',
];

/** A calendar date from `start`, up to `span` days on. */
const arbDay = (start: IsoDate, span: number): fc.Arbitrary<IsoDate> =>
  fc.integer({ min: 0, max: span }).map((n) => addDays(start, n));

/** A life event about `personId` dated within `span` days of `start`. */
export const arbLifeEvent = (
  personId: string,
  start: IsoDate = '2026-01-05',
  span = 400,
): fc.Arbitrary<LifeEvent> =>
  fc.record(
    {
      id: arbId.map((id) => `ev-${id}`),
      personId: fc.constant(personId),
      on: arbDay(start, span),
      kind: fc.constantFrom(...KINDS),
      severity: fc.constantFrom(...EventSeveritySchema.options),
      summary: arbText(80),
      outcomeIds: fc.array(arbId, { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'personId', 'on', 'kind', 'severity', 'summary'] },
  );

/** Feedback about `personId` within `span` days of `start`. */
export const arbFeedback = (
  personId: string,
  start: IsoDate = '2026-01-05',
  span = 400,
): fc.Arbitrary<Feedback> =>
  fc.record({
    id: arbId.map((id) => `fb-${id}`),
    personId: fc.constant(personId),
    on: arbDay(start, span),
    from: fc.constantFrom('person', 'family', 'advocate', 'staff'),
    words: arbText(80),
  });

/** An action agreed on `agreedOn`: due and (if done) completed on or after it. */
export const arbAction = (
  agreedOn: IsoDate,
  feedbackIds: readonly string[] = [],
): fc.Arbitrary<Action> =>
  fc
    .record({
      id: arbId.map((id) => `act-${id}`),
      description: arbText(80),
      role: fc.constantFrom('person', 'keyworker', 'family', 'advocate', 'manager', 'other'),
      dueAfter: fc.integer({ min: 0, max: 90 }),
      status: fc.constantFrom('open', 'done', 'dropped'),
      doneAfter: fc.integer({ min: 0, max: 120 }),
      answers: fc.subarray<string>([...feedbackIds]),
    })
    .map((a) => ({
      id: a.id,
      description: a.description,
      owner: { role: a.role },
      dueOn: addDays(agreedOn, a.dueAfter),
      status: a.status,
      ...(a.status === 'done' ? { completedOn: addDays(agreedOn, a.doneAfter) } : {}),
      ...(a.answers.length === 0 ? {} : { feedbackIds: a.answers }),
    }));

const uniqueBy =
  <T>(key: (t: T) => string) =>
  (items: T[]) => {
    const seen = new Set<string>();
    return items.filter((t) => !seen.has(key(t)) && Boolean(seen.add(key(t))));
  };

/** A valid review of `personId`'s plan, held within `span` days of `start`. */
export const arbReview = (
  personId: string,
  start: IsoDate = '2026-01-05',
  span = 400,
  refs: { readonly events?: readonly string[]; readonly outcomes?: readonly string[] } = {},
): fc.Arbitrary<Review> =>
  arbDay(start, span).chain((on) =>
    fc
      .record(
        {
          id: arbId.map((id) => `rev-${id}`),
          kind: fc.constantFrom('scheduled', 'responsive'),
          involvement: fc.constantFrom('led', 'present', 'other_means', 'not_involved'),
          others: fc.array(
            fc.record(
              {
                role: fc.constantFrom('keyworker', 'family', 'advocate', 'manager', 'friend'),
                name: fc.constantFrom('Mum', 'Dave', 'Sam'),
                how: fc.constantFrom('present', 'other_means'),
              },
              { requiredKeys: ['role', 'how'] },
            ),
            { maxLength: 3 },
          ),
          views: fc.record({
            words: fc.oneof(
              arbText(120),
              fc.constantFrom('Yes, that is fine', 'I’m happy with it'),
            ),
            expressedBy: fc.constantFrom('person', 'family', 'advocate', 'staff'),
          }),
          difficult: fc.array(arbText(40), { maxLength: 2 }),
          outcomes: fc
            .array(
              fc.record(
                {
                  outcomeId:
                    refs.outcomes === undefined || refs.outcomes.length === 0
                      ? arbId
                      : fc.constantFrom(...refs.outcomes),
                  stillMeaningful: fc.constantFrom('yes', 'no', 'unsure'),
                  progress: fc.constantFrom('improving', 'no-change', 'worsening'),
                  note: arbText(40),
                },
                { requiredKeys: ['outcomeId'] },
              ),
              { maxLength: 3 },
            )
            .map(uniqueBy((o) => o.outcomeId)),
          decisions: fc
            .array(
              fc.record(
                {
                  id: arbId,
                  text: fc.oneof(arbText(60), fc.constant('Continue current plan')),
                  changesPlan: fc.boolean(),
                },
                { requiredKeys: ['id', 'text'] },
              ),
              { maxLength: 2 },
            )
            .map(uniqueBy((d) => d.id)),
          actions: fc.array(arbAction(on), { maxLength: 3 }).map(uniqueBy((a) => a.id)),
          eventsDiscussed:
            refs.events === undefined || refs.events.length === 0
              ? fc.constant<string[]>([])
              : fc.subarray([...refs.events]),
        },
        { requiredKeys: ['id', 'involvement'] },
      )
      .map(
        (r): Review => ({
          id: r.id,
          personId,
          on,
          ...(r.kind === undefined ? {} : { kind: r.kind }),
          person: { involvement: r.involvement },
          ...(r.others === undefined ? {} : { others: r.others }),
          ...(r.views === undefined ? {} : { views: r.views }),
          ...(r.difficult === undefined ? {} : { difficult: r.difficult }),
          ...(r.outcomes === undefined ? {} : { outcomes: r.outcomes }),
          ...(r.decisions === undefined ? {} : { decisions: r.decisions }),
          ...(r.actions === undefined ? {} : { actions: r.actions }),
          ...(r.eventsDiscussed === undefined ? {} : { eventsDiscussed: r.eventsDiscussed }),
        }),
      ),
  );

/** A supporter the person chose, wanted at reviews or not. */
export const arbSupporter: fc.Arbitrary<Supporter> = fc.record(
  {
    role: fc.constantFrom('family', 'advocate', 'friend', 'other'),
    name: fc.constantFrom('Mum', 'Dave', 'Sam'),
    atReviews: fc.constantFrom('wanted', 'not_wanted'),
  },
  { requiredKeys: ['role', 'atReviews'] },
);

/** An outcome of `personId` (other fields as {@link arbOutcome}). */
export const arbOutcomeOf = (personId: string): fc.Arbitrary<Outcome> =>
  arbOutcome.map((o) => ({ ...o, personId }));

/**
 * A valid support plan starting in 2025–2026, with up to 30 events (ids unique), up to 4
 * reviews (ids unique, possibly discussing some of the events and outcomes) and up to 3
 * outcomes.
 */
export const arbSupportPlan: fc.Arbitrary<SupportPlan> = fc
  .record({
    start: arbDay('2025-01-06', 600),
    outcomes: fc.array(arbOutcomeOf('p-1'), { maxLength: 3 }).map(uniqueBy((o) => o.id)),
    supporters: fc.array(arbSupporter, { maxLength: 3 }),
    ended: fc.boolean(),
  })
  .chain(({ start, outcomes, supporters, ended }) =>
    fc
      .array(arbLifeEvent('p-1', addDays(start, -30), 420), { maxLength: 30 })
      .map(uniqueBy((e) => e.id))
      .chain((events) =>
        fc
          .array(
            arbReview('p-1', start, 420, {
              events: events.map((e) => e.id),
              outcomes: outcomes.map((o) => o.id),
            }),
            { maxLength: 4 },
          )
          .map(uniqueBy((r) => r.id))
          .map(
            (reviews): SupportPlan => ({
              id: 'plan-1',
              personId: 'p-1',
              start,
              ...(ended ? { end: addDays(start, 300) } : {}),
              outcomes,
              ...(supporters.length === 0 ? {} : { supporters }),
              events,
              reviews,
            }),
          ),
      ),
  );
