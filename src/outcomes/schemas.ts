import * as z from 'zod';
import {
  createParser,
  IdSchema,
  IsoDateSchema,
  type IssueDefinition,
  isIsoDate,
  textSchema,
} from '../core/index.js';
import { reportIssue } from '../core/internal/index.js';

// ---------------------------------------------------------------------------------------------
// Code lists
// ---------------------------------------------------------------------------------------------

/**
 * Who said the words of an outcome: the person, or someone speaking for them. Recording it
 * makes visible when the words are not the person's own.
 *
 * @example
 * ```ts
 * ExpressedBySchema.options; // => ['person', 'family', 'advocate', 'staff']
 * ```
 * @category Outcomes
 */
export const ExpressedBySchema = z.enum(['person', 'family', 'advocate', 'staff']);

/**
 * Who a party to an outcome is: an owner, someone who agreed it, or who rated progress.
 *
 * @example
 * ```ts
 * PartyRoleSchema.parse('keyworker'); // => 'keyworker'
 * ```
 * @category Outcomes
 */
export const PartyRoleSchema = z.enum([
  'person',
  'keyworker',
  'family',
  'advocate',
  'manager',
  'other',
]);

/**
 * What kind of thing an indicator measures: a `count`, a `frequency` (per day, week or
 * month), a `rating` on a scale, a yes/no `milestone`, the number of `prompts` needed, or a
 * `duration`.
 *
 * @example
 * ```ts
 * MeasureKindSchema.options.includes('prompts'); // => true
 * ```
 * @category Outcomes
 */
export const MeasureKindSchema = z.enum([
  'count',
  'frequency',
  'rating',
  'milestone',
  'prompts',
  'duration',
]);

/**
 * The period of a `frequency` indicator.
 *
 * @example
 * ```ts
 * PeriodSchema.parse('week'); // => 'week'
 * ```
 * @category Outcomes
 */
export const PeriodSchema = z.enum(['day', 'week', 'month']);

/**
 * Which way an indicator should move for things to be getting better: `increase` (more
 * trips out), `decrease` (fewer prompts), `maintain` (keep a skill), `achieve` (a milestone).
 *
 * @example
 * ```ts
 * DirectionSchema.parse('decrease'); // => 'decrease'
 * ```
 * @category Outcomes
 */
export const DirectionSchema = z.enum(['increase', 'decrease', 'maintain', 'achieve']);

/**
 * Where an outcome is in its life, using the HL7 FHIR R4 `Goal.lifecycleStatus` codes.
 *
 * @example
 * ```ts
 * LifecycleStatusSchema.options.length; // => 9
 * ```
 * @category Outcomes
 */
export const LifecycleStatusSchema = z.enum([
  'proposed',
  'planned',
  'accepted',
  'active',
  'on-hold',
  'completed',
  'cancelled',
  'entered-in-error',
  'rejected',
]);

/**
 * How far an outcome has been reached, using the HL7 FHIR R4 `Goal.achievementStatus` codes.
 *
 * @example
 * ```ts
 * AchievementStatusSchema.parse('sustaining'); // => 'sustaining'
 * ```
 * @category Outcomes
 */
export const AchievementStatusSchema = z.enum([
  'in-progress',
  'improving',
  'worsening',
  'no-change',
  'achieved',
  'sustaining',
  'not-achieved',
  'no-progress',
  'not-attainable',
]);

/**
 * How much an outcome matters now, using the HL7 FHIR R4 goal-priority codes.
 *
 * @example
 * ```ts
 * PrioritySchema.parse('high-priority'); // => 'high-priority'
 * ```
 * @category Outcomes
 */
export const PrioritySchema = z.enum(['high-priority', 'medium-priority', 'low-priority']);

/**
 * A party's answer when asked whether they agree with an outcome.
 *
 * @example
 * ```ts
 * AgreementResponseSchema.options; // => ['agree', 'disagree', 'pending']
 * ```
 * @category Outcomes
 */
export const AgreementResponseSchema = z.enum(['agree', 'disagree', 'pending']);

