import { calendarDateOf, type IsoDate, type IsoDateTime } from '../core/index.js';

/**
 * The UK date of an instant, or `undefined` when it falls outside the years 0001–9999, so
 * that parsers and checks never throw on extreme but well-formed input.
 *
 * @internal
 */
export function ukDate(at: IsoDateTime): IsoDate | undefined {
  try {
    return calendarDateOf(at);
  } catch {
    return undefined;
  }
}
