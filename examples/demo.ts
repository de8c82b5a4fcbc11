/**
 * The main demo: one person's plan, seen through golden-thread's core conventions.
 * Run it with `npm run demo`.
 */
import assert from 'node:assert/strict';
import {
  addMonths,
  addWeeks,
  calendarDateOf,
  createParser,
  daysBetween,
  IsoDateSchema,
  localize,
  messageCatalogue,
  parseIsoDateTime,
  quarterLabel,
  ratio,
} from 'golden-thread';
import * as z from 'zod';

const line = (text = '') => console.log(text);
const financialYear = { yearStartMonth: 4 } as const;

line('golden-thread demo: Aisha’s support plan');
line('========================================');

// 1. A keyworker's tablet sends the plan's dates. One of them does not exist.
const parsePlanDates = createParser(
  z.strictObject({ planStart: IsoDateSchema, nextCheckIn: IsoDateSchema }),
);
const form = { planStart: '2026-09-14', nextCheckIn: '2026-09-31' };
const rejected = parsePlanDates(form);
assert(!rejected.success);
line('\n1. The form is checked before anything is saved:');
for (const issue of rejected.issues) line(`   - [${issue.code}] ${issue.message}`);

// The host shows the same problem in its own Easy Read wording; no global setting changes.
const easyRead = {
  invalid_date: 'The day you chose for {field} is not in the calendar. Please pick another day.',
};
line(`   Easy Read: ${localize(rejected.issues, easyRead)[0]?.message}`);

const corrected = parsePlanDates({ ...form, nextCheckIn: '2026-09-30' });
assert(corrected.success);
line(`   Corrected, the plan starts on ${corrected.data.planStart}.`);

// 2. When must the plan be reviewed? Public guidance: a first review 6–8 weeks after the
//    plan starts, and never more than 12 months between reviews.
const { planStart } = corrected.data;
const firstReviewFrom = addWeeks(planStart, 6);
const firstReviewBy = addWeeks(planStart, 8);
const latestAnnual = addMonths(planStart, 12);
assert.equal(firstReviewBy, '2026-11-09');
line('\n2. Review schedule');
line(`   First review: between ${firstReviewFrom} and ${firstReviewBy}`);
line(`   Never later than: ${latestAnnual}`);
line(
  `   Reporting quarters (UK financial year): ${quarterLabel(firstReviewBy, financialYear)} and ${quarterLabel(latestAnnual, financialYear)}`,
);

// 3. An incident is logged by a night worker's phone, in UTC, just after the clocks went back.
const incident = parseIsoDateTime('2026-10-24T23:30:00Z');
assert(incident.success);
const incidentDay = calendarDateOf(incident.data);
assert.equal(incidentDay, '2026-10-25');
line('\n3. An incident');
line(`   Logged at ${incident.data}; in the UK that was ${incidentDay}.`);
line(
  `   The first review is due ${daysBetween(incidentDay, firstReviewBy)} days later, so it should talk about it.`,
);

// 4. Honest numbers: keep the denominator, and say "nothing to measure" rather than 0 %.
const q2 = ratio(0, 0);
const q3 = ratio(11, 12);
const percent = (value: number | null) =>
  value === null ? 'no reviews were due' : `${(value * 100).toFixed(0)} %`;
line('\n4. Reviews held on time at the service');
line(`   2026/27-Q2: ${q2.numerator} of ${q2.denominator} (${percent(q2.value)})`);
line(`   2026/27-Q3: ${q3.numerator} of ${q3.denominator} (${percent(q3.value)})`);

// 5. Every code the library can report is listed, so a host can translate all of them.
line(`\n5. The message catalogue lists ${Object.keys(messageCatalogue).length} codes, e.g.:`);
for (const code of ['required', 'invalid_date', 'unrecognized_keys']) {
  line(`   - ${code}: ${messageCatalogue[code]?.description}`);
}
