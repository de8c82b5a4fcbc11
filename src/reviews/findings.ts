import {
  defineFindings,
  type FindingCatalogue,
  type FindingOf,
  type IsoDate,
  type NoDetails,
} from '../core/index.js';

/**
 * The details each review-quality finding carries, by code. Every finding also carries
 * `reviewId` (see {@link ReviewFinding}).
 *
 * @example
 * ```ts
 * const details: ReviewFindingDetails['wanted_involvement_missing'] = { role: 'family' };
 * ```
 * @category Reviews
 */
export interface ReviewFindingDetails {
  /** The person took no part. */
  readonly person_not_involved: NoDetails;
  /** The person's views are not recorded. */
  readonly person_views_missing: NoDetails;
  /** The views were put into words by someone else. */
  readonly views_not_in_persons_words: {
    /** Who put them into words. */
    readonly expressedBy: string;
  };
  /** An open outcome the review did not look at. */
  readonly outcome_not_reviewed: {
    /** The outcome. */
    readonly outcomeId: string;
    /** Its words. */
    readonly words: string;
  };
  /** Whether the outcome still matters was not asked. */
  readonly meaning_not_asked: {
    /** The outcome. */
    readonly outcomeId: string;
  };
  /** A service-led outcome. */
  readonly outcome_service_led: {
    /** The outcome. */
    readonly outcomeId: string;
    /** Its words. */
    readonly words: string;
  };
  /** An outcome worded as a generic aim. */
  readonly outcome_generic: {
    /** The outcome. */
    readonly outcomeId: string;
    /** Its words. */
    readonly words: string;
    /** The generic phrase found. */
    readonly phrase: string;
  };
  /** The person wants changes and nothing was decided. */
  readonly changes_without_actions: NoDetails;
  /** A plan merely approved. */
  readonly plan_only_approved: {
    /** What the person said: `none` in their own words, or `assent_only` ("Yes, that is fine"). */
    readonly personsWords: 'none' | 'assent_only';
  };
  /** The plan continued unchanged and no outcome's progress was talked about. */
  readonly continued_without_progress: NoDetails;
  /** A supporter the person wants was absent. */
  readonly wanted_involvement_missing: {
    /** `family`, `advocate`, `friend` or `other`. */
    readonly role: string;
    /** Their name, when the plan records it. */
    readonly name?: string;
  };
  /** A supporter the person did not want took part. */
  readonly unwanted_supporter_present: {
    /** `family`, `advocate`, `friend` or `other`. */
    readonly role: string;
    /** Their name, when the plan records it. */
    readonly name?: string;
  };
  /** An action from the last review is still open. */
  readonly previous_action_not_done: {
    /** The action. */
    readonly actionId: string;
    /** What it is. */
    readonly description: string;
    /** When it was due. */
    readonly dueOn: IsoDate;
  };
  /** A significant event was not discussed. */
  readonly significant_event_not_discussed: {
    /** The event. */
    readonly eventId: string;
    /** Its day. */
    readonly on: IsoDate;
    /** Its kind. */
    readonly kind: string;
    /** Its severity. */
    readonly severity: string;
  };
  /** A significant event was discussed and nothing was decided or done. */
  readonly event_without_decision: {
    /** The event. */
    readonly eventId: string;
    /** Its day. */
    readonly on: IsoDate;
    /** Its kind. */
    readonly kind: string;
    /** Its severity. */
    readonly severity: string;
  };
  /** The review answered an event that asked for a review, without recording it. */
  readonly trigger_event_not_recorded: {
    /** The event. */
    readonly eventId: string;
    /** Its day. */
    readonly on: IsoDate;
    /** Its kind. */
    readonly kind: string;
    /** The trigger rule that counts it. */
    readonly ruleId: string;
  };
  /** Feedback with no answer. */
  readonly feedback_not_answered: {
    /** The feedback. */
    readonly feedbackId: string;
    /** Its day. */
    readonly on: IsoDate;
    /** Who gave it. */
    readonly from: string;
    /** Their words. */
    readonly words: string;
  };
}

/**
 * A finding code reported by {@link checkReviewQuality}.
 *
 * @example
 * ```ts
 * const code: ReviewFindingCode = 'person_views_missing';
 * ```
 * @category Reviews
 */
