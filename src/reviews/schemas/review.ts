import * as z from 'zod';
import {
  createParser,
  IdSchema,
  IsoDateSchema,
  type IssueCatalogue,
  textSchema,
} from '../../core/index.js';
import { isRecord, issueReporter, list } from '../../core/internal/index.js';
import {
  AchievementStatusSchema,
  ExpressedBySchema,
  PartyRoleSchema,
} from '../../outcomes/index.js';
import { ActionSchema, actionIssueCatalogue, refineActionDates } from './action.js';

/**
 * How the person took part in their review: `led` it (or part of it), was `present`,
 * contributed by `other_means` (pictures, a talking mat, a conversation beforehand, a
 * supporter speaking with them), or was `not_involved`.
 *
 * @example
 * ```ts
 * PersonInvolvementSchema.parse('other_means');
 * ```
 * @category Reviews
 */
export const PersonInvolvementSchema = z.enum(['led', 'present', 'other_means', 'not_involved']);

/**
 * Whether an outcome still matters to the person, as they said at a review.
 *
 * @example
 * ```ts
 * StillMeaningfulSchema.options; // => ['yes', 'no', 'unsure']
 * ```
 * @category Reviews
 */
export const StillMeaningfulSchema = z.enum(['yes', 'no', 'unsure']);

/**
 * Why a review was held: on the provider's `scheduled` cadence, or `responsive` to something
 * that happened (an event, a falling rating, a request).
 *
 * @remarks Optional on a review. It decides two things: whether a responsive review resets
 * the schedule (see `cadenceFrom` on {@link ReviewScheduleSchema}), and whether a trigger
 * that waited for a routine review counts as missed (see {@link triggerHistory}).
 * @example
 * ```ts
 * ReviewKindSchema.options; // => ['scheduled', 'responsive']
 * ```
 * @category Reviews
 */
export const ReviewKindSchema = z.enum(['scheduled', 'responsive']);

/**
 * Who else can take part in a review: the roles of outcome owners (`keyworker`, `family`,
 * `advocate`, `manager`, `other`, …) and a `friend`.
 *
 * @example
 * ```ts
 * ParticipantRoleSchema.parse('friend');
 * ```
 * @category Reviews
 */
export const ParticipantRoleSchema = z.enum([...PartyRoleSchema.options, 'friend']);

const words = textSchema({ max: 2000 });
const wordList = z.array(words).max(50);

/** The issue codes a review record adds to an action's. */
export interface ReviewRecordIssueDetails {
  /** Two actions, decisions or outcome entries of one review share an id. */
  readonly duplicate_id: {
    /** The repeated id. */
    readonly id: string;
  };
}

/** The messages of those codes. */
export const reviewRecordIssues: IssueCatalogue<ReviewRecordIssueDetails> = Object.freeze({
  duplicate_id: {
    message: '{field} repeats the id "{id}" used earlier in the same list.',
    description: 'Two actions, decisions or outcome entries in one review share an id.',
  },
});
const issue = issueReporter(reviewRecordIssues);

/**
 * The record of one review of a person's plan: who took part and how, the person's views in
 * their words, what improved, what feels difficult, what they want to change, each outcome
 * looked at, the decisions, the actions, the feedback it answered and the events it
 * discussed.
 *
 * @remarks The schema checks structure and dates (an action is not due or done before the
 * review; `completedOn` goes with status `done`; ids are not repeated within the review).
 * Whether it was a good, person-led review is for {@link checkReviewQuality}.
 * @example
 * ```ts
 * const result = parseReview(row);
 * if (result.success) checkReviewQuality(result.data, { outcomes });
 * ```
 * @category Reviews
 */
