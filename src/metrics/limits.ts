import { GoldenThreadError } from '../core/index.js';
import { type MetricsWindow, monthsOf } from './window.js';

/**
 * The most calendar months a monthly series may cover: 1,200 (a hundred years), far above any
 * care record and far below what would exhaust memory. A window longer than this is refused
 * up front with `limit_exceeded` — never a process that runs out of memory on a typing
 * mistake such as a window ending in the year 9000.
 */
export const MAX_SERIES_MONTHS = 1200;

/** The months a monthly metric's window covers, refusing a window past {@link MAX_SERIES_MONTHS}. */
export function seriesMonths(fn: string, window: MetricsWindow): string[] {
  const years = Number(window.to.slice(0, 4)) - Number(window.from.slice(0, 4));
  if (years * 12 > MAX_SERIES_MONTHS + 12) throw tooLong(fn, window);
  const months = monthsOf(window);
  if (months.length > MAX_SERIES_MONTHS) throw tooLong(fn, window);
  return months;
}

function tooLong(fn: string, window: MetricsWindow): GoldenThreadError {
  return new GoldenThreadError(
    'limit_exceeded',
    `${fn}: the window from ${window.from} to ${window.to} covers more than ${MAX_SERIES_MONTHS} months, the most a monthly series may hold; use a shorter window.`,
  );
}