/**
 * A Goal Attainment Scaling level: −2 (much less than expected) to +2 (much more), with 0
 * the expected outcome.
 *
 * @example
 * ```ts
 * GasLevelSchema.parse(-1); // => -1
 * ```
 * @category Goal attainment
 */
export const GasLevelSchema = z.literal([-2, -1, 0, 1, 2]);

// ---------------------------------------------------------------------------------------------
// Parse issue codes of this module
// ---------------------------------------------------------------------------------------------

const issueDefinitions = Object.freeze({
  review_by_not_after_start: {
    message: '{field} must be after the start date ({start}).',
    description: 'The review-by date of a timeframe is on or before its start date.',
  },
  frequency_needs_period: {
    message: '{field} is needed for a frequency: say whether it is per day, week or month.',
    description: 'A frequency indicator without its period.',
  },
  period_without_frequency: {
    message: '{field} only applies to a frequency indicator.',
    description: 'A period (per day, week or month) on an indicator that is not a frequency.',
  },
  negative_amount: {
    message: '{field} cannot be below zero for a {measure}.',
    description: 'A negative baseline or target for a count, frequency, prompts or duration.',
  },
  scale_min_not_below_max: {
    message: '{field} must be higher than the lowest score ({minimum}).',
    description: 'A rating scale whose lowest score is not below its highest.',
  },
  scale_too_wide: {
    message: '{field} makes the scale too wide: a scale can have at most 101 points.',
    description: 'A rating scale with more than 101 points.',
  },
  label_outside_scale: {
    message: '{field} is not a score on this scale ({minimum} to {maximum}).',
    description: 'A scale label for a score outside the scale.',
  },
  duplicate_scale_label: {
    message: '{field} labels a score that already has a label.',
    description: 'Two labels for the same score.',
  },
  score_outside_scale: {
    message: '{field} must be a score from {minimum} to {maximum} on this outcome’s scale.',
    description: 'A progress rating whose score is not on the outcome’s rating scale.',
  },
  achieved_on_without_achievement: {
    message: '{field} can only be given when the achievement status is "achieved" or "sustaining".',
    description: 'An achieved date on an outcome that is not recorded as achieved.',
  },
  achieved_before_start: {
    message: '{field} is before the outcome started ({start}).',
    description: 'An achieved date earlier than the start of the timeframe.',
  },
} satisfies Record<OutcomeIssueCode, IssueDefinition>);

/**
 * The parse issue codes that outcome records add to the core codes, with their messages.
 *
 * - `review_by_not_after_start`: the review-by date is on or before the start date.
 * - `frequency_needs_period` / `period_without_frequency`: a frequency indicator must say
 *   per day, week or month, and only a frequency may.
 * - `negative_amount`: a count, frequency, number of prompts or duration below zero.
 * - `scale_min_not_below_max`: a rating scale whose lowest score is not below its highest.
 * - `scale_too_wide`: a rating scale with more than 101 points.
 * - `label_outside_scale` / `duplicate_scale_label`: a scale label for a score the scale does
 *   not have, or two labels for one score.
 * - `score_outside_scale`: a rating's score is not on the outcome's scale (`minimum`,
 *   `maximum`).
 * - `achieved_on_without_achievement`: an achieved date on an outcome whose achievement status
 *   is not `achieved` or `sustaining`.
 * - `achieved_before_start`: an achieved date before the timeframe's start.
 *
 * @example
 * ```ts
 * outcomeIssueCatalogue.score_outside_scale.description;
 * ```
 * @category Outcomes
 */
export const outcomeIssueCatalogue: Readonly<Record<OutcomeIssueCode, IssueDefinition>> =
  issueDefinitions;

/**
 * A parse issue code that outcome records add to the core codes.
 *
 * @example
 * ```ts
 * const code: OutcomeIssueCode = 'score_outside_scale';
 * ```
 * @category Outcomes
 */
export type OutcomeIssueCode =
  | 'review_by_not_after_start'
  | 'frequency_needs_period'
  | 'period_without_frequency'
  | 'negative_amount'
  | 'scale_min_not_below_max'
  | 'scale_too_wide'
  | 'label_outside_scale'
  | 'duplicate_scale_label'
  | 'score_outside_scale'
  | 'achieved_on_without_achievement'
  | 'achieved_before_start';

