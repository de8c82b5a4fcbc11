import fc from 'fast-check';
import { addDays, type IsoDate } from '../../src/core/index.js';
import {
  AchievementStatusSchema,
  LifecycleStatusSchema,
  type Outcome,
  type OutcomeInput,
  PartyRoleSchema,
  type Rating,
  type RatingScale,
} from '../../src/outcomes/index.js';

const WORDS = [
  'I want to go to the art group on my own',
  'I would like to cook my own tea twice a week',
  'I want to see my brother more often',
  'I want to get a job at the garden centre',
  'I’d like to sleep through the night',
  'I want to choose my own clothes every morning',
  'Mum says he loves swimming and wants to go again',
];
const PARTIES = PartyRoleSchema.options;
const LIFECYCLE = LifecycleStatusSchema.options;
const ACHIEVEMENT = AchievementStatusSchema.options;

/** Non-blank free text without control characters. */
export const arbText = (maxLength = 80): fc.Arbitrary<string> =>
  fc
    .oneof(fc.constantFrom(...WORDS), fc.lorem({ maxCount: 8 }))
    .map((s) => s.slice(0, maxLength))
    .filter((s) => s.trim() !== '');

/** A host id. */
export const arbId: fc.Arbitrary<string> = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);

/** A calendar date in 2000–2099. */
export const arbDate: fc.Arbitrary<IsoDate> = fc
  .integer({ min: 0, max: 36_000 })
  .map((n) => addDays('2000-01-01', n));

const arbScale: fc.Arbitrary<RatingScale | undefined> = fc.oneof(
  fc.constant(undefined),
  fc
    .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 }), fc.boolean())
    .map(([min, width, labelled]) => ({
      min,
      max: min + width,
      ...(labelled
        ? {
            labels: [
              { score: min, label: 'Not started' },
              { score: min + width, label: 'Done' },
            ],
          }
        : {}),
    })),
);

function arbRatingOn(scale: RatingScale | undefined, start: IsoDate): fc.Arbitrary<Rating> {
  const { min, max } = scale ?? { min: 1, max: 5 };
  return fc.record(
    {
      on: fc.integer({ min: 0, max: 400 }).map((n) => addDays(start, n)),
      score: fc.integer({ min, max }),
      example: arbText(120),
      ratedBy: fc.constantFrom(...PARTIES),
      gasLevel: fc.constantFrom(-2, -1, 0, 1, 2) as fc.Arbitrary<-2 | -1 | 0 | 1 | 2>,
      note: arbText(60),
    },
    { requiredKeys: ['on', 'score', 'ratedBy'] },
  );
}

const arbIndicator = fc
  .tuple(
    arbText(100),
    fc.option(fc.constantFrom('count', 'frequency', 'rating', 'milestone', 'prompts', 'duration'), {
      nil: undefined,
    }),
    fc.constantFrom('day', 'week', 'month'),
    fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
    fc.option(fc.constantFrom('increase', 'decrease', 'maintain', 'achieve'), { nil: undefined }),
    fc.option(fc.constantFrom('trips', 'minutes', 'prompts'), { nil: undefined }),
  )
  .map(([description, measure, per, baseline, target, direction, unit]) => ({
    description,
    ...(measure === undefined ? {} : { measure }),
    ...(measure === 'frequency' ? { per } : {}),
    ...(unit === undefined ? {} : { unit }),
    ...(baseline === undefined ? {} : { baseline }),
    ...(target === undefined ? {} : { target }),
    ...(direction === undefined ? {} : { direction }),
  }));

const arbGas = fc.record(
  {
    levels: fc.record({
      muchLess: arbText(40),
      less: arbText(40),
      expected: arbText(40),
      more: arbText(40),
      muchMore: arbText(40),
    }),
    baseline: fc.constantFrom(-2, -1, 0, 1, 2) as fc.Arbitrary<-2 | -1 | 0 | 1 | 2>,
    weight: fc.integer({ min: 0, max: 9 }),
  },
  { requiredKeys: ['levels', 'baseline'] },
);

