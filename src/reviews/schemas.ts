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
import {
  AchievementStatusSchema,
  ExpressedBySchema,
  OutcomeSchema,
  outcomeIssueCatalogue,
  PartyRoleSchema,
} from '../outcomes/index.js';

// ---------------------------------------------------------------------------------------------
// Life events
// ---------------------------------------------------------------------------------------------

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
 * A built-in kind of life event. Derived from {@link BuiltInEventKindSchema}.
 *
 * @example
 * ```ts
 * const kind: BuiltInEventKind = 'complaint';
 * ```
 * @category Reviews
 */
export type BuiltInEventKind = z.output<typeof BuiltInEventKindSchema>;

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

// ---------------------------------------------------------------------------------------------
// Feedback and actions
// ---------------------------------------------------------------------------------------------

/**
 * One small piece of feedback logged between reviews: what was said, by whom, in their
 * words. Actions answer it through their `feedbackIds`.
 *
 * @example
 * ```ts
 * FeedbackSchema.parse({
 *   id: 'fb-1', personId: 'p-aisha', on: '2026-09-12', from: 'person',
 *   words: 'I want to choose when I go to bed',
 * });
 * ```
 * @category Reviews
 */
export const FeedbackSchema = z.strictObject({
  /** The host's id for the feedback. */
  id: IdSchema,
  /** The person it is about. */
  personId: IdSchema,
  /** The day it was given. */
  on: IsoDateSchema,
  /** Who gave it. */
  from: ExpressedBySchema,
  /** What they said, word for word. */
  words: textSchema({ max: 2000 }),
  /**
   * Themes the host tagged it with: its own tags (`feeling-rushed`), or the review question it
   * answers (`what_works`, `what_is_difficult`, `what_would_you_change`). Counted across
   * people and periods by `feedbackThemes`.
   */
  themes: z.array(IdSchema).max(20).optional(),
});

/**
 * Where an action is: `open` (to do), `done`, or `dropped` (decided against, with the reason
 * in its note).
 *
 * @example
 * ```ts
 * ActionStatusSchema.options; // => ['open', 'done', 'dropped']
 * ```
 * @category Reviews
 */
export const ActionStatusSchema = z.enum(['open', 'done', 'dropped']);

/**
 * Something someone agreed to do: who, by when, where it stands, and the feedback or outcome
 * it answers.
 *
 * @example
 * ```ts
 * ActionSchema.parse({
 *   id: 'act-1', description: 'Move the evening rota so Aisha can choose her bedtime',
 *   owner: { role: 'manager', name: 'Registered manager' }, dueOn: '2026-10-15',
 *   status: 'done', completedOn: '2026-10-03', feedbackIds: ['fb-1'],
 * });
 * ```
 * @category Reviews
 */
export const ActionSchema = z.strictObject({
  /** The host's id for the action. */
  id: IdSchema,
  /** What will be done, in plain words. */
  description: textSchema({ max: 2000 }),
  /** Who does it. */
  owner: z.strictObject({
    /** Their role. */
    role: PartyRoleSchema,
    /** Their name, if recorded. */
    name: textSchema({ max: 200 }).optional(),
  }),
  /** The day it is due by. */
  dueOn: IsoDateSchema,
  /** Where it stands. */
  status: ActionStatusSchema,
  /** The day it was done; only with status `done`, and required then. */
  completedOn: IsoDateSchema.optional(),
  /** Feedback it answers ("you said, we did"). */
  feedbackIds: z.array(IdSchema).max(50).optional(),
  /** Outcomes it supports. */
  outcomeIds: z.array(IdSchema).max(50).optional(),
  /** Anything else, such as why it was dropped. */
  note: textSchema({ max: 2000 }).optional(),
});

// ---------------------------------------------------------------------------------------------
// Reviews
// ---------------------------------------------------------------------------------------------

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