export type ReviewFindingCode = keyof ReviewFindingDetails;

const quoted = (v: unknown) => `"${String(v)}"`;

const quality = defineFindings<ReviewFindingDetails>({
  person_not_involved: {
    severity: 'error',
    message:
      'The person took no part in this review. A review is about their life: hold it with them, or find another way for them to take part (pictures, a talking mat, a conversation beforehand).',
    description: 'The review records the person as `not_involved`: on time, but without them.',
  },
  person_views_missing: {
    severity: 'error',
    message:
      'The person’s views are not recorded. Write down what they said about their support, in their own words.',
    description: 'A review without the person’s views.',
  },
  views_not_in_persons_words: {
    severity: 'info',
    message: (f) =>
      `The views were put into words by ${String(f['expressedBy'])}, not by the person. That can be right, but say how the person was asked and check it reflects what they communicated.`,
    description:
      'The views were expressed by family, an advocate or staff. Details: `expressedBy`.',
  },
  outcome_not_reviewed: {
    severity: 'warning',
    message: (f) =>
      `The outcome ${quoted(f['words'])} was not looked at. Each open outcome should be talked about at a review: is it still what the person wants, and how is it going?`,
    description:
      'An open outcome of the person that the review does not cover. Details: `outcomeId`, `words`.',
  },
  meaning_not_asked: {
    severity: 'warning',
    message:
      'The review does not say whether this outcome still matters to the person. Ask them, and record the answer.',
    description: 'An outcome entry without `stillMeaningful`. Details: `outcomeId`.',
  },
  outcome_service_led: {
    severity: 'warning',
    message: (f) =>
      `The outcome ${quoted(f['words'])} was written by staff. Outcomes should come from the person, or someone speaking for them; check the person wants this.`,
    description:
      'A reviewed or open outcome expressed by staff (a service-led goal). Details: `outcomeId`, `words`.',
  },
  outcome_generic: {
    severity: 'warning',
    message: (f) =>
      `The outcome ${quoted(f['words'])} uses the general phrase ${quoted(f['phrase'])}. Use the review to agree what it means for this person: what will be seen or counted.`,
    description:
      'A reviewed or open outcome whose words use a generic phrase. Details: `outcomeId`, `words`, `phrase`.',
  },
  changes_without_actions: {
    severity: 'warning',
    message:
      'The person said something is difficult, wants something to change or no longer wants an outcome, but no decision or action was recorded. Changes should lead to updated actions.',
    description:
      'A review with something difficult, a wish to change or an outcome no longer meaningful, and no decisions or actions.',
  },
  plan_only_approved: {
    severity: 'warning',
    message: (f) =>
      f.personsWords === 'assent_only'
        ? 'The person only agreed ("yes, that is fine") and nothing changed at this review. It looks like a plan written beforehand that the person was asked to approve; ask what they think, and let their answers shape the plan.'
        : 'Nothing changed at this review and the person’s words are not recorded. It looks like a pre-written plan the person was asked to approve; a review should be shaped by them.',
    description:
      'A review with no change to the plan (no decision other than to continue, no action, no outcome change or comment) and no views from the person, or views that only agree. Details: `personsWords` (`none` or `assent_only`).',
  },
  continued_without_progress: {
    severity: 'warning',
    message:
      'The plan was carried on unchanged and no progress on the person’s outcomes was talked about. Before deciding nothing needs to change, look at how each outcome is going.',
    description:
      'A rubber-stamp review: nothing changed (no decision other than to continue, no action) and no outcome entry records progress or a comment.',
  },
  wanted_involvement_missing: {
    severity: 'warning',
    message: (f) =>
      f.name === undefined
        ? `The person wants their ${f.role} involved in reviews, but no ${f.role} took part.`
        : `The person wants ${f.name} (${f.role}) involved in reviews, but ${f.name} did not take part.`,
    description:
      'A supporter the person wants at their reviews (family, an advocate, a friend: the plan’s `supporters`) took no part. Details: `role`, `name` when recorded.',
  },
  unwanted_supporter_present: {
    severity: 'warning',
    message: (f) =>
      `The person said they do not want ${f.name === undefined ? `their ${f.role}` : `${f.name} (${f.role})`} at their reviews, but they took part. Check the person agreed this time, and record why.`,
    description:
      'A supporter the person does not want at their reviews (`atReviews: not_wanted`) took part. Details: `role`, `name` when recorded.',
  },
  previous_action_not_done: {
    severity: 'warning',
    message: (f) =>
      `The action ${quoted(f['description'])} from the last review was due on ${String(f['dueOn'])} and is still not done. Check it, and agree what happens next.`,
    description:
      'An action from the previous review, due by this review, still open. Details: `actionId`, `description`, `dueOn`.',
  },
  significant_event_not_discussed: {
    severity: 'error',
    message: (f) =>
      `A significant event on ${String(f['on'])} (${String(f['kind']).replaceAll('_', ' ')}) was not discussed at this review. Talk it through with the person and update the plan.`,
    description:
      'A significant life event since the last review that this review does not list in `eventsDiscussed`. Details: `eventId`, `on`, `kind`, `severity`.',
  },
  event_without_decision: {
    severity: 'warning',
    message: (f) =>
      `A significant event on ${String(f.on)} (${String(f.kind).replaceAll('_', ' ')}) was talked about, but nothing was decided or done. Agree with the person what changes, and record it as a decision or an action.`,
    description:
      'A significant event this review lists in `eventsDiscussed`, at a review with no decision other than to continue and no action. Details: `eventId`, `on`, `kind`, `severity`.',
  },
  trigger_event_not_recorded: {
    severity: 'warning',
    message: (f) =>
      `This review was held after an event that asks for a review (${String(f.kind).replaceAll('_', ' ')}, ${String(f.on)}), but does not record that it was talked about. Add it to the events discussed, or talk it through with the person.`,
    description:
      'An event since the last review that a trigger rule counts (not a significant one: those are `significant_event_not_discussed`) and that this review, which answered it, does not list in `eventsDiscussed`. Details: `eventId`, `on`, `kind`, `ruleId`.',
  },
  feedback_not_answered: {
    severity: 'warning',
    message: (f) =>
      `Feedback from ${String(f['from'])} on ${String(f['on'])} (${quoted(f['words'])}) has no action and was not answered at this review.`,
    description:
      'Feedback since the last review that no action answers and the review did not answer. Details: `feedbackId`, `on`, `from`, `words`.',
  },
});

