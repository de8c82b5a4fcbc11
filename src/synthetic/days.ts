// Calendar arithmetic on day numbers (days since 1970-01-01), internal to the generator.
// It works on whole days with integer formulas (Howard Hinnant's civil-calendar algorithms),
// so it never reads the process time zone and costs no Date object per call: the generator
// does millions of these.

/** The day number of a valid `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  let year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  year -= month <= 2 ? 1 : 0;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The `YYYY-MM-DD` date of a day number. */
export function isoDate(dayNum: number): `${number}-${number}-${number}` {
  const z = dayNum + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const yyyy = year >= 1000 ? `${year}` : String(year).padStart(4, '0');
  return `${yyyy}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as `${number}-${number}-${number}`;
}

/** The day number of the last Sunday of a month (`month` 1–12). */
function lastSunday(year: number, month: number): number {
  const firstOfNext =
    month === 12 ? dayNumber(`${year + 1}-01-01`) : dayNumber(`${year}-${pad(month + 1)}-01`);
  const last = firstOfNext - 1;
  // 1970-01-01 (day 0) was a Thursday: weekday 4 when Sunday is 0.
  const weekday = (((last + 4) % 7) + 7) % 7;
  return last - weekday;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The UK offset (`+00:00` or `+01:00`) of a local time on a day, for hours from 03:00 on.
 * British Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October: from 03:00 local time on either changeover day the new offset
 * already applies.
 */
export function ukOffset(dayNum: number): '+00:00' | '+01:00' {
  const year = Number(isoDate(dayNum).slice(0, 4));
  return dayNum >= lastSunday(year, 3) && dayNum < lastSunday(year, 10) ? '+01:00' : '+00:00';
}

/** A UK local date-time with its offset, e.g. `2026-07-04T18:30:00+01:00` (hour 3–23). */
export function ukDateTime(dayNum: number, hour: number, minute: number): string {
  return `${isoDate(dayNum)}T${pad(hour)}:${pad(minute)}:00${ukOffset(dayNum)}`;
}