const issue = (
  ctx: z.core.$RefinementCtx<unknown>,
  code: OutcomeIssueCode,
  path: (string | number)[],
  details: Record<string, unknown> = {},
) => reportIssue(ctx, issueDefinitions, code, path, details);

const always = { when: () => true };
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// ---------------------------------------------------------------------------------------------
// Parts of an outcome
// ---------------------------------------------------------------------------------------------

const NON_NEGATIVE_MEASURES: ReadonlySet<string> = new Set([
  'count',
  'frequency',
  'prompts',
  'duration',
]);

/**
 * What will be seen, heard or counted to show progress.
 *
 * @example
 * ```ts
 * IndicatorSchema.parse({
 *   description: 'Trips to the art group made on her own',
 *   measure: 'frequency', per: 'month', unit: 'trips',
 *   baseline: 0, target: 4, direction: 'increase',
 * });
 * ```
 * @category Outcomes
 */
export const IndicatorSchema = z
  .strictObject({
    /** What will be seen, heard or counted, in plain words. */
    description: textSchema({ max: 1000 }),
    /** The kind of measure. */
    measure: MeasureKindSchema.optional(),
    /** For a frequency: per day, week or month. */
    per: PeriodSchema.optional(),
    /** The unit counted (`trips`, `minutes`, `prompts`). */
    unit: textSchema({ max: 100 }).optional(),
    /** Where things stand at the start, where known. */
    baseline: z.number().optional(),
    /** Where the person wants to get to. */
    target: z.number().optional(),
    /** Which way is better. */
    direction: DirectionSchema.optional(),
  })
  .superRefine((indicator, ctx) => {
    if (indicator.measure === 'frequency' && indicator.per === undefined) {
      issue(ctx, 'frequency_needs_period', ['per']);
    }
    if (indicator.per !== undefined && indicator.measure !== 'frequency') {
      issue(ctx, 'period_without_frequency', ['per']);
    }
    if (indicator.measure !== undefined && NON_NEGATIVE_MEASURES.has(indicator.measure)) {
      for (const key of ['baseline', 'target'] as const) {
        const value = indicator[key];
        if (value !== undefined && value < 0) {
          issue(ctx, 'negative_amount', [key], { measure: indicator.measure });
        }
      }
    }
  });

/**
 * When work on an outcome starts and when it must be looked at again.
 *
 * @example
 * ```ts
 * TimeframeSchema.parse({ start: '2026-09-14', reviewBy: '2026-11-09' });
 * ```
 * @category Outcomes
 */
export const TimeframeSchema = z
  .strictObject({
    /** The day work on the outcome starts. */
    start: IsoDateSchema,
    /** The day by which progress must be reviewed (after `start`). */
    reviewBy: IsoDateSchema,
    /** How often progress is reviewed after that, if agreed. */
    reviewEvery: z
      .strictObject({
        /** How many weeks or months between reviews. */
        count: z.number().int().min(1).max(52),
        /** `week` or `month`. */
        unit: z.enum(['week', 'month']),
      })
      .optional(),
  })
  .superRefine((timeframe, ctx) => {
    if (timeframe.reviewBy <= timeframe.start) {
      issue(ctx, 'review_by_not_after_start', ['reviewBy'], { start: timeframe.start });
    }
  });

/**
 * A party who owns part of an outcome, and what they are responsible for.
 *
 * @example
 * ```ts
 * OwnerSchema.parse({ party: 'keyworker', name: 'Sam', responsibility: 'Book the taxi for the first two trips' });
 * ```
 * @category Outcomes
 */
export const OwnerSchema = z.strictObject({
  /** Who they are to the person. */
  party: PartyRoleSchema,
  /** Their name, if the record holds it. */
  name: textSchema({ max: 200 }).optional(),
  /** What they will do. */
  responsibility: textSchema({ max: 1000 }).optional(),
});

/**
 * Whether a party agreed an outcome, and when.
 *
 * @example
 * ```ts
 * AgreementSchema.parse({ party: 'person', response: 'agree', on: '2026-09-14' });
 * ```
 * @category Outcomes
 */
