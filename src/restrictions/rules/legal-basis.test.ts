import { describe, expect, it } from 'vitest';
import { bedRails, sensorMat } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';

describe('legalBasisRule', () => {
  describe('no_legal_basis', () => {
    it('reports a restriction with no basis, pointing at the basis', () => {
      expect(findingsOf(withChanges(sensorMat, { legalBasis: undefined }))).toMatchObject([
        { code: 'no_legal_basis', severity: 'error', path: ['legalBasis'] },
      ]);
    });
    it('leaves a recorded basis alone', () => {
      expect(codesOf(bedRails)).toEqual([]);
    });
  });

  describe('other_legal_basis', () => {
    it('reports a house rule agreed at a staff meeting, and names the laws that can be a basis', () => {
      const houseRule = withChanges(bedRails, {
        legalBasis: { kind: 'other', description: 'House rule agreed at a staff meeting' },
      });
      const [finding] = only(houseRule, 'other_legal_basis');
      expect(finding).toMatchObject({ severity: 'warning', path: ['legalBasis', 'kind'] });
      expect(finding?.message).toContain('Mental Health Act 1983');
      expect(finding?.message).toContain('A house rule or a staff agreement is not a legal basis.');
      // The host's own words are not echoed.
      expect(finding?.message).not.toContain('staff meeting');
    });
    it('does not judge a restriction that ended before asOf', () => {
      const ended = withChanges(bedRails, {
        legalBasis: { kind: 'other', description: 'House rule' },
        end: '2026-10-01',
      });
      expect(codesOf(ended)).not.toContain('other_legal_basis');
    });
  });
});

describe('consultationRule', () => {
  describe('best_interests_without_consultation', () => {
    it('reports a best-interests decision with nobody consulted', () => {
      const alone = withChanges(bedRails, {
        consulted: undefined,
        legalBasis: {
          kind: 'best-interests',
          meeting: { on: '2026-05-26', attendees: ['staff', 'manager', 'clinician'] },
        },
      });
      expect(findingsOf(alone)).toMatchObject([
        {
          code: 'best_interests_without_consultation',
          severity: 'warning',
          path: ['legalBasis', 'consulted'],
          message: expect.stringContaining('section 4(7)'),
        },
      ]);
    });
    it('counts family or an advocate at the best-interests meeting as consulted', () => {
      for (const party of [
        'family',
        'advocate',
        'imca',
        'representative',
        'person',
        'other',
      ] as const) {
        const met = withChanges(bedRails, {
          consulted: undefined,
          legalBasis: {
            kind: 'best-interests',
            meeting: { on: '2026-05-26', attendees: ['staff', party] },
          },
        });
        expect(codesOf(met), party).toEqual([]);
      }
    });
    it('counts consultation recorded in the basis or on the restriction', () => {
      const inBasis = withChanges(bedRails, {
        consulted: undefined,
        legalBasis: {
          kind: 'best-interests',
          consulted: [{ party: 'advocate', on: '2026-05-22' }],
        },
      });
      expect(codesOf(inBasis)).toEqual([]);
      const onRecord = withChanges(bedRails, { legalBasis: { kind: 'best-interests' } });
      expect(codesOf(onRecord)).toEqual([]);
    });
  });
});
