import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbOutcome } from '../../test/arbitraries/outcomes.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { isAchieved, isOpen } from './status.js';

describe('isAchieved', () => {
  it('is true for achieved and sustaining, false otherwise', () => {
    expect(isAchieved({ ...goodOutcome, achievementStatus: 'achieved' })).toBe(true);
    expect(isAchieved({ ...goodOutcome, achievementStatus: 'sustaining' })).toBe(true);
    expect(isAchieved(goodOutcome)).toBe(false);
    const { achievementStatus: _a, ...unknown } = goodOutcome;
    expect(isAchieved(unknown)).toBe(false);
  });
});

describe('isOpen', () => {
  it('is true until the outcome is completed, cancelled, rejected or entered in error', () => {
    for (const s of ['proposed', 'planned', 'accepted', 'active', 'on-hold'] as const)
      expect(isOpen({ ...goodOutcome, lifecycleStatus: s })).toBe(true);
    for (const s of ['completed', 'cancelled', 'rejected', 'entered-in-error'] as const)
      expect(isOpen({ ...goodOutcome, lifecycleStatus: s })).toBe(false);
  });

  describe('properties', () => {
    test.prop([arbOutcome])('an achieved date implies the outcome is achieved', (outcome) => {
      if (outcome.achievedOn !== undefined) expect(isAchieved(outcome)).toBe(true);
    });
  });
});
