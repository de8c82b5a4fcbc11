import fc from 'fast-check';
import type { IsoDate, IsoDateTime, Ratio } from '../../src/core/index.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A real calendar date in the years 1900–2200 (the range care records live in). */
export const arbIsoDate: fc.Arbitrary<IsoDate> = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2200, 11, 31)),
    noInvalidDate: true,
  })
  .map(
    (d) =>
      `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` as IsoDate,
  );

/** A real calendar date anywhere in 0001–9999. */
export const arbAnyIsoDate: fc.Arbitrary<IsoDate> = fc
  .date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map(
    (d) =>
      `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` as IsoDate,
  );

/** An offset written `Z` or `±hh:mm`, from −12:00 to +14:00. */
export const arbOffset: fc.Arbitrary<string> = fc.oneof(
  fc.constant('Z'),
  fc
    .tuple(fc.integer({ min: -12, max: 14 }), fc.constantFrom(0, 30, 45))
    .filter(([h, m]) => !(h === 14 && m > 0))
    .map(([h, m]) => `${h < 0 ? '-' : '+'}${pad(Math.abs(h), 2)}:${pad(m, 2)}`),
);

/** An ISO 8601 date-time with an offset, in 1900–2200. */
export const arbIsoDateTime: fc.Arbitrary<IsoDateTime> = fc
  .tuple(
    arbIsoDate,
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.integer({ min: 0, max: 59 }),
    fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
    arbOffset,
  )
  .map(
    ([date, h, m, s, ms, offset]) =>
      `${date}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${ms === undefined ? '' : `.${pad(ms, 3)}`}${offset}` as IsoDateTime,
  );

/** A whole number of days that keeps dates from {@link arbIsoDate} inside 0001–9999. */
export const arbDayCount: fc.Arbitrary<number> = fc.integer({ min: -200_000, max: 200_000 });

/** A consistent ratio with non-negative finite parts. */
export const arbRatio: fc.Arbitrary<Ratio> = fc
  .tuple(
    fc.oneof(
      fc.nat({ max: 10_000 }),
      fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    ),
    fc.oneof(
      fc.nat({ max: 10_000 }),
      fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    ),
  )
  .filter(
    ([numerator, denominator]) => denominator === 0 || Number.isFinite(numerator / denominator),
  )
  .map(([numerator, denominator]) => ({
    numerator,
    denominator,
    value: denominator === 0 ? null : numerator / denominator,
  }));
