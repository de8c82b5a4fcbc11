import { describe, expect, it } from 'vitest';
import { bedRails, communityOrder, dolsFrontDoor } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, withChanges } from '../../../test/support/restrictions.js';

describe('settingRule', () => {
  describe('dols_outside_care_home_or_hospital', () => {
    it('reports DoLS recorded for someone in a supported-living flat', () => {
      const flat = withChanges(dolsFrontDoor, {
        setting: { type: 'supported-living', id: 'birch-house' },
      });
      expect(findingsOf(flat)).toMatchObject([
        {
          code: 'dols_outside_care_home_or_hospital',
          severity: 'error',
          path: ['setting', 'type'],
          setting: 'supported-living',
          message:
            'A Deprivation of Liberty Safeguards authorisation is recorded, but the setting is supported living. DoLS apply only in care homes and hospitals (Mental Capacity Act 2005 Schedule A1, paragraph 1); elsewhere a deprivation of liberty needs an order of the Court of Protection (section 16(2)(a)).',
        },
      ]);
    });
    it('reports the older DoLS basis in someone’s own home too', () => {
      const home = withChanges(bedRails, {
        setting: { type: 'own-home' },
        legalBasis: { kind: 'deprivation-of-liberty', reference: 'D-1', expiresOn: '2027-03-01' },
      });
      expect(codesOf(home)).toEqual(['dols_outside_care_home_or_hospital']);
    });
    it('accepts DoLS in a care home, nursing home or hospital, and a court order anywhere', () => {
      for (const type of ['care-home', 'nursing-home', 'hospital'] as const) {
        expect(codesOf(withChanges(dolsFrontDoor, { setting: { type } })), type).toEqual([]);
      }
      expect(codesOf(communityOrder)).toEqual([]);
    });
    it('ignores a refused DoLS application', () => {
      const refused = withChanges(communityOrder, {
        authorisations: [
          {
            kind: 'dols-standard',
            status: 'refused',
            requestedOn: '2026-01-05',
            decidedOn: '2026-01-20',
          },
          ...(communityOrder.authorisations ?? []),
        ],
      });
      expect(codesOf(refused)).toEqual([]);
    });
  });

  describe('setting_not_recorded', () => {
    it('notes a DoLS authorisation without the setting’s type', () => {
      expect(findingsOf(withChanges(dolsFrontDoor, { setting: undefined }))).toMatchObject([
        { code: 'setting_not_recorded', severity: 'info', path: ['setting'] },
      ]);
    });
    it('does not ask for the setting where no rule needs it', () => {
      expect(codesOf(withChanges(bedRails, { setting: undefined }))).toEqual([]);
    });
  });
});
