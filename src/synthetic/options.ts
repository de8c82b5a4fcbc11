import { GoldenThreadError, type IsoDate } from '../core/index.js';
import {
  deepFreeze,
  describeValue,
  requireCalendarDate,
  requireWholeNumber,
} from '../core/internal/index.js';
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
  /**
   * The kind of provider the data describes: `'reasonable'` (the default) — a decent service
   * with some problems — or `'struggling'`: more reviews late or missed, more restriction
   * records failing their checks, fewer outcomes achieved, more incidents. Each profile is a
   * set of rates ({@link SYNTHETIC_PROFILES}); any rate given below replaces the profile's.
   */
  readonly profile?: SyntheticProfile;
  /** Share of people who leave (their plan ends) per year of support. Profile default. */
  readonly leavingPerYear?: number;
  /** Share of outcomes written in service language rather than the person's words. Profile default. */
  readonly genericOutcomeShare?: number;
  /** Multiplies every life-event rate (1 = the built-in yearly rates), 0–100. Profile default. */
  readonly eventRateFactor?: number;
  /** Average community activities per person per month, 0–100. Profile default. */
  readonly activitiesPerMonth?: number;
  /** Share of people with individual restrictions. Profile default. */
  readonly restrictionShare?: number;
  /** Share of settings with a blanket restriction. Profile default. */
  readonly blanketShare?: number;
  /** Share of scheduled reviews held late. Profile default. */
  readonly lateReviewShare?: number;
  /** Share of scheduled reviews missed altogether. Profile default. */
  readonly missedReviewShare?: number;
  /**
   * Share of the reviews a trigger rule asks for (after an event or a falling rating) that
   * are held, but late. Profile default.
   */
  readonly lateResponseShare?: number;
  /**
   * Share of them never held: the trigger waits for the next review, whatever prompts it.
   * Profile default.
   */
  readonly missedResponseShare?: number;
  /** Share of reviews held without the person. Profile default. */
  readonly notInvolvedShare?: number;
  /** Share of outcomes whose ratings drift upwards (the rest hold steady or fall). Profile default. */
  readonly improvingShare?: number;
  /**
   * Share of outcomes whose ratings drift downwards; with `improvingShare` at most 1.
   * Profile default.
   */
  readonly deterioratingShare?: number;
  /**
   * Multiplies the rate of each restriction record-keeping problem (a review held late or
   * without the person, no legal basis, no reduction plan, a use without a debrief, …; each
   * held at 1), 0–100. Profile default.
   */
  readonly restrictionProblemFactor?: number;
}

/**
 * The synthetic provider profiles: {@link SyntheticProviderOptions}'s `profile`.
 *
 * @example
 * ```ts
 * const profile: SyntheticProfile = 'struggling';
 * ```
 * @category Synthetic data
 */
export type SyntheticProfile = 'reasonable' | 'struggling';

/**
 * The realism rates a profile sets; each is also an option of the same name.
 *
 * @example
 * ```ts
 * const rates: SyntheticProfileRates = SYNTHETIC_PROFILES.struggling;
 * ```
 * @category Synthetic data
 */
export interface SyntheticProfileRates {
  /** Share of people who leave (their plan ends) per year of support. */
  readonly leavingPerYear: number;
  /** Share of outcomes written in service language rather than the person's words. */
  readonly genericOutcomeShare: number;
  /** Multiplies every life-event rate (incidents, admissions, …). */
  readonly eventRateFactor: number;
  /** Average community activities per person per month. */
  readonly activitiesPerMonth: number;
  /** Share of people with individual restrictions. */
  readonly restrictionShare: number;
  /** Share of settings with a blanket restriction. */
  readonly blanketShare: number;
  /** Share of scheduled reviews held late. */
  readonly lateReviewShare: number;
  /** Share of scheduled reviews missed altogether. */
  readonly missedReviewShare: number;
  /** Share of trigger-rule reviews held late. */
  readonly lateResponseShare: number;
  /** Share of trigger-rule reviews never held. */
  readonly missedResponseShare: number;
  /** Share of reviews held without the person. */
  readonly notInvolvedShare: number;
  /** Share of outcomes whose ratings drift upwards. */
  readonly improvingShare: number;
  /** Share of outcomes whose ratings drift downwards. */
  readonly deterioratingShare: number;
  /** Multiplies the rate of each restriction record-keeping problem. */
  readonly restrictionProblemFactor: number;
}

/**
 * The rates of each synthetic provider profile. `reasonable` is a decent service with some
 * problems (the figures the guide "Synthetic data" measures for it); `struggling` has about
 * twice as many reviews late or missed, three times the restriction record-keeping problems,
 * fewer outcomes improving and more falling, and 1.6 times the incidents and admissions.
 *
 * @example
 * ```ts
 * SYNTHETIC_PROFILES.reasonable.lateReviewShare; // => 0.15
 * SYNTHETIC_PROFILES.struggling.lateReviewShare; // => 0.3
 * ```
 * @category Synthetic data
 */
