import { GoldenThreadError, type IsoDate } from '../core/index.js';
import {
  dateOfDayNumber,
  dayNumber,
  dayNumberOfParts,
  FIRST_DAY,
  formatPacked,
  packedDate,
  requireCalendarDate,
} from '../core/internal/index.js';
import { addToMonth } from './tallies.js';

// Windows, spans and months as day numbers (days since 1970-01-01, see
// core/internal/day-number.ts): a record's dates are read from their character codes and
// compared and counted as integers, so nothing here formats a date, builds a `Date` or
// throws for a record dated at either end of the calendar (0001-01-01, 9999-12-31).

/**
 * The period a governance metric covers: from the first day `from`, up to but not including
 * `to` — so a quarter is `{ from: '2026-07-01', to: '2026-10-01' }` and consecutive windows
 * share no day.
 *
 * @example
 * ```ts
 * const quarter: MetricsWindow = { from: '2026-07-01', to: '2026-10-01' };
 * ```
 * @category Governance metrics
 */
export interface MetricsWindow {
  /** The first day in the window. */
  readonly from: IsoDate;
  /** The first day after the window (not included). */
  readonly to: IsoDate;
}

/**
 * What every governance metric's options hold: the window it counts.
 *
 * @example
 * ```ts
 * const options: MetricOptions = { window: { from: '2026-07-01', to: '2026-10-01' } };
 * ```
 * @category Governance metrics
 */
export interface MetricOptions {
  /** The window counted: the days from `window.from` up to, not including, `window.to`. */
  readonly window: MetricsWindow;
}

/** Checks a window option: two calendar dates with `from` before `to`. */
export function requireWindow(fn: string, window: MetricsWindow): MetricsWindow {
  const from = requireCalendarDate(fn, 'window.from', window?.from);
  const to = requireCalendarDate(fn, 'window.to', window?.to);
  if (!(from < to)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: window.from (${from}) must be before window.to (${to}); the window holds the days from "from" up to but not including "to".`,
    );
  }
  return { from, to };
}

/** Whether a day lies in the window. */
export const inWindow = (window: MetricsWindow, on: IsoDate): boolean =>
  window.from <= on && on < window.to;

/**
 * The day number of a record's date. Parsed records hold only real dates; anything else is
 * a programmer error (a record that skipped its parser) and throws `invalid_date`.
 */
export function dayOf(date: IsoDate): number {
  const day = typeof date === 'string' ? dayNumber(date) : undefined;
  if (day === undefined) {
    throw new GoldenThreadError(
      'invalid_date',
      'governance metrics: a record holds something other than a calendar date (YYYY-MM-DD) where a date belongs; read records with parseProviderRecord first.',
    );
  }
  return day;
}

/** The day after a span's last day, as a day number: no end means it is still going. */
export const dayAfter = (end: IsoDate | undefined): number =>
  end === undefined ? Number.POSITIVE_INFINITY : dayOf(end) + 1;

/**
 * The days a span shares with a window, all as day numbers: the span runs from day `start`
 * up to, not including, day `stop` (`Infinity` for a span still going), the window from
 * `from` up to, not including, `to`.
 */
export function sharedDays(from: number, to: number, start: number, stop: number): number {
  const first = start > from ? start : from;
  const last = stop < to ? stop : to;
  return first < last ? last - first : 0;
}

/**
 * The days a span `[start, end]` (both included; no `end` means still going) shares with the
 * window.
 */
export function overlapDays(window: MetricsWindow, start: IsoDate, end?: IsoDate): number {
  return sharedDays(dayOf(window.from), dayOf(window.to), dayOf(start), dayAfter(end));
}

/** The calendar month (`YYYY-MM`) of a day. */
export const monthOf = (on: IsoDate): string => on.slice(0, 7);

/** The packed first day (`year × 10000 + month × 100 + 1`) of month number `index` (year × 12 + month − 1). */
const firstOfMonthIndex = (index: number): number =>
  Math.floor(index / 12) * 10_000 + ((index % 12) + 1) * 100 + 1;

/** The month number (year × 12 + month − 1) of a date. */
function monthIndexOf(date: IsoDate): number {
  const packed = packedDate(date) ?? 0;
  return Math.floor(packed / 10_000) * 12 + (Math.floor(packed / 100) % 100) - 1;
}

/** Every calendar month the window touches, in order. */
export function monthsOf(window: MetricsWindow): string[] {
  const months: string[] = [];
  const last = monthIndexOf(dateOfDayNumber(dayOf(window.to) - 1));
  for (let index = monthIndexOf(window.from); index <= last; index += 1) {
    months.push(formatPacked(firstOfMonthIndex(index)).slice(0, 7));
  }
  return months;
}

/** The first day of month number `index` as a day number (past December 9999 it counts on). */
function dayOfMonthIndex(index: number): number {
  return dayNumberOfParts(Math.floor(index / 12), (index % 12) + 1, 1);
}

/**
 * The months a window touches, read once into day numbers, so that a record's span can be
 * spread over them with integer arithmetic alone.
 */
export interface MonthDays {
  /** Each month, `YYYY-MM`, in order. */
  readonly months: readonly string[];
  /**
   * The day numbers where the months' parts in the window begin, and one more where the
   * last part ends (the window's `to`): month `i` holds the days from `bounds[i]` up to, not
   * including, `bounds[i + 1]`.
   */
  readonly bounds: readonly number[];
}

/** The months of a window (`months`, when already listed) as day numbers (see {@link MonthDays}). */
export function monthDays(
  window: MetricsWindow,
  months: readonly string[] = monthsOf(window),
): MonthDays {
  const from = dayOf(window.from);
  const bounds = months.map((month, i) =>
    i === 0 ? from : dayOfMonthIndex(monthIndexOf(`${month}-01` as IsoDate)),
  );
  bounds.push(dayOf(window.to));
  return { months, bounds };
}

/**
 * Spreads a span over the months of a window: for each month that shares at least one day
 * with the span from day `start` up to, not including, day `stop`, adds to that month's
 * second count the days shared (`count: 'days'`) or one (`count: 'one'`). Returns the days
 * the span shares with the whole window.
 */
export function spreadOverMonths(
  monthly: MonthDays,
  start: number,
  stop: number,
  into: Record<string, [number, number]>,
  count: 'days' | 'one',
): number {
  const { bounds, months } = monthly;
  let total = 0;
  for (let i = 0; i < months.length; i += 1) {
    const to = bounds[i + 1] as number;
    if (to <= start) continue;
    const from = bounds[i] as number;
    if (from >= stop) break;
    const days = (stop < to ? stop : to) - (start > from ? start : from);
    total += days;
    addToMonth(into, months[i] as string, 0, count === 'days' ? days : 1);
  }
  return total;
}

/**
 * The window just before this one: the same number of whole calendar months when the window
 * runs from a first of the month to a first of the month (the quarter before a quarter), and
 * otherwise the same number of days. Near the start of the calendar it stops at 0001-01-01
 * (and is empty for a window that starts there), so it never throws.
 */
export function previousWindow(window: MetricsWindow): MetricsWindow {
  const { from, to } = window;
  const fromDay = dayOf(from);
  if (from.endsWith('-01') && to.endsWith('-01')) {
    const start = monthIndexOf(from) - (monthIndexOf(to) - monthIndexOf(from));
    const first = start < 12 ? FIRST_DAY : dayOfMonthIndex(start);
    return { from: dateOfDayNumber(first), to: from };
  }
  return { from: dateOfDayNumber(2 * fromDay - dayOf(to)), to: from };
}
