import { describe, expect, it } from 'vitest';
import { armHold } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';
import type { RestrictionUse } from '../schemas.js';

const held = (fields: Partial<RestrictionUse>) =>
  withChanges(armHold, {
    uses: [
      {
        at: '2026-11-02T15:00:00Z',
        durationMinutes: 3,
        debriefDone: true,
        injury: 'none',
        ...fields,
      },
    ],
  });

describe('proneRule', () => {
  describe('prone_restraint_without_reason', () => {
    it('reports a plan that allows face-down restraint with no reason', () => {
      const plan = withChanges(armHold, {
        physicalIntervention: { positions: ['standing', 'prone'] },
      });
      expect(findingsOf(plan)).toMatchObject([
        {
          code: 'prone_restraint_without_reason',
          severity: 'error',
          path: ['physicalIntervention', 'proneReason'],
          on: null,
          message: expect.stringMatching(
            /^The plan allows face-down restraint with no reason recorded\./,
          ),
        },
      ]);
      expect(
        codesOf(
          withChanges(armHold, {
            physicalIntervention: {
              positions: ['prone'],
              proneReason: 'Only if he falls face down; turned at once',
            },
          }),
        ),
      ).toEqual([]);
    });
    it('reports a use in which he was held face down with no reason', () => {
      expect(only(held({ position: 'prone' }), 'prone_restraint_without_reason')).toMatchObject([
        {
          path: ['uses', 0, 'position'],
          on: '2026-11-02',
          message: expect.stringMatching(
            /^The person was held face down on 2026-11-02 with no reason recorded\./,
          ),
        },
      ]);
      expect(
        codesOf(
          held({ position: 'prone', proneReason: 'Fell face down and was turned within seconds' }),
        ),
      ).toEqual([]);
      expect(codesOf(held({ position: 'supine' }))).toEqual([]);
    });
  });
});

describe('injuryRule', () => {
  describe('injury_without_follow_up', () => {
    it('reports an injury to the person with no incident review or safeguarding consideration', () => {
      expect(findingsOf(held({ injury: 'person' }))).toMatchObject([
        {
          code: 'injury_without_follow_up',
          severity: 'error',
          path: ['uses', 0, 'injury'],
          on: '2026-11-02',
          injury: 'person',
          missing: ['incident-review', 'safeguarding'],
          message: expect.stringMatching(
            /^On 2026-11-02 the person was hurt during the restriction, and an incident review and a safeguarding consideration are not recorded\./,
          ),
        },
      ]);
    });
    it('asks for the CQC notification of a serious injury to the person', () => {
      const serious = held({
        injury: 'person-and-staff',
        seriousInjury: true,
        incidentReviewed: true,
        safeguardingConsidered: true,
      });
      expect(only(serious, 'injury_without_follow_up')).toMatchObject([
        {
          missing: ['cqc-notification'],
          message: expect.stringContaining(
            'a notification to CQC (a serious injury) is not recorded',
          ),
        },
      ]);
      expect(
        codesOf(
          held({
            injury: 'person',
            seriousInjury: true,
            incidentReviewed: true,
            safeguardingConsidered: true,
            cqcNotified: true,
          }),
        ),
      ).toEqual([]);
    });
    it('asks only for an incident review when only staff were hurt', () => {
      expect(only(held({ injury: 'staff' }), 'injury_without_follow_up')).toMatchObject([
        {
          injury: 'staff',
          missing: ['incident-review'],
          message: expect.stringContaining('a member of staff was hurt'),
        },
      ]);
      expect(
        codesOf(held({ injury: 'staff', seriousInjury: true, incidentReviewed: true })),
      ).toEqual([]);
      expect(
        only(held({ injury: 'other', incidentReviewed: true }), 'injury_without_follow_up'),
      ).toMatchObject([{ missing: ['safeguarding'] }]);
    });
    it('leaves a use followed up properly alone', () => {
      expect(codesOf(armHold)).toEqual([]);
    });
  });
});