const words = textSchema({ max: 2000 });
const wordList = z.array(words).max(50);

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
          /** Their role. */
          role: PartyRoleSchema,
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
      const on = review['on'];
      const reviewOn = isIsoDate(on) ? on : undefined;
      duplicates(ctx, review['actions'], 'actions', (a) => a['id']);
      duplicates(ctx, review['decisions'], 'decisions', (d) => d['id']);
      duplicates(ctx, review['outcomes'], 'outcomes', (o) => o['outcomeId']);
      for (const [index, action] of list(review['actions']).entries()) {
        if (!isRecord(action)) continue;
        checkAction(ctx, action, ['actions', index], reviewOn);
      }
    },
    { when: () => true },
  );

function checkAction(
  ctx: z.core.$RefinementCtx<unknown>,
  action: Record<string, unknown>,
  at: (string | number)[],
  reviewOn: string | undefined,
): void {
  const { status, completedOn, dueOn } = action;
  if (isIsoDate(completedOn) && status !== 'done') {
    issue(ctx, 'completed_on_without_done', [...at, 'completedOn']);
  }
  if (status === 'done' && completedOn === undefined) {
    issue(ctx, 'done_without_completed_on', [...at, 'completedOn']);
  }
  if (reviewOn === undefined) return;
  if (isIsoDate(dueOn) && dueOn < reviewOn) {
    issue(ctx, 'action_due_before_review', [...at, 'dueOn'], { reviewOn });
  }
  if (isIsoDate(completedOn) && completedOn < reviewOn) {
    issue(ctx, 'action_done_before_review', [...at, 'completedOn'], { reviewOn });
  }
}

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

// ---------------------------------------------------------------------------------------------
// The plan that reviews are scheduled for
// ---------------------------------------------------------------------------------------------

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
    /** Life events recorded. */
    events: z.array(LifeEventSchema).max(10_000).optional(),
    /** Reviews held. */
    reviews: z.array(ReviewSchema).max(1000).optional(),
  })
  .superRefine(
    (plan: unknown, ctx) => {
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
            issue(ctx, 'other_person_record', [field, index, 'personId'], { personId });
          }
        }
      }
    },
    { when: () => true },
  );

// ---------------------------------------------------------------------------------------------
// Trigger rules and schedule
// ---------------------------------------------------------------------------------------------

/**
 * How urgently a review is needed: `immediate` (within a day or two), `urgent` (within about
 * a week), `soon` (within about a month) or `routine` (on schedule).
 *
 * @example
 * ```ts
 * ReviewUrgencySchema.options; // => ['immediate', 'urgent', 'soon', 'routine']
 * ```
 * @category Reviews
 */
export const ReviewUrgencySchema = z.enum(['immediate', 'urgent', 'soon', 'routine']);

const ruleBase = {
  /** A stable id for the rule, reported with each review it makes due. */
  id: IdSchema,
  /** What the rule is for, in plain words (shown to staff). */
  description: textSchema({ max: 500 }),
  /** Days from the trigger to the day the review is due (0 = the same day). */
  dueWithinDays: z.number().int().min(0).max(366),
  /** How urgent the review is. */
  urgency: ReviewUrgencySchema,
};

/**
 * A rule, written as data, that makes a review due when something happens: life events of
 * given kinds (at or above a severity, or a number of them within a window), or a fall in an
 * outcome's progress ratings. Providers tune rules without changing code.
 *
 * @remarks
 * - `on: 'events'`: fires when at least `atLeast` matching events (default 1) that no review
 *   has yet covered fall within `withinDays` days (default 1, one day). Matching means the
 *   kind is in `kinds` and the severity is at least `minSeverity` (default `low`).
 * - `on: 'falling_rating'`: fires when an open outcome's latest rating is at least `drop`
 *   points (default 1) below the rating `last − 1` ratings before it (default `last` 2, so
 *   the one before).
 * @example
 * ```ts
 * ReviewTriggerRuleSchema.parse({
 *   on: 'events', id: 'repeated-incidents', description: 'Three incidents in four weeks',
 *   kinds: ['incident'], atLeast: 3, withinDays: 28, dueWithinDays: 14, urgency: 'soon',
 * });
 * ```
 * @category Reviews
 */
