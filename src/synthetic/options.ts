import { GoldenThreadError, type IsoDate } from '../core/index.js';
import { requireCalendarDate, requireWholeNumber } from '../core/internal/index.js';
import { dayNumber } from './days.js';

/**
 * Options for {@link providerRecords} and {@link generateProvider}. Only `seed`, `people` and
 * `asOf` are required; every realism knob has a documented default.
 *
 * @example
 * ```ts
 * const options: SyntheticProviderOptions = { seed: 7, people: 200, asOf: '2026-11-01', services: ['north', 'south'] };
 * ```
 * @category Synthetic data
 */
export interface SyntheticProviderOptions {
  /** Any safe integer. The same seed (and options) always gives the same data. */
  readonly seed: number;
  /** How many people the provider supports over the period (0 or more). */
  readonly people: number;
  /** The day the data runs up to: nothing is dated after it. */
  readonly asOf: IsoDate;
  /**
   * How many services (named `svc-1`, `svc-2`, …), or their ids (`'North'`, `'Riverside team'`:
   * 1–64 characters, no control characters or spaces at either end). Default 3. Each person
   * belongs to one service and one setting, recorded in `groups.service` and `groups.setting`.
   */
  readonly services?: number | readonly string[];
  /** Settings (houses, units) per service. Default 4. */
  readonly settingsPerService?: number;
  /** How many months of history before `asOf` the data covers, 6–120. Default 30. */
  readonly months?: number;
  /** The first person index to generate (a partition's start). Default 0. */
  readonly from?: number;
  /** One past the last person index to generate. Default `people`. */
  readonly to?: number;
  /**
   * Whether to yield the setting records before the people. Default: `true` when `from` is
   * 0, so partitions `[0, a)`, `[a, b)`, … concatenated equal the whole.
   */
  readonly includeSettings?: boolean;
  /** Share of people who leave (their plan ends) per year of support. Default 0.1. */
  readonly leavingPerYear?: number;
  /** Share of outcomes written in service language rather than the person's words. Default 0.05. */
  readonly genericOutcomeShare?: number;
  /** Multiplies every life-event rate (1 = the built-in yearly rates). Default 1. */
  readonly eventRateFactor?: number;
  /** Average community activities per person per month. Default 3. */
  readonly activitiesPerMonth?: number;
  /** Share of people with individual restrictions. Default 0.12. */
  readonly restrictionShare?: number;
  /** Share of settings with a blanket restriction. Default 0.3. */
  readonly blanketShare?: number;
  /** Share of scheduled reviews held late. Default 0.15. */
  readonly lateReviewShare?: number;
  /** Share of scheduled reviews missed altogether. Default 0.05. */
  readonly missedReviewShare?: number;
  /**
   * Share of the reviews a trigger rule asks for (after an event or a falling rating) that
   * are held, but late. Default 0.12.
   */
  readonly lateResponseShare?: number;
  /**
   * Share of them never held: the trigger waits for the next review, whatever prompts it.
   * Default 0.04.
   */
  readonly missedResponseShare?: number;
  /** Share of reviews held without the person. Default 0.1. */
  readonly notInvolvedShare?: number;
}

/** The options with defaults filled in and day numbers computed. Internal. */
export interface Resolved {
  readonly seed: number;
  readonly people: number;
  readonly from: number;
  readonly to: number;
  readonly includeSettings: boolean;
  readonly asOf: number;
  readonly historyStart: number;
  readonly services: readonly string[];
  readonly settingsPerService: number;
  readonly leavingPerYear: number;
  readonly genericOutcomeShare: number;
  readonly eventRateFactor: number;
  readonly activitiesPerMonth: number;
  readonly restrictionShare: number;
  readonly blanketShare: number;
  readonly lateReviewShare: number;
  readonly missedReviewShare: number;
  readonly lateResponseShare: number;
  readonly missedResponseShare: number;
  readonly notInvolvedShare: number;
}

/** 1–64 characters, no control characters, no white space at either end (a valid Id). */
function isServiceId(id: unknown): id is string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 64 || id.trim() !== id) return false;
  for (let i = 0; i < id.length; i += 1) {
    const c = id.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return false;
  }
  return true;
}

function share(fn: string, name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!(typeof v === 'number' && v >= 0 && v <= 1)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: ${name} must be a share from 0 to 1, but it is ${String(v)}.`,
    );
  }
  return v;
}

function rate(fn: string, name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: ${name} must be a number from 0 to 100, but it is ${String(v)}.`,
    );
  }
  return v;
}

