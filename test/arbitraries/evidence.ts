import fc from 'fast-check';
import { addDays, type IsoDate } from '../../src/core/index.js';
import {
  EvidenceCategorySchema,
  type EvidenceChain,
  type EvidenceLevel,
  type EvidenceLink,
  QualityStatementSchema,
} from '../../src/evidence/index.js';
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
