import type { IsoDate } from '../core/index.js';
import { plusDays, plusMonths } from '../core/internal/index.js';

export { plusDays, plusMonths };

/** `date` plus one review cadence (weeks or months), saturating like {@link plusDays}. @internal */
export const plusCadence = (
  date: IsoDate,
  every: { readonly count: number; readonly unit: 'week' | 'month' },
): IsoDate =>
  every.unit === 'week' ? plusDays(date, 7 * every.count) : plusMonths(date, every.count);