export const ReviewSchema = z
  .strictObject({
    /** The host's id for the review. */
    id: IdSchema,
    /** The person whose plan was reviewed. */
    personId: IdSchema,
    /** The day it was held. */
    on: IsoDateSchema,
    /** Why it was held: `scheduled` or `responsive`. Optional. */
    kind: ReviewKindSchema.optional(),
    /** How the person took part. */
    person: z.strictObject({
      /** `led`, `present`, `other_means` or `not_involved`. */
      involvement: PersonInvolvementSchema,
      /** For `other_means`: how (pictures, a talking mat, a chat the day before). */
      means: textSchema({ max: 500 }).optional(),
    }),
    /** Everyone else who took part, and how. */
    others: z
      .array(
        z.strictObject({
          /** Their role, or `friend`. */
          role: ParticipantRoleSchema,
          /** Their name, if recorded. */
          name: textSchema({ max: 200 }).optional(),
          /** `present`, or contributed by `other_means` (a call, a letter). */
          how: z.enum(['present', 'other_means']),
        }),
      )
      .max(30)
      .optional(),
    /** The person's views, in their own words, and who put them into words. */
    views: z
      .strictObject({
        /** Their words. */
        words,
        /** Who said them: the person, or someone speaking for them. */
        expressedBy: ExpressedBySchema,
      })
      .optional(),
    /** What has improved. */
    improved: wordList.optional(),
    /** What feels difficult. */
    difficult: wordList.optional(),
    /** What the person wants to change. */
    wantsToChange: wordList.optional(),
    /** Each outcome looked at. */
    outcomes: z
      .array(
        z.strictObject({
          /** The outcome. */
          outcomeId: IdSchema,
          /** Whether it still matters to the person; absent when nobody asked. */
          stillMeaningful: StillMeaningfulSchema.optional(),
          /** Progress, on the FHIR Goal achievement codes. */
          progress: AchievementStatusSchema.optional(),
          /** What was said about it. */
          note: words.optional(),
        }),
      )
      .max(50)
      .optional(),
    /** What was decided. */
    decisions: z
      .array(
        z.strictObject({
          /** The host's id for the decision. */
          id: IdSchema,
          /** What was decided, and why. */
          text: words,
          /**
           * Whether it changes the plan. When absent the words decide: "Continue current
           * plan", "No changes" and the like count as no change (English only).
           */
          changesPlan: z.boolean().optional(),
          /** Outcomes it concerns. */
          outcomeIds: z.array(IdSchema).max(50).optional(),
        }),
      )
      .max(50)
      .optional(),
    /** What will be done, by whom and when. */
    actions: z.array(ActionSchema).max(100).optional(),
    /** Feedback items this review answered. */
    feedbackAnswered: z.array(IdSchema).max(200).optional(),
    /** Life events talked about at this review. */
    eventsDiscussed: z.array(IdSchema).max(200).optional(),
  })
  .superRefine(
    (review: unknown, ctx) => {
      if (!isRecord(review)) return;
      duplicates(ctx, review['actions'], 'actions', (a) => a['id']);
      duplicates(ctx, review['decisions'], 'decisions', (d) => d['id']);
      duplicates(ctx, review['outcomes'], 'outcomes', (o) => o['outcomeId']);
      for (const [index, action] of list(review['actions']).entries()) {
        refineActionDates(ctx, action, ['actions', index], review['on']);
      }
    },
    { when: () => true },
  );

function duplicates(
  ctx: z.core.$RefinementCtx<unknown>,
  items: unknown,
  field: string,
  key: (item: Record<string, unknown>) => unknown,
): void {
  const seen = new Set<unknown>();
  for (const [index, item] of list(items).entries()) {
    const id = isRecord(item) ? key(item) : undefined;
    if (typeof id !== 'string') continue;
    if (seen.has(id)) issue(ctx, 'duplicate_id', [field, index], { id });
    seen.add(id);
  }
}

/**
 * A review record. Derived from {@link ReviewSchema}.
 *
 * @example
 * ```ts
 * const review: Review = parsed.data;
 * ```
 * @category Reviews
 */
export type Review = z.output<typeof ReviewSchema>;

/** The codes a review record can raise: its own and its actions'. */
export const reviewIssues = Object.freeze({ ...actionIssueCatalogue, ...reviewRecordIssues });

/**
 * Parses a review record from untrusted input.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, issues }`; never throws.
 * @example
 * ```ts
 * const result = parseReview(body);
 * if (!result.success) showIssues(result.issues);
 * ```
 * @category Reviews
 */
export const parseReview = createParser(ReviewSchema, { issues: reviewIssues });
