/**
 * The golden thread from ordinary records: Aisha's plan, her ratings, a review, two pieces of
 * feedback and an action logged by the manager — nothing built by hand — drawn as the line
 * from what she said to what changed, with what is missing. Then a service's themes: "feeling
 * rushed", counted across people and quarters, and the rota change it led to.
 * Run: `npx tsx examples/golden-thread.ts`.
 */
import assert from 'node:assert/strict';
import {
  type Action,
  type Feedback,
  feedbackThemes,
  goldenThread,
  type ParseIssue,
  parseFeedback,
  parseSupportPlan,
  type Result,
  toEvidenceChain,
} from 'golden-thread';

const ok = <T>(result: Result<T, ParseIssue>): T => {
  assert(result.success, JSON.stringify(result));
  return result.data;
};

// 1. What staff record every day: the plan with two outcomes and their monthly ratings, and
//    the November review (views, the three questions, progress, decisions, one action).
const plan = ok(
  parseSupportPlan({
    id: 'plan-aisha',
    personId: 'p-aisha',
    start: '2026-09-14',
    outcomes: [
      {
        id: 'o-art',
        personId: 'p-aisha',
        words: 'I want to go to the art group on my own',
        expressedBy: 'person',
        lifecycleStatus: 'active',
        timeframe: { start: '2026-09-14', reviewBy: '2026-12-07' },
        ratings: [
          { on: '2026-10-12', score: 2, ratedBy: 'person', example: 'Went with Sam on the bus' },
          {
            on: '2026-11-09',
            score: 3,
            ratedBy: 'person',
            example: 'Took the bus alone, met Sam there',
          },
          {
            on: '2026-12-14',
            score: 4,
            ratedBy: 'person',
            example: 'Went alone to the afternoon session',
          },
        ],
      },
      {
        id: 'o-tea',
        personId: 'p-aisha',
        words: 'I want to cook my own tea twice a week',
        expressedBy: 'person',
        lifecycleStatus: 'active',
        timeframe: { start: '2026-09-14', reviewBy: '2026-12-07' },
        ratings: [
          { on: '2026-10-12', score: 2, ratedBy: 'person' },
          { on: '2026-11-09', score: 2, ratedBy: 'person', example: 'Made toast' },
        ],
      },
    ],
    reviews: [
      {
        id: 'rev-nov',
        personId: 'p-aisha',
        on: '2026-11-16',
        person: { involvement: 'led' },
        others: [{ role: 'keyworker', name: 'Sam', how: 'present' }],
        views: {
          words: 'I like going to art on my own now. The bus is noisy in the mornings.',
          expressedBy: 'person',
        },
        improved: ['Goes to the art group on the bus alone'],
        difficult: ['Busy morning buses', 'Cooking takes a long time'],
        wantsToChange: ['Go to the afternoon session instead'],
        outcomes: [
          {
            outcomeId: 'o-art',
            stillMeaningful: 'yes',
            progress: 'improving',
            note: 'Wants the afternoon session',
          },
          {
            outcomeId: 'o-tea',
            stillMeaningful: 'yes',
            progress: 'no-change',
            note: 'Has not cooked yet',
          },
        ],
        decisions: [
          {
            id: 'dec-art',
            text: 'Switch to the afternoon art session from December',
            outcomeIds: ['o-art'],
          },
          { id: 'dec-tea', text: 'Sam cooks with Aisha on Tuesdays', outcomeIds: ['o-tea'] },
        ],
        actions: [
          {
            id: 'act-afternoon',
            description: 'Ask the art group for a place in the afternoon session',
            owner: { role: 'keyworker', name: 'Sam' },
            dueOn: '2026-11-30',
            status: 'done',
            completedOn: '2026-11-25',
            outcomeIds: ['o-art'],
            feedbackIds: ['fb-bus'],
          },
        ],
        feedbackAnswered: ['fb-bus'],
      },
    ],
  }),
);
const feedback: Feedback[] = [
  ok(
    parseFeedback({
      id: 'fb-bed',
      personId: 'p-aisha',
      on: '2026-09-30',
      from: 'person',
      words: 'I want to choose when I go to bed',
    }),
  ),
  ok(
    parseFeedback({
      id: 'fb-bus',
      personId: 'p-aisha',
      on: '2026-11-02',
      from: 'person',
      words: 'The morning bus is too noisy for me',
    }),
  ),
];
const actions: Action[] = [
  {
    id: 'act-rota',
    description: 'Move the evening rota so Aisha can choose her bedtime',
    owner: { role: 'manager' },
    dueOn: '2026-10-15',
    status: 'done',
    completedOn: '2026-10-03',
    feedbackIds: ['fb-bed'],
  },
];

