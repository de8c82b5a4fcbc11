/**
 * Evidence for inspection: three people at Elm House say, in different ways, that the kitchen
 * locked at night is wrong. The service decides, acts, and checks that the change worked —
 * one chain at service level, from what people said to what changed.
 * Run: `npx tsx examples/evidence-chains.ts`.
 */
import assert from 'node:assert/strict';
import {
  CQC_QUALITY_STATEMENTS,
  chainStatus,
  checkEvidenceChain,
  digestChain,
  type EvidenceChain,
  evidenceByQualityStatement,
  type ParseIssue,
  type Result,
  recordAction,
  recordCheck,
  recordDecision,
  recordInput,
  serviceYouSaidWeDid,
  startChain,
} from 'golden-thread';

const ok = (result: Result<EvidenceChain, ParseIssue>): EvidenceChain => {
  assert(result.success, JSON.stringify(result));
  return result.data;
};
const elm = { kind: 'service', serviceId: 'elm-house' } as const;
const minutes = { kind: 'quality_meeting_minutes', id: 'qm-06' } as const;

// 1. What people said: three inputs, from the person, an advocate and a family member.
let chain = ok(
  startChain({
    id: 'ch-kitchen',
    title: 'Kitchen locked at night',
    level: elm,
    input: {
      id: 'in-aisha',
      on: '2026-06-03',
      kind: 'feedback',
      from: 'person',
      words: 'I want a drink from the kitchen at night',
      source: { kind: 'feedback_record', id: 'fb-118' },
      level: { kind: 'individual', personId: 'p-aisha' },
      tags: {
        qualityStatements: ['listening_to_and_involving_people'],
        evidenceCategories: ['peoples_experience'],
      },
    },
  }),
);
chain = ok(
  recordInput(chain, {
    id: 'in-ben',
    on: '2026-06-05',
    kind: 'view',
    from: 'advocate',
    words: 'Ben says the locked door makes him feel he is in trouble',
    source: { kind: 'review', id: 'rev-ben-06' },
    level: { kind: 'individual', personId: 'p-ben' },
  }),
);
chain = ok(
  recordInput(chain, {
    id: 'in-chris',
    on: '2026-06-09',
    kind: 'complaint',
    from: 'family',
    words: 'Chris cannot make his own tea after nine',
    source: { kind: 'complaint_record', id: 'c-31' },
    level: { kind: 'individual', personId: 'p-chris' },
  }),
);

// 2. What was decided, and why; what changed in day-to-day practice.
chain = ok(
  recordDecision(chain, {
    id: 'dec-kitchen',
    on: '2026-06-20',
    basedOn: ['in-aisha', 'in-ben', 'in-chris'],
    text: 'Unlock the kitchen at night; Ben agrees his own plan for night-time snacks',
    grounds: ['proportionality'],
    decidedBy: ['Registered manager', 'House meeting'],
    source: minutes,
    level: elm,
    tags: {
      qualityStatements: ['independence_choice_and_control'],
      evidenceCategories: ['processes'],
    },
  }),
);
chain = ok(
  recordAction(chain, {
    id: 'act-unlock',
    on: '2026-06-20',
    decisionIds: ['dec-kitchen'],
    kind: 'environment',
    description: 'Take the lock off the kitchen door',
    owner: 'Registered manager',
    dueOn: '2026-07-01',
    status: 'done',
    completedOn: '2026-06-28',
    source: minutes,
    level: elm,
  }),
);

// An invalid link is refused with issues; the chain is never left half-changed.
const refused = recordCheck(chain, {
  id: 'chk-wrong',
  on: '2026-08-10',
  actionIds: ['act-does-not-exist'],
  method: 'audit',
  result: 'worked',
  summary: 'Checked the wrong thing',
  source: { kind: 'audit', id: 'au-07' },
  level: elm,
});
assert.equal(refused.success, false);
console.log(`Refused: ${refused.success ? '' : refused.issues.map((i) => i.code).join(', ')}`);

// 3. Before the check: the chain stops at an action nobody has checked.
const before = checkEvidenceChain(chain, { asOf: '2026-09-01' });
console.log('\nOn 1 September, before the check:');
for (const f of before) console.log(`  ${f.severity}: ${f.message}`);
assert.deepEqual(
  before.map((f) => f.code),
  ['chain_action_unchecked'],
);

// 4. How the change was checked: follow-up feedback and an audit found it worked.
chain = ok(
  recordCheck(chain, {
    id: 'chk-aug',
    on: '2026-08-10',
    actionIds: ['act-unlock'],
    method: 'follow_up_feedback',
    result: 'worked',
    summary: 'All three use the kitchen at night; no incidents since',
    source: { kind: 'audit', id: 'au-08' },
    level: elm,
    tags: { evidenceCategories: ['outcomes'] },
  }),
);
const status = chainStatus(chain);
console.log(`\nChain "${chain.title}": stage ${status.stage}, complete: ${status.complete}`);
assert.equal(status.complete, true);
assert.deepEqual(checkEvidenceChain(chain, { asOf: '2026-09-01' }), []);

// 5. Inspection readiness: which quality statements this evidences, and which have nothing.
const portfolio = evidenceByQualityStatement([chain], { from: '2026-04-01', to: '2027-04-01' });
console.log('\nQuality statements with evidence:');
for (const s of portfolio.statements.filter((x) => x.counts.all.total > 0)) {
  console.log(`  ${s.name} (${s.keyQuestion}): ${s.counts.all.complete} complete chain`);
}
console.log(`  …and ${portfolio.uncovered.length} of 34 statements with no chain yet.`);
assert.equal(portfolio.uncovered.length, 32);
assert.equal(
  CQC_QUALITY_STATEMENTS.listening_to_and_involving_people.name,
  'Listening to and involving people',
);

// 6. "You said, we did" for the house meeting.
const said = serviceYouSaidWeDid([chain], {
  serviceId: 'elm-house',
  from: '2026-06-01',
  to: '2026-09-01',
});
console.log('\nYou said, we did (Elm House):');
for (const entry of said.entries) for (const line of entry.lines) console.log(`  ${line}`);

// 7. Tamper evidence: store the digest; recompute it later to show nothing was altered.
const { digest } = await digestChain(chain);
console.log(`\nChain digest (SHA-256): ${digest}`);
assert.match(digest, /^[0-9a-f]{64}$/);
assert.equal((await digestChain(structuredClone(chain))).digest, digest);
