import { describe, expect, it } from 'vitest';
import { bedRails } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';
import type { Restriction } from '../schemas.js';

/** Ben agreed to his snack cupboard being locked at night, and had capacity to. */
const consented = (
  basis: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Restriction =>
  withChanges(bedRails, {
    legalBasis: { kind: 'consent', consentedOn: '2026-05-30', givenBy: 'person', ...basis },
    capacityAssessments: [
      {
        decision: 'Whether Mrs Patel can decide about bed rails at night',
        assessedOn: '2026-05-20',
        conclusion: 'has-capacity',
      },
    ],
    ...extra,
  });

describe('consentRule', () => {
  it('leaves dated consent from a person with capacity alone', () => {
    expect(codesOf(consented())).toEqual([]);
    expect(
      codesOf(consented({ capacityRecordedOn: '2026-05-20' }, { capacityAssessments: undefined })),
    ).toEqual([]);
  });

  describe('consent_not_given_by_person', () => {
    it('reports consent "given" by a relative or staff', () => {
      for (const givenBy of ['family', 'staff', 'other'] as const) {
        expect(only(consented({ givenBy }), 'consent_not_given_by_person'), givenBy).toMatchObject([
          { severity: 'error', path: ['legalBasis', 'givenBy'], givenBy },
        ]);
      }
      expect(
        only(consented({ givenBy: 'family' }), 'consent_not_given_by_person')[0]?.message,
      ).toMatch(/^Consent is recorded as given by a relative\. Only the person can consent/);
    });
    it('accepts an attorney or deputy, whose authority is not about the person’s capacity', () => {
      const lacks = [
        { decision: 'Bed rails at night', assessedOn: '2026-05-20', conclusion: 'lacks-capacity' },
      ];
      for (const givenBy of ['attorney', 'deputy'] as const) {
        expect(codesOf(consented({ givenBy }, { capacityAssessments: lacks })), givenBy).toEqual(
          [],
        );
      }
    });
  });

  describe('consent_withdrawn', () => {
    it('reports consent withdrawn on or before asOf, not after', () => {
      expect(only(consented({ withdrawnOn: '2026-11-23' }), 'consent_withdrawn')).toMatchObject([
        {
          severity: 'error',
          path: ['legalBasis', 'withdrawnOn'],
          withdrawnOn: '2026-11-23',
          message: expect.stringContaining('withdrew their consent on 2026-11-23'),
        },
      ]);
      expect(codesOf(consented({ withdrawnOn: '2026-11-24' }))).toEqual([]);
    });
    it('does not report a withdrawal after the restriction ended', () => {
      expect(
        codesOf(consented({ withdrawnOn: '2026-11-01' }, { end: '2026-10-31' })),
      ).not.toContain('consent_withdrawn');
    });
  });

  describe('consent_lacks_capacity', () => {
    it('reports consent when the latest assessment found she lacks capacity', () => {
      const lacks = consented(
        {},
        {
          capacityAssessments: [
            {
              decision: 'Bed rails at night',
              assessedOn: '2026-05-20',
              conclusion: 'lacks-capacity',
            },
          ],
        },
      );
      expect(findingsOf(lacks)).toMatchObject([
        {
          code: 'consent_lacks_capacity',
          severity: 'error',
          path: ['capacityAssessments', 0, 'conclusion'],
          assessedOn: '2026-05-20',
        },
      ]);
    });
  });

  describe('consent_without_capacity', () => {
    it('reports consent with no record of capacity to consent', () => {
      expect(findingsOf(consented({}, { capacityAssessments: undefined }))).toMatchObject([
        {
          code: 'consent_without_capacity',
          severity: 'warning',
          path: ['legalBasis', 'capacityRecordedOn'],
        },
      ]);
    });
    it('is not satisfied by an assessment without a conclusion', () => {
      const open = consented(
        {},
        { capacityAssessments: [{ decision: 'Bed rails', assessedOn: '2026-05-20' }] },
      );
      expect(codesOf(open)).toEqual(['consent_without_capacity']);
    });
  });

  describe('consent_not_dated', () => {
    it('reports consent without the day it was given', () => {
      const undated = withChanges(consented(), {
        legalBasis: { kind: 'consent', givenBy: 'person' },
      });
      expect(findingsOf(undated)).toMatchObject([
        { code: 'consent_not_dated', severity: 'warning', path: ['legalBasis', 'consentedOn'] },
      ]);
    });
  });
});