export const AgreementSchema = z.strictObject({
  /** Who was asked. */
  party: PartyRoleSchema,
  /** Their name, if the record holds it. */
  name: textSchema({ max: 200 }).optional(),
  /** What they said. */
  response: AgreementResponseSchema,
  /** When. */
  on: IsoDateSchema,
  /** Anything they wanted noted. */
  note: textSchema({ max: 2000 }).optional(),
});

/**
 * The ordinal scale progress is rated on, and the host's labels for its points. Without one
 * an outcome is rated 1–5 ({@link DEFAULT_RATING_SCALE}). golden-thread ships no wording:
 * labels are the host's own.
 *
 * @example
 * ```ts
 * RatingScaleSchema.parse({ min: 1, max: 5, labels: [{ score: 1, label: 'Not started' }] });
 * ```
 * @category Outcomes
 */
export const RatingScaleSchema = z
  .strictObject({
    /** The lowest score. */
    min: z.number().int().min(-100).max(100),
    /** The highest score. */
    max: z.number().int().min(-100).max(200),
    /** What each score means, in the host's words. */
    labels: z
      .array(
        z.strictObject({
          /** A score on the scale. */
          score: z.number().int(),
          /** What it means. */
          label: textSchema({ max: 200 }),
        }),
      )
      .max(101)
      .optional(),
  })
  .superRefine((scale, ctx) => {
    if (scale.max <= scale.min) {
      issue(ctx, 'scale_min_not_below_max', ['max'], { minimum: scale.min });
      return;
    }
    if (scale.max - scale.min > 100) issue(ctx, 'scale_too_wide', ['max']);
    const seen = new Set<number>();
    for (const [index, label] of (scale.labels ?? []).entries()) {
      if (label.score < scale.min || label.score > scale.max) {
        issue(ctx, 'label_outside_scale', ['labels', index, 'score'], {
          minimum: scale.min,
          maximum: scale.max,
        });
      } else if (seen.has(label.score)) {
        issue(ctx, 'duplicate_scale_label', ['labels', index, 'score']);
      }
      seen.add(label.score);
    }
  });

/**
 * The scale used when an outcome does not name one: 1 to 5, without labels.
 *
 * @example
 * ```ts
 * DEFAULT_RATING_SCALE; // => { min: 1, max: 5 }
 * ```
 * @category Outcomes
 */
export const DEFAULT_RATING_SCALE: RatingScale = Object.freeze({ min: 1, max: 5 });

/**
 * One progress rating: a score on the outcome's scale with a concrete example of what
 * happened, who rated it, and optionally the GAS level it was judged to reach.
 *
 * @example
 * ```ts
 * RatingSchema.parse({ on: '2026-10-12', score: 3, ratedBy: 'person', example: 'Went to the art group on the bus with Sam' });
 * ```
 * @category Outcomes
 */
export const RatingSchema = z.strictObject({
  /** The day of the rating. */
  on: IsoDateSchema,
  /** The score, on the outcome's scale. */
  score: z.number().int(),
  /** Something that happened that shows the score ("travelled alone to the GP"). */
  example: textSchema({ max: 2000 }).optional(),
  /** Who gave the score. */
  ratedBy: PartyRoleSchema,
  /** The Goal Attainment Scaling level reached, if the outcome uses GAS. */
  gasLevel: GasLevelSchema.optional(),
  /** Anything else said at the time. */
  note: textSchema({ max: 2000 }).optional(),
});

/**
 * The five Goal Attainment Scaling levels of an outcome, written for this person, with the
 * level they start at and the goal's weight.
 *
 * @example
 * ```ts
 * GasSchema.parse({
 *   levels: {
 *     muchLess: 'Does not go to the group', less: 'Goes with staff',
 *     expected: 'Goes alone once a month', more: 'Goes alone twice a month',
 *     muchMore: 'Goes alone every week',
 *   },
 *   baseline: -1,
 *   weight: 2,
 * });
 * ```
 * @category Goal attainment
 */
