/**
 * Outcomes by Care Act wellbeing area, and the outcomes that did not improve, for a quarter:
 * first on three people written by hand (the figures can be checked on paper), then on a
 * made-up provider of 400 people, overall and by service.
 * Run: `npx tsx examples/wellbeing-areas.ts`.
 */
import assert from 'node:assert/strict';
import {
  CANCELLED_REASONS,
  type CancelledReasonOrNone,
  computeMetrics,
  governanceReport,
  type Outcome,
  outcomesNotImprovedMetric,
  type Proportion,
  type ProviderRecord,
  parseProviderRecord,
  WELLBEING_AREAS,
  wellbeingAreasMetric,
} from 'golden-thread';
import { providerRecords } from 'golden-thread/synthetic';

const window = { from: '2026-07-01', to: '2026-10-01' } as const;
const share = (p: Proportion): string =>
  p.value === null
    ? `— (0 of ${p.denominator})`
    : `${Math.round(p.value * 100)} % (${p.numerator} of ${p.denominator}; ${Math.round((p.lower ?? 0) * 100)}–${Math.round((p.upper ?? 0) * 100)} %)`;

// Three people, written as a keyworker would record them.
const outcome = (id: string, personId: string, patch: Partial<Outcome>): Outcome => ({
  id,
  personId,
  words: 'I want to …',
  expressedBy: 'person',
  lifecycleStatus: 'active',
  timeframe: { start: '2026-03-02', reviewBy: '2026-12-01' },
  ...patch,
});
const MONTHLY = ['2026-07-06', '2026-08-06', '2026-09-06'] as const;
const rated = (scores: readonly number[]): Outcome['ratings'] =>
  scores.map((score, i) => ({ on: MONTHLY[i] ?? '2026-09-30', score, ratedBy: 'person' }));
const hand: ProviderRecord[] = [
  {
    type: 'person',
    groups: { service: 'riverside' },
    plan: {
      id: 'plan-ana',
      personId: 'p-ana',
      start: '2025-05-01',
      outcomes: [
        outcome('ana-job', 'p-ana', {
          words: 'I want a Saturday job at the garden centre',
          wellbeingAreas: ['work_education_recreation', 'contribution_to_society'],
          lifecycleStatus: 'completed',
          achievementStatus: 'achieved',
          achievedOn: '2026-08-22',
          closedOn: '2026-08-22',
        }),
        outcome('ana-sister', 'p-ana', {
          words: 'I want to see my sister every month',
          wellbeingAreas: ['relationships'],
          ratings: rated([3, 3, 3]),
        }),
      ],
    },
  },
  {
    type: 'person',
    groups: { service: 'riverside' },
    plan: {
      id: 'plan-ben',
      personId: 'p-ben',
      start: '2024-11-11',
      outcomes: [
        outcome('ben-swim', 'p-ben', {
          words: 'I want to go swimming on Tuesdays',
          wellbeingAreas: ['health_and_emotional_wellbeing'],
          lifecycleStatus: 'cancelled',
          achievementStatus: 'not-achieved',
          closedOn: '2026-08-15',
          cancelledReason: 'support_unavailable',
          cancelledNote: 'No driver for Tuesday mornings since July',
        }),
        outcome('ben-tea', 'p-ben', {
          words: 'I want to cook my own tea on Fridays',
          wellbeingAreas: ['control_over_daily_life', 'health_and_emotional_wellbeing'],
          ratings: rated([4, 3, 3]),
        }),
      ],
    },
  },
  {
    type: 'person',
    groups: { service: 'oak-lodge' },
    plan: {
      id: 'plan-cara',
      personId: 'p-cara',
      start: '2026-01-12',
      outcomes: [
        outcome('cara-room', 'p-cara', { words: 'I want to choose the colour of my room' }),
      ],
    },
  },
];
assert.ok(hand.every((record) => parseProviderRecord(record).success));

