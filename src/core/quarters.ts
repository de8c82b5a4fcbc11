import type { IsoDate } from './calendar.js';
import { GoldenThreadError } from './errors.js';
import { formatPacked, packedDate } from './internal/day-number.js';
import { describeValue } from './internal/describe-value.js';

/**
 * A month of the year, 1 (January) to 12 (December).
 *
 * @example
 * ```ts
 * const april: MonthNumber = 4;
 * ```
 * @category Dates
 */
export type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/**
 * Options for {@link startOfQuarter} and {@link quarterLabel}.
 *
 * @example
 * ```ts
 * quarterLabel('2026-05-20', { yearStartMonth: 4 }); // => '2026/27-Q1'
 * ```
 * @category Dates
 */
export interface QuarterOptions {
  /**
   * The month the reporting year starts in. Default `1` (calendar quarters: Jan–Mar is Q1).
   * Use `4` for the UK financial year, which councils and the NHS report on (Apr–Jun is Q1).
   */
  readonly yearStartMonth?: MonthNumber;
}

interface QuarterParts {
  readonly yearStart: number;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly firstYear: number;
  readonly firstMonth: number;
}

function quarterParts(date: IsoDate, options: QuarterOptions, fn: string): QuarterParts {
  const start = options.yearStartMonth ?? 1;
  if (!(Number.isInteger(start) && start >= 1 && start <= 12)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: yearStartMonth must be a whole number from 1 to 12, but it is ${String(start)}.`,
    );
  }
  const packed = typeof date === 'string' ? packedDate(date) : undefined;
  if (packed === undefined) {
    throw new GoldenThreadError(
      'invalid_date',
      `${fn}: the date must be a calendar date written as YYYY-MM-DD (such as '2026-07-01'), but it is ${describeValue(date)}; parse it with parseIsoDate first.`,
    );
  }
  const year = Math.floor(packed / 10_000);
  const month = Math.floor(packed / 100) % 100;
  const offset = (month - start + 12) % 12;
  const index = Math.floor(offset / 3);
  const firstMonth = ((start - 1 + index * 3) % 12) + 1;
  return {
    yearStart: month >= start ? year : year - 1,
    quarter: (index + 1) as 1 | 2 | 3 | 4,
    firstYear: firstMonth > month ? year - 1 : year,
    firstMonth,
  };
}

/**
 * Gives the first day of the quarter a date falls in.
 *
 * @param date - A calendar date.
 * @param options - `yearStartMonth`: `1` for calendar quarters (default), `4` for the UK
 * financial year.
 * @returns The first day of the quarter. A quarter that began before the calendar does
 * (January 0001 with a reporting year starting in February or later) gives `0001-01-01`,
 * its first day an {@link IsoDate} can hold, so no date at the edge makes this throw.
 * @throws {@link GoldenThreadError} `invalid_date` when `date` is not a calendar date,
 * `invalid_argument` when `yearStartMonth` is not 1–12.
 * @example
 * ```ts
 * startOfQuarter('2026-05-20'); // => '2026-04-01'
 * startOfQuarter('2026-02-10', { yearStartMonth: 4 }); // => '2026-01-01' (Q4 of 2025/26)
 * ```
 * @category Dates
 */
export function startOfQuarter(date: IsoDate, options: QuarterOptions = {}): IsoDate {
  const parts = quarterParts(date, options, 'startOfQuarter');
  // A quarter that began before the calendar does (January 0001, with a reporting year
  // starting in February or later) has 0001-01-01 as its first day on the calendar.
  if (parts.firstYear < 1) return '0001-01-01';
  return formatPacked(parts.firstYear * 10_000 + parts.firstMonth * 100 + 1);
}

/**
 * Names the quarter a date falls in, in a form that sorts in time order.
 *
 * @remarks Calendar quarters are written `2026-Q1`. Other reporting years are named by the
 * years they span: with `yearStartMonth: 4`, 20 May 2026 is in `2026/27-Q1` and 10 February
 * 2027 in `2026/27-Q4`.
 * @param date - A calendar date.
 * @param options - `yearStartMonth`, as for {@link startOfQuarter}.
 * @returns The quarter's label.
 * @throws {@link GoldenThreadError} as {@link startOfQuarter} does.
 * @example
 * ```ts
 * quarterLabel('2026-05-20'); // => '2026-Q2'
 * quarterLabel('2026-05-20', { yearStartMonth: 4 }); // => '2026/27-Q1'
 * ```
 * @category Dates
 */
export function quarterLabel(date: IsoDate, options: QuarterOptions = {}): string {
  const parts = quarterParts(date, options, 'quarterLabel');
  if ((options.yearStartMonth ?? 1) === 1) {
    return `${String(parts.yearStart).padStart(4, '0')}-Q${parts.quarter}`;
  }
  const next = String((parts.yearStart + 1) % 100).padStart(2, '0');
  return `${String(parts.yearStart).padStart(4, '0')}/${next}-Q${parts.quarter}`;
}
