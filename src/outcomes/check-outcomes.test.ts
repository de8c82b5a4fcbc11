import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate, arbOutcome } from '../../test/arbitraries/outcomes.js';
import { AS_OF, goodOutcome } from '../../test/fixtures/outcomes.js';
import { checkOutcome } from './check-outcome.js';
import { checkOutcomes } from './check-outcomes.js';
import type { Outcome } from './schemas/index.js';

const priority = (id: string, patch: Partial<Outcome> = {}): Outcome => ({
  ...goodOutcome,
  id,
  ...patch,
});

describe('checkOutcomes', () => {
  it('reports too_many_priorities when a person works on more than three at once', () => {
    const plan = ['a', 'b', 'c', 'd'].map((id) => priority(id));
    const findings = checkOutcomes(plan, { asOf: AS_OF });
    expect(findings).toMatchObject([
      {
        code: 'too_many_priorities',
        path: [],
        personId: 'p-aisha',
        quarter: '2026-Q4',
        count: 4,
        max: 3,
        outcomeIds: ['a', 'b', 'c', 'd'],
      },
    ]);
    expect(findings[0]?.message).toBe(
      'This person has 4 active priorities in 2026-Q4; the policy is at most 3 at a time.',
    );
  });
  it('counts only accepted or active outcomes that overlap the quarter', () => {
    const plan = [
      priority('a'),
      priority('b'),
      priority('c', { lifecycleStatus: 'on-hold' }),
      priority('d', {
        timeframe: { start: '2026-01-05', reviewBy: '2026-03-02' },
        ratings: [],
        lifecycleStatus: 'completed',
      }),
      priority('e', { timeframe: { start: '2027-01-04', reviewBy: '2027-03-01' }, ratings: [] }),
      priority('f', { lifecycleStatus: 'accepted' }),
    ];
    expect(
      checkOutcomes(plan, { asOf: AS_OF }).filter((f) => f.code === 'too_many_priorities'),
    ).toEqual([]);
  });
  it('follows the financial-year quarter and the policy’s maximum', () => {
    const plan = ['a', 'b'].map((id) => priority(id));
    expect(
      checkOutcomes(plan, { asOf: AS_OF, maxActivePriorities: 1, yearStartMonth: 4 }),
    ).toMatchObject([{ code: 'too_many_priorities', quarter: '2026/27-Q3', count: 2, max: 1 }]);
  });
  it('counts each person separately', () => {
    const plan = ['a', 'b', 'c'].flatMap((id) => [
      priority(id),
      priority(`${id}2`, { personId: 'p-ben' }),
    ]);
    expect(
      checkOutcomes(plan, { asOf: AS_OF, maxActivePriorities: 2 }).map((f) => f.personId),
    ).toEqual(['p-aisha', 'p-ben']);
  });
  it('throws invalid_argument for a maximum below 1', () => {
    expect(() => checkOutcomes([], { asOf: AS_OF, maxActivePriorities: 0 })).toThrow(
      /maxActivePriorities/,
    );
  });

  describe('properties', () => {
    test.prop([fc.array(arbOutcome, { maxLength: 8 }), arbDate])(
      'contains every finding of checkOutcome, in input order',
      (outcomes, asOf) => {
        const perOutcome = outcomes.flatMap((o) => checkOutcome(o, { asOf }));
        expect(checkOutcomes(outcomes, { asOf }).slice(0, perOutcome.length)).toEqual(perOutcome);
      },
    );
    test.prop([fc.array(arbOutcome, { maxLength: 8 }), arbDate, fc.integer({ min: 1, max: 3 })])(
      'the set of findings does not depend on the order of the outcomes',
      (outcomes, asOf, max) => {
        const key = (f: {
          code: string;
          outcomeId?: string;
          personId: string;
          path: readonly unknown[];
        }) => `${f.code}|${f.outcomeId}|${f.personId}|${f.path.join('.')}`;
        const forwards = checkOutcomes(outcomes, { asOf, maxActivePriorities: max })
          .map(key)
          .sort();
        const backwards = checkOutcomes([...outcomes].reverse(), { asOf, maxActivePriorities: max })
          .map(key)
          .sort();
        expect(backwards).toEqual(forwards);
      },
    );
  });
});
