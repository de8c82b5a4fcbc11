import { describe, expect, it } from 'vitest';
import { armHold, prnLorazepam, sensorMat } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';
import type { IsoDate, IsoDateTime } from '../../core/index.js';

const use = (at: string, debriefDone = true) => ({
  at: at as IsoDateTime,
  durationMinutes: 5,
  debriefDone,
  injury: 'none' as const,
});
const usedOn = (on: IsoDate) => use(`${on}T12:00:00Z`);

describe('risingUseRule', () => {
  describe('rising_use', () => {
    it('reports more uses in the last 28 days than the 28 before, and at least 3', () => {
      const uses = [
        '2026-10-20T10:00:00Z',
        '2026-11-01T10:00:00Z',
        '2026-11-10T10:00:00Z',
        '2026-11-20T10:00:00Z',
      ].map((at) => use(at));
      expect(findingsOf(withChanges(sensorMat, { uses }))).toMatchObject([
        {
          code: 'rising_use',
          severity: 'warning',
          recent: 3,
          previous: 1,
          windowDays: 28,
          message:
            'The restriction was used 3 times in the last 28 days, up from 1 in the 28 days before. Restrictions should reduce as risk falls: review what has changed (Positive and Proactive Care, Department of Health, 2014).',
        },
      ]);
      expect(codesOf(withChanges(sensorMat, { uses }), { minRisingUses: 4 })).toEqual([]);
    });
    it('counts the windows to the day', () => {
      // Recent: 2026-10-27 … 2026-11-23; previous: 2026-09-29 … 2026-10-26.
      const recent = ['2026-10-27', '2026-11-23', '2026-11-01'].map((d) => usedOn(d as IsoDate));
      expect(
        only(
          withChanges(sensorMat, { uses: [...recent, usedOn('2026-10-26'), usedOn('2026-09-28')] }),
          'rising_use',
        ),
      ).toMatchObject([{ recent: 3, previous: 1 }]);
      expect(
        codesOf(
          withChanges(sensorMat, {
            uses: [...recent, usedOn('2026-10-26'), usedOn('2026-10-25'), usedOn('2026-09-29')],
          }),
        ),
      ).toEqual([]);
    });
  });
});

describe('usedAfterEndRule', () => {
  describe('used_after_end', () => {
    it('reports a use on the UK day after the end', () => {
      // 23:30 UTC on 30 September is 00:30 on 1 October in British Summer Time.
      const r = withChanges(sensorMat, {
        end: '2026-09-30',
        uses: [use('2026-09-30T23:30:00Z'), use('2026-09-30T22:30:00Z')],
      });
      expect(findingsOf(r)).toMatchObject([
        {
          code: 'used_after_end',
          severity: 'error',
          path: ['uses', 0],
          on: '2026-10-01',
          end: '2026-09-30',
        },
      ]);
    });
  });
});

describe('debriefRule', () => {
  describe('debrief_missing', () => {
    it('notes a use of PRN medicine without a debrief', () => {
      const undebriefed = withChanges(prnLorazepam, { uses: [use('2026-11-02T21:00:00Z', false)] });
      expect(findingsOf(undebriefed)).toMatchObject([
        { code: 'debrief_missing', severity: 'info', path: ['uses', 0], on: '2026-11-02' },
      ]);
    });
    it('ignores uses after asOf', () => {
      expect(
        codesOf(withChanges(prnLorazepam, { uses: [use('2026-12-02T21:00:00Z', false)] })),
      ).toEqual([]);
    });
  });

  describe('physical_intervention_without_debrief', () => {
    it('warns about a physical intervention with no post-incident debrief', () => {
      const held = withChanges(armHold, {
        uses: [{ ...use('2026-11-02T15:00:00Z', false), position: 'standing' }],
      });
      expect(findingsOf(held)).toMatchObject([
        {
          code: 'physical_intervention_without_debrief',
          severity: 'warning',
          path: ['uses', 0],
          on: '2026-11-02',
          message: expect.stringContaining(
            '(Positive and Proactive Care, Department of Health, 2014)',
          ),
        },
      ]);
      for (const type of ['mechanical', 'seclusion-segregation'] as const) {
        expect(codesOf(withChanges(held, { type, physicalIntervention: undefined })), type).toEqual(
          ['physical_intervention_without_debrief'],
        );
      }
    });
  });
});
