import { describe, expect, it } from 'vitest';
import { covertMedication, prnLorazepam } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';

describe('medicationRule', () => {
  it('leaves covert medication agreed at a proper meeting, and reviewed PRN, alone', () => {
    expect(codesOf(covertMedication)).toEqual([]);
    expect(codesOf(prnLorazepam)).toEqual([]);
  });

  describe('covert_medication_without_meeting', () => {
    it('reports covert medication agreed by a senior carer alone', () => {
      const alone = withChanges(covertMedication, {
        legalBasis: {
          kind: 'best-interests',
          decisionMaker: { role: 'Senior carer' },
          consulted: [{ party: 'family', on: '2026-07-28' }],
        },
      });
      expect(findingsOf(alone)).toMatchObject([
        {
          code: 'covert_medication_without_meeting',
          severity: 'error',
          path: ['medication', 'covert'],
          missing: ['meeting'],
          message:
            'Medicine is given covertly without a best-interests meeting. Covert medication is only for a person assessed as lacking capacity, after a best-interests meeting of care staff, the prescriber and a family member or advocate, with a management plan (NICE SC1, section 1.15; quality standard QS85, statement 6).',
        },
      ]);
    });
    it('names who was missing from the meeting', () => {
      const staffOnly = withChanges(covertMedication, {
        legalBasis: {
          kind: 'best-interests',
          meeting: { on: '2026-07-28', attendees: ['staff', 'manager'] },
        },
      });
      expect(only(staffOnly, 'covert_medication_without_meeting')).toMatchObject([
        {
          missing: ['prescriber', 'family-or-advocate'],
          message: expect.stringMatching(
            /^Medicine is given covertly without the prescriber at the meeting and a family member or advocate at the meeting\./,
          ),
        },
      ]);
      for (const party of ['advocate', 'imca', 'representative'] as const) {
        const spoken = withChanges(covertMedication, {
          legalBasis: {
            kind: 'best-interests',
            meeting: { on: '2026-07-28', attendees: ['staff', 'prescriber', party] },
          },
        });
        expect(codesOf(spoken), party).toEqual([]);
      }
    });
    it('reports covert medication on a basis other than best interests', () => {
      const consent = withChanges(covertMedication, {
        legalBasis: {
          kind: 'consent',
          consentedOn: '2026-07-28',
          givenBy: 'person',
          capacityRecordedOn: '2026-07-28',
        },
        capacityAssessments: undefined,
      });
      expect(only(consent, 'covert_medication_without_meeting')).toMatchObject([
        { missing: ['best-interests-basis', 'meeting'] },
      ]);
    });
  });

  describe('covert_medication_no_review_date', () => {
    it('reports covert medication with no review date, even with an end date', () => {
      const open = withChanges(covertMedication, { nextReviewOn: undefined, end: '2027-06-01' });
      expect(findingsOf(open)).toMatchObject([
        { code: 'covert_medication_no_review_date', severity: 'warning', path: ['nextReviewOn'] },
      ]);
    });
  });

  describe('psychotropic_review_overdue', () => {
    it('reports PRN lorazepam for behaviour last reviewed more than 6 months ago, not exactly 6', () => {
      const stale = withChanges(prnLorazepam, {
        medication: { ...prnLorazepam.medication, lastReviewedOn: '2026-05-22' },
      });
      expect(findingsOf(stale)).toMatchObject([
        {
          code: 'psychotropic_review_overdue',
          severity: 'warning',
          path: ['medication', 'lastReviewedOn'],
          lastReviewedOn: '2026-05-22',
          withinMonths: 6,
          message: expect.stringContaining(
            'was last reviewed on 2026-05-22. STOMP (NHS England, 2016)',
          ),
        },
      ]);
      expect(
        codesOf(
          withChanges(prnLorazepam, {
            medication: { ...prnLorazepam.medication, lastReviewedOn: '2026-05-23' },
          }),
        ),
      ).toEqual([]);
    });
    it('counts from the start when no review is recorded', () => {
      const { lastReviewedOn: _l, ...never } = prnLorazepam.medication ?? {};
      expect(
        only(withChanges(prnLorazepam, { medication: never }), 'psychotropic_review_overdue'),
      ).toMatchObject([
        { lastReviewedOn: null, message: expect.stringContaining('and no review is recorded') },
      ]);
      expect(
        codesOf(withChanges(prnLorazepam, { medication: never, start: '2026-06-01' })),
      ).toEqual([]);
    });
    it('takes the months from the medicationReviewMonths option', () => {
      expect(codesOf(prnLorazepam, { medicationReviewMonths: 2 })).toEqual([
        'psychotropic_review_overdue',
      ]);
    });
    it('does not apply to regular medicine or medicine not for behaviour', () => {
      for (const change of [{ prn: false }, { psychotropic: false }, { forBehaviour: false }]) {
        expect(
          codesOf(
            withChanges(prnLorazepam, {
              medication: { ...prnLorazepam.medication, ...change, lastReviewedOn: '2020-01-01' },
            }),
          ),
        ).toEqual([]);
      }
    });
  });

  describe('medication_not_recorded', () => {
    it('notes a chemical restriction without its medicine', () => {
      expect(findingsOf(withChanges(prnLorazepam, { medication: undefined }))).toMatchObject([
        { code: 'medication_not_recorded', severity: 'info', path: ['medication'] },
      ]);
    });
  });
});