export const GasSchema = z.strictObject({
  /** What each level looks like for this person. */
  levels: z.strictObject({
    /** −2: much less than expected. */
    muchLess: textSchema({ max: 500 }),
    /** −1: less than expected. */
    less: textSchema({ max: 500 }),
    /** 0: the expected outcome. */
    expected: textSchema({ max: 500 }),
    /** +1: more than expected. */
    more: textSchema({ max: 500 }),
    /** +2: much more than expected. */
    muchMore: textSchema({ max: 500 }),
  }),
  /** The level at the start (usually −1 or −2). */
  baseline: GasLevelSchema,
  /** The goal's weight in a combined score (often importance × difficulty); default 1. */
  weight: z.number().min(0).max(1000).optional(),
});

const ACHIEVED: ReadonlySet<string> = new Set(['achieved', 'sustaining']);

/**
 * One person-led outcome as a host stores it: the person's own words, a practical
 * indicator, a timeframe, owners, status, agreements, progress ratings and optional GAS
 * levels.
 *
 * @remarks The schema checks structure and cross-field consistency; whether an outcome is a
 * *good* one (specific, owned, agreed, current) is for {@link checkOutcome}. Drafts are
 * accepted: indicator, timeframe, owners and ratings may be missing while a plan is written.
 * @example
 * ```ts
 * const result = OutcomeSchema.safeParse(row);
 * ```
 * @category Outcomes
 */
export const OutcomeSchema = z
  .strictObject({
    /** The host's id for the outcome. */
    id: IdSchema,
    /** The host's id for the person it belongs to. */
    personId: IdSchema,
    /** What the person said, word for word. */
    words: textSchema({ max: 2000 }),
    /** Who said the words. */
    expressedBy: ExpressedBySchema,
    /** The person's own name for the area of life (`Getting out`, `Music`), if any. */
    domain: textSchema({ max: 100 }).optional(),
    /** How much it matters now. */
    priority: PrioritySchema.optional(),
    /** Where the outcome is in its life (FHIR Goal lifecycle codes). */
    lifecycleStatus: LifecycleStatusSchema,
    /** How far it has been reached (FHIR Goal achievement codes). */
    achievementStatus: AchievementStatusSchema.optional(),
    /** The day it was achieved, when `achievementStatus` is `achieved` or `sustaining`. */
    achievedOn: IsoDateSchema.optional(),
    /** What will be seen, heard or counted. */
    indicator: IndicatorSchema.optional(),
    /** Start and review-by dates. */
    timeframe: TimeframeSchema.optional(),
    /** Who does what. */
    owners: z.array(OwnerSchema).max(20).optional(),
    /** Who agreed it, and when. */
    agreements: z.array(AgreementSchema).max(200).optional(),
    /** The scale progress is rated on; 1–5 when absent. */
    ratingScale: RatingScaleSchema.optional(),
    /** Progress ratings, in any order. */
    ratings: z.array(RatingSchema).max(1000).optional(),
    /** Goal Attainment Scaling levels, if used. */
    gas: GasSchema.optional(),
  })
  .superRefine((outcome: unknown, ctx) => {
    // Runs even when other fields have issues, so that every problem is listed at once;
    // each rule first checks that the fields it reads are well-formed.
    if (!isRecord(outcome)) return;
    const scale = isRecord(outcome['ratingScale']) ? outcome['ratingScale'] : DEFAULT_RATING_SCALE;
    const { min, max } = scale;
    if (
      Array.isArray(outcome['ratings']) &&
      typeof min === 'number' &&
      typeof max === 'number' &&
      min < max
    ) {
      for (const [index, rating] of outcome['ratings'].entries()) {
        const score = isRecord(rating) ? rating['score'] : undefined;
        if (typeof score === 'number' && Number.isInteger(score) && (score < min || score > max)) {
          issue(ctx, 'score_outside_scale', ['ratings', index, 'score'], {
            minimum: min,
            maximum: max,
          });
        }
      }
    }
    const achievedOn = outcome['achievedOn'];
    if (isIsoDate(achievedOn)) {
      const status = outcome['achievementStatus'];
      if (!(typeof status === 'string' && ACHIEVED.has(status))) {
        issue(ctx, 'achieved_on_without_achievement', ['achievedOn']);
      }
      const timeframe = outcome['timeframe'];
      const start = isRecord(timeframe) ? timeframe['start'] : undefined;
      if (isIsoDate(start) && achievedOn < start) {
        issue(ctx, 'achieved_before_start', ['achievedOn'], { start });
      }
    }
  }, always);

