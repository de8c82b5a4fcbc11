import type { IsoDate } from '../calendar.js';
import { addDays, addMonths } from '../date-arithmetic.js';
import { isGoldenThreadError } from '../errors.js';

const FIRST = '0001-01-01' as IsoDate;
const LAST = '9999-12-31' as IsoDate;

/** Runs date arithmetic, answering the first or last calendar day when the result leaves 0001–9999. */
function saturate(step: () => IsoDate, forward: boolean): IsoDate {
  try {
    return step();
  } catch (error) {
    if (isGoldenThreadError(error) && error.code === 'date_out_of_range') {
      return forward ? LAST : FIRST;
    }
    throw error;
  }
}

/**
 * `date` plus `days`, saturating at 0001-01-01 and 9999-12-31: a record dated at the edge of
 * the calendar (a review on 9999-12-31) never makes a check throw.
 */
export const plusDays = (date: IsoDate, days: number): IsoDate =>
  saturate(() => addDays(date, days), days >= 0);

/** `date` plus `months` calendar months, saturating like {@link plusDays}. */
export const plusMonths = (date: IsoDate, months: number): IsoDate =>
  saturate(() => addMonths(date, months), months >= 0);
