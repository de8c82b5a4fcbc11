import { describe, expect, it } from 'vitest';
import { lockedKitchen, sensorMat } from '../../test/fixtures/restrictions.js';
import { person } from '../../test/support/metrics.js';
import { parseProviderRecord } from './records.js';

const codes = (input: unknown) => {
  const result = parseProviderRecord(input);
  return result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
};

describe('parseProviderRecord', () => {
  it('reads a person record and a setting record', () => {
    const aisha = person('p-aisha', '2026-01-05', {
      restrictions: [sensorMat],
      activities: [{ on: '2026-02-01', description: 'Art group' }],
      groups: { service: 'svc-north' },
    });
    expect(codes(aisha)).toEqual([]);
    expect(
      codes({ type: 'setting', settingId: 'house-elm', restrictions: [lockedKitchen] }),
    ).toEqual([]);
  });

  it('reports a restriction for someone else in a person record', () => {
    const ben = person('p-ben', '2026-01-05', { restrictions: [sensorMat] });
    expect(codes(ben)).toEqual([['restriction_for_other_person', 'restrictions.0.scope']]);
  });

  it('reports an individual restriction in a setting record', () => {
    expect(codes({ type: 'setting', settingId: 'house-elm', restrictions: [sensorMat] })).toEqual([
      ['individual_restriction_in_setting', 'restrictions.0.scope'],
    ]);
  });

  it('reports an activity outside the person’s support', () => {
    const early = person('p-aisha', '2026-01-05', {
      end: '2026-06-30',
      activities: [{ on: '2026-07-01' }],
    });
    expect(codes(early)).toEqual([['activity_outside_support', 'activities.0.on']]);
  });

  it('reports an unknown record type and bad group keys', () => {
    expect(codes({ type: 'team' })[0]?.[0]).toBeDefined();
    const badKey = person('p-1', '2026-01-05', { groups: { 'a b': 'x' } });
    expect(codes(badKey).length).toBeGreaterThan(0);
  });

  it('gives messages in plain English', () => {
    const ben = person('p-ben', '2026-01-05', { restrictions: [sensorMat] });
    const result = parseProviderRecord(ben);
    expect(result.success ? '' : result.issues[0]?.message).toMatch(/restriction for someone else/);
  });
});
