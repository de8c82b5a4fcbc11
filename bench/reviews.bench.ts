/**
 * Reviews benchmark (issue #4): `reviewsDue` over 10,000 people, each with a year of life
 * events (2 to 6 a month), two to four reviews and three outcomes rated monthly. Reported in
 * people per second, with two baselines measured in the same run: sorting each person's
 * events by date (the least any trigger evaluation must do) and `parseSupportPlan` (the
 * boundary validation a host runs on the same records). Also timed: `reviewsDue` under the
 * `discussed` policy (the old default's work: most events stay open), and `triggerHistory`
 * (every trigger over the year, which the timeliness metric reads).
 */
import fc from 'fast-check';
import { measure } from 'mitata';
import {
  addDays,
  type Outcome,
  parseSupportPlan,
  reviewsDue,
  type SupportPlan,
  triggerHistory,
} from '../src/index.js';
import { arbLifeEvent, arbOutcomeOf, arbReview } from '../test/arbitraries/reviews.js';
import type { BenchResult } from './outcomes.bench.js';

const PEOPLE = 10_000;
const AS_OF = '2026-11-23';
const YEAR_START = addDays(AS_OF, -365);

const arbPerson = (index: number): fc.Arbitrary<SupportPlan> => {
  const personId = `p-${index}`;
  return fc
    .record({
      start: fc.integer({ min: 0, max: 300 }).map((n) => addDays(YEAR_START, -n)),
      events: fc.array(arbLifeEvent(personId, YEAR_START, 364), { minLength: 24, maxLength: 72 }),
      reviews: fc.array(arbReview(personId, YEAR_START, 364), { minLength: 2, maxLength: 4 }),
      outcomes: fc.array(
        arbOutcomeOf(personId).chain((o) =>
          fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 12, maxLength: 12 }).map(
            (scores): Outcome => ({
              ...o,
              lifecycleStatus: 'active',
              ratingScale: { min: 1, max: 5 },
              ratings: scores.map((score, month) => ({
                on: addDays(YEAR_START, 30 * month + 7),
                score,
                ratedBy: 'person',
              })),
            }),
          ),
        ),
        { minLength: 3, maxLength: 3 },
      ),
    })
    .map(({ start, events, reviews, outcomes }) => ({
      id: `plan-${index}`,
      personId,
      start,
      // Ids made unique per person so that every event counts.
      events: events.map((e, i) => ({ ...e, id: `ev-${i}` })),
      reviews: reviews.map((r, i) => ({ ...r, id: `rev-${i}` })),
      outcomes: outcomes.map((o, i) => ({
        ...o,
        id: `o-${i}`,
        gas: undefined,
        achievedOn: undefined,
        achievementStatus: undefined,
      })),
    }));
};

export async function benchReviews(): Promise<BenchResult[]> {
  const started = performance.now();
  const plans: SupportPlan[] = [];
  for (let i = 0; i < PEOPLE; i += 1) {
    const [plan] = fc.sample(arbPerson(i), { numRuns: 1, seed: 11 + i });
    if (plan === undefined) throw new Error('no plan generated');
    const json = JSON.parse(JSON.stringify(plan));
    const parsed = parseSupportPlan(json);
    if (!parsed.success)
      throw new Error(`generated plan ${i} is invalid: ${parsed.issues[0]?.message}`);
    plans.push(parsed.data);
  }
  const raw = plans.map((p) => JSON.parse(JSON.stringify(p)));
  const events = plans.reduce((n, p) => n + (p.events?.length ?? 0), 0);
  const generated = performance.now() - started;

  const opts = { min_samples: 5, max_samples: 10, min_cpu_time: 2e9 } as const;
  let sink = 0;
  const sorting = await measure(() => {
    for (const p of plans)
      sink += [...(p.events ?? [])].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)).length;
  }, opts);
  const parsing = await measure(() => {
    for (const p of raw) if (parseSupportPlan(p).success) sink += 1;
  }, opts);
  let due = 0;
  const evaluating = await measure(() => {
    due = 0;
    for (const p of plans) due += reviewsDue(p, { asOf: AS_OF }).due.length;
  }, opts);
  const discussed = await measure(() => {
    for (const p of plans)
      sink += reviewsDue(p, { asOf: AS_OF, answeredBy: 'discussed' }).due.length;
  }, opts);
  let raised = 0;
  const history = await measure(() => {
    raised = 0;
    for (const p of plans) raised += triggerHistory(p, { asOf: AS_OF }).triggers.length;
  }, opts);
  if (sink < 0) throw new Error('unreachable');

  const perSecond = (ns: number) => Math.round(PEOPLE / (ns / 1e9));
  return [
    {
      name: 'people generated (a year of events each)',
      value: PEOPLE,
      unit: `people, ${events.toLocaleString('en-GB')} events, in ${(generated / 1000).toFixed(1)} s`,
    },
    {
      name: 'sort each person’s events (baseline)',
      value: perSecond(sorting.p50),
      unit: 'people/s',
    },
    { name: 'parseSupportPlan (baseline)', value: perSecond(parsing.p50), unit: 'people/s' },
    { name: 'reviewsDue, default rules', value: perSecond(evaluating.p50), unit: 'people/s' },
    {
      name: 'reviewsDue ÷ sorting time',
      value: Number((evaluating.p50 / sorting.p50).toFixed(2)),
      unit: '×',
    },
    {
      name: 'reviewsDue ÷ parseSupportPlan time',
      value: Number((evaluating.p50 / parsing.p50).toFixed(3)),
      unit: '×',
    },
    {
      name: 'reviewsDue, answeredBy discussed',
      value: perSecond(discussed.p50),
      unit: `people/s (${(discussed.p50 / parsing.p50).toFixed(3)} × parseSupportPlan)`,
    },
    {
      name: 'triggerHistory, default rules',
      value: perSecond(history.p50),
      unit: `people/s (${(history.p50 / parsing.p50).toFixed(3)} × parseSupportPlan; ${(raised / PEOPLE).toFixed(1)} triggers a person)`,
    },
    { name: 'due reviews found', value: due, unit: `(${(due / PEOPLE).toFixed(2)} a person)` },
  ];
}
