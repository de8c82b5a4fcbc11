import {
  addMonths,
  GoldenThreadError,
  type IsoDate,
  type MonthNumber,
  quarterLabel,
  startOfQuarter,
} from '../../core/index.js';

/** One period of a theme count: `[from, to)` and its label (`2026-05`, `2026-Q2`). */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly label: string;
}

/** The most periods a count can have: a century of months. */
export const MAX_PERIODS = 1200;

/**
 * `[from, to)` cut into calendar months or quarters (the first and last cut to the window).
 *
 * @throws {@link GoldenThreadError} `invalid_argument` when `to` is not after `from`;
 * `limit_exceeded` when the window holds more than {@link MAX_PERIODS} periods (checked before
 * any is listed).
 */
export function periodsOf(
  fn: string,
  from: IsoDate,
  to: IsoDate,
  unit: 'month' | 'quarter',
  yearStartMonth: MonthNumber,
): Period[] {
  if (to <= from) {
    throw new GoldenThreadError('invalid_argument', `${fn}: to must be after from.`);
  }
  const months = unit === 'month' ? 1 : 3;
  const span = (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1) * 12;
  if (span / months > MAX_PERIODS) {
    throw new GoldenThreadError(
      'limit_exceeded',
      `${fn}: the window from ${from} to ${to} holds more than ${MAX_PERIODS} periods; count a shorter window.`,
    );
  }
  const out: Period[] = [];
  let start: IsoDate =
    unit === 'month'
      ? (`${from.slice(0, 7)}-01` as IsoDate)
      : startOfQuarter(from, { yearStartMonth });
  while (start < to) {
    const next = lastYear(start, months) ? to : addMonths(start, months);
    const label = unit === 'month' ? start.slice(0, 7) : quarterLabel(start, { yearStartMonth });
    out.push({ from: start < from ? from : start, to: next > to ? to : next, label });
    start = next;
  }
  return out;
}

/** Whether the period from `start` runs past the last year a calendar date can have. */
function lastYear(start: IsoDate, months: number): boolean {
  return start.slice(0, 4) === '9999' && Number(start.slice(5, 7)) + months > 12;
}
