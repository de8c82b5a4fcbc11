/**
 * Sending Aisha's support plan to an NHS or care-record system that speaks HL7 FHIR R4: one
 * Bundle with the CarePlan, a Goal per outcome and an Observation per progress rating — then
 * reading a Goal back, as a receiving golden-thread system would.
 * Run: `npx tsx examples/fhir-care-plan.ts`.
 */
import assert from 'node:assert/strict';
import { parseSupportPlan } from 'golden-thread';
import { fromFhirGoal, toFhirBundle } from 'golden-thread/fhir';

const parsed = parseSupportPlan({
  id: 'plan-aisha',
  personId: 'p-aisha',
  start: '2026-09-01',
  outcomes: [
    {
      id: 'o-art-group',
      personId: 'p-aisha',
      words: 'I want to go to the art group on my own',
      expressedBy: 'person',
      domain: 'Getting out',
      priority: 'high-priority',
      lifecycleStatus: 'active',
      achievementStatus: 'improving',
      indicator: {
        description: 'Trips to the art group made on her own',
        measure: 'frequency',
        per: 'month',
        unit: 'trips',
        baseline: 0,
        target: 4,
        direction: 'increase',
      },
      timeframe: { start: '2026-09-14', reviewBy: '2026-11-09' },
      owners: [
        { party: 'person', responsibility: 'Choose which sessions to go to' },
        {
          party: 'keyworker',
          name: 'Sam',
          responsibility: 'Travel with Aisha for the first two trips',
        },
      ],
      agreements: [{ party: 'person', response: 'agree', on: '2026-09-14' }],
      ratings: [
        { on: '2026-10-12', score: 3, ratedBy: 'person', example: 'Went on the bus with Sam' },
        { on: '2026-11-09', score: 4, ratedBy: 'person', example: 'Went on her own twice' },
      ],
    },
  ],
});
assert(parsed.success, JSON.stringify(parsed));
const plan = parsed.data;

const bundle = toFhirBundle(plan, {
  subject: { reference: 'Patient/9434765919', display: 'Aisha Khan' },
  type: 'transaction',
  nextReviewOn: '2026-12-01',
});
console.log(`Bundle (${bundle.type}) with ${bundle.entry.length} resources:`);
for (const entry of bundle.entry) {
  console.log(`  ${entry.request?.method} ${entry.request?.url}  (${entry.fullUrl})`);
}

// The receiving side: read the Goal back. Nothing is lost, and no finding is reported.
const goal = bundle.entry.find((e) => e.resource.resourceType === 'Goal')?.resource;
const read = fromFhirGoal(JSON.parse(JSON.stringify(goal)));
assert(read.success);
assert.equal(read.data.words, 'I want to go to the art group on my own');
assert.deepEqual(read.findings, []);
console.log(`Read back: "${read.data.words}" (${read.data.owners?.length} owners, no findings)`);

// A goal from a GP system: "HbA1c below 7 %". The comparator becomes the direction (lower is
// better), and the finding says what an outcome cannot hold: that 7 itself falls short.
const gpGoal = {
  resourceType: 'Goal',
  id: 'gp-hba1c',
  lifecycleStatus: 'active',
  description: { text: 'Keep my blood sugar down so I can keep driving' },
  subject: { reference: 'Patient/9434765919' },
  expressedBy: { reference: 'Patient/9434765919' },
  target: [
    {
      measure: { text: 'HbA1c' },
      detailQuantity: { value: 7, comparator: '<', unit: '%' },
      dueDate: '2027-03-01',
    },
  ],
};
const fromGp = fromFhirGoal(gpGoal);
assert(fromGp.success);
assert.deepEqual(fromGp.data.indicator, {
  description: 'HbA1c',
  target: 7,
  unit: '%',
  direction: 'decrease',
});
console.log(
  `From the GP: ${fromGp.data.indicator?.description} target ${fromGp.data.indicator?.target} ${fromGp.data.indicator?.unit}, ${fromGp.data.indicator?.direction}`,
);
for (const finding of fromGp.findings) console.log(`  ${finding.code}: ${finding.message}`);