/** Checks the options and fills in defaults; throws GoldenThreadError on bad options. */
export function resolveOptions(fn: string, options: SyntheticProviderOptions): Resolved {
  if (typeof options !== 'object' || options === null) {
    throw new GoldenThreadError('invalid_argument', `${fn}: options must be an object.`);
  }
  const { seed } = options;
  if (!Number.isSafeInteger(seed)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: seed must be a whole number (a safe integer), but it is ${String(seed)}.`,
    );
  }
  const people = requireWholeNumber(fn, 'people', options.people, Number.NaN);
  const asOfDate = requireCalendarDate(fn, 'asOf', options.asOf);
  if (asOfDate < '1900-01-01' || asOfDate > '9000-12-31') {
    throw new GoldenThreadError(
      'date_out_of_range',
      `${fn}: asOf must be between 1900-01-01 and 9000-12-31, but it is ${asOfDate}.`,
    );
  }
  const months = requireWholeNumber(fn, 'months', options.months, 30, 6);
  if (months > 120) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: months must be at most 120, but it is ${months}.`,
    );
  }
  const from = requireWholeNumber(fn, 'from', options.from, 0);
  const to = requireWholeNumber(fn, 'to', options.to, people);
  if (from > to || to > people) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: from and to must satisfy 0 ≤ from ≤ to ≤ people, but they are ${from} and ${to} with ${people} people.`,
    );
  }
  const services = serviceIds(fn, options.services);
  const settingsPerService = requireWholeNumber(
    fn,
    'settingsPerService',
    options.settingsPerService,
    4,
    1,
  );
  if (settingsPerService > 1000) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: settingsPerService must be at most 1000, but it is ${settingsPerService}.`,
    );
  }
  const asOf = dayNumber(asOfDate);
  return {
    seed,
    people,
    from,
    to,
    includeSettings: includeSettings(fn, options.includeSettings, from === 0),
    asOf,
    historyStart: asOf - Math.round(months * 30.4375),
    services,
    settingsPerService,
    leavingPerYear: share(fn, 'leavingPerYear', options.leavingPerYear, 0.1),
    genericOutcomeShare: share(fn, 'genericOutcomeShare', options.genericOutcomeShare, 0.05),
    eventRateFactor: rate(fn, 'eventRateFactor', options.eventRateFactor, 1),
    activitiesPerMonth: rate(fn, 'activitiesPerMonth', options.activitiesPerMonth, 3),
    restrictionShare: share(fn, 'restrictionShare', options.restrictionShare, 0.12),
    blanketShare: share(fn, 'blanketShare', options.blanketShare, 0.3),
    lateReviewShare: share(fn, 'lateReviewShare', options.lateReviewShare, 0.15),
    missedReviewShare: share(fn, 'missedReviewShare', options.missedReviewShare, 0.05),
    lateResponseShare: share(fn, 'lateResponseShare', options.lateResponseShare, 0.12),
    missedResponseShare: share(fn, 'missedResponseShare', options.missedResponseShare, 0.04),
    notInvolvedShare: share(fn, 'notInvolvedShare', options.notInvolvedShare, 0.1),
  };
}

function includeSettings(fn: string, value: boolean | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: includeSettings must be true or false.`,
    );
  }
  return value;
}

function serviceIds(
  fn: string,
  services: number | readonly string[] | undefined,
): readonly string[] {
  if (services === undefined || typeof services === 'number') {
    const count = requireWholeNumber(fn, 'services', services, 3, 1);
    if (count > 1000) {
      throw new GoldenThreadError(
        'invalid_argument',
        `${fn}: services must be at most 1000, but it is ${count}.`,
      );
    }
    return Array.from({ length: count }, (_, i) => `svc-${i + 1}`);
  }
  if (!Array.isArray(services) || services.length === 0 || services.length > 1000) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: services must be a count or a list of 1 to 1000 service ids.`,
    );
  }
  const seen = new Set<string>();
  for (const id of services) {
    if (!isServiceId(id) || seen.has(id)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `${fn}: service id ${JSON.stringify(String(id)).slice(0, 70)} must be 1–64 characters without control characters or spaces at either end, and not repeated.`,
      );
    }
    seen.add(id);
  }
  return [...services];
}
