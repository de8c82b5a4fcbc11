// Measures the headline figures of the demo's quarterly report for each synthetic profile over
// several seeds, and prints the range each falls in (the table in docs/synthetic-data.md).
// Run: npx tsx scripts/synthetic-profiles.ts [seeds (default 8)] [people (default 400)]
import { governanceReport } from '../src/index.js';
import { providerRecords, type SyntheticProfile } from '../src/synthetic/index.js';

const seeds = Number(process.argv[2] ?? 8);
const people = Number(process.argv[3] ?? 400);
const asOf = '2026-10-07';
const window = { from: '2026-07-01', to: '2026-10-01' } as const;
const services = ['elm-court', 'riverside', 'oak-lodge', 'community-team'];

type Headline = Record<string, number | null>;

function quarterRate(monthly: readonly { month: string; count: number; personDays: number }[]) {
  const quarter = monthly.filter((m) => m.month >= '2026-07' && m.month < '2026-10');
  const days = quarter.reduce((sum, m) => sum + m.personDays, 0);
  return days === 0 ? null : (quarter.reduce((sum, m) => sum + m.count, 0) / days) * 1000;
}

function headline(profile: SyntheticProfile, seed: number): Headline {
  const records = providerRecords({ seed, people, asOf, services, profile });
  const o = governanceReport(records, { window, groupBy: 'service' }).overall;
  const pct = (v: number | null) => (v === null ? null : v * 100);
  return {
    'People achieving at least one goal (%)': pct(o.goalAchievement.proportion.value),
    'Scheduled reviews held on time (%)': pct(o.reviewTimeliness.proportion.value),
    'Trigger reviews answered on time (%)': pct(o.reviewTimeliness.triggers.answeredOnTime.value),
    'People with a review overdue at the end (%)': pct(
      o.reviewTimeliness.overdueAtEnd.people.value,
    ),
    'Reviews meeting every quality check (%)': pct(o.reviewQuality.proportion.value),
    'Actions done by their due date (%)': pct(o.actionCompletion.proportion.value),
    'Restrictions failing a legal check (%)': pct(o.restrictions.withErrors.value),
    'People with a deteriorating outcome (%)': pct(o.ratingTrends.peopleDeteriorating.value),
    'Incidents per 1,000 person-days (quarter)': quarterRate(o.incidentTrend.monthly),
    'Unplanned admissions per 1,000 person-days': o.unplannedAdmissions.events.rate?.value ?? null,
    'Community activities per person a month': o.communityParticipation.perPersonPerMonth.value,
  };
}

const show = (v: number) => (Math.abs(v) >= 10 ? v.toFixed(0) : v.toFixed(1));
const profiles: SyntheticProfile[] = ['reasonable', 'struggling'];
const results = profiles.map((profile) =>
  Array.from({ length: seeds }, (_, i) => headline(profile, 20261123 + i)),
);
const names = Object.keys(results[0]?.[0] ?? {});
console.log(`${seeds} seeds from 20261123, ${people} people, quarter July to September 2026`);
console.log(`| headline figure | ${profiles.join(' | ')} |`);
console.log(`|---|${profiles.map(() => '---').join('|')}|`);
for (const name of names) {
  const cells = results.map((runs) => {
    const values = runs.map((r) => r[name]).filter((v): v is number => typeof v === 'number');
    return values.length === 0 ? '—' : `${show(Math.min(...values))}–${show(Math.max(...values))}`;
  });
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
