/**
 * A made-up provider for a demo: 200 people over two and a half years, every record checked
 * against the schema, and a few counts a registered manager would recognise.
 * Run: `npx tsx examples/synthetic-provider.ts`.
 */
import assert from 'node:assert/strict';
import { type PersonRecord, parseProviderRecord } from 'golden-thread';
import { generateProvider } from 'golden-thread/synthetic';

const { records } = generateProvider({ seed: 2026, people: 200, asOf: '2026-11-01' });
assert.ok(records.every((record) => parseProviderRecord(record).success));

const people = records.filter((r): r is PersonRecord => r.type === 'person');
const outcomes = people.flatMap((p) => p.plan.outcomes ?? []);
const reviews = people.flatMap((p) => p.plan.reviews ?? []);
const admissions = people.flatMap((p) =>
  (p.plan.events ?? []).filter((e) => e.kind === 'hospital_admission_unplanned'),
);
const restricted = people.filter((p) => (p.restrictions ?? []).length > 0);
const blanket = records.flatMap((r) => (r.type === 'setting' ? r.restrictions : []));

console.log(`Settings: ${records.length - people.length}, people: ${people.length}`);
console.log(
  `Still supported on 1 November 2026: ${people.filter((p) => p.plan.end === undefined).length}`,
);
console.log(
  `Outcomes: ${outcomes.length}, achieved: ${outcomes.filter((o) => o.achievedOn).length}`,
);
console.log(
  `Reviews: ${reviews.length}, without the person: ${reviews.filter((r) => r.person.involvement === 'not_involved').length}`,
);
console.log(`Unplanned hospital admissions: ${admissions.length}`);
console.log(`People with restrictions: ${restricted.length}; blanket rules: ${blanket.length}`);
console.log(`Example outcome: “${outcomes.find((o) => o.expressedBy === 'person')?.words}”`);
assert.equal(people.length, 200);

// The same provider, struggling: more reviews without the person, fewer outcomes achieved.
const struggling = generateProvider({
  seed: 2026,
  people: 200,
  asOf: '2026-11-01',
  profile: 'struggling',
}).records.filter((r): r is PersonRecord => r.type === 'person');
const theirReviews = struggling.flatMap((p) => p.plan.reviews ?? []);
const theirOutcomes = struggling.flatMap((p) => p.plan.outcomes ?? []);
const share = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
console.log(
  `Struggling profile: ${share(theirReviews.filter((r) => r.person.involvement === 'not_involved').length, theirReviews.length)} of reviews without the person (reasonable: ${share(reviews.filter((r) => r.person.involvement === 'not_involved').length, reviews.length)}); ${share(theirOutcomes.filter((o) => o.achievedOn).length, theirOutcomes.length)} of outcomes achieved (reasonable: ${share(outcomes.filter((o) => o.achievedOn).length, outcomes.length)})`,
);
