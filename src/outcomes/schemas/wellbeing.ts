import * as z from 'zod';
import { deepFreeze } from '../../core/internal/index.js';

/**
 * The nine areas of a person's wellbeing that the Care Act 2014 (section 1(2)) asks a local
 * authority to promote, as codes an outcome can be tagged with, so that a report can show
 * where people's lives changed. The wording of the labels is the library's own summary of
 * the statutory list, in statutory order.
 *
 * - `dignity`: personal dignity, including being treated with respect;
 * - `health_and_emotional_wellbeing`: physical and mental health and emotional wellbeing;
 * - `protection_from_abuse`: protection from abuse and neglect;
 * - `control_over_daily_life`: control over day-to-day life, including over care and support;
 * - `work_education_recreation`: taking part in work, education, training or recreation;
 * - `social_and_economic`: social and economic wellbeing;
 * - `relationships`: domestic, family and personal relationships;
 * - `accommodation`: living somewhere suitable;
 * - `contribution_to_society`: the person's contribution to society.
 *
 * @example
 * ```ts
 * WellbeingAreaSchema.parse('relationships'); // => 'relationships'
 * ```
 * @category Outcomes
 */
export const WellbeingAreaSchema = /* @__PURE__ */ z.enum([
  'dignity',
  'health_and_emotional_wellbeing',
  'protection_from_abuse',
  'control_over_daily_life',
  'work_education_recreation',
  'social_and_economic',
  'relationships',
  'accommodation',
  'contribution_to_society',
]);

/**
 * A Care Act 2014 wellbeing area. Derived from {@link WellbeingAreaSchema}.
 *
 * @example
 * ```ts
 * const area: WellbeingArea = 'work_education_recreation';
 * ```
 * @category Outcomes
 */
export type WellbeingArea = z.output<typeof WellbeingAreaSchema>;

/**
 * How a wellbeing area is shown to people: a short label for a heading or a table row, and a
 * sentence saying what it covers.
 *
 * @example
 * ```ts
 * const about: WellbeingAreaText = WELLBEING_AREAS.accommodation;
 * ```
 * @category Outcomes
 */
export interface WellbeingAreaText {
  /** A short plain-English name, in sentence case. */
  readonly label: string;
  /** What the area covers, in a sentence. */
  readonly description: string;
}

/**
 * Every Care Act 2014 wellbeing area with its plain-English label and description, in
 * statutory order (the order of `Object.keys`). Deep-frozen.
 *
 * @remarks The labels are the library's own wording, not the statute's text; a host may show
 * its own. Tag an outcome with the areas it serves in `wellbeingAreas`.
 * @example
 * ```ts
 * WELLBEING_AREAS.control_over_daily_life.label; // => 'Control over day-to-day life'
 * Object.keys(WELLBEING_AREAS).length; // => 9
 * ```
 * @category Outcomes
 */
export const WELLBEING_AREAS: Readonly<Record<WellbeingArea, WellbeingAreaText>> =
  /* @__PURE__ */ deepFreeze({
    dignity: {
      label: 'Personal dignity',
      description: 'Being treated with respect, and support given in a way that keeps dignity.',
    },
    health_and_emotional_wellbeing: {
      label: 'Health and emotional wellbeing',
      description: 'Physical health, mental health and how the person feels in themselves.',
    },
    protection_from_abuse: {
      label: 'Protection from abuse and neglect',
      description: 'Being safe from harm, abuse and neglect, and knowing how to get help.',
    },
    control_over_daily_life: {
      label: 'Control over day-to-day life',
      description: 'Making everyday choices, including about care and support and how it is given.',
    },
    work_education_recreation: {
      label: 'Work, education, training or recreation',
      description: 'Taking part in a job, volunteering, learning, training or leisure.',
    },
    social_and_economic: {
      label: 'Social and economic wellbeing',
      description: 'Being part of the community, and having and managing money.',
    },
    relationships: {
      label: 'Relationships',
      description: 'Family, friends, partners and the people the person lives with.',
    },
    accommodation: {
      label: 'Suitable living accommodation',
      description: 'Living somewhere that suits the person and that they are happy with.',
    },
    contribution_to_society: {
      label: 'Contribution to society',
      description: 'What the person gives to others and to the community around them.',
    },
  });

/**
 * Why an outcome was cancelled, so that a report shows the reasons rather than hiding the
 * outcomes that did not go ahead:
 *
 * - `person_chose`: the person decided it no longer matters to them;
 * - `needs_changed`: their health or circumstances changed, so it no longer fits;
 * - `replaced`: a new or reworded outcome took its place;
 * - `not_attainable`: it was agreed that it cannot be reached for now;
 * - `support_unavailable`: the service could not give the support it needed (staff,
 *   transport, funding);
 * - `left_service`: the person moved on from the service;
 * - `other`: anything else (say what in `cancelledNote`).
 *
 * @example
 * ```ts
 * CancelledReasonSchema.parse('support_unavailable'); // => 'support_unavailable'
 * ```
 * @category Outcomes
 */
export const CancelledReasonSchema = /* @__PURE__ */ z.enum([
  'person_chose',
  'needs_changed',
  'replaced',
  'not_attainable',
  'support_unavailable',
  'left_service',
  'other',
]);

/**
 * Why an outcome was cancelled. Derived from {@link CancelledReasonSchema}.
 *
 * @example
 * ```ts
 * const reason: CancelledReason = 'person_chose';
 * ```
 * @category Outcomes
 */
export type CancelledReason = z.output<typeof CancelledReasonSchema>;

/**
 * A plain-English label for each reason an outcome may be cancelled, in the order of
 * {@link CancelledReasonSchema}. Deep-frozen.
 *
 * @example
 * ```ts
 * CANCELLED_REASONS.support_unavailable; // => 'The service could not give the support needed'
 * ```
 * @category Outcomes
 */
export const CANCELLED_REASONS: Readonly<Record<CancelledReason, string>> =
  /* @__PURE__ */ deepFreeze({
    person_chose: 'The person decided it no longer matters to them',
    needs_changed: 'Their health or circumstances changed',
    replaced: 'A new or reworded outcome took its place',
    not_attainable: 'Agreed it cannot be reached for now',
    support_unavailable: 'The service could not give the support needed',
    left_service: 'The person moved on from the service',
    other: 'Another reason',
  });
