import * as z from 'zod';
import {
  IdSchema,
  type IsoDate,
  IsoDateSchema,
  type IssueCatalogue,
  isIsoDate,
  type NoDetails,
  textSchema,
} from '../../core/index.js';
import { isRecord, reportIssue } from '../../core/internal/index.js';
import { PartyRoleSchema } from '../../outcomes/index.js';

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

/** The issue codes of an action's dates and status. */
export interface ActionIssueDetails {
  /** A completed date on an action that is not done. */
  readonly completed_on_without_done: NoDetails;
  /** A done action without its completed date. */
  readonly done_without_completed_on: NoDetails;
  /** Due before the review that agreed it. */
  readonly action_due_before_review: {
    /** The day of the review. */
    readonly reviewOn: IsoDate;
  };
  /** Done before the review that agreed it. */
  readonly action_done_before_review: {
    /** The day of the review. */
    readonly reviewOn: IsoDate;
  };
}

/** The messages of those codes. */
export const actionIssues: IssueCatalogue<ActionIssueDetails> = Object.freeze({
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
});

/** Reports the issues of one action's dates and status inside a refinement. */
export function refineActionDates(
  ctx: z.core.$RefinementCtx<unknown>,
  action: unknown,
  at: (string | number)[],
  reviewOn: IsoDate | undefined,
): void {
  if (!isRecord(action)) return;
  const { status, completedOn, dueOn } = action;
  if (isIsoDate(completedOn) && status !== 'done') {
    reportIssue(ctx, actionIssues, 'completed_on_without_done', [...at, 'completedOn']);
  }
  if (status === 'done' && completedOn === undefined) {
    reportIssue(ctx, actionIssues, 'done_without_completed_on', [...at, 'completedOn']);
  }
  if (reviewOn === undefined) return;
  if (isIsoDate(dueOn) && dueOn < reviewOn) {
    reportIssue(ctx, actionIssues, 'action_due_before_review', [...at, 'dueOn'], { reviewOn });
  }
  if (isIsoDate(completedOn) && completedOn < reviewOn) {
    reportIssue(ctx, actionIssues, 'action_done_before_review', [...at, 'completedOn'], {
      reviewOn,
    });
  }
}
