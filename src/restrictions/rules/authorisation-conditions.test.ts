import { describe, expect, it } from 'vitest';
import { dolsFrontDoor } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, withChanges } from '../../../test/support/restrictions.js';
import type { Authorisation } from '../authorisation-schema.js';

const standard = dolsFrontDoor.authorisations?.[1] as Authorisation;
const authorised = (...authorisations: Authorisation[]) =>
  withChanges(dolsFrontDoor, { authorisations });

describe('authorisationConditionsRule', () => {
  describe('authorisation_conditions_not_met', () => {
    it('reports each condition not recorded as met, and each recorded as not met', () => {
      const conditions = [
        { text: 'Walk out with staff at least once a day', met: true },
        { text: 'Referral to the falls clinic' },
        { text: 'Weekly visit to his son', met: false },
      ];
      expect(findingsOf(authorised({ ...standard, conditions }))).toMatchObject([
        {
          code: 'authorisation_conditions_not_met',
          severity: 'warning',
          path: ['authorisations', 0, 'conditions', 1],
          condition: 'Referral to the falls clinic',
          met: null,
          message:
            'The condition “Referral to the falls clinic” of the authorisation is not recorded as met. The managing authority must make sure every condition is met (Mental Capacity Act 2005 Schedule A1, paragraph 53).',
        },
        {
          path: ['authorisations', 0, 'conditions', 2],
          met: false,
          message: expect.stringContaining('is recorded as not met.'),
        },
      ]);
    });
    it('judges only an authorisation in force', () => {
      const old: Authorisation = {
        ...standard,
        reference: 'OLD',
        startsOn: '2025-06-06',
        expiresOn: '2026-06-05',
        conditions: [{ text: 'Old condition' }],
      };
      expect(codesOf(authorised(old, standard))).toEqual([]);
    });
  });

  describe('authorisation_review_overdue', () => {
    it('reports a review date that has passed, not one due today', () => {
      expect(codesOf(authorised({ ...standard, reviewOn: '2026-11-23' }))).toEqual([]);
      expect(findingsOf(authorised({ ...standard, reviewOn: '2026-11-20' }))).toMatchObject([
        {
          code: 'authorisation_review_overdue',
          severity: 'warning',
          path: ['authorisations', 0, 'reviewOn'],
          reviewOn: '2026-11-20',
          daysOverdue: 3,
        },
      ]);
    });
    it('does not judge a restriction that has not started', () => {
      expect(
        codesOf(
          withChanges(authorised({ ...standard, reviewOn: '2026-11-20' }), {
            start: '2026-12-01',
            nextReviewOn: '2027-03-01',
            reviews: undefined,
          }),
        ),
      ).not.toContain('authorisation_review_overdue');
    });
  });
});
