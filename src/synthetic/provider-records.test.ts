import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrownCode } from '../../test/support/thrown.js';
import { type PersonRecord, type ProviderRecord, parseProviderRecord } from '../metrics/index.js';
import { checkOutcome } from '../outcomes/index.js';
import { SYNTHETIC_PROFILES, type SyntheticProviderOptions } from './options.js';
import { providerRecords } from './provider-records.js';

const BASE = { seed: 1, people: 120, asOf: '2026-11-01' } as const;
const all = (options: SyntheticProviderOptions): ProviderRecord[] => [...providerRecords(options)];
const people = (records: readonly ProviderRecord[]): PersonRecord[] =>
  records.filter((r): r is PersonRecord => r.type === 'person');

describe('providerRecords', () => {
  describe('every record', () => {
    it('passes parseProviderRecord, across several seeds and services', () => {
      let checked = 0;
      for (const seed of [1, 2, 3, -9, 2 ** 40]) {
        const options = { ...BASE, people: 70, seed, services: ['North', 'Riverside team'] };
        for (const record of providerRecords(options)) {
          const parsed = parseProviderRecord(record);
          expect(parsed.success ? [] : parsed.issues).toEqual([]);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(350);
    }, 60_000);
    it('survives a JSON round trip unchanged', () => {
      const records = all(BASE);
      expect(JSON.parse(JSON.stringify(records))).toEqual(records);
    });
    it('records nothing as happened after asOf, and no support before the history', () => {
      const asOf = '2026-11-01';
      for (const p of people(all({ ...BASE, months: 24 }))) {
        const happened = [
          p.plan.start,
          ...(p.plan.outcomes ?? []).flatMap((o) => [
            ...(o.ratings ?? []).map((r) => r.on),
            ...(o.achievedOn === undefined ? [] : [o.achievedOn]),
          ]),
          ...(p.plan.events ?? []).map((e) => e.on),
          ...(p.plan.reviews ?? []).map((r) => r.on),
          ...(p.feedback ?? []).map((f) => f.on),
          ...(p.activities ?? []).map((a) => a.on),
          ...(p.actions ?? []).flatMap((a) => (a.completedOn === undefined ? [] : [a.completedOn])),
          ...(p.restrictions ?? []).flatMap((r) => (r.uses ?? []).map((u) => u.at.slice(0, 10))),
        ];
        expect(happened.filter((d) => d > asOf)).toEqual([]);
        expect(p.plan.start >= '2024-10-31').toBe(true);
      }
    });
  });

  describe('determinism', () => {
    it('gives deep-equal records for the same options', () => {
      expect(all(BASE)).toEqual(all(BASE));
    });
    it('gives different records for different seeds', () => {
      expect(JSON.stringify(all(BASE))).not.toBe(JSON.stringify(all({ ...BASE, seed: 2 })));
    });
    it('gives person i the same record whatever the total number of people', () => {
      const small = people(all({ ...BASE, people: 10 }));
      const large = people(all({ ...BASE, people: 200 }));
      expect(large.slice(0, 10)).toEqual(small);
    });
    it('gives partitions that, concatenated, equal the whole', () => {
      const whole = all(BASE);
      const parts = [
        ...all({ ...BASE, from: 0, to: 37 }),
        ...all({ ...BASE, from: 37, to: 38 }),
        ...all({ ...BASE, from: 38, to: 120 }),
      ];
      expect(parts).toEqual(whole);
    });
    it('does not depend on the process time zone (the suite runs under several)', () => {
      const first = people(all({ ...BASE, people: 3 }))[0];
      expect(first?.plan.personId).toBe('p-0');
    });
  });

  describe('the settings', () => {
    it('come first, one per setting, only in the partition that starts at 0', () => {
      const records = all({ ...BASE, services: 2, settingsPerService: 3 });
      expect(records.slice(0, 6).every((r) => r.type === 'setting')).toBe(true);
      expect(records.filter((r) => r.type === 'setting')).toHaveLength(6);
      expect(all({ ...BASE, from: 1 }).some((r) => r.type === 'setting')).toBe(false);
      expect(all({ ...BASE, from: 1, includeSettings: true })[0]?.type).toBe('setting');
      expect(all({ ...BASE, to: 0, includeSettings: false })).toEqual([]);
    });
    it('name replacements that exist as individual restrictions of people living there', () => {
      const records = all({ ...BASE, people: 400, blanketShare: 1, settingsPerService: 2 });
      const individual = new Set(
        people(records).flatMap((p) => (p.restrictions ?? []).map((r) => r.id)),
      );
      const named = records.flatMap((r) =>
        r.type === 'setting' ? r.restrictions.flatMap((b) => b.replacedBy ?? []) : [],
      );
      expect(named.length).toBeGreaterThan(0);
      for (const id of named) expect(individual.has(id)).toBe(true);
    });
  });

  describe('realism', () => {
    const sample = people(all({ ...BASE, people: 600, seed: 5 }));
    const outcomes = sample.flatMap((p) => p.plan.outcomes ?? []);
    const reviews = sample.flatMap((p) => p.plan.reviews ?? []);
    it('gives each person 1 to 4 outcomes, and up to 6 with new goals after achieved ones, a few in service language', () => {
      for (const p of sample) {
        const own = p.plan.outcomes ?? [];
        expect(own.length).toBeGreaterThanOrEqual(1);
        expect(own.length).toBeLessThanOrEqual(6);
        // Beyond the first four, every outcome follows one achieved before it started.
        for (const later of own.slice(4)) {
          expect(
            own.some(
              (o) => o.achievedOn !== undefined && o.achievedOn < (later.timeframe?.start ?? ''),
            ),
          ).toBe(true);
        }
      }
      expect(sample.some((p) => (p.plan.outcomes ?? []).length > 4)).toBe(true);
      const generic = outcomes.filter((o) =>
        checkOutcome(o, { asOf: '2026-11-01' }).some((f) => f.code === 'generic_wording'),
      ).length;
      expect(generic / outcomes.length).toBeGreaterThan(0.01);
      expect(generic / outcomes.length).toBeLessThan(0.12);
    });
    it('rates outcomes monthly from 1 to 5, and some are achieved', () => {
      const scores = outcomes.flatMap((o) => (o.ratings ?? []).map((r) => r.score));
      expect(new Set(scores)).toEqual(new Set([1, 2, 3, 4, 5]));
      expect(outcomes.some((o) => o.achievedOn !== undefined)).toBe(true);
    });
    it('tags most outcomes with one or two wellbeing areas and a few with none', () => {
      const count = (n: number) =>
        outcomes.filter((o) => (o.wellbeingAreas ?? []).length === n).length / outcomes.length;
      expect(count(0)).toBeGreaterThan(0.03);
      expect(count(0)).toBeLessThan(0.15);
      expect(count(1)).toBeGreaterThan(0.4);
      expect(count(2)).toBeGreaterThan(0.25);
      expect(count(1) + count(2) + count(0)).toBeCloseTo(1, 12);
      const areas = new Set(outcomes.flatMap((o) => o.wellbeingAreas ?? []));
      expect(areas.size).toBe(9);
    });
    it('dates every closed outcome and gives most cancelled ones a reason', () => {
      const closed = outcomes.filter(
        (o) => o.lifecycleStatus === 'completed' || o.lifecycleStatus === 'cancelled',
      );
      expect(closed.length).toBeGreaterThan(0);
      expect(closed.every((o) => o.closedOn !== undefined)).toBe(true);
      const cancelled = closed.filter((o) => o.lifecycleStatus === 'cancelled');
      const reasoned = cancelled.filter((o) => o.cancelledReason !== undefined).length;
      expect(reasoned / cancelled.length).toBeGreaterThan(0.75);
      expect(reasoned).toBeLessThan(cancelled.length);
    });
    it('has some people leave, most reviews with the person and some without', () => {
      expect(sample.some((p) => p.plan.end !== undefined)).toBe(true);
      const without = reviews.filter((r) => r.person.involvement === 'not_involved').length;
      expect(without).toBeGreaterThan(0);
      expect(without / reviews.length).toBeLessThan(0.25);
    });
    it('gives about one person in eight an individual restriction, with uses in UK time', () => {
      const restricted = sample.filter((p) =>
        (p.restrictions ?? []).some((r) => !r.id.includes('blanket')),
      );
      expect(restricted.length / sample.length).toBeGreaterThan(0.06);
      expect(restricted.length / sample.length).toBeLessThan(0.2);
      const uses = restricted.flatMap((p) => (p.restrictions ?? []).flatMap((r) => r.uses ?? []));
      expect(uses.some((u) => u.at.endsWith('+01:00'))).toBe(true);
      expect(uses.some((u) => u.at.endsWith('+00:00'))).toBe(true);
    });
    it('answers most feedback with an action that names it', () => {
      const feedback = sample.flatMap((p) => p.feedback ?? []);
      const answered = new Set(
        sample.flatMap((p) => (p.actions ?? []).flatMap((a) => a.feedbackIds ?? [])),
      );
      const share = feedback.filter((f) => answered.has(f.id)).length / feedback.length;
      expect(share).toBeGreaterThan(0.6);
      expect(share).toBeLessThan(0.9);
    });
    it('records unplanned hospital admissions at a low rate', () => {
      const admissions = sample.flatMap((p) =>
        (p.plan.events ?? []).filter((e) => e.kind === 'hospital_admission_unplanned'),
      ).length;
      expect(admissions).toBeGreaterThan(0);
      expect(admissions / sample.length).toBeLessThan(1);
    });
  });

  describe('profiles', () => {
    const figures = (profile: 'reasonable' | 'struggling') => {
      const found = people(all({ ...BASE, people: 300, seed: 11, profile }));
      const outcomes = found.flatMap((p) => p.plan.outcomes ?? []);
      const restrictions = found.flatMap((p) => p.restrictions ?? []);
      const reviews = found.flatMap((p) => p.plan.reviews ?? []);
      const events = found.flatMap((p) => p.plan.events ?? []);
      return {
        achieved: outcomes.filter((o) => o.achievedOn !== undefined).length / outcomes.length,
        withoutPerson:
          reviews.filter((r) => r.person.involvement === 'not_involved').length / reviews.length,
        noBasis:
          restrictions.filter((r) => r.legalBasis === undefined).length / restrictions.length,
        incidents: events.filter((e) => e.kind === 'incident').length / found.length,
      };
    };
    const reasonable = figures('reasonable');
    const struggling = figures('struggling');
    it('makes reasonable the default: no profile gives the same records', () => {
      expect(all({ ...BASE, people: 20 })).toEqual(
        all({ ...BASE, people: 20, profile: 'reasonable' }),
      );
    });
    it('gives a struggling provider fewer outcomes achieved, more incidents and more restriction and review problems', () => {
      expect(struggling.achieved).toBeLessThan(reasonable.achieved * 0.8);
      expect(struggling.incidents).toBeGreaterThan(reasonable.incidents * 1.3);
      expect(struggling.noBasis).toBeGreaterThan(reasonable.noBasis);
      expect(struggling.withoutPerson).toBeGreaterThan(reasonable.withoutPerson * 1.5);
    });
    it('lets a rate given as an option replace the profile’s', () => {
      const mine = all({ ...BASE, people: 20, profile: 'struggling', eventRateFactor: 1 });
      const events = (records: ProviderRecord[]) =>
        people(records).flatMap((p) => (p.plan.events ?? []).map((e) => e.kind));
      expect(events(mine).length).toBeLessThan(
        events(all({ ...BASE, people: 20, profile: 'struggling' })).length,
      );
    });
    it('documents every rate of every profile, each within its option’s range', () => {
      for (const rates of Object.values(SYNTHETIC_PROFILES)) {
        expect(Object.keys(rates).sort()).toEqual(
          Object.keys(SYNTHETIC_PROFILES.reasonable).sort(),
        );
        expect(rates.improvingShare + rates.deterioratingShare).toBeLessThanOrEqual(1);
        expect(() => all({ ...BASE, people: 1, ...rates })).not.toThrow();
      }
      expect(Object.isFrozen(SYNTHETIC_PROFILES.struggling)).toBe(true);
    });
    it('throws invalid_argument for an unknown profile or shares that add up to more than 1', () => {
      expect(thrownCode(() => providerRecords({ ...BASE, profile: 'awful' as 'struggling' }))).toBe(
        'invalid_argument',
      );
      expect(
        thrownCode(() =>
          providerRecords({ ...BASE, improvingShare: 0.7, deterioratingShare: 0.4 }),
        ),
      ).toBe('invalid_argument');
    });
  });

  describe('with bad options', () => {
    it('throws invalid_argument for a seed that is not a whole number', () => {
      expect(thrownCode(() => providerRecords({ ...BASE, seed: 1.5 }))).toBe('invalid_argument');
      expect(thrownCode(() => providerRecords({ ...BASE, seed: Number.NaN }))).toBe(
        'invalid_argument',
      );
    });
    it('throws invalid_argument for a negative or fractional number of people', () => {
      expect(thrownCode(() => providerRecords({ ...BASE, people: -1 }))).toBe('invalid_argument');
      expect(thrownCode(() => providerRecords({ ...BASE, people: 2.5 }))).toBe('invalid_argument');
    });
    it('throws invalid_date for an asOf that is not a calendar date, and date_out_of_range far out', () => {
      expect(thrownCode(() => providerRecords({ ...BASE, asOf: '2026-02-30' }))).toBe(
        'invalid_date',
      );
      expect(thrownCode(() => providerRecords({ ...BASE, asOf: '1850-01-01' }))).toBe(
        'date_out_of_range',
      );
    });
    it('throws invalid_argument for a bad slice, service list, settings count, history or knob', () => {
      for (const bad of [
        { from: 5, to: 4 },
        { to: 121 },
        { services: 0 },
        { services: [] },
        { services: ['north', 'north'] },
        { services: [' north'] },
        { services: ['north\n'] },
        { services: ['x'.repeat(65)] },
        { services: 1001 },
        { settingsPerService: 0 },
        { settingsPerService: 1001 },
        { months: 3 },
        { months: 121 },
        { restrictionShare: 1.5 },
        { eventRateFactor: -1 },
        { activitiesPerMonth: Number.POSITIVE_INFINITY },
        { includeSettings: 'yes' as unknown as boolean },
      ] as const) {
        expect(
          thrownCode(() => providerRecords({ ...BASE, ...bad })),
          JSON.stringify(bad),
        ).toBe('invalid_argument');
      }
      expect(thrownCode(() => providerRecords(null as unknown as SyntheticProviderOptions))).toBe(
        'invalid_argument',
      );
    });
    it('checks the options when called, before the first record is asked for', () => {
      expect(thrownCode(() => providerRecords({ ...BASE, people: -1 }))).toBe('invalid_argument');
    });
  });

  describe('properties', () => {
    test.prop(
      [
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 6, max: 40 }),
      ],
      { numRuns: 25 },
    )(
      'every record passes parseProviderRecord, for any seed, size and history',
      (seed, n, months) => {
        for (const record of providerRecords({
          seed,
          people: n,
          asOf: '2025-06-15',
          months,
          services: 2,
        })) {
          const parsed = parseProviderRecord(record);
          expect(parsed.success ? [] : parsed.issues).toEqual([]);
        }
      },
    );
    test.prop([fc.integer(), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })], {
      numRuns: 20,
    })('a split anywhere, concatenated, equals the whole', (seed, a, b) => {
      const [x, y] = a <= b ? [a, b] : [b, a];
      const options = { seed, people: 8, asOf: '2026-11-01' } as const;
      expect([
        ...providerRecords({ ...options, to: x }),
        ...providerRecords({ ...options, from: x, to: y, includeSettings: false }),
        ...providerRecords({ ...options, from: y, includeSettings: false }),
      ]).toEqual([...providerRecords(options)]);
    });
  });
});