export const ReviewTriggerRuleSchema = z.discriminatedUnion('on', [
  z.strictObject({
    /** Life events. */
    on: z.literal('events'),
    ...ruleBase,
    /** The kinds of event that count. */
    kinds: z.array(LifeEventKindSchema).min(1).max(50),
    /** The lowest severity that counts. Default `low` (every event). */
    minSeverity: EventSeveritySchema.optional(),
    /** How many matching events are needed. Default 1. */
    atLeast: z.number().int().min(1).max(1000).optional(),
    /** The window they must fall within, in days. Default 1. */
    withinDays: z.number().int().min(1).max(3660).optional(),
  }),
  z.strictObject({
    /** Progress ratings. */
    on: z.literal('falling_rating'),
    ...ruleBase,
    /** The smallest fall in score that counts. Default 1. */
    drop: z.number().int().min(1).max(100).optional(),
    /** How many of the latest ratings to compare, first with last. Default 2. */
    last: z.number().int().min(2).max(100).optional(),
  }),
]);

/**
 * When scheduled reviews fall: the first a few weeks after the plan starts, then at a fixed
 * cadence, never more than 12 months apart.
 *
 * @remarks The defaults ({@link DEFAULT_REVIEW_SCHEDULE}) follow the Care Act 2014 statutory
 * guidance for council care and support plans: a first, light-touch review six to eight weeks
 * after the plan starts, and a review at least every 12 months. Many providers review every
 * month or quarter: set `cadenceMonths`.
 * @example
 * ```ts
 * ReviewScheduleSchema.parse({ firstReviewWeeks: { from: 6, by: 8 }, cadenceMonths: 3 });
 * ```
 * @category Reviews
 */
export const ReviewScheduleSchema = z
  .strictObject({
    /** The first review: not before `from` weeks, due by `by` weeks after the start. */
    firstReviewWeeks: z.strictObject({
      /** The earliest week a review counts as the first review. */
      from: z.number().int().min(0).max(52),
      /** The week it is due by. */
      by: z.number().int().min(1).max(52),
    }),
    /** Months between reviews after the first: 1 to 12. */
    cadenceMonths: z.number().int().min(1).max(12),
  })
  .superRefine(
    (schedule: unknown, ctx) => {
      const first = isRecord(schedule) ? schedule['firstReviewWeeks'] : undefined;
      if (!isRecord(first)) return;
      const { from, by } = first;
      if (typeof from === 'number' && typeof by === 'number' && from > by) {
        issue(ctx, 'first_review_window_reversed', ['firstReviewWeeks', 'from'], { by });
      }
    },
    { when: () => true },
  );

// ---------------------------------------------------------------------------------------------
// What reviewsDue returns
// ---------------------------------------------------------------------------------------------

/**
 * Why a review is due: the `first_review` after a plan starts, the next `scheduled` one, or a
 * `rule` that fired (with the rule's id and the events or outcomes that fired it).
 *
 * @example
 * ```ts
 * if (due.reason.kind === 'rule') console.log(due.reason.ruleId, due.reason.eventIds);
 * ```
 * @category Reviews
 */
export const DueReasonSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The first review after the plan started. */
    kind: z.literal('first_review'),
    /** The day the plan started. */
    planStart: IsoDateSchema,
  }),
  z.strictObject({
    /** The next review on the schedule. */
    kind: z.literal('scheduled'),
    /** The last review held, which the schedule counts from. */
    lastReviewOn: IsoDateSchema,
  }),
  z.strictObject({
    /** A trigger rule fired. */
    kind: z.literal('rule'),
    /** The rule's id. */
    ruleId: IdSchema,
    /** The rule's description. */
    description: textSchema({ max: 500 }),
    /** The events not yet covered by a review that the rule counts, oldest first. */
    eventIds: z.array(IdSchema),
    /** The outcomes whose ratings fell, for a `falling_rating` rule. */
    outcomeIds: z.array(IdSchema),
  }),
]);

