import { addDays, addMonths, daysBetween, GoldenThreadError, type IsoDate } from '../core/index.js';
import { requireCalendarDate } from '../core/internal/index.js';

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
 * The days a span `[start, end]` (both included; no `end` means still going) shares with the
 * window.
 */
export function overlapDays(window: MetricsWindow, start: IsoDate, end?: IsoDate): number {
  const first = start > window.from ? start : window.from;
  const afterEnd = end === undefined ? window.to : addDays(end, 1);
  const stop = afterEnd < window.to ? afterEnd : window.to;
  return first < stop ? daysBetween(first, stop) : 0;
}

/** The calendar month (`YYYY-MM`) of a day. */
export const monthOf = (on: IsoDate): string => on.slice(0, 7);

/** The first day of a day's month. */
const firstOfMonth = (on: IsoDate): IsoDate => `${on.slice(0, 7)}-01` as IsoDate;

/** Every calendar month the window touches, in order. */
export function monthsOf(window: MetricsWindow): string[] {
  const months: string[] = [];
  for (let first = firstOfMonth(window.from); first < window.to; first = addMonths(first, 1)) {
    months.push(monthOf(first));
  }
  return months;
}

/** The part of a month that lies in the window, as a window. */
export function monthInWindow(window: MetricsWindow, month: string): MetricsWindow {
  const first = `${month}-01` as IsoDate;
  const next = addMonths(first, 1);
  return {
    from: first > window.from ? first : window.from,
    to: next < window.to ? next : window.to,
  };
}

/**
 * The window just before this one: the same number of whole calendar months when the window
 * runs from a first of the month to a first of the month (the quarter before a quarter), and
 * otherwise the same number of days.
 */
export function previousWindow(window: MetricsWindow): MetricsWindow {
  const { from, to } = window;
  if (from.endsWith('-01') && to.endsWith('-01')) {
    const months =
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
      (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
    return { from: addMonths(from, -months), to: from };
  }
  return { from: addDays(from, -daysBetween(from, to)), to: from };
}
