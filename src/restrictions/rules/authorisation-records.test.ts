import { describe, expect, it } from 'vitest';
import { dolsFrontDoor } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';
import type { Authorisation } from '../authorisation-schema.js';

const authorised = (...authorisations: Authorisation[]) =>
  withChanges(dolsFrontDoor, { authorisations });
const granted = dolsFrontDoor.authorisations?.[1] as Authorisation;

describe('authorisationRecordsRule', () => {
  describe('lps_not_in_force', () => {
    it('reports a Liberty Protection Safeguards authorisation as authorising nothing', () => {
      const lps = authorised(granted, {
        kind: 'lps',
        status: 'granted',
        reference: 'LPS-7',
        startsOn: '2026-06-01',
      });
      expect(only(lps, 'lps_not_in_force')).toMatchObject([
        {
          severity: 'error',
          path: ['authorisations', 1, 'kind'],
          reference: 'LPS-7',
          message: expect.stringContaining('postponed in April 2023'),
        },
      ]);
    });
    it('does not count an LPS record as an authorisation', () => {
      const onlyLps = withChanges(authorised({ kind: 'lps', status: 'granted' }), {
        legalBasis: { kind: 'best-interests' },
      });
      expect(codesOf(onlyLps)).toEqual(['deprivation_without_authorisation', 'lps_not_in_force']);
    });
  });

  describe('authorisation_not_recorded', () => {
    it('reports a DoLS basis with nothing recorded about the authorisation', () => {
      const bare = withChanges(dolsFrontDoor, {
        authorisations: undefined,
        legalBasis: { kind: 'deprivation-of-liberty' },
      });
      expect(findingsOf(bare)).toMatchObject([
        { code: 'authorisation_not_recorded', severity: 'warning', path: ['authorisations'] },
      ]);
    });
    it('reads the older reference-and-expiry form as a granted authorisation', () => {
      const older = withChanges(dolsFrontDoor, {
        authorisations: undefined,
        legalBasis: {
          kind: 'deprivation-of-liberty',
          reference: 'DOLS-1',
          expiresOn: '2027-05-31',
        },
      });
      expect(codesOf(older)).toEqual([]);
    });
  });

  describe('authorisation_dates_not_recorded', () => {
    it('notes a request without its date', () => {
      expect(
        findingsOf(authorised(granted, { kind: 'dols-standard', status: 'requested' })),
      ).toMatchObject([
        {
          code: 'authorisation_dates_not_recorded',
          severity: 'info',
          path: ['authorisations', 1],
          kind: 'dols-standard',
          missing: ['requestedOn'],
          message:
            'The standard authorisation does not record when it was requested, so the check cannot tell whether it is in force or in time (Mental Capacity Act 2005 Schedule A1). Record the dates.',
        },
      ]);
    });
    it('notes a granted standard authorisation without its start or expiry', () => {
      const undated = authorised({ kind: 'dols-standard', status: 'granted', reference: 'D-2' });
      expect(only(undated, 'authorisation_dates_not_recorded')).toMatchObject([
        {
          missing: ['startsOn', 'expiresOn'],
          message: expect.stringContaining('when it came into force and when it expires'),
        },
      ]);
    });
    it('notes an urgent authorisation without the day it was given, and a suspension without its day', () => {
      expect(
        only(
          authorised(granted, { kind: 'dols-urgent', status: 'granted' }),
          'authorisation_dates_not_recorded',
        ),
      ).toMatchObject([{ kind: 'dols-urgent', missing: ['startsOn'] }]);
      const suspended = authorised({ ...granted, status: 'suspended' });
      expect(only(suspended, 'authorisation_dates_not_recorded')).toMatchObject([
        { missing: ['suspendedOn'] },
      ]);
    });
    it('asks nothing of a court order without an expiry, which many have', () => {
      expect(codesOf(authorised({ kind: 'court-of-protection', status: 'granted' }))).toEqual([]);
    });
  });
});
