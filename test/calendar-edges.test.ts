import { describe, expect, it } from 'vitest';
import { governanceReport, type ProviderRecord, parseProviderRecord } from '../src/index.js';
import { providerRecords } from '../src/synthetic/index.js';

// Issue #19 item 8 / #21: records valid at either end of the calendar (0001-01-01,
// 9999-12-31 — the date some systems write for "no end date") never make a later function
// throw. The metrics count in day numbers, so nothing is formatted past the range.
/** The dated parts of a record, as its JSON text holds them. */
interface Dated {
  on?: string;
  start?: string;
  end?: string;
  reviews?: Dated[];
  ratings?: Dated[];
}
interface Mutable {
  type: ProviderRecord['type'];
  plan: Dated & { events?: Dated[]; outcomes?: Dated[] };
  restrictions?: Dated[];
}

const base: Mutable[] = [
  ...providerRecords({ seed: 3, people: 120, asOf: '2026-11-01', services: 2 }),
].map((r) => JSON.parse(JSON.stringify(r)));

const EDGES: Readonly<Record<string, (r: Mutable) => void>> = {
  'plans that end on 9999-12-31': (r) => {
    if (r.type === 'person') r.plan.end = '9999-12-31';
  },
  'plans that start on 0001-01-01': (r) => {
    if (r.type === 'person') r.plan.start = '0001-01-01';
  },
  'restrictions reviewed or ending on 9999-12-31': (r) => {
    for (const x of r.restrictions ?? []) {
      x.end = '9999-12-31';
      for (const review of x.reviews ?? []) review.on = '9999-12-31';
    }
  },
  'restrictions starting on 0001-01-01': (r) => {
    for (const x of r.restrictions ?? []) x.start = '0001-01-01';
  },
  'events on 9999-12-31 and ratings on 0001-01-01': (r) => {
    if (r.type !== 'person') return;
    for (const e of r.plan.events ?? []) e.on = '9999-12-31';
    for (const o of r.plan.outcomes ?? []) for (const x of o.ratings ?? []) x.on = '0001-01-01';
  },
};

describe('governanceReport', () => {
  describe('with records dated at the ends of the calendar', () => {
    for (const [name, edit] of Object.entries(EDGES)) {
      it(`reports ${name} without throwing`, () => {
        const records = base.map((r) => JSON.parse(JSON.stringify(r)) as Mutable);
        for (const r of records) edit(r);
        const valid = records.flatMap((r) => {
          const parsed = parseProviderRecord(r);
          return parsed.success ? [parsed.data] : [];
        });
        expect(valid.length).toBe(records.length);
        const report = governanceReport(valid, {
          window: { from: '2026-07-01', to: '2026-10-01' },
        });
        expect(report.overall.records.people + report.overall.records.settings).toBe(valid.length);
      });
    }
  });
});

describe('governanceReport at the start of the calendar', () => {
  it('starts the trend window on 0001-01-01 when 24 months would reach before it', () => {
    const report = governanceReport([], { window: { from: '0001-01-01', to: '0001-04-01' } });
    expect(report.trendWindow).toEqual({ from: '0001-01-01', to: '0001-04-01' });
  });
});
