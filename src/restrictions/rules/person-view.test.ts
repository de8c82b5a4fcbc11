import { describe, expect, it } from 'vitest';
import { bedRails, lockedKitchen } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, withChanges } from '../../../test/support/restrictions.js';

describe('personViewRule', () => {
  describe('person_view_missing', () => {
    it('reports an individual restriction without the person’s words', () => {
      expect(findingsOf(withChanges(bedRails, { personsView: undefined }))).toMatchObject([
        { code: 'person_view_missing', severity: 'warning', path: ['personsView'] },
      ]);
    });
    it('does not ask a blanket rule for one person’s view', () => {
      expect(codesOf(lockedKitchen)).not.toContain('person_view_missing');
    });
  });
});
