import { describe, expect, it } from 'vitest';
import { communityOrder, dolsFrontDoor, sensorMat } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';
import type { IsoDate } from '../../core/index.js';
import type { Authorisation } from '../authorisation-schema.js';

const standard = dolsFrontDoor.authorisations?.[1] as Authorisation;
const authorised = (...authorisations: Authorisation[]) =>
  withChanges(dolsFrontDoor, { authorisations });
const legacy = (expiresOn: IsoDate) =>
  withChanges(sensorMat, {
    setting: { type: 'care-home' },
    legalBasis: { kind: 'deprivation-of-liberty', reference: 'DOLS-118', expiresOn },
  });

describe('authorisationRule', () => {
  describe('urgent_authorisation_lapsed', () => {
    it('reports an urgent authorisation that ran out while the standard one is still awaited', () => {
      const waiting = authorised(
        { kind: 'dols-urgent', status: 'granted', startsOn: '2026-11-01' },
        { kind: 'dols-standard', status: 'requested', requestedOn: '2026-11-01' },
      );
      expect(only(waiting, 'urgent_authorisation_lapsed')).toMatchObject([
        {
          severity: 'error',
          path: ['authorisations', 0],
          startsOn: '2026-11-01',
          lastDay: '2026-11-08',
          standardRequestedOn: '2026-11-01',
          message:
            'The urgent authorisation given on 2026-11-01 ran out on 2026-11-08, and no standard authorisation is in force. The standard authorisation requested on 2026-11-01 is still not decided: chase the supervisory body. Since then the deprivation of liberty has not been authorised (Mental Capacity Act 2005 Schedule A1, paragraphs 78 and 84).',
        },
      ]);
    });
    it('counts the urgent authorisation as in force for 7 days, then 14 with an extension', () => {
      const given = (asOf: IsoDate, extendedTo?: IsoDate) =>
        codesOf(
          authorised(
            {
              kind: 'dols-urgent',
              status: 'granted',
              startsOn: '2026-11-01',
              ...(extendedTo ? { extendedTo } : {}),
            },
            { kind: 'dols-standard', status: 'requested', requestedOn: '2026-11-01' },
          ),
          { asOf },
        );
      expect(given('2026-11-08')).not.toContain('urgent_authorisation_lapsed');
      expect(given('2026-11-09')).toContain('urgent_authorisation_lapsed');
      expect(given('2026-11-15', '2026-11-15')).not.toContain('urgent_authorisation_lapsed');
      expect(given('2026-11-16', '2026-11-15')).toContain('urgent_authorisation_lapsed');
      // A recorded expiry past the legal limit does not keep it in force.
      expect(
        codesOf(
          authorised(
            {
              kind: 'dols-urgent',
              status: 'granted',
              startsOn: '2026-11-01',
              expiresOn: '2026-11-30',
            },
            { kind: 'dols-standard', status: 'requested', requestedOn: '2026-11-01' },
          ),
          { asOf: '2026-11-10' },
        ),
      ).toContain('urgent_authorisation_lapsed');
    });
    it('says when no standard authorisation was requested at all', () => {
      const alone = authorised({ kind: 'dols-urgent', status: 'granted', startsOn: '2026-11-01' });
      expect(only(alone, 'urgent_authorisation_lapsed')[0]).toMatchObject({
        standardRequestedOn: null,
      });
      expect(only(alone, 'urgent_authorisation_lapsed')[0]?.message).toContain(
        'No standard authorisation has been requested.',
      );
    });
  });

  describe('authorisation_expired', () => {
    it('reports a standard authorisation that expired with nothing since', () => {
      const lapsed = authorised({ ...standard, expiresOn: '2026-11-22' });
      expect(findingsOf(lapsed)).toMatchObject([
        {
          code: 'authorisation_expired',
          severity: 'error',
          path: ['authorisations', 0],
          reference: 'DOLS-2026-118',
          expiresOn: '2026-11-22',
          furtherRequestedOn: null,
          message:
            'The authorisation DOLS-2026-118 expired on 2026-11-22 while the restriction was still in place. Depriving someone of their liberty needs a current legal authorisation (Mental Capacity Act 2005, section 4A).',
        },
      ]);
      expect(codesOf(authorised({ ...standard, expiresOn: '2026-11-23' }))).not.toContain(
        'authorisation_expired',
      );
    });
    it('says when a further authorisation was requested and is not yet decided', () => {
      const renewing = authorised(
        { ...standard, expiresOn: '2026-11-22' },
        { kind: 'dols-standard', status: 'requested', requestedOn: '2026-11-01' },
      );
      expect(only(renewing, 'authorisation_expired')[0]).toMatchObject({
        furtherRequestedOn: '2026-11-01',
      });
      expect(only(renewing, 'authorisation_expired')[0]?.message).toContain(
        'A further authorisation was requested on 2026-11-01 and is not yet decided',
      );
    });
    it('reads the older reference-and-expiry form', () => {
      expect(findingsOf(legacy('2026-11-01'))).toMatchObject([
        {
          code: 'authorisation_expired',
          path: ['legalBasis', 'expiresOn'],
          reference: 'DOLS-118',
          expiresOn: '2026-11-01',
        },
      ]);
    });
    it('names no reference when none is recorded', () => {
      const { reference: _r, ...unnamed } = standard;
      expect(
        only(authorised({ ...unnamed, expiresOn: '2026-10-01' }), 'authorisation_expired')[0]
          ?.message,
      ).toMatch(/^The authorisation expired on 2026-10-01/);
    });
    it('judges an ended restriction only up to its end', () => {
      const ended = withChanges(authorised({ ...standard, expiresOn: '2026-10-01' }), {
        end: '2026-10-01',
      });
      expect(codesOf(ended, { asOf: '2027-06-01' })).not.toContain('authorisation_expired');
      expect(codesOf(withChanges(ended, { end: '2026-10-02' }), { asOf: '2027-06-01' })).toContain(
        'authorisation_expired',
      );
    });
    it('does not judge an authorisation brought to an end on purpose', () => {
      const endedEarly = authorised({ ...standard, status: 'ended', endedOn: '2026-10-01' });
      expect(codesOf(endedEarly)).not.toContain('authorisation_expired');
    });
  });

  describe('authorisation_expiring', () => {
    it('warns 28 days ahead, not 29, when no further authorisation is requested', () => {
      expect(
        only(authorised({ ...standard, expiresOn: '2026-12-21' }), 'authorisation_expiring'),
      ).toMatchObject([
        {
          severity: 'warning',
          path: ['authorisations', 0],
          reference: 'DOLS-2026-118',
          expiresOn: '2026-12-21',
          daysLeft: 28,
          message: expect.stringContaining(
            'expires on 2026-12-21, in 28 days, and no further authorisation is requested',
          ),
        },
      ]);
      expect(codesOf(authorised({ ...standard, expiresOn: '2026-12-22' }))).toEqual([]);
      expect(
        only(authorised({ ...standard, expiresOn: '2026-11-24' }), 'authorisation_expiring')[0]
          ?.message,
      ).toContain('in 1 day,');
      expect(
        codesOf(authorised({ ...standard, expiresOn: '2026-12-31' }), { expiringWithinDays: 42 }),
      ).toEqual(['authorisation_expiring']);
    });
    it('is satisfied by a further request, or a further authorisation already granted', () => {
      const near = { ...standard, expiresOn: '2026-12-10' } as Authorisation;
      expect(
        codesOf(
          authorised(near, {
            kind: 'dols-standard',
            status: 'requested',
            requestedOn: '2026-11-20',
          }),
        ),
      ).toEqual(['authorisation_awaiting_decision']);
      expect(
        codesOf(
          authorised(near, {
            ...standard,
            reference: 'DOLS-2',
            startsOn: '2026-12-11',
            expiresOn: '2027-12-10',
          }),
        ),
      ).toEqual([]);
    });
    it('reads the older form, and never warns about an order without an expiry', () => {
      expect(codesOf(legacy('2026-12-10'))).toEqual(['authorisation_expiring']);
      expect(codesOf(communityOrder)).toEqual([]);
    });
  });
});
