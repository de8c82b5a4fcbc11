import { describe, expect, it } from 'vitest';
import { dolsFrontDoor } from '../../../test/fixtures/restrictions.js';
import { codesOf, only, withChanges } from '../../../test/support/restrictions.js';
import type { Authorisation } from '../authorisation-schema.js';

const standard = dolsFrontDoor.authorisations?.[1] as Authorisation;
const authorised = (...authorisations: Authorisation[]) =>
  withChanges(dolsFrontDoor, { authorisations });
const urgent = (fields: Partial<Authorisation>): Authorisation => ({
  kind: 'dols-urgent',
  status: 'expired',
  startsOn: '2026-06-01',
  ...fields,
});

describe('authorisationDurationRule', () => {
  describe('urgent_authorisation_too_long', () => {
    it('accepts 7 days and reports 8', () => {
      expect(codesOf(authorised(urgent({ expiresOn: '2026-06-08' }), standard))).toEqual([]);
      expect(
        only(
          authorised(urgent({ expiresOn: '2026-06-09' }), standard),
          'urgent_authorisation_too_long',
        ),
      ).toMatchObject([
        {
          severity: 'error',
          path: ['authorisations', 0, 'expiresOn'],
          startsOn: '2026-06-01',
          lastDay: '2026-06-09',
          latestLawfulDay: '2026-06-08',
          message:
            'The urgent authorisation given on 2026-06-01 is recorded as lasting to 2026-06-09, beyond 2026-06-08. An urgent authorisation lasts at most 7 days, and the supervisory body can extend it once by at most 7 more (Mental Capacity Act 2005 Schedule A1, paragraphs 78 and 84–85); after that the deprivation of liberty is not authorised.',
        },
      ]);
    });
    it('accepts an extension of 7 days and reports one of 8', () => {
      expect(
        codesOf(
          authorised(urgent({ expiresOn: '2026-06-08', extendedTo: '2026-06-15' }), standard),
        ),
      ).toEqual([]);
      expect(
        only(
          authorised(urgent({ expiresOn: '2026-06-05', extendedTo: '2026-06-13' }), standard),
          'urgent_authorisation_too_long',
        ),
      ).toMatchObject([
        {
          path: ['authorisations', 0, 'extendedTo'],
          lastDay: '2026-06-13',
          latestLawfulDay: '2026-06-12',
        },
      ]);
    });
    it('counts an extension from the legal 7 days when the expiry is not recorded', () => {
      expect(codesOf(authorised(urgent({ extendedTo: '2026-06-15' }), standard))).toEqual([]);
      expect(codesOf(authorised(urgent({ extendedTo: '2026-06-16' }), standard))).toEqual([
        'urgent_authorisation_too_long',
      ]);
    });
    it('gives the 14-day limit when an over-long first period was also extended', () => {
      expect(
        only(
          authorised(urgent({ expiresOn: '2026-06-10', extendedTo: '2026-06-20' }), standard),
          'urgent_authorisation_too_long',
        ),
      ).toMatchObject([{ lastDay: '2026-06-20', latestLawfulDay: '2026-06-15' }]);
    });
    it('reports the length even after the restriction ended', () => {
      const ended = withChanges(authorised(urgent({ expiresOn: '2026-06-12' }), standard), {
        end: '2026-07-01',
      });
      expect(codesOf(ended)).toContain('urgent_authorisation_too_long');
    });
  });

  describe('standard_authorisation_too_long', () => {
    it('accepts 12 months to the day and reports a day more', () => {
      expect(
        codesOf(authorised({ ...standard, startsOn: '2026-06-06', expiresOn: '2027-06-06' })),
      ).toEqual([]);
      expect(
        only(
          authorised({ ...standard, startsOn: '2026-06-06', expiresOn: '2027-06-07' }),
          'standard_authorisation_too_long',
        ),
      ).toMatchObject([
        {
          severity: 'error',
          path: ['authorisations', 0, 'expiresOn'],
          startsOn: '2026-06-06',
          expiresOn: '2027-06-07',
          latestLawfulDay: '2027-06-06',
          message: expect.stringContaining(
            'at most 12 months (Mental Capacity Act 2005 Schedule A1, paragraph 42)',
          ),
        },
      ]);
    });
    it('counts from the day it was decided when the start is not recorded', () => {
      const { startsOn: _s, ...undated } = standard;
      expect(
        codesOf(authorised({ ...undated, decidedOn: '2026-06-06', expiresOn: '2027-06-08' })),
      ).toContain('standard_authorisation_too_long');
    });
  });

  describe('urgent_without_standard_request', () => {
    it('reports an urgent authorisation with no standard request by the day it was given', () => {
      const late = authorised(urgent({ expiresOn: '2026-06-08' }), {
        ...standard,
        requestedOn: '2026-06-02',
      });
      expect(only(late, 'urgent_without_standard_request')).toMatchObject([
        {
          severity: 'warning',
          path: ['authorisations', 0],
          startsOn: '2026-06-01',
          message: expect.stringContaining('paragraph 76'),
        },
      ]);
      expect(
        codesOf(
          authorised(urgent({ expiresOn: '2026-06-08' }), {
            ...standard,
            requestedOn: '2026-06-01',
          }),
        ),
      ).toEqual([]);
    });
    it('does not ask it of an urgent authorisation that was never given', () => {
      expect(
        codesOf(
          authorised({ kind: 'dols-urgent', status: 'refused', startsOn: '2026-06-01' }, standard),
        ),
      ).not.toContain('urgent_without_standard_request');
    });
  });
});
