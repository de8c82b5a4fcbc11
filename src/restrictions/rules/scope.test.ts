import { describe, expect, it } from 'vitest';
import { bedRails, lockedKitchen } from '../../../test/fixtures/restrictions.js';
import { codesOf, only } from '../../../test/support/restrictions.js';

describe('blanketRule', () => {
  describe('blanket_restriction', () => {
    it('reports a rule for everyone in a setting', () => {
      expect(only(lockedKitchen, 'blanket_restriction')).toMatchObject([
        {
          severity: 'error',
          path: ['scope'],
          restrictionId: 'r-kitchen',
          message: expect.stringContaining('section 1'),
        },
      ]);
    });
    it('leaves an individual restriction alone', () => {
      expect(codesOf(bedRails)).not.toContain('blanket_restriction');
    });
  });
});
