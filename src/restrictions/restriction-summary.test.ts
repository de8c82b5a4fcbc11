import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbRestriction } from '../../test/arbitraries/restrictions.js';
import { lockedKitchen, sensorMat } from '../../test/fixtures/restrictions.js';
import type { IsoDate, IsoDateTime } from '../core/index.js';
import { restrictionSummary } from './restriction-summary.js';
import type { Restriction } from './schemas.js';

const use = (at: string) => ({
  at: at as IsoDateTime,
  durationMinutes: 3,
  debriefDone: true,
  injury: 'none' as const,
});

describe('restrictionSummary', () => {
  const register: Restriction[] = [
    { ...lockedKitchen, end: '2026-09-30', replacedBy: ['r-ben-kitchen'] },
    {
      ...sensorMat,
      reviews: [
        { on: '2026-09-20', by: ['Manager'], decision: 'reduce', reason: 'Mat off after midnight' },
      ],
      uses: [use('2026-07-05T02:00:00Z'), use('2026-09-30T23:30:00Z'), use('2026-10-03T01:00:00Z')],
    },
    {
      ...sensorMat,
      id: 'r-ben-kitchen',
      scope: { kind: 'individual', personId: 'p-ben' },
      type: 'environmental',
      start: '2026-10-01',
    },
  ];
  const summary = restrictionSummary(register, {
    from: '2026-07-01',
    to: '2026-09-30',
    supportDays: 2760,
  });

  it('counts what was in place at the start and the end, by type and scope', () => {
    expect(summary.activeAtStart).toMatchObject({
      total: 1,
      byScope: { individual: 0, blanket: 1 },
    });
    expect(summary.activeAtEnd).toMatchObject({ total: 2, byScope: { individual: 1, blanket: 1 } });
    expect(summary.activeAtEnd.byType).toMatchObject({
      blanket: 1,
      surveillance: 1,
      environmental: 0,
      physical: 0,
    });
    expect(Object.keys(summary.activeAtEnd.byType)).toHaveLength(9);
  });
  it('counts starts, ends, reductions and blanket rules replaced', () => {
    expect(summary).toMatchObject({ started: 1, ended: 1, reduced: 1, blanketReplaced: 1 });
  });
  it('counts uses by UK date and per 1,000 support days, with the data for a comparison', () => {
    // 2026-09-30T23:30Z is 1 October in the UK, so only one use falls in the quarter.
    expect(summary.uses).toBe(1);
    expect(summary.usesPer1000SupportDays).toBeCloseTo(1000 / 2760, 12);
    expect(summary.comparison).toEqual({ count: 1, exposure: 2760 });
    expect(summary.period).toEqual({ from: '2026-07-01', to: '2026-09-30', days: 92 });
  });
  it('gives null rates, never NaN, without exposure', () => {
    const none = restrictionSummary(register, { from: '2026-07-01', to: '2026-09-30' });
    expect(none.usesPer1000SupportDays).toBeNull();
    expect(none.comparison).toBeNull();
    expect(
      restrictionSummary(register, { from: '2026-07-01', to: '2026-09-30', supportDays: 0 })
        .usesPer1000SupportDays,
    ).toBeNull();
  });
  it('throws for reversed dates or bad exposure', () => {
    expect(() => restrictionSummary(register, { from: '2026-10-01', to: '2026-09-30' })).toThrow(
      /after/,
    );
    expect(() =>
      restrictionSummary(register, { from: '2026-07-01', to: '2026-09-30', supportDays: -1 }),
    ).toThrow(/supportDays/);
    expect(() =>
      restrictionSummary(register, { from: 'July' as IsoDate, to: '2026-09-30' }),
    ).toThrow(/from must be a calendar date .* but it is "July"/);
  });

  describe('properties', () => {
    test.prop([fc.array(arbRestriction, { maxLength: 12 }), fc.nat({ max: 10_000 })])(
      'counts are invariant to the order of the register',
      (rs, days) => {
        const options = {
          from: '2001-01-01' as IsoDate,
          to: '2001-12-31' as IsoDate,
          supportDays: days,
        };
        expect(restrictionSummary([...rs].reverse(), options)).toEqual(
          restrictionSummary(rs, options),
        );
      },
    );
    test.prop([
      fc.array(arbRestriction, { maxLength: 12 }),
      fc.array(arbRestriction, { maxLength: 12 }),
    ])('splitting the register adds up', (a, b) => {
      const options = { from: '2000-06-01' as IsoDate, to: '2001-05-31' as IsoDate };
      const whole = restrictionSummary([...a, ...b], options);
      const x = restrictionSummary(a, options);
      const y = restrictionSummary(b, options);
      expect(whole.uses).toBe(x.uses + y.uses);
      expect(whole.started).toBe(x.started + y.started);
      expect(whole.activeAtEnd.total).toBe(x.activeAtEnd.total + y.activeAtEnd.total);
    });
  });
});
