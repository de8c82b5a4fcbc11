import { describe, expect, it } from 'vitest';
import { bedRails, sensorMat } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';
import type { CapacityAssessment } from '../capacity-schema.js';
import type { Restriction } from '../schemas.js';

const assessed = (...assessments: CapacityAssessment[]): Restriction =>
  withChanges(bedRails, { capacityAssessments: assessments });
const railsAssessment: CapacityAssessment = {
  decision: 'Whether Mrs Patel can decide about bed rails at night',
  assessedOn: '2026-05-20',
  conclusion: 'lacks-capacity',
};

describe('capacityRule', () => {
  it('leaves a decision-specific assessment before the start, still current, alone', () => {
    expect(codesOf(assessed(railsAssessment))).toEqual([]);
  });

  describe('no_capacity_assessment', () => {
    it('reports a best-interests basis with no assessment at all', () => {
      expect(findingsOf(assessed())).toMatchObject([
        {
          code: 'no_capacity_assessment',
          severity: 'error',
          path: ['legalBasis', 'capacityAssessment'],
        },
      ]);
    });
    it('does not count an assessment dated after asOf', () => {
      expect(codesOf(assessed({ ...railsAssessment, assessedOn: '2026-11-24' }))).toEqual([
        'no_capacity_assessment',
      ]);
    });
    it('still reads the older single assessment in the basis', () => {
      expect(codesOf(sensorMat)).toEqual([]);
    });
  });

  describe('capacity_assessment_not_decision_specific', () => {
    it('reports assessments that name no decision, with the latest date', () => {
      const vague = assessed(
        { assessedOn: '2026-04-01' },
        { assessedOn: '2026-05-01', conclusion: 'lacks-capacity' },
      );
      expect(findingsOf(vague)).toMatchObject([
        {
          code: 'capacity_assessment_not_decision_specific',
          severity: 'error',
          path: ['capacityAssessments', 1],
          assessedOn: '2026-05-01',
          message:
            'The capacity assessment of 2026-05-01 does not say which decision it was about. Capacity is assessed for one decision at a time, so an assessment that names no decision cannot support a best-interests decision (Mental Capacity Act 2005, sections 2 and 3).',
        },
      ]);
    });
  });

  describe('capacity_assessment_other_decision', () => {
    it('reports an assessment about her money on a bed-rails restriction', () => {
      const money = assessed({
        decision: 'Managing her money',
        assessedOn: '2026-05-20',
        conclusion: 'lacks-capacity',
      });
      expect(findingsOf(money)).toMatchObject([
        {
          code: 'capacity_assessment_other_decision',
          severity: 'error',
          path: ['capacityAssessments', 0, 'decision'],
          decision: 'Managing her money',
          assessedOn: '2026-05-20',
        },
      ]);
    });
    it('believes relatesTo over the words', () => {
      const said = assessed({ ...railsAssessment, relatesTo: 'another-decision' });
      expect(codesOf(said)).toEqual(['capacity_assessment_other_decision']);
      const linked = assessed({
        decision: 'Managing her money',
        assessedOn: '2026-05-20',
        conclusion: 'lacks-capacity',
        relatesTo: 'this-restriction',
      });
      expect(codesOf(linked)).toEqual([]);
    });
    it('accepts an assessment about the care arrangements as a whole', () => {
      const arrangements = assessed({
        decision: 'Whether she can consent to her care and treatment arrangements at Oak Lodge',
        assessedOn: '2026-05-20',
        conclusion: 'lacks-capacity',
      });
      expect(codesOf(arrangements)).toEqual([]);
    });
    it('uses the relevant assessment when another decision is also recorded', () => {
      expect(
        codesOf(
          assessed({ decision: 'Managing her money', assessedOn: '2026-05-30' }, railsAssessment),
        ),
      ).toEqual([]);
    });
  });

  describe('best_interests_with_capacity', () => {
    it('reports best interests when the latest assessment found she has capacity', () => {
      const capable = assessed(railsAssessment, {
        ...railsAssessment,
        assessedOn: '2026-10-01',
        conclusion: 'has-capacity',
      });
      expect(findingsOf(capable)).toMatchObject([
        {
          code: 'best_interests_with_capacity',
          severity: 'error',
          path: ['capacityAssessments', 1, 'conclusion'],
          assessedOn: '2026-10-01',
          message: expect.stringContaining('only the person’s own consent can'),
        },
      ]);
    });
    it('follows the latest conclusion, whatever the order of the list', () => {
      const regained = {
        ...railsAssessment,
        assessedOn: '2026-10-01' as const,
        conclusion: 'has-capacity' as const,
      };
      expect(codesOf(assessed(regained, railsAssessment))).toEqual([
        'best_interests_with_capacity',
      ]);
      const lost = {
        ...railsAssessment,
        assessedOn: '2026-04-01' as const,
        conclusion: 'has-capacity' as const,
      };
      expect(codesOf(assessed(railsAssessment, lost))).toEqual([]);
    });
  });

  describe('capacity_conclusion_not_recorded', () => {
    it('reports an assessment without its conclusion', () => {
      const { conclusion: _none, ...open } = railsAssessment;
      expect(findingsOf(assessed(open))).toMatchObject([
        {
          code: 'capacity_conclusion_not_recorded',
          severity: 'warning',
          path: ['capacityAssessments', 0],
          assessedOn: '2026-05-20',
        },
      ]);
    });
  });

  describe('capacity_assessment_after_start', () => {
    it('reports a first assessment dated the day after the restriction began, not the same day', () => {
      expect(
        only(
          assessed({ ...railsAssessment, assessedOn: '2026-06-02' }),
          'capacity_assessment_after_start',
        ),
      ).toMatchObject([
        {
          severity: 'warning',
          path: ['capacityAssessments', 0, 'assessedOn'],
          assessedOn: '2026-06-02',
          start: '2026-06-01',
          message:
            'The first capacity assessment for this decision is dated 2026-06-02, after the restriction began on 2026-06-01. Until then it rested on an assumption that the person lacked capacity, which the law does not allow (Mental Capacity Act 2005, section 1(2)).',
        },
      ]);
      expect(codesOf(assessed({ ...railsAssessment, assessedOn: '2026-06-01' }))).toEqual([]);
    });
    it('is satisfied by a first assessment before the start, however many follow', () => {
      expect(
        codesOf(assessed(railsAssessment, { ...railsAssessment, assessedOn: '2026-10-01' })),
      ).toEqual([]);
    });
  });

  describe('capacity_assessment_out_of_date', () => {
    it('reports an assessment more than 12 months old on asOf, not one exactly 12 months old', () => {
      const old = withChanges(assessed({ ...railsAssessment, assessedOn: '2025-11-22' }), {
        start: '2025-12-01',
      });
      expect(only(old, 'capacity_assessment_out_of_date')).toMatchObject([
        {
          severity: 'warning',
          assessedOn: '2025-11-22',
          validMonths: 12,
          message: expect.stringContaining('more than 12 months ago'),
        },
      ]);
      const year = withChanges(assessed({ ...railsAssessment, assessedOn: '2025-11-23' }), {
        start: '2025-12-01',
      });
      expect(codesOf(year)).not.toContain('capacity_assessment_out_of_date');
    });
    it('takes the months from the capacityValidMonths option', () => {
      expect(codesOf(bedRails, { capacityValidMonths: 6 })).toEqual([
        'capacity_assessment_out_of_date',
      ]);
      expect(
        only(bedRails, 'capacity_assessment_out_of_date', { capacityValidMonths: 1 })[0]?.message,
      ).toContain('more than 1 month ago');
    });
  });

  it('does not judge capacity for a basis other than best interests', () => {
    const consent = withChanges(bedRails, {
      legalBasis: {
        kind: 'consent',
        consentedOn: '2026-05-30',
        givenBy: 'person',
        capacityRecordedOn: '2026-05-30',
      },
      capacityAssessments: [{ decision: 'Managing her money', assessedOn: '2020-01-01' }],
    });
    expect(codesOf(consent)).toEqual([]);
  });
});