/** A valid outcome: every optional part present or absent, all cross-field rules kept. */
export const arbOutcome: fc.Arbitrary<Outcome> = fc
  .record({
    id: arbId,
    personId: fc.constantFrom('p-1', 'p-2', 'p-3'),
    words: arbText(200),
    expressedBy: fc.constantFrom('person', 'family', 'advocate', 'staff'),
    lifecycleStatus: fc.constantFrom(...LIFECYCLE),
    start: arbDate,
    length: fc.integer({ min: 1, max: 500 }),
    scale: arbScale,
    options: fc.record({
      domain: fc.option(arbText(30), { nil: undefined }),
      priority: fc.option(fc.constantFrom('high-priority', 'medium-priority', 'low-priority'), {
        nil: undefined,
      }),
      achievement: fc.option(fc.constantFrom(...ACHIEVEMENT), { nil: undefined }),
      achievedAfter: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
      indicator: fc.option(arbIndicator, { nil: undefined }),
      hasTimeframe: fc.boolean(),
      reviewEvery: fc.option(
        fc.record({
          count: fc.integer({ min: 1, max: 12 }),
          unit: fc.constantFrom('week', 'month'),
        }),
        { nil: undefined },
      ),
      owners: fc.option(
        fc.array(
          fc.record(
            { party: fc.constantFrom(...PARTIES), name: arbText(20), responsibility: arbText(60) },
            { requiredKeys: ['party'] },
          ),
          { maxLength: 4 },
        ),
        { nil: undefined },
      ),
      agreements: fc.option(
        fc.array(
          fc.record({
            party: fc.constantFrom(...PARTIES),
            response: fc.constantFrom('agree', 'disagree', 'pending'),
            after: fc.integer({ min: -30, max: 300 }),
          }),
          { maxLength: 3 },
        ),
        { nil: undefined },
      ),
      ratingCount: fc.integer({ min: 0, max: 6 }),
      gas: fc.option(arbGas, { nil: undefined }),
    }),
  })
  .chain((o) =>
    fc
      .array(arbRatingOn(o.scale, o.start), {
        minLength: o.options.ratingCount,
        maxLength: o.options.ratingCount,
      })
      .map((ratings) => {
        const x = o.options;
        const achieved = x.achievement === 'achieved' || x.achievement === 'sustaining';
        const outcome: OutcomeInput = {
          id: o.id,
          personId: o.personId,
          words: o.words,
          expressedBy: o.expressedBy as Outcome['expressedBy'],
          lifecycleStatus: o.lifecycleStatus,
          ...(x.domain === undefined ? {} : { domain: x.domain }),
          ...(x.priority === undefined ? {} : { priority: x.priority }),
          ...(x.achievement === undefined ? {} : { achievementStatus: x.achievement }),
          ...(achieved && x.achievedAfter !== undefined
            ? { achievedOn: addDays(o.start, x.achievedAfter) }
            : {}),
          ...(x.indicator === undefined ? {} : { indicator: x.indicator as Outcome['indicator'] }),
          ...(x.hasTimeframe
            ? {
                timeframe: {
                  start: o.start,
                  reviewBy: addDays(o.start, o.length),
                  ...(x.reviewEvery === undefined
                    ? {}
                    : { reviewEvery: x.reviewEvery as { count: number; unit: 'week' | 'month' } }),
                },
              }
            : {}),
          ...(x.owners === undefined ? {} : { owners: x.owners }),
          ...(x.agreements === undefined
            ? {}
            : {
                agreements: x.agreements.map((a) => ({
                  party: a.party,
                  response: a.response,
                  on: addDays(o.start, a.after),
                })),
              }),
          ...(o.scale === undefined ? {} : { ratingScale: o.scale }),
          ...(ratings.length === 0 ? {} : { ratings }),
          ...(x.gas === undefined ? {} : { gas: x.gas }),
        };
        return outcome as Outcome;
      }),
  );
