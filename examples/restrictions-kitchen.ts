/**
 * Replaying a real pattern: a blanket rule (the kitchen locked at night for everyone) is
 * reviewed, stopped and replaced by one individual, agreed plan.
 * Run: `npx tsx examples/restrictions-kitchen.ts`.
 */
import assert from 'node:assert/strict';
import {
  checkRestriction,
  parseRestriction,
  type Restriction,
  recordRestrictionReview,
  restrictionSummary,
  restrictionsDueForReview,
} from 'golden-thread';

const parse = (input: unknown): Restriction => {
  const result = parseRestriction(input);
  assert(result.success, JSON.stringify(result));
  return result.data;
};

// 1. The house rule, as it stood in the register.
const kitchen = parse({
  id: 'r-elm-kitchen',
  scope: { kind: 'blanket', settingId: 'elm-house' },
  setting: { type: 'supported-living', id: 'elm-house' },
  type: 'blanket',
  description: 'The kitchen is locked for everyone from 9pm to 7am',
  risk: {
    description: 'Ben eats large amounts at night, which has made him ill',
    toWhom: ['person'],
    likelihood: 'likely',
    seriousness: 'moderate',
  },
  legalBasis: { kind: 'other', description: 'House rule agreed at a staff meeting' },
  start: '2025-06-01',
  nextReviewOn: '2026-06-01',
});
console.log('1. Checked on 2026-07-01, the house rule shows:');
for (const f of checkRestriction(kitchen, { asOf: '2026-07-01' }))
  console.log(`   - [${f.severity}] ${f.code}: ${f.message}`);

// 2. A review with the residents stops the blanket rule.
const reviewed = recordRestrictionReview(kitchen, {
  on: '2026-07-15',
  by: ['Registered manager', 'Ben', 'Aisha', 'Chris', 'Ben’s advocate'],
  decision: 'stop',
  reason:
    'Four of five residents were restricted for one person’s risk. Replaced by Ben’s own plan.',
});
assert(reviewed.success);
const stopped = parse({ ...reviewed.data, replacedBy: ['r-ben-snacks'] });
assert.equal(stopped.end, '2026-07-15');

// 3. Ben's own plan: agreed with him, less restrictive, time-limited.
const bensPlan = parse({
  id: 'r-ben-snacks',
  scope: { kind: 'individual', personId: 'p-ben' },
  setting: { type: 'supported-living', id: 'elm-house' },
  type: 'environmental',
  description: 'Ben’s snack cupboard is locked from 11pm; a night snack box is left out for him',
  risk: {
    description: 'Eating large amounts at night',
    toWhom: ['person'],
    likelihood: 'possible',
    seriousness: 'moderate',
  },
  legalBasis: { kind: 'consent', consentedOn: '2026-07-15', givenBy: 'person' },
  capacityAssessments: [
    {
      decision: 'Whether Ben can agree to his snack cupboard being locked at night',
      assessedOn: '2026-07-10',
      assessor: { role: 'social-worker' },
      conclusion: 'has-capacity',
    },
  ],
  personsView: {
    words: 'I like having my own box. Lock the cupboard, not the kitchen.',
    recordedOn: '2026-07-15',
  },
  consulted: [{ party: 'advocate', on: '2026-07-15', view: 'Ben chose this himself' }],
  optionsExplored: [
    {
      description: 'A night snack box only',
      tried: true,
      outcome: 'chosen',
      reason: 'Ben asked for it',
    },
    {
      description: 'No restriction at all',
      tried: true,
      outcome: 'rejected',
      reason: 'Ben was ill twice in the trial week',
    },
  ],
  leastRestrictiveRationale: 'Only Ben’s cupboard, only from 11pm, with food still available.',
  start: '2026-07-15',
  reviewEvery: { count: 1, unit: 'month' },
  nextReviewOn: '2026-08-15',
  // What would make the lock unnecessary: Ben planning his own evening snacks.
  enablementOutcomeIds: ['o-ben-plans-snacks'],
  uses: [],
});
console.log('\n2. After the review:');
console.log(
  `   - the house rule ended on ${stopped.end}, replaced by ${stopped.replacedBy?.join(', ')}`,
);
console.log(
  `   - Ben’s plan, checked on 2026-08-01: ${checkRestriction(bensPlan, { asOf: '2026-08-01' }).length} findings`,
);
assert.equal(checkRestriction(bensPlan, { asOf: '2026-08-01' }).length, 0);

// 4. Are restrictions going down? Quarter before and quarter after (UK financial year).
const register = [stopped, bensPlan];
const before = restrictionSummary(register, {
  from: '2026-04-01',
  to: '2026-06-30',
  supportDays: 5 * 91,
});
const after = restrictionSummary(register, {
  from: '2026-07-01',
  to: '2026-09-30',
  supportDays: 5 * 92,
});
console.log('\n3. The register, quarter by quarter:');
console.log(
  `   2026/27-Q1: ${before.activeAtEnd.byScope.blanket} blanket, ${before.activeAtEnd.byScope.individual} individual in place at the end`,
);
console.log(
  `   2026/27-Q2: ${after.activeAtEnd.byScope.blanket} blanket, ${after.activeAtEnd.byScope.individual} individual in place at the end; ${after.blanketReplaced} blanket rule replaced by an individual plan`,
);
assert.equal(after.blanketReplaced, 1);
assert.equal(after.activeAtEnd.byScope.blanket, 0);

// 5. What needs reviewing now.
const due = restrictionsDueForReview(register, { asOf: '2026-08-20' });
console.log('\n4. Due for review on 2026-08-20:');
for (const d of due)
  console.log(
    `   - ${d.restrictionId}: ${d.urgency}${d.daysUntilDue === null ? '' : ` (${Math.abs(d.daysUntilDue)} days)`}`,
  );
assert.deepEqual(
  due.map((d) => d.urgency),
  ['overdue'],
);
