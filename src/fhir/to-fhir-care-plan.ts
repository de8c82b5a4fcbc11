import type { IsoDate } from '../core/index.js';
import { requireCalendarDate, unexpected } from '../core/internal/index.js';
import type { Outcome } from '../outcomes/index.js';
import type { SupportPlan } from '../reviews/index.js';
import {
  optionalCode,
  optionalText,
  requireOptions,
  requireRecord,
  requireReference,
} from './arguments.js';
import { FHIR_EXTENSIONS, PLAN_ID_SYSTEM } from './constants.js';
import { toFhirId } from './ids.js';
import { partyReference, subjectWithPersonId } from './references.js';
import type { FhirCarePlan, FhirCarePlanActivity, FhirReference } from './types.js';

/**
 * Options for {@link toFhirCarePlan}.
 *
 * @example
 * ```ts
 * const options: ToFhirCarePlanOptions = {
 *   subject: { reference: 'Patient/p-aisha' }, status: 'active', nextReviewOn: '2026-12-01',
 * };
 * ```
 * @category FHIR
 */
export interface ToFhirCarePlanOptions {
  /** The person as the receiving system knows them. */
  readonly subject: FhirReference;
  /**
   * The CarePlan's status. Default `active`, or `completed` when the plan has an end date
   * (the library reads no clock, so say `active` for a plan whose end is still to come).
   */
  readonly status?: FhirCarePlan['status'];
  /** When the plan is next reviewed (for example from `reviewsDue`): our `next-review` extension. */
  readonly nextReviewOn?: IsoDate;
  /** A title for the plan. */
  readonly title?: string;
}

const CARE_PLAN_STATUS: readonly NonNullable<FhirCarePlan['status']>[] = [
  'draft',
  'active',
  'on-hold',
  'revoked',
  'completed',
  'entered-in-error',
  'unknown',
];

/**
 * Checks the arguments of {@link toFhirCarePlan} (and of `toFhirBundle`, which passes them
 * on): a plan object, an options object with a subject reference, and well-formed options.
 *
 * @internal
 */
export function checkCarePlanArguments(
  fn: string,
  plan: SupportPlan,
  options: ToFhirCarePlanOptions,
): ToFhirCarePlanOptions {
  requireRecord(fn, 'plan', plan, 'a parsed support plan');
  requireOptions(fn, options);
  const subject = requireReference(fn, 'options.subject', options.subject);
  const status = optionalCode(fn, 'options.status', options.status, CARE_PLAN_STATUS);
  const nextReviewOn =
    options.nextReviewOn === undefined
      ? undefined
      : requireCalendarDate(fn, 'options.nextReviewOn', options.nextReviewOn);
  const title = optionalText(fn, 'options.title', options.title);
  return {
    subject,
    ...(status === undefined ? {} : { status }),
    ...(nextReviewOn === undefined ? {} : { nextReviewOn }),
    ...(title === undefined ? {} : { title }),
  };
}

type ActivityStatus = FhirCarePlanActivity['detail']['status'];

const ACTIVITY_STATUS: Readonly<Record<Outcome['lifecycleStatus'], ActivityStatus>> = {
  proposed: 'not-started',
  planned: 'not-started',
  accepted: 'not-started',
  active: 'in-progress',
  'on-hold': 'on-hold',
  completed: 'completed',
  cancelled: 'cancelled',
  rejected: 'cancelled',
  'entered-in-error': 'entered-in-error',
};

const ACTION_STATUS: Readonly<Record<string, ActivityStatus>> = {
  open: 'scheduled',
  done: 'completed',
  dropped: 'cancelled',
};

