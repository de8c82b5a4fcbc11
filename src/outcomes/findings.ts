import {
  defineFindings,
  type FindingCatalogue,
  type FindingOf,
  fieldLabel,
  type IsoDate,
  type NoDetails,
} from '../core/index.js';
import type { WordingSpan } from './wording/analyse.js';
import type { AboutPersonCue } from './wording/voice.js';

const MISSING_WORDS: Readonly<Record<string, string>> = {
  indicator: 'an indicator (what will be seen, heard or counted)',
  measure: 'the kind of measure',
  target: 'a target',
  direction: 'which way is better',
};

const plural = (n: unknown, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * The field every outcome finding about one outcome carries (all but `too_many_priorities`).
 *
 * @example
 * ```ts
 * const about: AboutOutcome = { outcomeId: 'o-1' };
 * ```
 * @category Outcomes
 */
export interface AboutOutcome {
  /** The outcome the finding is about. */
  readonly outcomeId: string;
}

/**
 * What a wording finding says about the words it found.
 *
 * @example
 * ```ts
 * const found: WordingFinding = { phrase: 'Increase his independence', pattern: 'change_abstract', span: { start: 0, end: 25 } };
 * ```
 * @category Outcomes
 */
export interface WordingFinding {
  /** The words found, exactly as written. */
  readonly phrase: string;
  /** The id of the pattern that found them (see {@link DEFAULT_WORDING_PATTERNS}). */
  readonly pattern: string;
  /** Where they are in the field (UTF-16 offsets, `end` exclusive). */
  readonly span: WordingSpan;
}

/**
 * The details each outcome finding carries, by code. Every finding also carries `personId`,
 * and every finding but `too_many_priorities` carries `outcomeId` ({@link AboutOutcome}).
 *
 * @example
 * ```ts
 * const details: OutcomeFindingDetails['review_overdue'] = {
 *   reviewBy: '2026-11-09', daysOverdue: 14,
 * };
 * ```
 * @category Outcomes
 */
export interface OutcomeFindingDetails {
  /** The wording checks read English, and these words are in another language: not checked. */
  readonly wording_not_checked: {
    /** The language the words are in (the `language` option), or `en` when the script shows it is not English. */
    readonly language: string;
    /** `language`: another language was named; `script`: no letter is in the Latin alphabet. */
    readonly reason: 'language' | 'script';
  };
  /** The person's words are a generic aim that no specific, measurable indicator translates. */
  readonly generic_wording: WordingFinding;
  /** The person's words are a generic aim, and a specific, measurable indicator translates it. */
  readonly generic_wording_translated: WordingFinding;
  /** The indicator is itself a generic aim. */
  readonly generic_indicator: WordingFinding;
  /** The words describe a task the service delivers, or compliance or behaviour management. */
  readonly service_led_outcome: WordingFinding & {
    /** `task` (support delivered, calls, checks) or `compliance` (comply, accept, behaviour). */
    readonly kind: 'task' | 'compliance';
  };
  /** The indicator counts what the service delivers rather than what changes for the person. */
  readonly service_led_indicator: WordingFinding;
  /** Words expressed by the person read as written about them. */
  readonly words_about_person: {
    /** The words that show it, as written ("John wants", "Staff to", "his"). */
    readonly phrase: string;
    /** What kind of wording it is. */
    readonly cue: AboutPersonCue;
    /** Where those words are in `words`. */
    readonly span: WordingSpan;
  };
  /** The words were expressed on the person's behalf. */
  readonly expressed_on_behalf: {
    /** Who expressed them. */
    readonly expressedBy: string;
  };
  /** No measurable indicator. */
  readonly indicator_not_measurable: {
    /** What is missing: `indicator`, `measure`, `target`, `direction`. */
    readonly missing: readonly string[];
  };
  /** A measurable indicator without a baseline. */
  readonly no_baseline: NoDetails;
  /** No timeframe. */
  readonly no_timeframe: NoDetails;
  /** The review-by date has passed. */
  readonly review_overdue: {
    /** The review-by date. */
    readonly reviewBy: IsoDate;
    /** Days since it. */
    readonly daysOverdue: number;
  };
  /** The review-by date is too far from the start. */
  readonly review_too_far: {
    /** The review-by date. */
    readonly reviewBy: IsoDate;
    /** The latest the policy allows. */
    readonly latestReviewBy: IsoDate;
    /** The policy's months. */
    readonly maxReviewMonths: number;
  };
  /** No owner. */
  readonly no_owner: NoDetails;
  /** An owner without a responsibility. */
  readonly owner_without_responsibility: {
    /** The owner's role. */
    readonly party: string;
  };
  /** The person has not agreed the outcome. */
  readonly not_agreed: NoDetails;
  /** The person disagrees. */
  readonly person_disagrees: {
    /** The day of their latest answer. */
    readonly on: IsoDate;
  };
  /** The person's agreement is pending. */
  readonly agreement_pending: {
    /** The day of their latest answer. */
    readonly on: IsoDate;
  };
  /** No rating since the start. */
  readonly no_ratings: {
    /** The start date. */
    readonly start: IsoDate;
    /** Days since it. */
    readonly daysSince: number;
  };
  /** The latest rating is old. */
  readonly ratings_stale: {
    /** The day of the latest rating. */
    readonly lastRatedOn: IsoDate;
    /** Days since it. */
    readonly daysSince: number;
  };
  /** The latest rating fell. */
  readonly rating_falling: {
    /** The latest score. */
    readonly latest: number;
    /** The score before it. */
    readonly previous: number;
    /** The day of the latest rating. */
    readonly on: IsoDate;
  };
  /** A rating without an example. */
  readonly rating_without_example: {
    /** The rating's day. */
    readonly on: IsoDate;
  };
  /** Too many active priorities in a quarter (from `checkOutcomes`). */
  readonly too_many_priorities: {
    /** The quarter, as `quarterLabel` writes it. */
    readonly quarter: string;
    /** Active outcomes overlapping it. */
    readonly count: number;
    /** The policy's maximum. */
    readonly max: number;
    /** The outcomes concerned. */
    readonly outcomeIds: readonly string[];
  };
}

const definitions = defineFindings<OutcomeFindingDetails>({
  wording_not_checked: {
    severity: 'info',
    message: (f) =>
      f.reason === 'script'
        ? 'The wording checks read English, and these words are not written in the Latin alphabet, so they were not checked.'
        : `The wording checks read English, and these words are marked as "${f.language}", so they were not checked.`,
    description:
      'The generic, service-led and whose-words checks are English heuristics: for words in another language (the `language` option) or in another alphabet they are not applied, and this says so. Details: `language`, `reason`.',
  },
  generic_wording: {
    severity: 'warning',
    message:
      'The words "{phrase}" say what matters in general terms, but the indicator does not yet say what will be seen or counted.',
    description:
      'The person’s words are a generic aim ("increase his independence", "be more confident") with no specific detail, and the outcome has no specific, measurable indicator that turns it into something observable. Details: `phrase`, `pattern`, `span`.',
  },
  generic_wording_translated: {
    severity: 'info',
    message:
      'The words "{phrase}" are a general aim; the indicator says what will be seen or counted. Check it is what the person meant.',
    description:
      'The person’s words are a generic aim, and a measurable indicator that is not itself generic translates it. Kept visible so the words and the indicator are judged separately. Details: `phrase`, `pattern`, `span`.',
  },
  generic_indicator: {
    severity: 'warning',
    message:
      'The indicator "{phrase}" is too general to observe: say what will be seen, heard or counted.',
    description:
      'The indicator itself is written as a generic aim ("wellbeing rating", "increased confidence"). Details: `phrase`, `pattern`, `span`.',
  },
  service_led_outcome: {
    severity: 'warning',
    message: (f) =>
      f.kind === 'task'
        ? `The words "${f.phrase}" describe support the service delivers, not what the person wants from it: ask what difference it should make to their life.`
        : `The words "${f.phrase}" are about what the service expects of the person, not what they want: ask what matters to them.`,
    description:
      'Task-delivery wording ("to receive support with personal care", "care calls") or compliance and behaviour-management wording ("comply with medication", "reduce challenging behaviour"), whoever expressed it. Details: `phrase`, `pattern`, `kind`, `span`.',
  },
  service_led_indicator: {
    severity: 'warning',
    message:
      'The indicator "{phrase}" counts what the service delivers, not what changes for the person: say what they will be doing or feeling.',
    description:
      'The indicator counts service outputs ("calls delivered", "hours of support provided"). Details: `phrase`, `pattern`, `span`.',
  },
  words_about_person: {
    severity: 'warning',
    message:
      'These words describe the person rather than quote them ("{phrase}"). Record what the person said, in their words.',
    description:
      'The outcome says the person expressed it, but the words are in the third person or in service language ("John wants", "staff will", "SU to be encouraged", "To support…") with no first-person words. Easy-read words with no pronoun ("See mum every Sunday") are the person’s. Details: `phrase`, `cue`, `span`.',
  },
  expressed_on_behalf: {
    severity: 'info',
    message:
      'These words were given by the person’s {expressedBy}, not the person. Record how the person was involved.',
    description:
      'The words were expressed by family, an advocate or staff on the person’s behalf. Details: `expressedBy`.',
  },
  indicator_not_measurable: {
    severity: 'warning',
    message: (f) => {
      const missing = Array.isArray(f['missing']) ? f['missing'] : [];
      const words = missing.map((m) => MISSING_WORDS[String(m)] ?? String(m));
      return `Progress cannot be measured yet: add ${words.join(', ')}.`;
    },
    description:
      'The outcome has no indicator, or its indicator lacks a kind of measure, a target (not needed for a milestone) or a direction. Details: `missing` (`indicator`, `measure`, `target`, `direction`).',
  },
  no_baseline: {
    severity: 'info',
    message: 'There is no baseline, so progress cannot be compared with where the person started.',
    description: 'A measurable indicator (other than a milestone) without a baseline.',
  },
  no_timeframe: {
    severity: 'warning',
    message: 'There is no timeframe: add a start date and a date to review progress by.',
    description: 'An outcome in use without a start and review-by date.',
  },
  review_overdue: {
    severity: 'error',
    message: (f) =>
      `Progress was due to be reviewed by ${String(f['reviewBy'])}, ${plural(f['daysOverdue'], 'day')} ago.`,
    description:
      'The review-by date has passed on an outcome that is planned, accepted, active or on hold. Details: `reviewBy`, `daysOverdue`.',
  },
  review_too_far: {
    severity: 'warning',
    message: (f) =>
      `The review-by date (${String(f['reviewBy'])}) is more than ${plural(f['maxReviewMonths'], 'month')} after the start; review by ${String(f['latestReviewBy'])} at the latest.`,
    description:
      'The review-by date is further from the start than the policy allows (`maxReviewMonths`, default 12). Details: `reviewBy`, `latestReviewBy`, `maxReviewMonths`.',
  },
  no_owner: {
    severity: 'warning',
    message: 'Nobody is named as owning this outcome: say who will do what.',
    description: 'An outcome without owners.',
  },
  owner_without_responsibility: {
    severity: 'warning',
    message: (f) =>
      `${fieldLabel(f.path)} names the ${String(f['party'])} as an owner but not what they will do.`,
    description: 'An owner whose responsibility is not recorded. Details: `party`.',
  },
  not_agreed: {
    severity: 'warning',
    message: 'There is no record that the person agreed this outcome.',
    description:
      'A planned, accepted, active or on-hold outcome without an agreement record from the person.',
  },
  person_disagrees: {
    severity: 'error',
    message: 'The person’s latest answer ({on}) is that they do not agree with this outcome.',
    description: 'The person’s most recent agreement record says `disagree`. Details: `on`.',
  },
  agreement_pending: {
    severity: 'info',
    message: 'The person has not yet said whether they agree (asked on {on}).',
    description: 'The person’s most recent agreement record says `pending`. Details: `on`.',
  },
  no_ratings: {
    severity: 'warning',
    message: (f) =>
      `Progress has not been rated since the outcome started on ${String(f['start'])}, ${plural(f['daysSince'], 'day')} ago.`,
    description:
      'An active outcome that started longer ago than `staleAfterDays` (default 42) and has no rating. Details: `start`, `daysSince`.',
  },
  ratings_stale: {
    severity: 'warning',
    message: (f) =>
      `Progress was last rated on ${String(f['lastRatedOn'])}, ${plural(f['daysSince'], 'day')} ago.`,
    description:
      'An active outcome whose latest rating is older than `staleAfterDays` (default 42, about six weeks for monthly ratings). Details: `lastRatedOn`, `daysSince`.',
  },
  rating_falling: {
    severity: 'warning',
    message:
      'The latest rating ({latest}, on {on}) is lower than the one before ({previous}). Ask the person what has changed.',
    description:
      'The latest rating is at least `fallingBy` (default 1) below the previous one. Details: `latest`, `previous`, `on`.',
  },
  rating_without_example: {
    severity: 'info',
    message:
      'The rating on {on} has no example of what happened; an example makes the score mean something.',
    description: 'A rating without a concrete example. Details: `on`.',
  },
  too_many_priorities: {
    severity: 'warning',
    message:
      'This person has {count} active priorities in {quarter}; the policy is at most {max} at a time.',
    description:
      'More active outcomes overlap the quarter than `maxActivePriorities` (default 3) allows. Reported by `checkOutcomes`. Details: `personId`, `quarter`, `count`, `max`, `outcomeIds`.',
  },
});

/**
 * The findings {@link checkOutcome} and {@link checkOutcomes} report, with their severities,
 * default English messages and descriptions. Every finding also carries `outcomeId` and
 * `personId`.
 *
 * @example
 * ```ts
 * outcomeFindings.generic_wording.severity; // => 'warning'
 * ```
 * @category Outcomes
 */
export const outcomeFindings: FindingCatalogue<OutcomeFindingDetails> = definitions;

/**
 * A finding code reported by {@link checkOutcome} or {@link checkOutcomes}.
 *
 * @example
 * ```ts
 * const code: OutcomeFindingCode = 'review_overdue';
 * ```
 * @category Outcomes
 */
export type OutcomeFindingCode = keyof OutcomeFindingDetails;

/**
 * The details of the findings about one outcome: every code but `too_many_priorities`.
 *
 * @internal
 */
export type OneOutcomeDetails = Omit<OutcomeFindingDetails, 'too_many_priorities'>;

/**
 * The details of the findings about a person's set of outcomes (`too_many_priorities`).
 *
 * @internal
 */
export type PlanDetails = Pick<OutcomeFindingDetails, 'too_many_priorities'>;

/**
 * A finding about an outcome: `switch (f.code)` narrows its details. Every finding carries
 * `personId`; every finding but `too_many_priorities` carries `outcomeId`.
 *
 * @example
 * ```ts
 * const findings: OutcomeFinding[] = checkOutcome(outcome, { asOf: '2026-11-23' });
 * findings.filter((f) => f.code === 'review_overdue').map((f) => f.outcomeId);
 * ```
 * @category Outcomes
 */
export type OutcomeFinding =
  | FindingOf<
      Omit<OutcomeFindingDetails, 'too_many_priorities'>,
      AboutOutcome & {
        /** The person the outcome belongs to. */
        readonly personId: string;
      }
    >
  | FindingOf<
      Pick<OutcomeFindingDetails, 'too_many_priorities'>,
      {
        /** The person the outcomes belong to. */
        readonly personId: string;
      }
    >;
