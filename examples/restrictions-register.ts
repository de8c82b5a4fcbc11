/**
 * A worked register of ten restrictions at one provider (a care home, Oak Lodge, and a
 * supported-living house, Elm House), checked as a registered manager and an inspector
 * would: what each entry shows, and the register as a whole. The guide "Reviewing
 * restrictive practices" walks through the same ten.
 * Run: `npx tsx examples/restrictions-register.ts`.
 */
import assert from 'node:assert/strict';
import {
  checkRestriction,
  checkRestrictionRegister,
  parseRestriction,
  type Restriction,
} from 'golden-thread';

const asOf = '2026-11-23';
const oakLodge = { type: 'care-home', id: 'oak-lodge', name: 'Oak Lodge' };
const elmHouse = { type: 'supported-living', id: 'elm-house', name: 'Elm House' };

const parse = (input: unknown): Restriction => {
  const result = parseRestriction(input);
  assert(result.success, JSON.stringify(result));
  return result.data;
};

/** What a well-kept entry holds; each restriction below changes what it needs to. */
const entry = (id: string, personId: string, fields: Record<string, unknown>) =>
  parse({
    id,
    scope: { kind: 'individual', personId },
    setting: oakLodge,
    personsView: { words: 'I know why, but I don’t like it', recordedOn: '2026-05-26' },
    consulted: [{ party: 'family', on: '2026-05-26', view: 'Agrees for now' }],
    optionsExplored: [
      {
        description: 'Something less restrictive first',
        tried: true,
        outcome: 'rejected',
        reason: 'Not safe yet',
      },
    ],
    leastRestrictiveRationale: 'The least that keeps them safe, only when needed',
    start: '2026-06-01',
    reviewEvery: { count: 3, unit: 'month' },
    nextReviewOn: '2026-12-01',
    reviews: [
      {
        on: '2026-09-01',
        by: ['Deputy manager', 'The person', 'Family'],
        involved: ['manager', 'person', 'family'],
        decision: 'reduce',
        reason: 'Fewer incidents',
      },
    ],
    reductionPlan: { description: 'Step down one evening a week', agreedOn: '2026-09-01' },
    enablementOutcomeIds: [`o-${personId}-1`],
    ...fields,
  });
const bestInterests = {
  kind: 'best-interests',
  meeting: { on: '2026-05-26', attendees: ['staff', 'family'] },
};
const lacks = (decision: string, assessedOn = '2026-05-20') => [
  { decision, assessedOn, assessor: { role: 'social-worker' }, conclusion: 'lacks-capacity' },
];
const serious = (description: string, likelihood = 'likely', seriousness = 'serious') => ({
  description,
  toWhom: ['person'],
  likelihood,
  seriousness,
});

