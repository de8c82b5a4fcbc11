import * as z from 'zod';
import {
  createParser,
  IdSchema,
  IsoDateSchema,
  type IssueCatalogue,
  isIsoDate,
  type NoDetails,
  textSchema,
} from '../../core/index.js';
import { isRecord, issueReporter, list } from '../../core/internal/index.js';
import { OutcomeSchema, outcomeIssueCatalogue } from '../../outcomes/index.js';
import { LifeEventSchema, lifeEventIssues } from './life-event.js';
import { ReviewSchema, reviewIssues } from './review.js';

/**
 * Someone the person has chosen to support them — family, an advocate, a friend — and
 * whether the person wants them at their reviews.
 *
 * @remarks {@link checkReviewQuality} reports a supporter the person wants who took no part
 * (`wanted_involvement_missing`), and one the person did not want who did
 * (`unwanted_supporter_present`). `name` is matched (ignoring case) against the review's
 * participants of the same role when both are recorded.
 * @example
 * ```ts
 * SupporterSchema.parse({ role: 'family', name: 'Mum', atReviews: 'wanted' });
 * ```
 * @category Reviews
 */
export const SupporterSchema = z.strictObject({
  /** `family`, `advocate`, `friend` or `other`. */
  role: z.enum(['family', 'advocate', 'friend', 'other']),
  /** Their name or relationship ("Mum", "Dave, brother"), if recorded. */
  name: textSchema({ max: 200 }).optional(),
  /** The person's wish: `wanted` at their reviews, or `not_wanted`. */
  atReviews: z.enum(['wanted', 'not_wanted']),
});

/**
 * A supporter the person has chosen. Derived from {@link SupporterSchema}.
 *
 * @example
 * ```ts
 * const mum: Supporter = { role: 'family', name: 'Mum', atReviews: 'wanted' };
 * ```
 * @category Reviews
 */
export type Supporter = z.output<typeof SupporterSchema>;

/** The issue codes a support plan adds to its records'. */
export interface SupportPlanIssueDetails {
  /** The plan ends before it starts. */
  readonly plan_end_before_start: {
    /** The plan's start. */
    readonly start: string;
  };
  /**
   * A record in the plan is about someone else. Neither person's id is repeated (issues
   * never copy input); `path` points at the record's `personId`.
   */
  readonly other_person_record: NoDetails;
}

/** The messages of those codes. */
export const supportPlanIssues: IssueCatalogue<SupportPlanIssueDetails> = Object.freeze({
  plan_end_before_start: {
    message: '{field} is before the plan started ({start}).',
    description: 'A plan whose end date is earlier than its start date.',
  },
  other_person_record: {
    message: '{field} belongs to someone else: it is not the person this plan is for.',
    description: 'An outcome, event or review in a plan that is about a different person.',
  },
});
const issue = issueReporter(supportPlanIssues);

/**
 * A person's support plan as {@link reviewsDue} reads it: when it started (and ended), their
 * outcomes, the life events recorded and the reviews held.
 *
 * @remarks Every outcome, event and review must belong to the plan's person
 * (`other_person_record`). Duplicate event or review ids are *not* parse issues: records
 * gathered from two systems often repeat, so {@link reviewsDue} counts each id once and
 * reports the duplicate.
 * @example
 * ```ts
 * const plan = parseSupportPlan({
 *   id: 'plan-aisha', personId: 'p-aisha', start: '2026-03-02',
 *   outcomes: [outcome], events: [event], reviews: [review],
 * });
 * ```
 * @category Reviews
 */
export const SupportPlanSchema = z
  .strictObject({
    /** The host's id for the plan. */
    id: IdSchema,
    /** The person it belongs to. */
    personId: IdSchema,
    /** The day the plan started: the first review is scheduled from it. */
    start: IsoDateSchema,
    /** The day it ended, if it has; nothing is due after it. */
    end: IsoDateSchema.optional(),
    /** The person's outcomes. */
    outcomes: z.array(OutcomeSchema).max(100).optional(),
    /** The supporters the person has chosen, and whether they want them at reviews. */
    supporters: z.array(SupporterSchema).max(30).optional(),
    /** Life events recorded. */
    events: z.array(LifeEventSchema).max(10_000).optional(),
    /** Reviews held. */
    reviews: z.array(ReviewSchema).max(1000).optional(),
  })
  .superRefine((plan: unknown, ctx) => refinePlan(ctx, plan), { when: () => true });

function refinePlan(ctx: z.core.$RefinementCtx<unknown>, plan: unknown): void {
  if (!isRecord(plan)) return;
  const { start, end, personId } = plan;
  if (isIsoDate(start) && isIsoDate(end) && end < start) {
    issue(ctx, 'plan_end_before_start', ['end'], { start });
  }
  if (typeof personId !== 'string') return;
  for (const field of ['outcomes', 'events', 'reviews']) {
    for (const [index, item] of list(plan[field]).entries()) {
      const other = isRecord(item) ? item['personId'] : undefined;
      if (typeof other === 'string' && other !== personId) {
        issue(ctx, 'other_person_record', [field, index, 'personId']);
      }
    }
  }
}

/**
 * A support plan with its outcomes, events and reviews. Derived from {@link SupportPlanSchema}.
 *
 * @example
 * ```ts
 * const plan: SupportPlan = parsed.data;
 * ```
 * @category Reviews
 */
export type SupportPlan = z.output<typeof SupportPlanSchema>;

/**
 * Parses a support plan with its outcomes, events and reviews from untrusted input.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, issues }`; never throws. A plan
 * with no start date gives a `required` issue at `start`.
 * @example
 * ```ts
 * const result = parseSupportPlan(row);
 * if (result.success) reviewsDue(result.data, { asOf: '2026-11-23' });
 * ```
 * @category Reviews
 */
export const parseSupportPlan = createParser(SupportPlanSchema, {
  issues: { ...outcomeIssueCatalogue, ...lifeEventIssues, ...reviewIssues, ...supportPlanIssues },
});