/**
 * Writes a support plan as an HL7 FHIR R4 `CarePlan` that references one Goal per outcome.
 *
 * @remarks
 * - `goal`: `Goal/<id>` for each outcome, the ids {@link toFhirGoal} gives them;
 * - `activity`: one per owner of each outcome — `detail.description` is the owner's
 *   responsibility, `detail.performer` the owner (the subject for the person, otherwise a
 *   display-only reference with our `party` extension), `detail.status` follows the
 *   outcome's lifecycle (`active` → `in-progress`, `completed` → `completed`, not yet started →
 *   `not-started`, …) and `detail.goal` the outcome's Goal; then one per action agreed at a
 *   review (`open` → `scheduled`, `done` → `completed`, `dropped` → `cancelled`, due date as
 *   `scheduledPeriod.end`);
 * - `period`: the plan's start and end; our `next-review` extension: `nextReviewOn`. Each
 *   outcome's own review-by date is on its Goal (`target.dueDate`).
 *
 * Use {@link toFhirBundle} to send the CarePlan together with its Goals and Observations.
 * @param plan - A parsed support plan (its outcomes become the referenced Goals).
 * @param options - `subject`, and optionally `status`, `nextReviewOn`, `title`.
 * @returns The CarePlan resource.
 * @throws {@link golden-thread!GoldenThreadError} `invalid_argument` when `plan` is not an object,
 * `options.subject` is not a FHIR reference, `options.status` is not a CarePlan status or
 * `options.title` is blank; `invalid_date` when `options.nextReviewOn` is not a calendar date.
 * @example
 * ```ts
 * const carePlan = toFhirCarePlan(plan, { subject: { reference: 'Patient/p-aisha' } });
 * carePlan.goal?.length; // one per outcome
 * ```
 * @category FHIR
 */
export function toFhirCarePlan(plan: SupportPlan, options: ToFhirCarePlanOptions): FhirCarePlan {
  try {
    const checked = checkCarePlanArguments('toFhirCarePlan', plan, options);
    const subject = subjectWithPersonId(checked.subject, plan.personId);
    const outcomes = plan.outcomes ?? [];
    const goalOf = new Map(outcomes.map((o) => [o.id, { reference: `Goal/${toFhirId(o.id)}` }]));
    const activity: FhirCarePlanActivity[] = [];
    for (const outcome of outcomes) {
      for (const owner of outcome.owners ?? []) {
        activity.push({
          detail: {
            ...(owner.party === 'person'
              ? {}
              : { extension: [{ url: FHIR_EXTENSIONS.party, valueCode: owner.party }] }),
            goal: [{ reference: `Goal/${toFhirId(outcome.id)}` }],
            status: ACTIVITY_STATUS[outcome.lifecycleStatus],
            performer: [partyReference(owner.party, owner.name, subject)],
            ...(owner.responsibility === undefined ? {} : { description: owner.responsibility }),
          },
        });
      }
    }
    for (const review of plan.reviews ?? []) {
      for (const action of review.actions ?? []) {
        const goals = (action.outcomeIds ?? []).flatMap((id) => {
          const ref = goalOf.get(id);
          return ref === undefined ? [] : [{ ...ref }];
        });
        activity.push({
          detail: {
            ...(goals.length === 0 ? {} : { goal: goals }),
            status: ACTION_STATUS[action.status] ?? 'unknown',
            scheduledPeriod: { end: action.dueOn },
            performer: [partyReference(action.owner.role, action.owner.name, subject)],
            description: action.description,
          },
        });
      }
    }
    const carePlan: FhirCarePlan = {
      resourceType: 'CarePlan',
      id: toFhirId(plan.id),
      identifier: [{ system: PLAN_ID_SYSTEM, value: plan.id }],
      status: checked.status ?? (plan.end === undefined ? 'active' : 'completed'),
      intent: 'plan',
      subject,
      period: { start: plan.start, ...(plan.end === undefined ? {} : { end: plan.end }) },
    };
    if (checked.nextReviewOn !== undefined) {
      carePlan.extension = [{ url: FHIR_EXTENSIONS.nextReview, valueDate: checked.nextReviewOn }];
    }
    if (checked.title !== undefined) carePlan.title = checked.title;
    if (outcomes.length > 0) carePlan.goal = outcomes.map((o) => ({ ...goalOf.get(o.id) }));
    if (activity.length > 0) carePlan.activity = activity;
    return carePlan;
  } catch (error) {
    throw unexpected('toFhirCarePlan', error);
  }
}