export const SYNTHETIC_PROFILES: Readonly<Record<SyntheticProfile, SyntheticProfileRates>> =
  deepFreeze({
    reasonable: {
      leavingPerYear: 0.1,
      genericOutcomeShare: 0.05,
      eventRateFactor: 1,
      activitiesPerMonth: 3,
      restrictionShare: 0.12,
      blanketShare: 0.3,
      lateReviewShare: 0.15,
      missedReviewShare: 0.05,
      lateResponseShare: 0.12,
      missedResponseShare: 0.04,
      notInvolvedShare: 0.1,
      improvingShare: 0.6,
      deterioratingShare: 0.12,
      restrictionProblemFactor: 1,
    },
    struggling: {
      leavingPerYear: 0.15,
      genericOutcomeShare: 0.15,
      eventRateFactor: 1.6,
      activitiesPerMonth: 2,
      restrictionShare: 0.2,
      blanketShare: 0.6,
      lateReviewShare: 0.3,
      missedReviewShare: 0.12,
      lateResponseShare: 0.3,
      missedResponseShare: 0.12,
      notInvolvedShare: 0.3,
      improvingShare: 0.3,
      deterioratingShare: 0.3,
      restrictionProblemFactor: 3,
    },
  });

/** The rates checked as factors (0–100) rather than shares (0–1). */
const FACTORS: ReadonlySet<keyof SyntheticProfileRates> = new Set([
  'eventRateFactor',
  'activitiesPerMonth',
  'restrictionProblemFactor',
]);

/** The options with defaults filled in and day numbers computed. Internal. */
export interface Resolved extends SyntheticProfileRates {
  readonly seed: number;
  readonly people: number;
  readonly from: number;
  readonly to: number;
  readonly includeSettings: boolean;
  readonly asOf: number;
  readonly historyStart: number;
  readonly services: readonly string[];
  readonly settingsPerService: number;
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
  const seed = requireSeed(fn, options.seed);
  const people = requireWholeNumber(fn, 'people', options.people, Number.NaN);
  const asOf = dayNumber(requireAsOf(fn, options.asOf));
  const months = requireAtMost(
    fn,
    'months',
    requireWholeNumber(fn, 'months', options.months, 30, 6),
    120,
  );
  const { from, to } = requireSlice(fn, options, people);
  const services = serviceIds(fn, options.services);
  const settingsPerService = requireAtMost(
    fn,
    'settingsPerService',
    requireWholeNumber(fn, 'settingsPerService', options.settingsPerService, 4, 1),
    1000,
  );
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
    ...resolveRates(fn, options),
  };
}

function requireSeed(fn: string, seed: unknown): number {
  if (!Number.isSafeInteger(seed)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: seed must be a whole number (a safe integer), but it is ${String(seed)}.`,
    );
  }
  return seed as number;
}

function requireAsOf(fn: string, value: unknown): IsoDate {
  const asOf = requireCalendarDate(fn, 'asOf', value);
  if (asOf < '1900-01-01' || asOf > '9000-12-31') {
    throw new GoldenThreadError(
      'date_out_of_range',
      `${fn}: asOf must be between 1900-01-01 and 9000-12-31, but it is ${asOf}.`,
    );
  }
  return asOf;
}

function requireAtMost(fn: string, name: string, value: number, most: number): number {
  if (value > most) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: ${name} must be at most ${most}, but it is ${value}.`,
    );
  }
  return value;
}

function requireSlice(
  fn: string,
  options: SyntheticProviderOptions,
  people: number,
): { from: number; to: number } {
  const from = requireWholeNumber(fn, 'from', options.from, 0);
  const to = requireWholeNumber(fn, 'to', options.to, people);
  if (from > to || to > people) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: from and to must satisfy 0 ≤ from ≤ to ≤ people, but they are ${from} and ${to} with ${people} people.`,
    );
  }
  return { from, to };
}

/** The profile's rates, each replaced by the option of the same name when it is given. */
function resolveRates(fn: string, options: SyntheticProviderOptions): SyntheticProfileRates {
  const profile = options.profile ?? 'reasonable';
  if (!Object.hasOwn(SYNTHETIC_PROFILES, profile)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: profile must be 'reasonable' or 'struggling', but it is ${describeValue(profile)}.`,
    );
  }
  const base = SYNTHETIC_PROFILES[profile];
  const rates = {} as Record<keyof SyntheticProfileRates, number>;
  for (const name of Object.keys(base) as (keyof SyntheticProfileRates)[]) {
    const check = FACTORS.has(name) ? rate : share;
    rates[name] = check(fn, name, options[name], base[name]);
  }
  if (rates.improvingShare + rates.deterioratingShare > 1) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: improvingShare and deterioratingShare must add up to at most 1, but they are ${rates.improvingShare} and ${rates.deterioratingShare}.`,
    );
  }
  return rates;
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
