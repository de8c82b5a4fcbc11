import { describe, expect, it } from 'vitest';
import { person, run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import type { LifeEvent } from '../reviews/index.js';
import { eventRateMetric, unplannedAdmissionsMetric } from './event-rate.js';

const quarter = { from: '2026-07-01', to: '2026-10-01' } as const; // 92 days
const event = (
  id: string,
  on: string,
  kind: LifeEvent['kind'],
  severity: LifeEvent['severity'] = 'high',
): LifeEvent =>
  ({ id, personId: 'p-a', on, kind, severity, summary: 'Taken to A&E by ambulance' }) as LifeEvent;

describe('unplannedAdmissionsMetric', () => {
  const records = [
    person('p-a', '2026-01-05', {
      plan: {
        events: [
          event('e1', '2026-07-03', 'hospital_admission_unplanned'),
          event('e1', '2026-07-03', 'hospital_admission_unplanned'),
          event('e2', '2026-08-15', 'hospital_admission_planned'),
          event('e3', '2026-09-30', 'hospital_admission_unplanned'),
          event('e4', '2026-10-01', 'hospital_admission_unplanned'),
        ],
      },
    }),
    person('p-b', '2026-08-01', { end: '2026-08-31' }),
  ];
  const result = run(unplannedAdmissionsMetric({ window: quarter }), records);

  it('counts unplanned admissions once each against person-days', () => {
    // p-a: 92 days in the quarter; p-b: 31 days (1–31 August).
    expect(result.events.count).toBe(2);
    expect(result.events.rate?.exposure).toBe(123);
    expect(result.events.rate?.value).toBeCloseTo((2 / 123) * 1000, 10);
    expect(result.people).toBe(2);
  });

  it('gives the exact Garwood interval for the count', () => {
    // Garwood 95 % for 2 events: 0.2422 to 7.2247 (published tables).
    expect(result.events.lower).toBeCloseTo(0.2422, 4);
    expect(result.events.upper).toBeCloseTo(7.2247, 4);
  });

  it('charts the months as a rate, so its lower limit is held at 0, never below', () => {
    // Months of 1, 0, 1 admissions: the raw lower limit (mean − 2.66 × mR̄) is below 0.
    expect(result.chart.options.measure).toBe('rate');
    expect(result.chart.bounds).toEqual({ lower: 0, upper: null });
    expect(result.chart.lowerProcessLimit).toBe(0);
    expect(result.chart.periods[0]?.atBound.lower).toBe(true);
  });
  it('gives each month its count and person-days', () => {
    expect(result.monthly).toEqual([
      { month: '2026-07', count: 1, personDays: 31, rate: (1 / 31) * 1000 },
      { month: '2026-08', count: 0, personDays: 62, rate: 0 },
      { month: '2026-09', count: 1, personDays: 30, rate: (1 / 30) * 1000 },
    ]);
    expect(result.chart.n).toBe(3);
    expect(result.chart.recommendation.useRunChart).toBe(true);
  });
});

describe('eventRateMetric', () => {
  it('counts only events at least as severe as asked', () => {
    const records = [
      person('p-a', '2026-01-05', {
        plan: {
          events: [
            event('i1', '2026-07-03', 'incident', 'low'),
            event('i2', '2026-07-04', 'incident', 'high'),
          ],
        },
      }),
    ];
    const result = run(
      eventRateMetric({ window: quarter, kinds: ['incident'], minSeverity: 'medium' }),
      records,
    );
    expect(result.events.count).toBe(1);
  });

  it('does not count events outside the person’s support', () => {
    const records = [
      person('p-a', '2026-07-10', {
        end: '2026-07-20',
        plan: {
          events: [event('i1', '2026-07-03', 'incident'), event('i2', '2026-07-25', 'incident')],
        },
      }),
    ];
    expect(
      run(eventRateMetric({ window: quarter, kinds: ['incident'] }), records).events.count,
    ).toBe(0);
  });

  it('leaves months with no one supported out of the chart', () => {
    const records = [person('p-a', '2026-08-01', { end: '2026-08-31' })];
    const result = run(eventRateMetric({ window: quarter, kinds: ['incident'] }), records);
    expect(result.monthly.map((m) => m.rate)).toEqual([null, 0, null]);
    expect(result.chart.n).toBe(1);
  });

  it('rejects an empty list of kinds and a bad rate unit', () => {
    expect(thrownCode(() => eventRateMetric({ window: quarter, kinds: [] }))).toBe(
      'invalid_argument',
    );
    expect(
      thrownCode(() => eventRateMetric({ window: quarter, kinds: ['incident'], per: 0 })),
    ).toBe('invalid_argument');
  });

  it('rejects a kind given as a string instead of a list (it would count its letters)', () => {
    const kinds = 'incident' as unknown as readonly ['incident'];
    expect(() => eventRateMetric({ window: quarter, kinds })).toThrow(
      'eventRateMetric: kinds must be a list of at least one life-event kind (such as "incident").',
    );
  });
});
