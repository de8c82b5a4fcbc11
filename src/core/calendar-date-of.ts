import { type IsoDate, type IsoDateTime, isIsoDateTime } from './calendar.js';
import { fromDayNumber } from './date-arithmetic.js';
import { GoldenThreadError } from './errors.js';
import { describeValue } from './internal/describe-value.js';
import { requireOptions } from './internal/require.js';

/**
 * Options for {@link calendarDateOf}.
 *
 * @example
 * ```ts
 * calendarDateOf('2026-07-01T23:30:00Z', { timeZone: 'Europe/London' }); // => '2026-07-02'
 * ```
 * @category Dates
 */
export interface CalendarDateOfOptions {
  /** The IANA time zone whose calendar to use. Default `'Europe/London'`. */
  readonly timeZone?: string;
}

const OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** 1996-01-01 and 2038-01-01 (UTC), the years the UK summer-time rule is applied directly. */
const RULE_FROM = Date.UTC(1996, 0, 1);
const RULE_UNTIL = Date.UTC(2038, 0, 1);

/** 01:00 UTC on the last Sunday of a month (0-based), when UK clocks change. */
function lastSundayOneAm(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  const weekday = new Date(lastDay).getUTCDay();
  return lastDay - weekday * DAY + HOUR;
}

/**
 * The UK offset by the summer-time rule in force since 1996 (EU Directive 2000/84/EC and the
 * Summer Time Order before it): one hour ahead from 01:00 UTC on the last Sunday of March to
 * 01:00 UTC on the last Sunday of October. Reading it directly avoids building an
 * `Intl.DateTimeFormat` for every instant; a test checks it against the runtime's rules.
 */
function ukOffsetMilliseconds(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  const summer = instant >= lastSundayOneAm(year, 2) && instant < lastSundayOneAm(year, 9);
  return summer ? HOUR : 0;
}

function offsetMilliseconds(instant: number, timeZone: string): number {
  if (timeZone === 'Europe/London' && instant >= RULE_FROM && instant < RULE_UNTIL) {
    return ukOffsetMilliseconds(instant);
  }
  let zoneName: string | undefined;
  try {
    zoneName = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    throw new GoldenThreadError(
      'invalid_argument',
      `calendarDateOf: ${JSON.stringify(timeZone).slice(0, 60)} is not a known time zone.`,
    );
  }
  const match = OFFSET.exec(zoneName ?? '');
  if (match === null) {
    throw new GoldenThreadError(
      'invariant_violation',
      `calendarDateOf: could not read the offset of ${timeZone} (${String(zoneName)}).`,
    );
  }
  if (match[1] === undefined) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  const seconds =
    Number(match[2]) * 3600 +
    Number(match[3]) * 60 +
    (match[4] === undefined ? 0 : Number(match[4]));
  return sign * seconds * 1000;
}

/**
 * Gives the calendar date an instant belongs to in a time zone — by default the UK's, so an
 * incident logged at `2026-07-01T23:30:00Z` (00:30 on 2 July, British Summer Time) counts on
 * 2 July.
 *
 * @remarks The result depends only on the arguments and the time-zone rules built into the
 * JavaScript runtime, never on the process time zone.
 * @param instant - An ISO 8601 date-time with an offset.
 * @param options - `timeZone`: an IANA zone name (default `'Europe/London'`).
 * @returns The local calendar date.
 * @throws {@link GoldenThreadError} `invalid_date` when `instant` is not an
 * {@link IsoDateTime}, `invalid_argument` for an unknown time zone, `date_out_of_range` when
 * the local date leaves the years 0001–9999.
 * @example
 * ```ts
 * calendarDateOf('2026-07-01T23:30:00Z'); // => '2026-07-02'
 * calendarDateOf('2026-12-01T23:30:00Z'); // => '2026-12-01'
 * calendarDateOf('2026-07-01T23:30:00Z', { timeZone: 'UTC' }); // => '2026-07-01'
 * ```
 * @category Dates
 */
export function calendarDateOf(instant: IsoDateTime, options: CalendarDateOfOptions = {}): IsoDate {
  if (!isIsoDateTime(instant)) {
    throw new GoldenThreadError(
      'invalid_date',
      `calendarDateOf: the instant must be an ISO 8601 date-time with an offset, but it is ${describeValue(instant)}; parse it with parseIsoDateTime first.`,
    );
  }
  requireOptions('calendarDateOf', options);
  return fromDayNumber(localDayNumber(instant, options.timeZone), 'calendarDateOf');
}

/**
 * The day number (days since 1970-01-01) of the local calendar date of a date-time already
 * checked to be an {@link IsoDateTime}: what {@link calendarDateOf} writes as a date. A day
 * number exists for every instant, so this never reports a date outside 0001–9999; compare
 * it with day numbers rather than writing it out.
 *
 * @internal
 */
export function localDayNumber(instant: IsoDateTime, timeZone = 'Europe/London'): number {
  const millis = Date.parse(instant);
  return Math.floor((millis + offsetMilliseconds(millis, timeZone)) / DAY);
}
