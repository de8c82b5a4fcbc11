import { describe, expect, it } from 'vitest';
import type { PersonRecord, ProviderRecord } from '../metrics/index.js';
import {
  checkRestriction,
  checkRestrictionRegister,
  DOLS_SETTINGS,
  type Restriction,
} from '../restrictions/index.js';
import type { SyntheticProviderOptions } from './options.js';
import { providerRecords } from './provider-records.js';

const AS_OF = '2026-10-07';
const OPTIONS: SyntheticProviderOptions = { seed: 20261123, people: 1500, asOf: AS_OF };
const records: ProviderRecord[] = [...providerRecords(OPTIONS)];
const restrictions = records.flatMap((r) =>
  r.type === 'person' ? (r.restrictions ?? []) : r.restrictions,
);
const inPlace = restrictions.filter(
  (r) => r.start <= AS_OF && (r.end === undefined || r.end >= AS_OF),
);
const withError = (r: Restriction) =>
  checkRestriction(r, { asOf: AS_OF }).some((f) => f.severity === 'error');

describe('synthetic restrictions', () => {
  it('look like a reasonably run provider’s: most in place on asOf have no error finding', () => {
    const share = inPlace.filter(withError).length / inPlace.length;
    expect(inPlace.length).toBeGreaterThan(150);
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.2);
  });
  it('record every setting’s type and id, and use DoLS only in care homes and hospitals', () => {
    for (const r of restrictions) {
      expect(r.setting?.id, r.id).toBeDefined();
      const dols = r.legalBasis?.kind === 'deprivation-of-liberty';
      if (dols) expect(DOLS_SETTINGS, r.id).toContain(r.setting?.type);
      if (r.legalBasis?.kind === 'court-order')
        expect(DOLS_SETTINGS, r.id).not.toContain(r.setting?.type);
    }
  });
  it('authorise every deprivation of liberty in some state, and link most restrictions to an outcome', () => {
    const deprivations = restrictions.filter((r) => r.liberty?.freeToLeave === false);
    expect(deprivations.length).toBeGreaterThan(10);
    for (const r of deprivations) expect((r.authorisations ?? []).length, r.id).toBeGreaterThan(0);
    const individual = inPlace.filter((r) => r.scope.kind === 'individual');
    const linked = individual.filter((r) => (r.enablementOutcomeIds ?? []).length > 0).length;
    expect(linked / individual.length).toBeGreaterThan(0.6);
  });
  it('names only outcomes of the same person as enablement outcomes', () => {
    for (const p of records.filter((r): r is PersonRecord => r.type === 'person')) {
      const own = new Set((p.plan.outcomes ?? []).map((o) => o.id));
      for (const r of p.restrictions ?? [])
        for (const id of r.enablementOutcomeIds ?? []) expect(own.has(id)).toBe(true);
    }
  });
  it('end a person’s restrictions when their support ends', () => {
    for (const p of records.filter((r): r is PersonRecord => r.type === 'person')) {
      const left = p.plan.end;
      if (left === undefined) continue;
      for (const r of p.restrictions ?? [])
        expect(r.end !== undefined && r.end <= left, r.id).toBe(true);
    }
  });
  it('hold no blanket rule in disguise when each setting’s residents are known', () => {
    const residents: Record<string, number> = {};
    for (const p of records.filter((r): r is PersonRecord => r.type === 'person')) {
      if (p.plan.end !== undefined && p.plan.end < AS_OF) continue;
      const setting = p.groups?.['setting'] ?? '';
      residents[setting] = (residents[setting] ?? 0) + 1;
    }
    expect(
      checkRestrictionRegister(restrictions, { asOf: AS_OF, residents }).filter(
        (f) => f.code === 'de_facto_blanket_restriction',
      ),
    ).toEqual([]);
  });
});