/**
 * One review that is due: why, since when, by when, how urgently, and whether it is already
 * overdue.
 *
 * @example
 * ```ts
 * DueReviewSchema.parse(reviewsDue(plan, { asOf }).due[0]);
 * ```
 * @category Reviews
 */
export const DueReviewSchema = z.strictObject({
  /** Why it is due. */
  reason: DueReasonSchema,
  /** The day it became due: the plan start, the last review, or the event or rating that fired the rule. */
  triggeredOn: IsoDateSchema,
  /** The day the review must be held by. */
  dueOn: IsoDateSchema,
  /** How urgent it is. */
  urgency: ReviewUrgencySchema,
  /** Whether `asOf` is after `dueOn`. */
  overdue: z.boolean(),
  /** Days from `asOf` to `dueOn`: negative when overdue. */
  daysUntilDue: z.number().int(),
});

// ---------------------------------------------------------------------------------------------
// Parse issue codes
// ---------------------------------------------------------------------------------------------

/**
 * A parse issue code that review records add to the core codes.
 *
 * @example
 * ```ts
 * const code: ReviewIssueCode = 'done_without_completed_on';
 * ```
 * @category Reviews
 */
export type ReviewIssueCode =
  | 'completed_on_without_done'
  | 'done_without_completed_on'
  | 'action_due_before_review'
  | 'action_done_before_review'
  | 'duplicate_id'
  | 'plan_end_before_start'
  | 'other_person_record'
  | 'first_review_window_reversed'
  | 'unknown_event_kind';

const issueDefinitions = Object.freeze({
  completed_on_without_done: {
    message: '{field} can only be given when the action is done.',
    description: 'A completed date on an action whose status is not `done`.',
  },
  done_without_completed_on: {
    message: '{field} is needed: say on which day the action was done.',
    description: 'An action with status `done` but no completed date.',
  },
  action_due_before_review: {
    message: '{field} is before the review that agreed the action ({reviewOn}).',
    description: 'An action agreed at a review but due before the review was held.',
  },
  action_done_before_review: {
    message: '{field} is before the review that agreed the action ({reviewOn}).',
    description: 'An action agreed at a review but recorded as done before the review.',
  },
  duplicate_id: {
    message: '{field} repeats the id "{id}" used earlier in the same list.',
    description: 'Two actions, decisions or outcome entries in one review share an id.',
  },
  plan_end_before_start: {
    message: '{field} is before the plan started ({start}).',
    description: 'A plan whose end date is earlier than its start date.',
  },
  other_person_record: {
    message: '{field} belongs to someone else: this plan is for person "{personId}".',
    description: 'An outcome, event or review in a plan that is about a different person.',
  },
  first_review_window_reversed: {
    message: '{field} must not be after the week the first review is due by ({by}).',
    description: 'A schedule whose first-review window opens after it closes.',
  },
  unknown_event_kind: {
    message:
      '{field} is not a kind of life event the library knows. Use a built-in kind such as "incident", or a kind of your own starting with "host:".',
    description:
      'A life event kind that is neither built in nor a `host:` kind (often a typing mistake).',
  },
} satisfies Record<ReviewIssueCode, IssueDefinition>);

/**
 * The parse issue codes review records add, with their messages.
 *
 * - `completed_on_without_done` / `done_without_completed_on`: an action's completed date
 *   goes with status `done`, and a done action needs one.
 * - `action_due_before_review` / `action_done_before_review`: an action agreed at a review is
 *   not due, or done, before it (`reviewOn`).
 * - `duplicate_id`: two actions, decisions or outcome entries of one review share an id.
 * - `plan_end_before_start`: a plan that ends before it starts.
 * - `other_person_record`: a plan holds an outcome, event or review about someone else.
 * - `first_review_window_reversed`: a schedule's first-review window opens after it closes.
 * - `unknown_event_kind`: a life event kind that is neither built in nor a `host:` kind.
 *
 * @example
 * ```ts
 * reviewIssueCatalogue.done_without_completed_on.description;
 * ```
 * @category Reviews
 */
