/**
 * Responsive reviews: which reviews of Aisha's plan are due on 23 November 2026, and why;
 * whether the review then held was a real, person-led one; how each trigger was answered;
 * and the "you said, we did" lines for her easy-read review pack.
 * Run: `npx tsx examples/responsive-reviews.ts`.
 */
import assert from 'node:assert/strict';
import {
  checkReviewQuality,
  DEFAULT_REVIEW_SCHEDULE,
  type Feedback,
  formatLongDate,
  parseReview,
  parseSupportPlan,
  type Review,
  reviewsDue,
  type SupportPlan,
  triggerHistory,
  youSaidWeDid,
} from 'golden-thread';

const outcome = {
  id: 'o-art',
  personId: 'p-aisha',
  words: 'I want to go to the art group on my own',
  expressedBy: 'person',
  lifecycleStatus: 'active',
  timeframe: { start: '2026-09-14', reviewBy: '2026-12-07' },
  ratings: [
    { on: '2026-10-12', score: 3, ratedBy: 'person', example: 'Went with Sam on the bus' },
    { on: '2026-11-09', score: 2, ratedBy: 'person', example: 'Stayed home after a bad week' },
  ],
};

// 1. The plan as the care system holds it: started on 14 September, no review yet.
const parsed = parseSupportPlan({
  id: 'plan-aisha',
  personId: 'p-aisha',
  start: '2026-09-14',
  outcomes: [outcome],
  // Aisha wants her mum at her reviews.
  supporters: [{ role: 'family', name: 'Mum', atReviews: 'wanted' }],
  events: [
    {
      id: 'ev-seizure',
      personId: 'p-aisha',
      on: '2026-10-20',
      kind: 'hospital_admission_unplanned',
      severity: 'high',
      summary: 'Two nights in hospital after a seizure',
    },
    {
      id: 'ev-meds',
      personId: 'p-aisha',
      on: '2026-10-23',
      kind: 'medication_change',
      severity: 'medium',
      summary: 'New epilepsy medication; drowsy in the mornings',
    },
    {
      id: 'ev-future',
      personId: 'p-aisha',
      on: '2026-12-02',
      kind: 'new_personal_goal',
      severity: 'low',
      summary: 'Typed a day early by mistake',
    },
  ],
});
assert(parsed.success, JSON.stringify(parsed));
const plan: SupportPlan = parsed.data;

// 2. Which reviews are due, and why? A provider reviewing quarterly sets its own cadence.
const asOf = '2026-11-23';
const schedule = { ...DEFAULT_REVIEW_SCHEDULE, cadenceMonths: 3 };
const { due, notices } = reviewsDue(plan, { asOf, schedule });
console.log(`Reviews due for Aisha on ${formatLongDate(asOf)}:`);
for (const d of due) {
  const why =
    d.reason.kind === 'rule'
      ? `${d.reason.description} (${[...d.reason.eventIds, ...d.reason.outcomeIds].join(', ')})`
      : d.reason.kind === 'first_review'
        ? 'First review after the plan started'
        : `Scheduled, ${schedule.cadenceMonths} months after the last review`;
  const when = d.overdue ? `${-d.daysUntilDue} days overdue` : `due in ${d.daysUntilDue} days`;
  console.log(`  ${d.dueOn}  ${d.urgency.padEnd(9)} ${why} — ${when}`);
}
for (const n of notices) console.log(`  note: ${n.message}`);
assert.deepEqual(
  due.map((d) => (d.reason.kind === 'rule' ? d.reason.ruleId : d.reason.kind)),
  ['unplanned_admission', 'first_review', 'significant_change', 'falling_rating'],
);
assert.equal(notices[0]?.code, 'event_after_as_of');

// 3. The review is held on 25 November, led by Aisha, and discusses what happened.
const held = parseReview({
  id: 'rev-aisha-1',
  personId: 'p-aisha',
  on: '2026-11-25',
  person: { involvement: 'led' },
  others: [{ role: 'keyworker', name: 'Sam', how: 'present' }],
  views: {
    words: 'The new tablets make me sleepy so I miss the morning bus. I still want to go to art.',
    expressedBy: 'person',
  },
  difficult: ['Getting up for the morning bus'],
  outcomes: [{ outcomeId: 'o-art', stillMeaningful: 'yes', progress: 'worsening' }],
  decisions: [{ id: 'dec-1', text: 'Move to the afternoon art session while the dose settles' }],
  actions: [
    {
      id: 'act-afternoon',
      description: 'Ask the art group for an afternoon place',
      owner: { role: 'keyworker', name: 'Sam' },
      dueOn: '2026-12-02',
      status: 'open',
      outcomeIds: ['o-art'],
      feedbackIds: ['fb-bus'],
    },
  ],
  eventsDiscussed: ['ev-seizure', 'ev-meds'],
});
assert(held.success, JSON.stringify(held));
const review: Review = held.data;
const feedback: Feedback[] = [
  {
    id: 'fb-bus',
    personId: 'p-aisha',
    on: '2026-11-02',
    from: 'person',
    words: 'I keep missing the bus',
  },
];
const quality = checkReviewQuality(review, {
  outcomes: plan.outcomes ?? [],
  events: plan.events ?? [],
  feedback,
  supporters: plan.supporters ?? [],
});
console.log(
  `\nReview of ${formatLongDate(review.on)}: ${quality.passed ? 'every check passed' : 'needs attention'}`,
);
for (const [check, state] of Object.entries(quality.checks))
  console.log(`  ${check.padEnd(18)} ${state}`);
for (const f of quality.findings) console.log(`  ${f.severity}: ${f.message}`);
assert.equal(quality.checks.involvement, 'failed'); // Aisha wants her mum there; she was not.
assert.deepEqual(
  quality.findings.map((f) => f.code),
  ['wanted_involvement_missing'],
);

// 4. After the review, the only review due is the next scheduled one.
const after = reviewsDue({ ...plan, reviews: [review] }, { asOf: '2026-11-26', schedule });
assert.deepEqual(
  after.due.map((d) => [d.reason.kind, d.dueOn]),
  [['scheduled', '2027-02-25']],
);
console.log(`\nNext review: ${formatLongDate(after.due[0]?.dueOn ?? asOf)}`);

// 5. How was each trigger answered? The review of 25 November answered all three, but the
// admission and the new medication had waited for it: nobody reviewed the plan in response,
// and it came after the first review was due (9 November). Those count as missed.
const history = triggerHistory({ ...plan, reviews: [review] }, { asOf: '2026-11-26', schedule });
console.log('\nTriggers');
for (const t of history.triggers)
  console.log(`  ${t.raisedOn}  ${t.ruleId.padEnd(20)} due ${t.dueOn}  ${t.status}`);
assert.deepEqual(
  history.triggers.map((t) => [t.ruleId, t.status]),
  [
    ['unplanned_admission', 'missed'],
    ['significant_change', 'missed'],
    ['falling_rating', 'answered_on_time'],
  ],
);

// 6. "You said, we did" for the easy-read pack.
const pack = youSaidWeDid(feedback, review.actions ?? [], { from: '2026-09-14', to: '2026-11-26' });
console.log('\nYou said, we did');
for (const entry of pack.entries) for (const line of entry.lines) console.log(`  ${line}`);
assert.equal(pack.counts.in_progress, 1);
