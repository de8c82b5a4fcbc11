/**
 * One person's outcome, from the form a keyworker fills in with her to the
 * numbers a registered manager reads. Run it with `npx tsx examples/outcome-journey.ts`.
 */
import assert from 'node:assert/strict';
import {
  addWeeks,
  calendarDateOf,
  checkOutcome,
  daysBetween,
  messageCatalogue,
  parseIsoDateTime,
  parseOutcome,
  quarterLabel,
  ratingTrend,
  ratio,
  recordRating,
  validateOutcomeForm,
} from 'golden-thread';

const line = (text = '') => console.log(text);
const asOf = '2026-11-23';
const financialYear = { yearStartMonth: 4 } as const;

line('golden-thread demo: Aisha’s plan, as of 2026-11-23');
line('==================================================');

// 1. Aisha and her keyworker write an outcome on a tablet. The review date does not exist.
const draft = {
  id: 'o-aisha-art',
  personId: 'p-aisha',
  words: 'I want to go to the art group on my own',
  expressedBy: 'person',
  lifecycleStatus: 'active',
  indicator: {
    description: 'Trips to the Thursday art group made without staff',
    measure: 'frequency',
    per: 'month',
    unit: 'trips',
    baseline: 0,
    target: 4,
    direction: 'increase',
  },
  timeframe: { start: '2026-09-14', reviewBy: '2026-09-31' },
  owners: [
    { party: 'person', responsibility: 'Choose which sessions to go to' },
    { party: 'keyworker', name: 'Sam' },
  ],
  agreements: [{ party: 'person', response: 'agree', on: '2026-09-14' }],
  ratings: [{ on: '2026-10-05', score: 2, ratedBy: 'person', example: 'Went with Sam on the bus' }],
};
line('\n1. The form, checked as it is filled in:');
const form = validateOutcomeForm(draft, { labels: { 'timeframe.reviewBy': 'The review date' } });
for (const [field, messages] of Object.entries(form.fields))
  line(`   - ${field}: ${messages.join(' ')}`);
// The same check in the host's own Easy Read wording: no global setting changes.
const easyRead = validateOutcomeForm(draft, {
  labels: { 'timeframe.reviewBy': 'The review date' },
  messages: { invalid_date: '{field} is not a day on the calendar. Please pick another day.' },
});
line(`   In Easy Read: ${easyRead.fields['timeframe.reviewBy']?.[0]}`);

// 2. Corrected: progress is reviewed 12 weeks after the start.
const start = '2026-09-14';
const corrected = parseOutcome({ ...draft, timeframe: { start, reviewBy: addWeeks(start, 12) } });
assert(corrected.success);
const outcome = corrected.data;
line(
  `\n2. Saved. Review by ${outcome.timeframe?.reviewBy} (${quarterLabel(outcome.timeframe?.reviewBy ?? start, financialYear)}).`,
);

// 3. What a registered manager's audit finds on 23 November.
line(`\n3. Quality check on ${asOf}:`);
const findings = checkOutcome(outcome, { asOf });
for (const f of findings) line(`   - [${f.severity}] ${f.code}: ${f.message}`);
assert.deepEqual(
  findings.map((f) => f.code),
  ['owner_without_responsibility', 'ratings_stale'],
);

// 4. Sam records what Sam will do and this month's rating; the trend is up.
const withOwner = parseOutcome({
  ...outcome,
  owners: [
    outcome.owners?.[0],
    {
      party: 'keyworker',
      name: 'Sam',
      responsibility: 'Travel with Aisha for the first two trips',
    },
  ],
});
assert(withOwner.success);
const rated = recordRating(withOwner.data, {
  on: '2026-11-20',
  score: 4,
  ratedBy: 'person',
  example: 'Took the bus to the group on her own and met Sam there',
});
assert(rated.success);
const trend = ratingTrend(rated.data);
line(
  `\n4. New rating recorded. Trend: ${trend.direction} (${trend.from?.score} → ${trend.to?.score}).`,
);
line(`   Findings now: ${checkOutcome(rated.data, { asOf }).length}.`);
assert.equal(checkOutcome(rated.data, { asOf }).length, 0);

// 5. An incident logged in UTC just after the clocks went back belongs to 25 October in the UK.
const incident = parseIsoDateTime('2026-10-24T23:30:00Z');
assert(incident.success);
const incidentDay = calendarDateOf(incident.data);
assert.equal(incidentDay, '2026-10-25');
line(`\n5. An incident logged at ${incident.data} happened on ${incidentDay} in the UK,`);
line(
  `   ${daysBetween(incidentDay, outcome.timeframe?.reviewBy ?? asOf)} days before the review, which should talk about it.`,
);

// 6. Honest numbers for the service: keep the denominator; "nothing due" is not 0 %.
const percent = (value: number | null) =>
  value === null ? 'no reviews were due' : `${(value * 100).toFixed(0)} %`;
const q2 = ratio(0, 0);
const q3 = ratio(11, 12);
line('\n6. Reviews held on time across the service:');
line(`   2026/27-Q2: ${q2.numerator} of ${q2.denominator} (${percent(q2.value)})`);
line(`   2026/27-Q3: ${q3.numerator} of ${q3.denominator} (${percent(q3.value)})`);

line(
  `\nEvery message above comes from a catalogue of ${Object.keys(messageCatalogue).length} codes a host can translate.`,
);
