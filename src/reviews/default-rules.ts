import type { ReviewSchedule, ReviewTriggerRule } from './schemas/index.js';

/**
 * The default review schedule: a first review due eight weeks after the plan starts (a review
 * from week six counts as the first review), then every 12 months from the latest review held,
 * whatever prompted it (`cadenceFrom: 'any_review'`).
 *
 * @remarks This is the floor that the Care Act 2014 statutory guidance (chapter 13) sets for
 * council care and support plans: a light-touch review six to eight weeks after the plan is
 * agreed, and a review at least every 12 months. Providers usually review far more often —
 * monthly or quarterly — so most hosts will set `cadenceMonths`. A review held because
 * something happened is a review of the plan, so by default it restarts the cadence; a
 * provider whose responsive reviews look only at the event sets `cadenceFrom:
 * 'scheduled_review'` and records `kind` on its reviews.
 * @example
 * ```ts
 * reviewsDue(plan, { asOf, schedule: { ...DEFAULT_REVIEW_SCHEDULE, cadenceMonths: 3 } });
 * ```
 * @category Reviews
 */
export const DEFAULT_REVIEW_SCHEDULE: ReviewSchedule = Object.freeze({
  firstReviewWeeks: Object.freeze({ from: 6, by: 8 }),
  cadenceMonths: 12,
  cadenceFrom: 'any_review',
});

const rule = (r: ReviewTriggerRule): ReviewTriggerRule =>
  Object.freeze(
    r.on === 'events' ? { ...r, kinds: Object.freeze([...r.kinds]) as typeof r.kinds } : r,
  );

/**
 * The trigger rules {@link reviewsDue} applies when a host gives none: a review is due when
 * something meaningful changes in a person's life.
 *
 * @remarks
 * Public guidance asks for a plan to be reviewed whenever circumstances change, not only on
 * schedule: the Care Act 2014 statutory guidance (chapter 13) on unplanned reviews, NICE
 * guidance on service user experience in adult social care (NG86) and on people's experience
 * of care at home (NG21), and CQC's expectation that care plans are kept up to date after
 * incidents, safeguarding concerns and hospital stays. The kinds below are the changes that
 * guidance names. The day counts and urgencies are this library's judgement of "promptly",
 * not figures from regulation: tune them to your own policy.
 *
 * | id | fires on | due within | urgency |
 * |---|---|---|---|
 * | `safeguarding` | any safeguarding concern | 2 days | immediate |
 * | `unplanned_admission` | an unplanned hospital admission | 7 days | urgent |
 * | `serious_incident` | an incident of high or critical severity | 7 days | urgent |
 * | `repeated_incidents` | 3 incidents of any severity within 28 days | 14 days | soon |
 * | `significant_change` | a change in health, behaviour, medication, mobility, communication, confidence, relationships or family contact, of medium severity or more | 28 days | soon |
 * | `complaint` | a complaint | 28 days | soon |
 * | `family_feedback` | family feedback of medium severity or more | 28 days | soon |
 * | `planned_admission` | a planned hospital admission | 28 days | soon |
 * | `new_personal_goal` | the person has a new goal | 28 days | soon |
 * | `falling_rating` | an open outcome's rating falls by 1 point or more from the one before | 28 days | soon |
 *
 * @example
 * ```ts
 * const rules = defaultReviewTriggerRules.map((r) =>
 *   r.id === 'complaint' ? { ...r, dueWithinDays: 14 } : r,
 * );
 * reviewsDue(plan, { asOf: '2026-11-23', rules });
 * ```
 * @category Reviews
 */
export const defaultReviewTriggerRules: readonly ReviewTriggerRule[] = Object.freeze([
  rule({
    on: 'events',
    id: 'safeguarding',
    description: 'A safeguarding concern was raised',
    kinds: ['safeguarding_concern'],
    dueWithinDays: 2,
    urgency: 'immediate',
  }),
  rule({
    on: 'events',
    id: 'unplanned_admission',
    description: 'An unplanned hospital admission',
    kinds: ['hospital_admission_unplanned'],
    dueWithinDays: 7,
    urgency: 'urgent',
  }),
  rule({
    on: 'events',
    id: 'serious_incident',
    description: 'A serious incident',
    kinds: ['incident'],
    minSeverity: 'high',
    dueWithinDays: 7,
    urgency: 'urgent',
  }),
  rule({
    on: 'events',
    id: 'repeated_incidents',
    description: 'Three incidents within four weeks',
    kinds: ['incident'],
    atLeast: 3,
    withinDays: 28,
    dueWithinDays: 14,
    urgency: 'soon',
  }),
  rule({
    on: 'events',
    id: 'significant_change',
    description: 'A significant change in the person’s life',
    kinds: [
      'health_change',
      'behaviour_change',
      'medication_change',
      'mobility_change',
      'communication_change',
      'confidence_change',
      'relationship_change',
      'family_contact_change',
    ],
    minSeverity: 'medium',
    dueWithinDays: 28,
    urgency: 'soon',
  }),
  rule({
    on: 'events',
    id: 'complaint',
    description: 'A complaint was made',
    kinds: ['complaint'],
    dueWithinDays: 28,
    urgency: 'soon',
  }),
  rule({
    on: 'events',
    id: 'family_feedback',
    description: 'Family raised something that matters',
    kinds: ['family_feedback'],
    minSeverity: 'medium',
    dueWithinDays: 28,
    urgency: 'soon',
  }),
  rule({
    on: 'events',
    id: 'planned_admission',
    description: 'A planned hospital stay',
    kinds: ['hospital_admission_planned'],
    dueWithinDays: 28,
    urgency: 'soon',
  }),
  rule({
    on: 'events',
    id: 'new_personal_goal',
    description: 'The person has a new goal',
    kinds: ['new_personal_goal'],
    dueWithinDays: 28,
    urgency: 'soon',
  }),
  rule({
    on: 'falling_rating',
    id: 'falling_rating',
    description: 'A progress rating fell',
    drop: 1,
    last: 2,
    dueWithinDays: 28,
    urgency: 'soon',
  }),
]);
