import {
  defineFindings,
  type FindingCatalogue,
  type FindingOf,
  type IsoDate,
} from '../core/index.js';

/**
 * The details each {@link reviewsDue} notice carries, by code. Every notice also carries
 * `planId`.
 *
 * @example
 * ```ts
 * const details: ReviewsDueNoticeDetails['duplicate_event_id'] = { eventId: 'e-1', count: 2 };
 * ```
 * @category Reviews
 */
export interface ReviewsDueNoticeDetails {
  /** An event after `asOf`, left out. */
  readonly event_after_as_of: {
    /** The event. */
    readonly eventId: string;
    /** Its day. */
    readonly on: IsoDate;
    /** The day judged. */
    readonly asOf: IsoDate;
  };
  /** A review after `asOf`, not counted. */
  readonly review_after_as_of: {
    /** The review. */
    readonly reviewId: string;
    /** Its day. */
    readonly on: IsoDate;
    /** The day judged. */
    readonly asOf: IsoDate;
  };
  /** Several events share an id. */
  readonly duplicate_event_id: {
    /** The id. */
    readonly eventId: string;
    /** How many times it appears. */
    readonly count: number;
  };
  /** Several reviews share an id. */
  readonly duplicate_review_id: {
    /** The id. */
    readonly reviewId: string;
    /** How many times it appears. */
    readonly count: number;
  };
}

/**
 * A finding code reported by {@link reviewsDue} about the records it was given.
 *
 * @example
 * ```ts
 * const code: ReviewsDueNoticeCode = 'event_after_as_of';
 * ```
 * @category Reviews
 */
export type ReviewsDueNoticeCode = keyof ReviewsDueNoticeDetails;

const quoted = (v: unknown) => `"${String(v)}"`;

const notices = defineFindings<ReviewsDueNoticeDetails>({
  event_after_as_of: {
    severity: 'info',
    message: (f) =>
      `The event ${quoted(f['eventId'])} is dated ${String(f['on'])}, after ${String(f['asOf'])}; it was left out of the review triggers.`,
    description:
      'A life event dated after `asOf`, ignored for triggers. Details: `eventId`, `on`, `asOf`.',
  },
  review_after_as_of: {
    severity: 'info',
    message: (f) =>
      `The review ${quoted(f['reviewId'])} is dated ${String(f['on'])}, after ${String(f['asOf'])}; it was not counted as held.`,
    description: 'A review dated after `asOf`, not counted. Details: `reviewId`, `on`, `asOf`.',
  },
  duplicate_event_id: {
    severity: 'warning',
    message: (f) =>
      `The event id ${quoted(f['eventId'])} appears ${String(f['count'])} times; it was counted once.`,
    description:
      'Several events share an id. One is kept (the earliest; then the most severe) and counted once. Details: `eventId`, `count`.',
  },
  duplicate_review_id: {
    severity: 'warning',
    message: (f) =>
      `The review id ${quoted(f['reviewId'])} appears ${String(f['count'])} times; it was counted once.`,
    description:
      'Several reviews share an id. They are treated as one review held on the earliest date, covering what any of them covered. Details: `reviewId`, `count`.',
  },
});

/**
 * The notices {@link reviewsDue} reports about its input: events and reviews dated after
 * `asOf` (left out), and ids that appear more than once (counted once).
 *
 * @example
 * ```ts
 * reviewsDueNotices.duplicate_event_id.description;
 * ```
 * @category Reviews
 */
export const reviewsDueNotices: FindingCatalogue<ReviewsDueNoticeDetails> = notices;

/**
 * A notice from {@link reviewsDue} about the records it was given.
 *
 * @example
 * ```ts
 * const { notices } = reviewsDue(plan, { asOf });
 * ```
 * @category Reviews
 */
export type ReviewsDueNotice = FindingOf<
  ReviewsDueNoticeDetails,
  {
    /** The plan the notice is about. */
    readonly planId: string;
  }
>;
