import { describe, expect, it } from 'vitest';
import { dolsFrontDoor } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';
import type { Authorisation } from '../authorisation-schema.js';

const standard = dolsFrontDoor.authorisations?.[1] as Authorisation;
const authorised = (...authorisations: Authorisation[]) =>
  withChanges(dolsFrontDoor, { authorisations });
const request: Authorisation = {
  kind: 'dols-standard',
  status: 'requested',
  requestedOn: '2026-11-02',
};

describe('authorisationDecisionRule', () => {
  describe('authorisation_awaiting_decision', () => {
    it('says how long a request has waited and that nothing authorises the deprivation meanwhile', () => {
      expect(findingsOf(authorised(request))).toMatchObject([
        {
          code: 'authorisation_awaiting_decision',
          severity: 'info',
          path: ['authorisations', 0, 'requestedOn'],
          kind: 'dols-standard',
          requestedOn: '2026-11-02',
          daysWaiting: 21,
          covered: false,
          coveredUntil: null,
          message:
            'The standard authorisation requested on 2026-11-02 has been awaiting a decision for 21 days. Until it is granted, a deprivation of liberty here is not authorised (Mental Capacity Act 2005, section 4A).',
        },
      ]);
    });
    it('says when an urgent authorisation is in force meanwhile, and until when', () => {
      const covered = authorised(
        { kind: 'dols-urgent', status: 'granted', startsOn: '2026-11-20' },
        { ...request, requestedOn: '2026-11-20' },
      );
      expect(only(covered, 'authorisation_awaiting_decision')).toMatchObject([
        {
          daysWaiting: 3,
          covered: true,
          coveredUntil: '2026-11-27',
          message: expect.stringContaining(
            'An authorisation is in force meanwhile, until 2026-11-27.',
          ),
        },
      ]);
    });
    it('says a court order with no end date is in force meanwhile', () => {
      const order: Authorisation = {
        kind: 'court-of-protection',
        status: 'granted',
        startsOn: '2026-05-01',
      };
      const both = authorised(order, { ...request, kind: 'court-of-protection' });
      expect(only(both, 'authorisation_awaiting_decision')).toMatchObject([
        {
          kind: 'court-of-protection',
          covered: true,
          coveredUntil: null,
          message: expect.stringContaining('An authorisation is in force meanwhile.'),
        },
      ]);
    });
    it('ignores a request dated after asOf', () => {
      expect(codesOf(authorised(standard, { ...request, requestedOn: '2026-11-24' }))).toEqual([]);
    });
  });

  describe('authorisation_decision_overdue', () => {
    it('warns on day 22 of a standard request, not day 21', () => {
      expect(codesOf(authorised({ ...request, requestedOn: '2026-11-02' }))).toEqual([
        'authorisation_awaiting_decision',
      ]);
      expect(findingsOf(authorised({ ...request, requestedOn: '2026-11-01' }))).toMatchObject([
        {
          code: 'authorisation_decision_overdue',
          severity: 'warning',
          requestedOn: '2026-11-01',
          daysWaiting: 22,
          dueWithinDays: 21,
          covered: false,
          coveredUntil: null,
          message: expect.stringContaining(
            'regulation 13). Nothing is in force meanwhile, so the deprivation of liberty is not authorised',
          ),
        },
      ]);
    });
    it('takes the days from the decisionDueDays option', () => {
      expect(codesOf(authorised(request), { decisionDueDays: 14 })).toEqual([
        'authorisation_decision_overdue',
      ]);
    });
    it('never calls a court application overdue: the court sets no deadline', () => {
      expect(
        codesOf(authorised({ ...request, kind: 'court-of-protection', requestedOn: '2026-01-01' })),
      ).toEqual(['authorisation_awaiting_decision']);
    });
  });

  describe('authorisation_refused', () => {
    it('reports a refusal with nothing in force or requested since', () => {
      const refused = authorised({
        kind: 'dols-standard',
        status: 'refused',
        reference: 'DOLS-9',
        requestedOn: '2026-06-01',
        decidedOn: '2026-06-20',
      });
      expect(findingsOf(refused)).toMatchObject([
        {
          code: 'authorisation_refused',
          severity: 'error',
          path: ['authorisations', 0, 'status'],
          reference: 'DOLS-9',
          decidedOn: '2026-06-20',
          message: expect.stringMatching(
            /^The authorisation DOLS-9 was refused on 2026-06-20 and the restriction continues/,
          ),
        },
      ]);
      const undated = authorised({ kind: 'dols-standard', status: 'refused' });
      expect(only(undated, 'authorisation_refused')[0]?.message).toMatch(
        /^The authorisation was refused and/,
      );
    });
    it('stays silent once a later authorisation is requested', () => {
      const again = authorised(
        {
          kind: 'dols-standard',
          status: 'refused',
          requestedOn: '2026-06-01',
          decidedOn: '2026-06-20',
        },
        { ...request, requestedOn: '2026-11-20' },
      );
      expect(codesOf(again)).toEqual(['authorisation_awaiting_decision']);
    });
  });

  describe('authorisation_suspended_too_long', () => {
    it('reports a suspension of 29 days, not 28', () => {
      const suspended = (suspendedOn: string) =>
        authorised({ ...standard, status: 'suspended', suspendedOn: suspendedOn as never });
      expect(codesOf(suspended('2026-10-26'))).not.toContain('authorisation_suspended_too_long');
      expect(only(suspended('2026-10-25'), 'authorisation_suspended_too_long')).toMatchObject([
        {
          severity: 'error',
          path: ['authorisations', 0, 'suspendedOn'],
          suspendedOn: '2026-10-25',
          daysSuspended: 29,
          message: expect.stringContaining('since 2026-10-25, 29 days'),
        },
      ]);
    });
  });
});