const register: Restriction[] = [
  // 1. Bed rails, decided well: assessed, a best-interests meeting, family, reviews, options.
  entry('r-hale-rails', 'p-hale', {
    type: 'mechanical',
    description: 'Bed rails with bumpers on Mrs Hale’s bed at night',
    risk: serious('Rolling out of bed and breaking a hip'),
    legalBasis: bestInterests,
    capacityAssessments: lacks('Whether Mrs Hale can decide about bed rails at night'),
    enablementOutcomeIds: undefined,
    enablementNotPossible: 'Advanced dementia: the risk is from movement in her sleep',
  }),
  // 2. A DoLS in a care home, granted, with a condition nobody has recorded as met.
  entry('r-jones-door', 'p-jones', {
    type: 'environmental',
    description: 'Front door locked with a keypad; Mr Jones goes out with staff daily',
    risk: serious('Getting lost on the main road', 'likely', 'severe'),
    liberty: { continuousSupervision: true, freeToLeave: false },
    legalBasis: { kind: 'deprivation-of-liberty', reference: 'DOLS-2026-118' },
    capacityAssessments: lacks('Whether he can consent to his care and residence arrangements'),
    authorisations: [
      {
        kind: 'dols-standard',
        status: 'granted',
        reference: 'DOLS-2026-118',
        requestedOn: '2026-05-21',
        decidedOn: '2026-06-01',
        startsOn: '2026-06-01',
        expiresOn: '2027-05-31',
        conditions: [{ text: 'Referral to the memory clinic within three months' }],
      },
    ],
  }),
  // 3. "DoLS" for someone in a supported-living flat, where DoLS cannot apply.
  entry('r-lee-door', 'p-lee', {
    setting: elmHouse,
    type: 'environmental',
    description: 'Flat door locked at night; Lee has support 24 hours a day',
    risk: serious('Leaving at night and coming to harm', 'likely', 'severe'),
    liberty: { continuousSupervision: true, freeToLeave: false },
    legalBasis: {
      kind: 'deprivation-of-liberty',
      reference: 'DOLS-2025-77',
      expiresOn: '2027-02-01',
    },
    capacityAssessments: lacks('Whether Lee can consent to his support arrangements'),
  }),
  // 4. A locked door and 1:1 support, not free to leave, best interests — and no authorisation.
  entry('r-amir-1to1', 'p-amir', {
    type: 'environmental',
    description: 'Front door locked; 1:1 support at all times',
    risk: serious('Walking into traffic', 'likely', 'severe'),
    liberty: { continuousSupervision: true, freeToLeave: false },
    legalBasis: bestInterests,
    capacityAssessments: lacks('Whether Amir can consent to his care arrangements'),
  }),
  // 5. DoLS applied for and not yet decided; the urgent authorisation ran out.
  entry('r-ruth-door', 'p-ruth', {
    type: 'environmental',
    description: 'Front door locked with a keypad; Ruth goes out with her daughter',
    risk: serious('Getting lost at night', 'likely', 'severe'),
    liberty: { continuousSupervision: true, freeToLeave: false },
    legalBasis: { kind: 'deprivation-of-liberty' },
    capacityAssessments: lacks(
      'Whether Ruth can consent to her care and residence arrangements',
      '2026-10-20',
    ),
    authorisations: [
      { kind: 'dols-urgent', status: 'granted', startsOn: '2026-10-22' },
      { kind: 'dols-standard', status: 'requested', requestedOn: '2026-10-22' },
    ],
    start: '2026-10-22',
    reviewEvery: { count: 1, unit: 'month' },
    nextReviewOn: '2026-12-20',
    reviews: [
      {
        on: '2026-11-20',
        by: ['Deputy manager', 'Ruth', 'Her daughter'],
        involved: ['manager', 'person', 'family'],
        decision: 'change',
        reason: 'Garden door open during the day',
      },
    ],
  }),
  // 6. Covert medication agreed by a senior carer alone.
  entry('r-ada-covert', 'p-ada', {
    type: 'chemical',
    description: 'Her epilepsy tablets crushed into yoghurt when she refuses them',
    medication: { name: 'Sodium valproate', covert: true },
    risk: serious('Seizures when doses are missed', 'almost-certain', 'severe'),
    legalBasis: { kind: 'best-interests', decisionMaker: { role: 'Senior carer' } },
    capacityAssessments: lacks('Whether Ada can decide to take her epilepsy medicine'),
  }),
  // 7. PRN lorazepam for behaviour, not reviewed by the prescriber for eight months.
  entry('r-sam-prn', 'p-sam', {
    setting: elmHouse,
    type: 'chemical',
    description: 'PRN lorazepam 1 mg when very distressed and the calm plan has not helped',
    medication: {
      name: 'Lorazepam 1 mg',
      prn: true,
      psychotropic: true,
      forBehaviour: true,
      lastReviewedOn: '2026-03-20',
    },
    risk: serious('Hitting his head against walls'),
    legalBasis: {
      kind: 'best-interests',
      meeting: { on: '2026-05-26', attendees: ['staff', 'prescriber', 'advocate'] },
    },
    capacityAssessments: lacks('Whether Sam can decide about taking lorazepam when distressed'),
  }),
  // 8. A two-person hold recorded against a rare, minor harm; he was hurt once, unreviewed.
  entry('r-kai-hold', 'p-kai', {
    setting: elmHouse,
    type: 'physical',
    description: 'Two-person hold when Kai pushes other tenants',
    physicalIntervention: { positions: ['standing'] },
    risk: {
      description: 'Scratching himself',
      toWhom: ['person'],
      likelihood: 'rare',
      seriousness: 'minor',
    },
    legalBasis: bestInterests,
    capacityAssessments: lacks('Whether Kai can decide about being held'),
    uses: [
      {
        at: '2026-11-10T14:05:00+00:00',
        durationMinutes: 3,
        debriefDone: true,
        injury: 'person',
        position: 'standing',
      },
    ],
  }),
  // 9. Consent, but the day it was given is not recorded.
  entry('r-ben-snacks', 'p-ben', {
    setting: elmHouse,
    type: 'environmental',
    description: 'Ben’s snack cupboard locked from 11pm; a night snack box is left out',
    risk: serious('Eating until he is ill', 'likely', 'moderate'),
    legalBasis: { kind: 'consent', givenBy: 'person' },
    capacityAssessments: [
      {
        decision: 'Whether Ben can agree to his cupboard being locked',
        assessedOn: '2026-05-20',
        conclusion: 'has-capacity',
      },
    ],
  }),
  // 10. A sensor mat "continued" five times by staff alone, next review three years away.
  entry('r-priya-mat', 'p-priya', {
    type: 'surveillance',
    description: 'Sensor mat by Priya’s bed alerts night staff',
    risk: serious('Falls at night'),
    legalBasis: bestInterests,
    capacityAssessments: lacks('Whether Priya can decide about the sensor mat', '2026-05-20'),
    start: '2025-06-01',
    reductionPlan: undefined,
    nextReviewOn: '2029-09-01',
    reviews: ['2025-09-01', '2025-12-01', '2026-03-01', '2026-06-01', '2026-09-01'].map((on) => ({
      on,
      by: ['Registered manager', 'Night senior'],
      decision: 'continue',
      reason: 'No change',
    })),
  }),
];

