import { describe, expect, it } from 'vitest';
import { fill, GENERIC_OUTCOMES, OUTCOMES } from './phrases.js';

const first = <T>(items: readonly T[]): T => items[0] as T;

describe('fill', () => {
  it('leaves text without slots as it is', () => {
    expect(fill('I want to learn to play the guitar', first)).toBe(
      'I want to learn to play the guitar',
    );
  });
  it('fills each slot once per memo, so related texts agree', () => {
    const memo: Record<string, string> = {};
    expect(fill('I want to cook my own {meal} on {day}s', first, memo)).toBe(
      'I want to cook my own tea on Mondays',
    );
    expect(fill('Made {meal} on {day}', () => 'other' as never, memo)).toBe('Made tea on Monday');
  });
  it('names a member of staff for a slot it does not know', () => {
    expect(fill('Asked {someone}', first)).toBe('Asked Sam');
  });
  it('writes outcomes in the first person, and generic aims without it', () => {
    for (const t of OUTCOMES) for (const w of t.words) expect(w).toMatch(/^I(’d| want)/);
    for (const g of GENERIC_OUTCOMES) expect(g).not.toMatch(/\bI\b/);
  });
});
