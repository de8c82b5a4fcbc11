import fc from 'fast-check';
import { addDays, type IsoDate, type IsoDateTime } from '../../src/core/index.js';
import {
  ConsultedPartySchema,
  LikelihoodSchema,
  type Restriction,
  RestrictionTypeSchema,
  ReviewDecisionSchema,
  SeriousnessSchema,
} from '../../src/restrictions/index.js';
import { arbDate, arbId, arbText } from './outcomes.js';

const INDIVIDUAL_TYPES = RestrictionTypeSchema.options.filter((t) => t !== 'blanket');

const arbLegalBasis = (start: IsoDate) =>
  fc.oneof(
    fc.record(
      {
        kind: fc.constant('consent' as const),
        capacityRecordedOn: fc.constant(start),
        consentedOn: fc.constant(start),
      },
      { requiredKeys: ['kind'] },
    ),
    fc.record(
      {
        kind: fc.constant('best-interests' as const),
        capacityAssessment: fc.record({ decision: arbText(60), assessedOn: fc.constant(start) }),
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
    fc.record({
      kind: fc.constant('deprivation-of-liberty' as const),
      reference: arbId,
      expiresOn: fc.integer({ min: -100, max: 700 }).map((n) => addDays(start, n)),
    }),
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
            fc.record({
              on: fc.integer({ min: 0, max: 400 }).map((n) => addDays(base.start, n)),
              by: fc.array(arbText(20), { minLength: 1, maxLength: 3 }),
              decision: fc.constantFrom(...ReviewDecisionSchema.options),
              reason: arbText(60),
            }),
            { maxLength: 3 },
          ),
          uses: fc.array(arbUse(base.start, 600), { maxLength: 12 }),
          replacedBy: fc.array(arbId, { maxLength: 3 }),
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