const expected: Record<string, string[]> = {
  'r-hale-rails': [],
  'r-jones-door': ['authorisation_conditions_not_met'],
  'r-lee-door': ['dols_outside_care_home_or_hospital'],
  'r-amir-1to1': ['deprivation_without_authorisation'],
  'r-ruth-door': ['urgent_authorisation_lapsed', 'authorisation_decision_overdue'],
  'r-ada-covert': ['covert_medication_without_meeting'],
  'r-sam-prn': ['psychotropic_review_overdue'],
  'r-kai-hold': ['disproportionate_restriction', 'injury_without_follow_up'],
  'r-ben-snacks': ['consent_not_dated'],
  'r-priya-mat': [
    'capacity_assessment_after_start',
    'next_review_beyond_cadence',
    'review_without_person',
    'review_drift',
  ],
};

console.log(`The register on ${asOf}:`);
for (const r of register) {
  const findings = checkRestriction(r, { asOf });
  console.log(`\n${r.id}: ${r.description}`);
  if (findings.length === 0) console.log('   nothing to question');
  for (const f of findings) console.log(`   - [${f.severity}] ${f.code}: ${f.message}`);
  assert.deepEqual(
    findings.map((f) => f.code),
    expected[r.id],
  );
}

// The register as a whole: nothing here needs the whole register to see.
assert.deepEqual(checkRestrictionRegister(register, { asOf }), []);

// The same "individual" restriction copied into every Elm House tenant's plan is a blanket rule.
const copied = ['p-lee', 'p-sam', 'p-kai', 'p-ben'].map((personId) =>
  entry(`r-door-${personId}`, personId, {
    setting: elmHouse,
    type: 'environmental',
    description: 'Front door kept locked. Staff will open it on request.',
    risk: serious('Leaving without support'),
    legalBasis: bestInterests,
    capacityAssessments: lacks('Whether they can decide about the front door being locked'),
  }),
);
const [blanket] = checkRestrictionRegister(copied, { asOf, residents: { 'elm-house': 4 } });
console.log(`\nAcross Elm House: [${blanket?.severity}] ${blanket?.code}: ${blanket?.message}`);
assert.equal(blanket?.code, 'de_facto_blanket_restriction');
