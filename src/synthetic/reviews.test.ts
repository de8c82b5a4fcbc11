import { describe, expect, it } from 'vitest';
import { computeMetrics, type PersonRecord, reviewTimelinessMetric } from '../metrics/index.js';
import { reviewsDue, triggerHistory } from '../reviews/index.js';
import { generateProvider } from './generate-provider.js';

const asOf = '2026-10-07';
const endOfQuarter = '2026-09-30';
const people = (options: Partial<Parameters<typeof generateProvider>[0]> = {}) =>
  generateProvider({ seed: 20261123, people: 300, asOf, ...options }).records.filter(
    (r): r is PersonRecord => r.type === 'person',
  );
const current = (list: readonly PersonRecord[]) =>
  list.filter((p) => p.plan.start <= endOfQuarter && (p.plan.end ?? asOf) >= endOfQuarter);

/** Each trigger status's share over every trigger raised in the last year. */
function answered(list: readonly PersonRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  let total = 0;
  for (const { plan } of list) {
    for (const t of triggerHistory(plan, { asOf: endOfQuarter }).triggers) {
      if (t.raisedOn < '2025-10-01') continue;
      counts[t.status] = (counts[t.status] ?? 0) + 1;
      total += 1;
    }
  }
  return Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, n / total]));
}

describe('synthetic reviews', () => {
  const everyone = people();

  it('answer most triggers promptly, some late, and leave a few unanswered', () => {
    const shares = answered(everyone);
    expect(shares['answered_on_time']).toBeGreaterThan(0.8);
    expect(shares['answered_late']).toBeGreaterThan(0.02);
    expect((shares['overdue'] ?? 0) + (shares['missed'] ?? 0)).toBeGreaterThan(0);
    expect((shares['overdue'] ?? 0) + (shares['missed'] ?? 0)).toBeLessThan(0.08);
  });

  it('leave a believable share of people with an overdue review at the end of a quarter', () => {
    const supported = current(everyone);
    const overdue = supported.filter(({ plan }) =>
      reviewsDue(plan, { asOf: endOfQuarter }).due.some((d) => d.overdue),
    );
    const share = overdue.length / supported.length;
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.12);
  });

  it('leave more people overdue when the provider answers fewer triggers', () => {
    const overdueShare = (list: readonly PersonRecord[]) => {
      const supported = current(list);
      return (
        supported.filter(({ plan }) =>
          reviewsDue(plan, { asOf: endOfQuarter }).due.some((d) => d.overdue),
        ).length / supported.length
      );
    };
    const poor = people({ missedResponseShare: 0.4, lateResponseShare: 0.3 });
    expect(overdueShare(poor)).toBeGreaterThan(overdueShare(everyone) + 0.1);
  });

  it('have about a quarter of people, not most, with a scheduled review due in a quarter', () => {
    const supported = current(everyone);
    const { proportion } = computeMetrics(everyone, {
      timeliness: reviewTimelinessMetric({ window: { from: '2026-07-01', to: '2026-10-01' } }),
    }).timeliness;
    expect(proportion.denominator).toBeGreaterThan(0);
    expect(proportion.denominator).toBeLessThan(supported.length * 0.3);
  });

  it('say why each review was held, and record the supporters people chose', () => {
    const reviews = everyone.flatMap((p) => p.plan.reviews ?? []);
    expect(reviews.every((r) => r.kind === 'scheduled' || r.kind === 'responsive')).toBe(true);
    expect(reviews.some((r) => r.kind === 'responsive')).toBe(true);
    const withSupporters = everyone.filter((p) => (p.plan.supporters ?? []).length > 0);
    expect(withSupporters.length / everyone.length).toBeGreaterThan(0.5);
  });
});