export const reviewIssueCatalogue: Readonly<Record<ReviewIssueCode, IssueDefinition>> =
  issueDefinitions;

function issue(
  ctx: z.core.$RefinementCtx<unknown>,
  code: ReviewIssueCode,
  path: (string | number)[],
  details: Record<string, unknown> = {},
): void {
  reportIssue(ctx, issueDefinitions, code, path, details);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

// ---------------------------------------------------------------------------------------------
// Types and parsers
// ---------------------------------------------------------------------------------------------

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
 * A piece of feedback. Derived from {@link FeedbackSchema}.
 *
 * @example
 * ```ts
 * const feedback: Feedback = parsed.data;
 * ```
 * @category Reviews
 */
export type Feedback = z.output<typeof FeedbackSchema>;

/**
 * An action. Derived from {@link ActionSchema}.
 *
 * @example
 * ```ts
 * const open = actions.filter((a: Action) => a.status === 'open');
 * ```
 * @category Reviews
 */
export type Action = z.output<typeof ActionSchema>;

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
 * A review trigger rule. Derived from {@link ReviewTriggerRuleSchema}.
 *
 * @example
 * ```ts
 * const rules: ReviewTriggerRule[] = [...defaultReviewTriggerRules, myRule];
 * ```
 * @category Reviews
 */
export type ReviewTriggerRule = z.output<typeof ReviewTriggerRuleSchema>;

/**
 * A review schedule. Derived from {@link ReviewScheduleSchema}.
 *
 * @example
 * ```ts
 * const quarterly: ReviewSchedule = { ...DEFAULT_REVIEW_SCHEDULE, cadenceMonths: 3 };
 * ```
 * @category Reviews
 */
export type ReviewSchedule = z.output<typeof ReviewScheduleSchema>;

/**
 * How urgent a due review is. Derived from {@link ReviewUrgencySchema}.
 *
 * @example
 * ```ts
 * const urgency: ReviewUrgency = 'urgent';
 * ```
 * @category Reviews
 */
export type ReviewUrgency = z.output<typeof ReviewUrgencySchema>;

/**
 * Why a review is due. Derived from {@link DueReasonSchema}.
 *
 * @example
 * ```ts
 * const reason: DueReason = { kind: 'first_review', planStart: '2026-03-02' };
 * ```
 * @category Reviews
 */
export type DueReason = z.output<typeof DueReasonSchema>;

/**
 * A review that is due. Derived from {@link DueReviewSchema}.
 *
 * @example
 * ```ts
 * const overdue = due.filter((d: DueReview) => d.overdue);
 * ```
 * @category Reviews
 */
export type DueReview = z.output<typeof DueReviewSchema>;

const parsers = { issues: issueDefinitions };

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
export const parseLifeEvent = createParser(LifeEventSchema, parsers);

/**
 * Parses a piece of feedback from untrusted input.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, issues }`; never throws.
 * @example
 * ```ts
 * parseFeedback({ id: 'fb-1', personId: 'p-1', on: '2026-09-12', from: 'person', words: 'I want a key to my room' });
 * ```
 * @category Reviews
 */
export const parseFeedback = createParser(FeedbackSchema, parsers);

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
export const parseReview = createParser(ReviewSchema, parsers);

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
  issues: { ...outcomeIssueCatalogue, ...issueDefinitions },
});

/**
 * Parses a provider's trigger rule (from a settings screen or a configuration file).
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, issues }`; never throws.
 * @example
 * ```ts
 * const rule = parseReviewTriggerRule(JSON.parse(settings));
 * ```
 * @category Reviews
 */
export const parseReviewTriggerRule = createParser(ReviewTriggerRuleSchema, parsers);

/**
 * Parses a provider's review schedule.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, issues }`; never throws.
 * @example
 * ```ts
 * parseReviewSchedule({ firstReviewWeeks: { from: 6, by: 8 }, cadenceMonths: 3 });
 * ```
 * @category Reviews
 */
export const parseReviewSchedule = createParser(ReviewScheduleSchema, parsers);
