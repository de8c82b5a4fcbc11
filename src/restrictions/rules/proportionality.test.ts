import { describe, expect, it } from 'vitest';
import { armHold, bedRails, sensorMat } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';
import { defaultIntensityByType, defaultProportionality } from '../proportionality.js';
import type { Likelihood, Seriousness } from '../schemas.js';

const risk = (likelihood: Likelihood, seriousness: Seriousness) => ({
  description: 'Scratches when he pulls away',
  toWhom: ['person'],
  likelihood,
  seriousness,
});

describe('proportionalityRule', () => {
  describe('disproportionate_restriction', () => {
    it('reports a two-person hold for a harm recorded as rare and minor', () => {
      expect(findingsOf(withChanges(armHold, { risk: risk('rare', 'minor') }))).toMatchObject([
        {
          code: 'disproportionate_restriction',
          severity: 'error',
          path: ['risk'],
          intensity: 'high',
          likelihood: 'rare',
          seriousness: 'minor',
          proportionateUpTo: 'low',
          message:
            'This is a high-intensity restriction for a harm recorded as rare and minor; by the proportionality table that risk justifies at most a low-intensity one. Restraint must be a proportionate response to the likelihood and seriousness of the harm (Mental Capacity Act 2005, section 6(3)).',
        },
      ]);
    });
    it('draws the line for a hold between a product of 7 and 8', () => {
      expect(codesOf(withChanges(armHold, { risk: risk('unlikely', 'severe') }))).toEqual([]); // 2 × 4
      expect(codesOf(withChanges(armHold, { risk: risk('likely', 'moderate') }))).toEqual([]); // 4 × 2
      expect(codesOf(withChanges(armHold, { risk: risk('possible', 'moderate') }))).toEqual([
        'disproportionate_restriction',
      ]); // 3 × 2
      expect(codesOf(withChanges(armHold, { risk: risk('rare', 'severe') }))).toEqual([
        'disproportionate_restriction',
      ]); // 1 × 4
    });
    it('lets a low-intensity sensor mat answer any risk', () => {
      expect(codesOf(withChanges(sensorMat, { risk: risk('rare', 'minor') }))).toEqual([]);
    });
    it('believes the record’s own intensity over its type', () => {
      expect(
        codesOf(withChanges(armHold, { risk: risk('rare', 'minor'), intensity: 'low' })),
      ).toEqual([]);
      expect(
        only(
          withChanges(bedRails, { risk: risk('unlikely', 'moderate'), intensity: 'high' }),
          'disproportionate_restriction',
        ),
      ).toMatchObject([{ intensity: 'high', proportionateUpTo: 'medium' }]);
    });
    it('uses the host’s table and intensities when given', () => {
      const strict = {
        ...defaultProportionality,
        likely: { ...defaultProportionality.likely, serious: 'medium' as const },
      };
      expect(
        codesOf(armHold, {
          proportionality: { ...strict, likely: { ...strict.likely, severe: 'medium' } },
        }),
      ).toEqual(['disproportionate_restriction']);
      expect(
        codesOf(bedRails, { intensityByType: { ...defaultIntensityByType, mechanical: 'high' } }),
      ).toEqual([]);
      expect(
        codesOf(withChanges(bedRails, { risk: risk('possible', 'moderate') }), {
          intensityByType: { ...defaultIntensityByType, mechanical: 'high' },
        }),
      ).toEqual(['disproportionate_restriction']);
    });
    it('says nothing when the risk’s likelihood or seriousness is missing (no_rationale does)', () => {
      expect(
        codesOf(
          withChanges(armHold, {
            risk: { description: 'Harm', toWhom: ['person'], likelihood: 'rare' },
          }),
        ),
      ).toEqual(['no_rationale']);
    });
  });
});

describe('harmToOthersRule', () => {
  describe('harm_to_others_under_s6', () => {
    it('reports a best-interests basis for a risk only to other people', () => {
      const others = withChanges(armHold, {
        risk: { ...risk('likely', 'severe'), toWhom: ['others', 'staff'] },
      });
      expect(findingsOf(others)).toMatchObject([
        {
          code: 'harm_to_others_under_s6',
          severity: 'warning',
          path: ['risk', 'toWhom'],
          toWhom: ['others', 'staff'],
          message: expect.stringMatching(
            /^The risk is recorded as a risk to other people and staff only, but the basis is the Mental Capacity Act\./,
          ),
        },
      ]);
    });
    it('leaves a risk to the person and to others alone, and a basis outside the Act', () => {
      expect(
        codesOf(
          withChanges(armHold, {
            risk: { ...risk('likely', 'severe'), toWhom: ['person', 'others'] },
          }),
        ),
      ).toEqual([]);
      const consent = withChanges(armHold, {
        risk: { ...risk('likely', 'severe'), toWhom: ['public'] },
        legalBasis: {
          kind: 'consent',
          consentedOn: '2026-03-20',
          givenBy: 'person',
          capacityRecordedOn: '2026-03-20',
        },
        capacityAssessments: undefined,
      });
      expect(codesOf(consent)).toEqual([]);
    });
  });
});