/**
 * A parsed person-led outcome. Derived from {@link OutcomeSchema}.
 *
 * @example
 * ```ts
 * const outcome: Outcome = parsed.data;
 * outcome.words; // 'I want to go to the art group on my own'
 * ```
 * @category Outcomes
 */
export type Outcome = z.output<typeof OutcomeSchema>;

/**
 * An outcome as a host may send it (before parsing). Derived from {@link OutcomeSchema}.
 *
 * @example
 * ```ts
 * const draft: OutcomeInput = { id: 'o-1', personId: 'p-1', words: '…', expressedBy: 'person', lifecycleStatus: 'proposed' };
 * ```
 * @category Outcomes
 */
export type OutcomeInput = z.input<typeof OutcomeSchema>;

/**
 * A progress rating. Derived from {@link RatingSchema}.
 *
 * @example
 * ```ts
 * const rating: Rating = { on: '2026-10-12', score: 3, ratedBy: 'person' };
 * ```
 * @category Outcomes
 */
export type Rating = z.output<typeof RatingSchema>;

/**
 * A rating scale. Derived from {@link RatingScaleSchema}.
 *
 * @example
 * ```ts
 * const scale: RatingScale = { min: 0, max: 10 };
 * ```
 * @category Outcomes
 */
export type RatingScale = z.output<typeof RatingScaleSchema>;

/**
 * An indicator. Derived from {@link IndicatorSchema}.
 *
 * @example
 * ```ts
 * const indicator: Indicator = { description: 'Prompts needed to make a hot drink', measure: 'prompts', target: 0, direction: 'decrease' };
 * ```
 * @category Outcomes
 */
export type Indicator = z.output<typeof IndicatorSchema>;

/**
 * A role in an outcome. Derived from {@link PartyRoleSchema}.
 *
 * @example
 * ```ts
 * const role: PartyRole = 'advocate';
 * ```
 * @category Outcomes
 */
export type PartyRole = z.output<typeof PartyRoleSchema>;

/**
 * A FHIR Goal lifecycle code. Derived from {@link LifecycleStatusSchema}.
 *
 * @example
 * ```ts
 * const status: LifecycleStatus = 'on-hold';
 * ```
 * @category Outcomes
 */
export type LifecycleStatus = z.output<typeof LifecycleStatusSchema>;

/**
 * A Goal Attainment Scaling level, −2 to +2. Derived from {@link GasLevelSchema}.
 *
 * @example
 * ```ts
 * const expected: GasLevel = 0;
 * ```
 * @category Goal attainment
 */
export type GasLevel = z.output<typeof GasLevelSchema>;

/**
 * Reads an untrusted outcome record.
 *
 * @param input - Anything: a form post, a database row, a message.
 * @returns The typed outcome, or every issue found: core codes (`required`, `invalid_date`,
 * `invalid_value`, `unrecognized_keys`, …) and the outcome codes in
 * {@link outcomeIssueCatalogue}. Never throws.
 * @example
 * ```ts
 * const result = parseOutcome(JSON.parse(body));
 * if (result.success) save(result.data);
 * else showIssues(result.issues);
 * ```
 * @category Outcomes
 */
export const parseOutcome = createParser(OutcomeSchema, { issues: outcomeIssueCatalogue });

/**
 * Reads an untrusted progress rating (its score is checked against a scale by
 * {@link recordRating}).
 *
 * @param input - Anything.
 * @returns The typed rating, or issues.
 * @example
 * ```ts
 * parseRating({ on: '2026-10-12', score: 3, ratedBy: 'person' }).success; // => true
 * ```
 * @category Outcomes
 */
export const parseRating = createParser(RatingSchema, { issues: outcomeIssueCatalogue });