/**
 * The findings {@link checkReviewQuality} reports, with their severity and default message.
 *
 * - `person_not_involved` (error): on time, but without the person.
 * - `person_views_missing` (error): no views from the person.
 * - `views_not_in_persons_words` (info): views put into words by someone else.
 * - `outcome_not_reviewed`, `meaning_not_asked`, `outcome_service_led`, `outcome_generic`
 *   (warnings): outcomes not individual and current.
 * - `changes_without_actions`, `plan_only_approved`, `continued_without_progress`
 *   (warnings): changes did not lead to actions; a pre-written plan merely approved (no
 *   words of the person's, or only "yes, that is fine"); a plan carried on with no progress
 *   discussed (a rubber stamp).
 * - `wanted_involvement_missing`, `unwanted_supporter_present` (warnings): a supporter the
 *   person wants was absent; one they did not want took part.
 * - `previous_action_not_done` (warning): an action from the last review still open.
 * - `significant_event_not_discussed` (error): a significant event never talked about.
 * - `event_without_decision` (warning): a significant event discussed, nothing decided or done.
 * - `trigger_event_not_recorded` (warning): an event that asked for a review, answered by
 *   this review but not recorded as discussed.
 * - `feedback_not_answered` (warning): feedback with no action and no answer.
 *
 * @example
 * ```ts
 * reviewFindings.plan_only_approved.severity; // => 'warning'
 * ```
 * @category Reviews
 */
export const reviewFindings: FindingCatalogue<ReviewFindingDetails> = quality;

/**
 * A finding about a review.
 *
 * @example
 * ```ts
 * const { findings } = checkReviewQuality(review, {});
 * const errors = findings.filter((f: ReviewFinding) => f.severity === 'error');
 * ```
 * @category Reviews
 */
export type ReviewFinding = FindingOf<
  ReviewFindingDetails,
  {
    /** The review the finding is about. */
    readonly reviewId: string;
  }
>;
