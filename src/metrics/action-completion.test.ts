import { describe, expect, it } from 'vitest';
import { person, run } from '../../test/support/metrics.js';
import type { Action } from '../reviews/index.js';
import { actionCompletionMetric } from './action-completion.js';

const quarter = { from: '2026-07-01', to: '2026-10-01' } as const;
const action = (
  id: string,
  dueOn: string,
  status: Action['status'],
  completedOn?: string,
): Action =>
  ({
    id,
    description: 'Ring the college about the cookery course',
    owner: { role: 'keyworker' },
    dueOn,
    status,
    ...(completedOn === undefined ? {} : { completedOn }),
  }) as Action;

describe('actionCompletionMetric', () => {
  const records = [
    person('p-a', '2026-01-05', {
      actions: [
        action('a1', '2026-07-10', 'done', '2026-07-10'),
        action('a2', '2026-08-01', 'done', '2026-08-04'),
        action('a3', '2026-09-30', 'open'),
        action('a4', '2026-09-01', 'dropped'),
        action('a5', '2026-10-01', 'open'),
        action('a1', '2026-07-10', 'done', '2026-07-10'),
      ],
    }),
    person('p-b', '2026-01-05', {
      actions: [action('b1', '2026-07-20', 'done', '2026-08-19')],
    }),
    { type: 'setting' as const, settingId: 'house-1', restrictions: [] },
  ];
  const result = run(actionCompletionMetric({ window: quarter }), records);

  it('divides actions done by their due day by actions due in the window', () => {
    // Due in the quarter: a1 (on time), a2 (3 days late), a3 (open), b1 (30 days late).
    expect(result.proportion).toMatchObject({ numerator: 1, denominator: 4, value: 0.25 });
    expect(result.late).toBe(2);
    expect(result.open).toBe(1);
  });

  it('leaves dropped actions out of the denominator and reports them', () => {
    expect(result.dropped).toBe(1);
  });

  it('summarises how late the late ones were', () => {
    expect(result.daysLate).toEqual({ count: 2, total: 33, mean: 16.5, median: 16.5, max: 30 });
  });

  it('has a null value when nothing was due', () => {
    expect(run(actionCompletionMetric({ window: quarter }), []).proportion.value).toBeNull();
  });
});
