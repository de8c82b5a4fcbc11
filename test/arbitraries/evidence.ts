import fc from 'fast-check';
import { addDays, type IsoDate } from '../../src/core/index.js';
import {
  EvidenceCategorySchema,
  type EvidenceChain,
  type EvidenceLevel,
  type EvidenceLink,
  QualityStatementSchema,
} from '../../src/evidence/index.js';
import type { Outcome } from '../../src/outcomes/index.js';
import type { Action, Feedback, Review } from '../../src/reviews/index.js';
import { arbText } from './outcomes.js';

const START: IsoDate = '2026-01-05';

export const arbLevel: fc.Arbitrary<EvidenceLevel> = fc.oneof(
  fc
    .constantFrom('p-1', 'p-2')
    .map((personId): EvidenceLevel => ({ kind: 'individual', personId })),
  fc.constant<EvidenceLevel>({ kind: 'service', serviceId: 's-1' }),
  fc.constant<EvidenceLevel>({ kind: 'organisation' }),
);

const arbTags = fc.record(
  {
    qualityStatements: fc.subarray([...QualityStatementSchema.options], { maxLength: 2 }),
    evidenceCategories: fc.subarray([...EvidenceCategorySchema.options], { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const source = { kind: 'other', id: 'src-1' } as const;

/**
 * A valid chain: 1–3 inputs, then decisions (each answering some inputs), actions (each
 * carrying out some decisions), checks (each of some actions), every link dated on or after
 * what it refers to. Ids are unique by construction.
 */
export const arbEvidenceChain: fc.Arbitrary<EvidenceChain> = fc
  .record({
    level: arbLevel,
    inputs: fc.array(
      fc.record({ day: fc.nat(60), level: arbLevel, words: arbText(40), tags: arbTags }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    decisions: fc.array(
      fc.record({
        gap: fc.nat(40),
        pick: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        level: arbLevel,
        involvement: fc.constantFrom('led', 'present', 'other_means', 'not_involved', undefined),
        tags: arbTags,
      }),
      { maxLength: 2 },
    ),
    actions: fc.array(
      fc.record({
        gap: fc.nat(20),
        pick: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
        due: fc.nat(30),
        status: fc.constantFrom('open', 'done', 'dropped'),
        done: fc.nat(30),
      }),
      { maxLength: 3 },
    ),
    checks: fc.array(
      fc.record({
        gap: fc.nat(60),
        pick: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
        result: fc.constantFrom('worked', 'partly', 'did_not_work'),
      }),
      { maxLength: 2 },
    ),
  })
  .map(({ level, inputs, decisions, actions, checks }): EvidenceChain => {
    const links: EvidenceLink[] = [];
    const inputLinks = inputs.map(
      (i, k): EvidenceLink => ({
        type: 'input',
        id: `in-${k}`,
        on: addDays(START, i.day),
        kind: 'feedback',
        from: 'person',
        words: i.words,
        source,
        level: i.level,
        ...(Object.keys(i.tags).length === 0 ? {} : { tags: i.tags }),
      }),
    );
    links.push(...inputLinks);
    const pickFrom = <T extends EvidenceLink>(pool: readonly T[], pick: readonly number[]) => [
      ...new Map(pick.map((n) => pool[n % pool.length] as T).map((l) => [l.id, l])).values(),
    ];
    const latest = (targets: readonly EvidenceLink[]) =>
      targets.map((t) => t.on).reduce((a, b) => (a > b ? a : b));
    const decisionLinks = decisions.map((d, k): EvidenceLink => {
      const targets = pickFrom(inputLinks, d.pick);
      return {
        type: 'decision',
        id: `dec-${k}`,
        on: addDays(latest(targets), d.gap),
        basedOn: targets.map((t) => t.id),
        text: 'Decided',
        decidedBy: ['Manager'],
        source,
        level: d.level,
        ...(d.involvement === undefined ? {} : { personInvolvement: d.involvement }),
        ...(Object.keys(d.tags).length === 0 ? {} : { tags: d.tags }),
      };
    });
    links.push(...decisionLinks);
    const actionLinks =
      decisionLinks.length === 0
        ? []
        : actions.map((a, k): EvidenceLink => {
            const targets = pickFrom(decisionLinks, a.pick);
            const on = addDays(latest(targets), a.gap);
            return {
              type: 'action',
              id: `act-${k}`,
              on,
              decisionIds: targets.map((t) => t.id),
              kind: 'routine',
              description: 'Changed',
              owner: 'Keyworker',
              dueOn: addDays(on, a.due),
              status: a.status,
              ...(a.status === 'done' ? { completedOn: addDays(on, a.done) } : {}),
              source,
              level,
            };
          });
    links.push(...actionLinks);
    if (actionLinks.length > 0) {
      for (const [k, c] of checks.entries()) {
        const targets = pickFrom(actionLinks, c.pick);
        links.push({
          type: 'check',
          id: `chk-${k}`,
          on: addDays(latest(targets), c.gap),
          actionIds: targets.map((t) => t.id),
          method: 'audit',
          result: c.result,
          summary: 'Checked',
          source,
          level,
        });
      }
    }
    return { id: 'ch-1', title: 'A chain', level, links };
  });

// ---------------------------------------------------------------------------------------------
// Everyday records: one person's outcomes, reviews, feedback and actions, linked to each other
// ---------------------------------------------------------------------------------------------

const PERSON = 'p-1';
const DAY0: IsoDate = '2026-01-05';
const arbDay = (span = 300) => fc.nat(span).map((n) => addDays(DAY0, n));
const PROGRESS = [
  'in-progress',
  'improving',
  'worsening',
  'no-change',
  'achieved',
  'sustaining',
  'not-achieved',
  'no-progress',
  'not-attainable',
] as const;
const ROLES = ['person', 'keyworker', 'family', 'advocate', 'manager', 'other'] as const;
const VOICES = ['person', 'family', 'advocate', 'staff'] as const;

const arbRating = fc.record(
  {
    on: arbDay(),
    score: fc.integer({ min: 1, max: 5 }),
    ratedBy: fc.constantFrom(...ROLES),
    example: arbText(40),
  },
  { requiredKeys: ['on', 'score', 'ratedBy'] },
);

/** An outcome of p-1: words, maybe a start, maybe a direction, 0–5 ratings on the 1–5 scale. */
export const arbThreadOutcome = (id: string): fc.Arbitrary<Outcome> =>
  fc
    .record({
      words: arbText(60),
      expressedBy: fc.constantFrom(...VOICES),
      start: fc.option(arbDay(200), { nil: undefined }),
      maintain: fc.boolean(),
      ratings: fc.array(arbRating, { maxLength: 5 }),
    })
    .map(
      (o): Outcome => ({
        id,
        personId: PERSON,
        words: o.words,
        expressedBy: o.expressedBy,
        lifecycleStatus: 'active',
        ...(o.start === undefined
          ? {}
          : { timeframe: { start: o.start, reviewBy: addDays(o.start, 60) } }),
        ...(o.maintain
          ? {
              indicator: {
                description: 'Keeps it up',
                measure: 'rating',
                direction: 'maintain',
              },
            }
          : {}),
        ratings: o.ratings,
      }),
    );

/** An action agreed on `on`, maybe supporting some outcomes and answering some feedback. */
const arbThreadAction = (
  id: string,
  on: IsoDate,
  outcomeIds: readonly string[],
  feedbackIds: readonly string[],
): fc.Arbitrary<Action> =>
  fc
    .record({
      description: arbText(50),
      role: fc.constantFrom(...ROLES),
      due: fc.nat(60),
      status: fc.constantFrom('open', 'done', 'dropped'),
      done: fc.nat(90),
      outcomes: fc.subarray([...outcomeIds]),
      answers: fc.subarray([...feedbackIds]),
    })
    .map(
      (a): Action => ({
        id,
        description: a.description,
        owner: { role: a.role },
        dueOn: addDays(on, a.due),
        status: a.status,
        ...(a.status === 'done' ? { completedOn: addDays(on, a.done) } : {}),
        ...(a.outcomes.length === 0 ? {} : { outcomeIds: a.outcomes }),
        ...(a.answers.length === 0 ? {} : { feedbackIds: a.answers }),
      }),
    );

/** A review of p-1 with any mix of views, answers, progress, decisions and actions. */
const arbThreadReview = (
  id: string,
  outcomeIds: readonly string[],
  feedbackIds: readonly string[],
): fc.Arbitrary<Review> =>
  arbDay().chain((on) =>
    fc
      .record({
        involvement: fc.constantFrom('led', 'present', 'other_means', 'not_involved'),
        views: fc.option(
          fc.record({ words: arbText(60), expressedBy: fc.constantFrom(...VOICES) }),
          {
            nil: undefined,
          },
        ),
        improved: fc.array(arbText(30), { maxLength: 2 }),
        difficult: fc.array(arbText(30), { maxLength: 2 }),
        wantsToChange: fc.array(arbText(30), { maxLength: 1 }),
        progress: fc.subarray([...outcomeIds]).chain((ids) =>
          fc.tuple(
            ...ids.map((outcomeId) =>
              fc.record({
                outcomeId: fc.constant(outcomeId),
                progress: fc.option(fc.constantFrom(...PROGRESS), { nil: undefined }),
                note: fc.option(arbText(30), { nil: undefined }),
              }),
            ),
          ),
        ),
        decisions: fc.array(
          fc.record({ text: arbText(40), outcomes: fc.subarray([...outcomeIds]) }),
          { maxLength: 2 },
        ),
        actions: fc
          .nat(2)
          .chain((n) =>
            fc.tuple(
              ...Array.from({ length: n }, (_, k) =>
                arbThreadAction(`${id}-a${k}`, on, outcomeIds, feedbackIds),
              ),
            ),
          ),
        answered: fc.subarray([...feedbackIds]),
      })
      .map(
        (r): Review => ({
          id,
          personId: PERSON,
          on,
          person: { involvement: r.involvement },
          ...(r.views === undefined ? {} : { views: r.views }),
          ...(r.improved.length === 0 ? {} : { improved: r.improved }),
          ...(r.difficult.length === 0 ? {} : { difficult: r.difficult }),
          ...(r.wantsToChange.length === 0 ? {} : { wantsToChange: r.wantsToChange }),
          ...(r.progress.length === 0
            ? {}
            : {
                outcomes: r.progress.map((p) => ({
                  outcomeId: p.outcomeId,
                  ...(p.progress === undefined ? {} : { progress: p.progress }),
                  ...(p.note === undefined ? {} : { note: p.note }),
                })),
              }),
          ...(r.decisions.length === 0
            ? {}
            : {
                decisions: r.decisions.map((d, k) => ({
                  id: `${id}-d${k}`,
                  text: d.text,
                  ...(d.outcomes.length === 0 ? {} : { outcomeIds: d.outcomes }),
                })),
              }),
          ...(r.actions.length === 0 ? {} : { actions: r.actions }),
          ...(r.answered.length === 0 ? {} : { feedbackAnswered: r.answered }),
        }),
      ),
  );

/** One person's everyday records: 0–3 outcomes, 0–4 feedback, 0–3 reviews, 0–3 other actions. */
export const arbEverydayRecords: fc.Arbitrary<{
  outcomes: Outcome[];
  feedback: Feedback[];
  reviews: Review[];
  actions: Action[];
}> = fc
  .record({ outcomes: fc.nat(3), feedback: fc.nat(4), reviews: fc.nat(3), actions: fc.nat(3) })
  .chain((n) => {
    const outcomeIds = Array.from({ length: n.outcomes }, (_, k) => `o-${k}`);
    const feedbackIds = Array.from({ length: n.feedback }, (_, k) => `fb-${k}`);
    return fc.record({
      outcomes: fc.tuple(...outcomeIds.map(arbThreadOutcome)),
      feedback: fc.tuple(
        ...feedbackIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            personId: fc.constant(PERSON),
            on: arbDay(),
            from: fc.constantFrom(...VOICES),
            words: arbText(40),
          }),
        ),
      ),
      reviews: fc.tuple(
        ...Array.from({ length: n.reviews }, (_, k) =>
          arbThreadReview(`rev-${k}`, outcomeIds, feedbackIds),
        ),
      ),
      actions: fc.tuple(
        ...Array.from({ length: n.actions }, (_, k) =>
          arbDay().chain((on) => arbThreadAction(`act-${k}`, on, outcomeIds, feedbackIds)),
        ),
      ),
    });
  })
  .map((r) => ({
    outcomes: [...r.outcomes],
    feedback: [...r.feedback],
    reviews: [...r.reviews],
    actions: [...r.actions],
  }));