const { areas, notImproved } = computeMetrics(hand, {
  areas: wellbeingAreasMetric({ window }),
  notImproved: outcomesNotImprovedMetric({ window }),
});
console.log('Three people, July to September 2026');
for (const [code, figures] of Object.entries(areas.areas)) {
  if (figures.outcomes.numerator === 0) continue;
  console.log(
    `  ${figures.label}: people ${share(figures.people)}, achieved ${figures.achieved.numerator} of ${figures.outcomes.numerator}, not achieved ${figures.notAchieved.numerator}`,
  );
  assert.equal(WELLBEING_AREAS[code as keyof typeof WELLBEING_AREAS].label, figures.label);
}
console.log(`  ${areas.noArea.label}: ${areas.noArea.outcomes.numerator} outcome`);
console.log(`  Cancelled: ${share(notImproved.cancelled)}`);
console.log(`  Stagnating: ${share(notImproved.stagnating)}`);
console.log(`  Deteriorating (a fall held over two ratings): ${share(notImproved.deteriorating)}`);
// Hand-checked: 5 outcomes active, 3 people; Ana's sister outcome stagnates, Ben's tea falls
// and stays down, Ben's swimming was cancelled because the service had no driver.
assert.equal(areas.outcomes, 5);
assert.equal(areas.people, 3);
assert.equal(areas.areas.health_and_emotional_wellbeing.people.numerator, 1);
assert.equal(areas.areas.health_and_emotional_wellbeing.people.denominator, 3);
assert.equal(areas.areas.health_and_emotional_wellbeing.notAchieved.numerator, 1);
assert.equal(areas.areas.work_education_recreation.achieved.numerator, 1);
assert.equal(areas.noArea.outcomes.numerator, 1);
assert.equal(notImproved.cancelled.numerator, 1);
assert.equal(notImproved.cancelledByReason.support_unavailable, 1);
assert.equal(notImproved.stagnating.numerator, 1);
assert.equal(notImproved.deteriorating.numerator, 1);
assert.equal(notImproved.rated, 2);

// A made-up provider of 400 people, overall and by service.
const records = [
  ...providerRecords({
    seed: 20261123,
    people: 400,
    asOf: '2026-10-07',
    services: ['elm-court', 'riverside', 'oak-lodge', 'community-team'],
  }),
];
const report = governanceReport(records, { window });
const overall = report.overall;
console.log('\nA made-up provider of 400 people, July to September 2026');
const byPeople = Object.values(overall.wellbeingAreas.areas).sort(
  (a, b) => b.people.numerator - a.people.numerator,
);
for (const figures of byPeople.slice(0, 4)) {
  console.log(`  ${figures.label}: people ${share(figures.people)}`);
}
const n = overall.outcomesNotImproved;
console.log(`  Outcomes active in the quarter: ${n.outcomes}`);
console.log(`  Completed without being achieved: ${share(n.completedNotAchieved)}`);
console.log(`  Cancelled: ${share(n.cancelled)}`);
for (const [reason, count] of Object.entries(n.cancelledByReason)) {
  if (count === 0) continue;
  const label =
    reason === 'not_recorded'
      ? 'No reason recorded'
      : CANCELLED_REASONS[reason as Exclude<CancelledReasonOrNone, 'not_recorded'>];
  console.log(`    ${label}: ${count}`);
}
console.log(`  Stagnating: ${share(n.stagnating)}; deteriorating: ${share(n.deteriorating)}`);
console.log(`  In work or learning: ${share(overall.workAndLearning.proportion)}`);
for (const [service, figures] of Object.entries(report.groups)) {
  console.log(
    `  ${service}: not improved ${share(figures.outcomesNotImproved.notImproved)}, cancelled ${figures.outcomesNotImproved.cancelled.numerator}`,
  );
}
const cancelledInAll = Object.values(report.groups).reduce(
  (sum, g) => sum + g.outcomesNotImproved.cancelled.numerator,
  0,
);
assert.equal(cancelledInAll, n.cancelled.numerator);
