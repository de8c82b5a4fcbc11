import fc from 'fast-check';
import { addDays, addMonths, type IsoDate, type IsoDateTime } from '../../src/core/index.js';
import {
  AssessorRoleSchema,
  type Authorisation,
  AuthorisationKindSchema,
  AuthorisationStatusSchema,
  type CapacityAssessment,
  ConsentGiverSchema,
  ConsultedPartySchema,
  IntensitySchema,
  LikelihoodSchema,
  RestraintPositionSchema,
  type Restriction,
  RestrictionTypeSchema,
  ReviewDecisionSchema,
  SeriousnessSchema,
  SettingTypeSchema,
} from '../../src/restrictions/index.js';
import { arbDate, arbId, arbText } from './outcomes.js';

const offset = (start: IsoDate, min: number, max: number) =>
  fc.integer({ min, max }).map((n) => addDays(start, n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Drops the keys whose value is undefined (optional fields are absent, never undefined). */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** A capacity assessment around `start`, every part present or absent. */
export const arbCapacityAssessment = (start: IsoDate): fc.Arbitrary<CapacityAssessment> =>
  fc
    .record({
      decision: maybe(arbText(60)),
      assessedOn: offset(start, -800, 200),
      by: maybe(arbText(30)),
      assessor: maybe(
        fc.record(
          { role: fc.constantFrom(...AssessorRoleSchema.options), name: arbText(20) },
          { requiredKeys: ['role'] },
        ),
      ),
      conclusion: maybe(
        fc.constantFrom('lacks-capacity', 'has-capacity') as fc.Arbitrary<
          'lacks-capacity' | 'has-capacity'
        >,
      ),
      relatesTo: maybe(
        fc.constantFrom(
          'this-restriction',
          'care-arrangements',
          'another-decision',
        ) as fc.Arbitrary<'this-restriction' | 'care-arrangements' | 'another-decision'>,
      ),
    })
    .map(defined);

/** An authorisation around `start` whose dates keep the schema's order. */
export const arbAuthorisation = (start: IsoDate): fc.Arbitrary<Authorisation> =>
  fc
    .record({
      kind: fc.constantFrom(...AuthorisationKindSchema.options),
      status: fc.constantFrom(...AuthorisationStatusSchema.options),
      reference: maybe(arbId),
      requestedAt: maybe(fc.integer({ min: -60, max: 400 })),
      decidedAfter: maybe(fc.integer({ min: 0, max: 120 })),
      startsAt: maybe(fc.integer({ min: -60, max: 400 })),
      lasts: maybe(fc.integer({ min: 0, max: 420 })),
      extension: maybe(fc.integer({ min: 1, max: 10 })),
      suspendedAfter: maybe(fc.integer({ min: 0, max: 60 })),
      endedAfter: maybe(fc.integer({ min: 0, max: 400 })),
      conditions: maybe(
        fc.array(fc.record({ text: arbText(40), met: fc.boolean() }, { requiredKeys: ['text'] }), {
          maxLength: 2,
        }),
      ),
      reviewAt: maybe(fc.integer({ min: -30, max: 400 })),
    })
    .map((a) => {
      const requestedOn = a.requestedAt === undefined ? undefined : addDays(start, a.requestedAt);
      const startsOn = a.startsAt === undefined ? undefined : addDays(start, a.startsAt);
      const from = startsOn ?? start;
      const expiresOn = a.lasts === undefined ? undefined : addDays(from, a.lasts);
      return defined({
        kind: a.kind,
        status: a.status,
        reference: a.reference,
        requestedOn,
        decidedOn:
          requestedOn === undefined || a.decidedAfter === undefined
            ? undefined
            : addDays(requestedOn, a.decidedAfter),
        startsOn,
        expiresOn,
        extendedTo:
          a.kind === 'dols-urgent' && a.extension !== undefined
            ? addDays(expiresOn ?? from, a.extension)
            : undefined,
        suspendedOn: a.suspendedAfter === undefined ? undefined : addDays(from, a.suspendedAfter),
        endedOn: a.endedAfter === undefined ? undefined : addDays(from, a.endedAfter),
        conditions: a.conditions,
        reviewOn: a.reviewAt === undefined ? undefined : addDays(start, a.reviewAt),
      }) as Authorisation;
    });

const INDIVIDUAL_TYPES = RestrictionTypeSchema.options.filter((t) => t !== 'blanket');

const arbLegalBasis = (start: IsoDate) =>
  fc.oneof(
    fc.record(
      {
        kind: fc.constant('consent' as const),
        capacityRecordedOn: fc.constant(start),
        consentedOn: fc.constant(start),
        givenBy: fc.constantFrom(...ConsentGiverSchema.options),
        withdrawnOn: offset(start, 0, 400),
      },
      { requiredKeys: ['kind'] },
    ),
    fc.record(
      {
        kind: fc.constant('best-interests' as const),
        capacityAssessment: fc.record({ decision: arbText(60), assessedOn: fc.constant(start) }),
        meeting: fc.record({
          on: fc.constant(start),
          attendees: fc.uniqueArray(fc.constantFrom(...ConsultedPartySchema.options), {
            minLength: 1,
            maxLength: 4,
          }),
        }),
        decisionMaker: fc.record({ role: arbText(20) }),
        consulted: fc.array(
          fc.record({
            party: fc.constantFrom(...ConsultedPartySchema.options),
            on: fc.constant(start),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['kind'] },
    ),
    fc.record(
      {
        kind: fc.constant('deprivation-of-liberty' as const),
        reference: arbId,
        expiresOn: fc.integer({ min: -100, max: 700 }).map((n) => addDays(start, n)),
      },
      { requiredKeys: ['kind'] },
    ),
    fc.record(
      {
        kind: fc.constant('court-order' as const),
        reference: arbId,
        expiresOn: fc.integer({ min: 0, max: 700 }).map((n) => addDays(start, n)),
      },
      { requiredKeys: ['kind', 'reference'] },
    ),
    fc.record({ kind: fc.constant('other' as const), description: arbText(60) }),
  );

const pad = (n: number) => String(n).padStart(2, '0');
const arbUse = (start: IsoDate, days: number) =>
  fc.record(
    {
      at: fc
        .tuple(
          fc.integer({ min: 0, max: days }),
          fc.integer({ min: 0, max: 23 }),
          fc.integer({ min: 0, max: 59 }),
        )
        .map(([d, h, m]) => `${addDays(start, d)}T${pad(h)}:${pad(m)}:00+00:00` as IsoDateTime),
      durationMinutes: fc.integer({ min: 0, max: 120 }),
      antecedent: arbText(60),
      debriefDone: fc.boolean(),
      injury: fc.constantFrom('none', 'person', 'staff', 'person-and-staff', 'other'),
      seriousInjury: fc.boolean(),
      incidentReviewed: fc.boolean(),
      safeguardingConsidered: fc.boolean(),
      cqcNotified: fc.boolean(),
      position: fc.constantFrom(...RestraintPositionSchema.options),
      proneReason: arbText(40),
    },
    { requiredKeys: ['at', 'durationMinutes', 'debriefDone', 'injury'] },
  );

/** A valid restriction: every optional part present or absent, all date rules kept. */
export const arbRestriction: fc.Arbitrary<Restriction> = fc
  .record({
    id: arbId,
    blanket: fc.boolean(),
    type: fc.constantFrom(...INDIVIDUAL_TYPES),
    description: arbText(100),
    start: arbDate,
    length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    nextReviewIn: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  })
  .chain((base) =>
    fc
      .record(
        {
          risk: fc.record(
            {
              description: arbText(60),
              toWhom: fc.uniqueArray(fc.constantFrom('person', 'others', 'staff', 'public'), {
                minLength: 1,
                maxLength: 4,
              }),
              likelihood: fc.constantFrom(...LikelihoodSchema.options),
              seriousness: fc.constantFrom(...SeriousnessSchema.options),
            },
            { requiredKeys: ['description', 'toWhom'] },
          ),
          legalBasis: arbLegalBasis(base.start),
          personsView: fc.record({ words: arbText(80), recordedOn: fc.constant(base.start) }),
          consulted: fc.array(
            fc.record({
              party: fc.constantFrom(...ConsultedPartySchema.options),
              on: fc.constant(base.start),
            }),
            { maxLength: 2 },
          ),
          optionsExplored: fc.array(
            fc.record({
              description: arbText(60),
              tried: fc.boolean(),
              outcome: fc.constantFrom('chosen', 'rejected'),
              reason: arbText(60),
            }),
            { maxLength: 3 },
          ),
          leastRestrictiveRationale: arbText(80),
          reviewEvery: fc.record({
            count: fc.integer({ min: 1, max: 12 }),
            unit: fc.constantFrom('week', 'month'),
          }),
          reviews: fc.array(
            fc
              .record({
                on: fc.integer({ min: 0, max: 400 }).map((n) => addDays(base.start, n)),
                by: fc.array(arbText(20), { minLength: 1, maxLength: 3 }),
                involved: maybe(
                  fc.uniqueArray(fc.constantFrom(...ConsultedPartySchema.options), {
                    minLength: 1,
                    maxLength: 3,
                  }),
                ),
                decision: fc.constantFrom(...ReviewDecisionSchema.options),
                reason: arbText(60),
              })
              .map(defined),
            { maxLength: 3 },
          ),
          uses: fc.array(arbUse(base.start, 600), { maxLength: 12 }),
          replacedBy: fc.array(arbId, { maxLength: 3 }),
          setting: fc.record(
            {
              type: fc.constantFrom(...SettingTypeSchema.options),
              id: fc.constantFrom('house-1', 'house-2'),
              name: arbText(20),
            },
            { requiredKeys: ['type'] },
          ),
          liberty: fc.record(
            { continuousSupervision: fc.boolean(), freeToLeave: fc.boolean() },
            { requiredKeys: [] },
          ),
          authorisations: fc.array(arbAuthorisation(base.start), { maxLength: 3 }),
          capacityAssessments: fc.array(arbCapacityAssessment(base.start), { maxLength: 3 }),
          intensity: fc.constantFrom(...IntensitySchema.options),
          medication: fc.record(
            {
              name: arbText(20),
              covert: fc.boolean(),
              prn: fc.boolean(),
              psychotropic: fc.boolean(),
              forBehaviour: fc.boolean(),
              lastReviewedOn: offset(base.start, -200, 400),
            },
            { requiredKeys: [] },
          ),
          physicalIntervention: fc.record(
            {
              positions: fc.uniqueArray(fc.constantFrom(...RestraintPositionSchema.options), {
                minLength: 1,
                maxLength: 3,
              }),
              proneReason: arbText(40),
            },
            { requiredKeys: ['positions'] },
          ),
          reductionPlan: fc.record({
            description: arbText(60),
            agreedOn: offset(base.start, 0, 300),
          }),
          enablementOutcomeIds: fc.array(arbId, { maxLength: 2 }),
          enablementNotPossible: arbText(40),
        },
        { requiredKeys: [] },
      )
      .map((extra) => {
        const restriction = {
          id: base.id,
          scope: base.blanket
            ? { kind: 'blanket' as const, settingId: 'house-1' }
            : { kind: 'individual' as const, personId: 'p-1' },
          type: base.blanket ? ('blanket' as const) : base.type,
          description: base.description,
          start: base.start,
          ...(base.length === undefined ? {} : { end: addDays(base.start, base.length) }),
          ...(base.nextReviewIn === undefined
            ? {}
            : { nextReviewOn: addDays(base.start, base.nextReviewIn) }),
          ...extra,
        };
        return restriction as Restriction;
      }),
  );

type Basis = 'best-interests' | 'dols' | 'court' | 'consent';
const DOLS_TYPES = ['care-home', 'nursing-home', 'hospital'] as const;
const COMMUNITY_TYPES = [
  'supported-living',
  'own-home',
  'shared-lives',
  'day-service',
  'other',
] as const;

/** The reviews of a restriction held on its cadence up to `asOf`, and the next review date. */
function onCadence(
  start: IsoDate,
  asOf: IsoDate,
  months: number,
  decisions: readonly ('continue' | 'reduce' | 'change')[],
) {
  const reviews: NonNullable<Restriction['reviews']> = [];
  let last = start;
  while (addMonths(last, months) <= asOf) {
    last = addMonths(last, months);
    reviews.push({
      on: last,
      by: ['Keyworker', 'The person'],
      involved: ['staff', 'person'],
      decision: decisions[reviews.length % decisions.length] ?? 'reduce',
      reason: 'Reviewed together',
    });
  }
  return { reviews, nextReviewOn: addMonths(last, months) };
}

function legalPart(basis: Basis, start: IsoDate, asOf: IsoDate, reviewIn: number) {
  const assessment = (
    conclusion: 'lacks-capacity' | 'has-capacity',
    relatesTo: 'this-restriction' | 'care-arrangements',
  ) => [
    {
      decision: 'Whether they can decide about this',
      assessedOn: addDays(start, -3),
      assessor: { role: 'social-worker' as const },
      conclusion,
      relatesTo,
    },
  ];
  switch (basis) {
    case 'consent':
      return {
        legalBasis: { kind: 'consent' as const, consentedOn: start, givenBy: 'person' as const },
        capacityAssessments: assessment('has-capacity', 'this-restriction'),
      };
    case 'best-interests':
      return {
        legalBasis: {
          kind: 'best-interests' as const,
          meeting: {
            on: addDays(start, -1),
            attendees: ['staff' as const, 'prescriber' as const, 'family' as const],
          },
        },
        capacityAssessments: assessment('lacks-capacity', 'this-restriction'),
      };
    case 'dols':
      return {
        legalBasis: { kind: 'deprivation-of-liberty' as const, reference: 'DOLS-1' },
        capacityAssessments: assessment('lacks-capacity', 'care-arrangements'),
        liberty: { continuousSupervision: true, freeToLeave: false },
        authorisations: [
          {
            kind: 'dols-standard' as const,
            status: 'granted' as const,
            reference: 'DOLS-1',
            requestedOn: addDays(start, -10),
            decidedOn: start,
            startsOn: start,
            expiresOn: addMonths(start, 12),
            conditions: [{ text: 'Weekly trips out', met: true }],
            reviewOn: addDays(asOf, reviewIn),
          },
        ],
      };
    case 'court':
      return {
        legalBasis: { kind: 'court-order' as const, reference: 'COP-1' },
        capacityAssessments: assessment('lacks-capacity', 'care-arrangements'),
        liberty: { continuousSupervision: true, freeToLeave: false },
        authorisations: [
          {
            kind: 'court-of-protection' as const,
            status: 'granted' as const,
            requestedOn: addDays(start, -60),
            decidedOn: addDays(start, -5),
            startsOn: addDays(start, -5),
            reviewOn: addDays(asOf, reviewIn),
          },
        ],
      };
  }
}

/**
 * A restriction recorded as every rule asks, with the day it is judged on: setting, basis,
 * capacity, authorisation, proportionate risk, the person's view, options, reviews on
 * cadence with the person, a reduction plan, an enablement outcome, medicine and uses as
 * the guidance asks. `checkRestriction` must report nothing on it.
 */
export const arbGoodRestriction: fc.Arbitrary<{ restriction: Restriction; asOf: IsoDate }> = fc
  .record({
    asOf: arbDate,
    age: fc.integer({ min: 0, max: 170 }),
    basis: fc.constantFrom<Basis>('best-interests', 'dols', 'court', 'consent'),
    type: fc.constantFrom(...INDIVIDUAL_TYPES),
    likelihood: fc.constantFrom('likely', 'almost-certain') as fc.Arbitrary<
      'likely' | 'almost-certain'
    >,
    seriousness: fc.constantFrom('serious', 'severe') as fc.Arbitrary<'serious' | 'severe'>,
    months: fc.integer({ min: 1, max: 3 }),
    decisions: fc.array(
      fc.constantFrom('continue', 'reduce', 'change') as fc.Arbitrary<
        'continue' | 'reduce' | 'change'
      >,
      { minLength: 1, maxLength: 3 },
    ),
    community: fc.constantFrom(...COMMUNITY_TYPES),
    carehome: fc.constantFrom(...DOLS_TYPES),
    reviewIn: fc.integer({ min: 0, max: 90 }),
    covert: fc.boolean(),
    medReviewedAgo: fc.integer({ min: 0, max: 150 }),
    uses: fc.array(fc.tuple(fc.integer({ min: 0, max: 170 }), fc.boolean()), { maxLength: 2 }),
    description: arbText(60),
  })
  .map((g) => {
    const start = addDays(g.asOf, -g.age);
    const { reviews, nextReviewOn } = onCadence(start, g.asOf, g.months, g.decisions);
    const setting =
      g.basis === 'dols' ? g.carehome : g.basis === 'court' ? g.community : g.carehome;
    const covert = g.covert && g.basis === 'best-interests';
    const restriction = {
      id: 'r-good',
      scope: { kind: 'individual' as const, personId: 'p-1' },
      type: g.type,
      description: g.description,
      setting: { type: setting, id: 'house-1' },
      risk: {
        description: 'Serious harm',
        toWhom: ['person' as const],
        likelihood: g.likelihood,
        seriousness: g.seriousness,
      },
      ...legalPart(g.basis, start, g.asOf, g.reviewIn),
      consulted: [{ party: 'family' as const, on: start }],
      personsView: { words: 'I understand why', recordedOn: start },
      optionsExplored: [
        {
          description: 'Something less',
          tried: true,
          outcome: 'rejected' as const,
          reason: 'Not safe yet',
        },
      ],
      leastRestrictiveRationale: 'The least that keeps them safe',
      start,
      reviewEvery: { count: g.months, unit: 'month' as const },
      nextReviewOn,
      reviews,
      reductionPlan: { description: 'Step down each month', agreedOn: start },
      enablementOutcomeIds: ['o-1'],
      ...(g.type === 'chemical'
        ? {
            medication: covert
              ? { covert: true }
              : {
                  prn: true,
                  psychotropic: true,
                  forBehaviour: true,
                  lastReviewedOn: addDays(g.asOf, -Math.min(g.medReviewedAgo, g.age)),
                },
          }
        : {}),
      ...(g.type === 'physical'
        ? { physicalIntervention: { positions: ['standing' as const, 'seated' as const] } }
        : {}),
      uses: g.uses.map(([ago, hurt]) => ({
        at: `${addDays(g.asOf, -Math.min(ago, g.age))}T12:00:00Z` as IsoDateTime,
        durationMinutes: 2,
        debriefDone: true,
        injury: hurt ? ('person' as const) : ('none' as const),
        ...(hurt ? { incidentReviewed: true, safeguardingConsidered: true } : {}),
      })),
    };
    return { restriction: restriction as Restriction, asOf: g.asOf };
  });
