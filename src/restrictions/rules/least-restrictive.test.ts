import { describe, expect, it } from 'vitest';
import { bedRails } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, withChanges } from '../../../test/support/restrictions.js';

describe('optionsExploredRule', () => {
  describe('no_less_restrictive_option', () => {
    it('reports a restriction with no alternative considered', () => {
      expect(findingsOf(withChanges(bedRails, { optionsExplored: [] }))).toMatchObject([
        {
          code: 'no_less_restrictive_option',
          severity: 'warning',
          path: ['optionsExplored'],
          message: expect.stringContaining('section 1(6)'),
        },
      ]);
      expect(codesOf(withChanges(bedRails, { optionsExplored: undefined }))).toEqual([
        'no_less_restrictive_option',
      ]);
    });
  });
});

describe('rationaleRule', () => {
  describe('no_rationale', () => {
    it('says in words what is missing', () => {
      const bare = withChanges(bedRails, {
        leastRestrictiveRationale: undefined,
        risk: { description: 'Falls', toWhom: ['person'] },
      });
      expect(findingsOf(bare)).toMatchObject([
        {
          code: 'no_rationale',
          path: [],
          missing: ['rationale', 'likelihood', 'seriousness'],
          message:
            'The record does not say why this is the least restrictive option, how likely the harm is, how serious it would be. A restriction must be necessary and proportionate to the likelihood and seriousness of harm (Mental Capacity Act 2005, section 6).',
        },
      ]);
      expect(findingsOf(withChanges(bedRails, { risk: undefined }))).toMatchObject([
        { code: 'no_rationale', missing: ['risk'] },
      ]);
    });
  });
});
