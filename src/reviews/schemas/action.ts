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
import { deepFreeze, isRecord, issueReporter } from '../../core/internal/index.js';
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

/**
 * The details each parse issue of an action's dates and status carries, by code. Review
 * actions and evidence-chain action links report the same codes: an action is agreed on a
 * day (the review's day, or the link's `on`), and is not due or done before it.
 *
 * - `completed_on_without_done`: a completed date on an action that is not `done`;
 * - `done_without_completed_on`: a `done` action without the day it was done;
 * - `action_due_before_agreed`: due before the day it was agreed (`agreedOn`);
 * - `action_done_before_agreed`: done before the day it was agreed (`agreedOn`).
 *
 * @example
 * ```ts
 * const details: ActionIssueDetails['action_due_before_agreed'] = { agreedOn: '2026-11-16' };
 * ```
 * @category Reviews
 */
export interface ActionIssueDetails {
  /** A completed date on an action that is not done. */
  readonly completed_on_without_done: NoDetails;
  /** A done action without its completed date. */
  readonly done_without_completed_on: NoDetails;
  /** Due before the day it was agreed. */
  readonly action_due_before_agreed: {
    /** The day the action was agreed. */
    readonly agreedOn: IsoDate;
  };
  /** Done before the day it was agreed. */
  readonly action_done_before_agreed: {
    /** The day the action was agreed. */
    readonly agreedOn: IsoDate;
  };
}

/**
 * The parse issue codes of an action's dates and status, with their messages (see
 * {@link ActionIssueDetails}). Part of {@link reviewIssueCatalogue}; evidence chains report
 * the same codes for their action links.
 *
 * @example
 * ```ts
 * actionIssueCatalogue.action_due_before_agreed.description;
 * ```
 * @category Reviews
 */
export const actionIssueCatalogue: IssueCatalogue<ActionIssueDetails> = /* @__PURE__ */ deepFreeze({
  completed_on_without_done: {
    message: '{field} can only be given when the action is done.',
    description: 'A completed date on an action whose status is not `done`.',
  },
  done_without_completed_on: {
    message: '{field} is needed: say on which day the action was done.',
    description: 'An action with status `done` but no completed date.',
  },
  action_due_before_agreed: {
    message: '{field} is before the day the action was agreed ({agreedOn}).',
    description:
      "An action due before the day it was agreed: the review that agreed it, or an evidence-chain action link's `on`. Details: `agreedOn`.",
  },
  action_done_before_agreed: {
    message: '{field} is before the day the action was agreed ({agreedOn}).',
    description:
      "An action recorded as done before the day it was agreed (the review, or the link's `on`). Details: `agreedOn`.",
  },
});
const issue = issueReporter(actionIssueCatalogue);

/**
 * The one rule for an action's dates and status, for a zod refinement of any record that
 * holds an action: a completed date goes with status `done` (and a done action needs one),
 * and the action is not due or done before the day it was agreed.
 *
 * @remarks Reads the action defensively (it runs even when other fields failed to parse) and
 * reports with the codes of {@link actionIssueCatalogue}; give that catalogue to the parser
 * so the messages name the field. {@link ReviewSchema} runs it on each action with the
 * review's day; evidence chains on each action link with the link's `on`.
 * @param ctx - The refinement context.
 * @param action - The action, as found in the input.
 * @param at - The action's path in the input.
 * @param agreedOn - The day it was agreed, when known (otherwise only the status is checked).
 * @returns Nothing; the issues go to `ctx`.
 * @example
 * ```ts
 * const Schema = z.object({ on: IsoDateSchema, action: ActionSchema }).superRefine((v, ctx) =>
 *   refineActionDates(ctx, v.action, ['action'], v.on),
 * );
 * ```
 * @category Reviews
 */
export function refineActionDates(
  ctx: z.core.$RefinementCtx<unknown>,
  action: unknown,
  at: (string | number)[],
  agreedOn: unknown,
): void {
  if (!isRecord(action)) return;
  const { status, completedOn, dueOn } = action;
  if (isIsoDate(completedOn) && status !== 'done') {
    issue(ctx, 'completed_on_without_done', [...at, 'completedOn']);
  }
  if (status === 'done' && completedOn === undefined) {
    issue(ctx, 'done_without_completed_on', [...at, 'completedOn']);
  }
  if (!isIsoDate(agreedOn)) return;
  if (isIsoDate(dueOn) && dueOn < agreedOn) {
    issue(ctx, 'action_due_before_agreed', [...at, 'dueOn'], { agreedOn });
  }
  if (isIsoDate(completedOn) && completedOn < agreedOn) {
    issue(ctx, 'action_done_before_agreed', [...at, 'completedOn'], { agreedOn });
  }
}