// 2. Her golden thread on 20 December: each outcome's line in date order, and what is missing.
const thread = goldenThread('p-aisha', { plan, feedback, actions }, { asOf: '2026-12-20' });
for (const line of thread.outcomes) {
  console.log(`\n“${line.words}” (${line.trend.direction})`);
  for (const step of line.steps) console.log(`  ${step.on}  ${step.kind.padEnd(8)} ${step.text}`);
  for (const f of line.findings) console.log(`  missing: ${f.message}`);
}
console.log('\nEverything else she said, and what came of it:');
for (const step of thread.otherSteps)
  console.log(`  ${step.on}  ${step.kind.padEnd(8)} ${step.text}`);

const art = thread.outcomes.find((o) => o.outcomeId === 'o-art');
assert.deepEqual(
  art?.steps.filter((s) => s.chainId !== null).map((s) => s.kind),
  ['input', 'input', 'input', 'input', 'input', 'input', 'input', 'decision', 'action', 'check'],
);
assert.equal(
  art?.steps.at(-1)?.text,
  'Rated 4 (was 3): Went alone to the afternoon session (worked)',
);
assert.deepEqual(art?.findings, []);
assert.deepEqual(
  thread.findings.map((f) => [f.code, f.linkId]),
  [
    ['chain_action_unchecked', 'act-rota'],
    ['chain_decision_without_action', 'dec-tea'],
  ],
);

// 3. The same records as an evidence chain, for the inspection portfolio.
const chain = toEvidenceChain('p-aisha', { plan, feedback, actions });
console.log(`\nDerived chain ${chain?.id}: ${chain?.links.length} links`);
assert.equal(chain?.links.length, 15);

// 4. The service's themes: "feeling rushed" across four people, and the rota change.
const rushed = (id: string, personId: string, on: string, words: string, themes?: string[]) =>
  ok(
    parseFeedback({
      id,
      personId,
      on,
      from: 'person',
      words,
      ...(themes === undefined ? {} : { themes }),
    }),
  );
const service = {
  feedback: [
    rushed('fb-1', 'p-1', '2026-01-12', 'I always feel rushed in the mornings', ['feeling-rushed']),
    rushed('fb-2', 'p-2', '2026-02-03', 'The carers are in a hurry when they come at seven'),
    rushed('fb-3', 'p-3', '2026-03-02', 'They rush me through breakfast', ['feeling-rushed']),
    rushed('fb-4', 'p-4', '2026-05-19', 'Sunday mornings still feel rushed'),
  ],
  actions: [
    {
      id: 'act-windows',
      description: 'Flexible arrival windows on the morning rota',
      owner: { role: 'manager' },
      dueOn: '2026-04-30',
      status: 'done',
      completedOn: '2026-04-20',
      feedbackIds: ['fb-1', 'fb-2', 'fb-3'],
    } satisfies Action,
  ],
};
const themes = feedbackThemes(service, {
  from: '2026-01-01',
  to: '2027-01-01',
  themes: [{ id: 'feeling-rushed', label: 'Feeling rushed', phrases: ['rushed', 'in a hurry'] }],
});
const theme = themes.themes.find((t) => t.theme === 'feeling-rushed');
console.log(`\n${theme?.label}: ${theme?.mentions} mentions from ${theme?.people} people`);
for (const p of theme?.byPeriod ?? []) console.log(`  ${p.label}: ${p.mentions}`);
for (const a of theme?.actions ?? [])
  console.log(`  → ${a.description} (${a.state} ${a.completedOn})`);
assert.deepEqual(
  theme?.byPeriod.map((p) => p.mentions),
  [3, 1, 0, 0],
);
assert.deepEqual(
  theme?.actions.map((a) => [a.actionId, a.state]),
  [['act-windows', 'done']],
);
