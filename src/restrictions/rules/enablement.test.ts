import { describe, expect, it } from 'vitest';
import { bedRails, dolsFrontDoor, lockedKitchen } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, withChanges } from '../../../test/support/restrictions.js';

describe('enablementRule', () => {
  describe('no_enablement_outcome', () => {
    const unlinked = withChanges(dolsFrontDoor, {
      enablementOutcomeIds: undefined,
      start: '2026-05-22',
    });
    it('notes a restriction in place more than 6 months with no outcome to make it unnecessary', () => {
      expect(findingsOf(unlinked)).toMatchObject([
        {
          code: 'no_enablement_outcome',
          severity: 'info',
          path: ['enablementOutcomeIds'],
          since: '2026-05-22',
          afterMonths: 6,
          message:
            'This restriction has been in place since 2026-05-22, more than 6 months, and names no outcome for the person meant to make it unnecessary (a skill, a routine, confidence). Linking each restriction to an enablement outcome shows how it will be reduced (Positive and Proactive Care, Department of Health, 2014: restrictions sit inside a plan of positive, proactive support).',
        },
      ]);
      expect(codesOf(withChanges(unlinked, { start: '2026-05-23' }))).toEqual([]);
      expect(codesOf(withChanges(unlinked, { enablementOutcomeIds: [] }))).toEqual([
        'no_enablement_outcome',
      ]);
    });
    it('accepts a reason why no outcome could make it unnecessary', () => {
      expect(codesOf(bedRails, { enablementAfterMonths: 0 })).toEqual([]);
    });
    it('takes the months from the enablementAfterMonths option, and leaves blanket rules alone', () => {
      expect(
        codesOf(withChanges(unlinked, { start: '2026-06-01' }), { enablementAfterMonths: 3 }),
      ).toEqual(['no_enablement_outcome']);
      expect(codesOf(lockedKitchen)).not.toContain('no_enablement_outcome');
    });
  });
});
