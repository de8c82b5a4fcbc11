import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbEvidenceChain } from '../../test/arbitraries/evidence.js';
import { kitchenChain } from '../../test/fixtures/evidence.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { goodReview } from '../../test/fixtures/reviews.js';
import { thrownCode } from '../../test/support/thrown.js';
import type { IsoDate } from '../core/index.js';
import { evidenceByQualityStatement } from './evidence-by-quality-statement.js';
import { goldenThread } from './golden-thread.js';
import type { EvidenceLink } from './links.js';
import type { EvidenceChain } from './schemas.js';
import { serviceYouSaidWeDid } from './service-you-said-we-did.js';

const period = { from: '2026-06-01', to: '2026-09-01' } as const;
const upTo = (n: number): EvidenceChain => ({
  ...kitchenChain,
  id: `ch-${n}`,
  links: kitchenChain.links.slice(0, n),
});

describe('evidenceByQualityStatement', () => {
  it('counts complete, open and broken chains per statement, category and level', () => {
    const view = evidenceByQualityStatement([kitchenChain, upTo(5), upTo(1)], period);
    const listening = view.statements.find(
      (s) => s.statement === 'listening_to_and_involving_people',
    );
    expect(listening?.name).toBe('Listening to and involving people');
    expect(listening?.counts.service).toEqual({ complete: 1, open: 0, gaps: 2, total: 3 });
    expect(listening?.byCategory.peoples_experience.all.total).toBe(3);
    expect(listening?.byCategory.outcomes.all).toEqual({ complete: 1, open: 0, gaps: 0, total: 1 });
    expect(view.totals.all.total).toBe(3);
    expect(view.statements).toHaveLength(34);
    expect(view.uncovered).toHaveLength(32);
  });
  it('counts an unfinished chain within its allowances as open, and untagged chains', () => {
    const untagged: EvidenceChain = {
      ...kitchenChain,
      links: [{ ...kitchenChain.links[1] } as EvidenceLink],
    };
    const view = evidenceByQualityStatement([untagged], { from: '2026-06-01', to: '2026-06-10' });
    expect(view.untagged.service).toEqual({ complete: 0, open: 1, gaps: 0, total: 1 });
  });
  it('leaves out chains with no link in the period', () => {
    expect(
      evidenceByQualityStatement([kitchenChain], { from: '2027-01-01', to: '2027-04-01' }).totals
        .all.total,
    ).toBe(0);
  });
  it('throws for a bad allowance even when every chain is complete', () => {
    expect(
      thrownCode(() =>
        evidenceByQualityStatement([kitchenChain], { ...period, policy: { checkWithinDays: -1 } }),
      ),
    ).toBe('invalid_argument');
  });
  it('throws for a bad date', () => {
    expect(
      thrownCode(() => evidenceByQualityStatement([], { from: 'x' as IsoDate, to: '2026-01-01' })),
    ).toBe('invalid_date');
  });
  describe('properties', () => {
    test.prop([
      fc.array(arbEvidenceChain, { maxLength: 4 }),
      fc.array(arbEvidenceChain, { maxLength: 4 }),
    ])('portfolio counts equal the sum over chains', (a, b) => {
      const options = { from: '2026-01-01', to: '2026-06-01' } as const;
      const whole = evidenceByQualityStatement([...a, ...b], options);
      const left = evidenceByQualityStatement(a, options);
      const right = evidenceByQualityStatement(b, options);
      expect(whole.totals.all.total).toBe(left.totals.all.total + right.totals.all.total);
      for (const [k, s] of whole.statements.entries()) {
        for (const key of ['complete', 'open', 'gaps', 'total'] as const) {
          expect(s.counts.all[key]).toBe(
            (left.statements[k]?.counts.all[key] ?? 0) +
              (right.statements[k]?.counts.all[key] ?? 0),
          );
        }
      }
    });
  });
});

describe('serviceYouSaidWeDid', () => {
  it('tells each input’s story in short sentences', () => {
    const { entries, counts } = serviceYouSaidWeDid([kitchenChain], {
      serviceId: 'elm-house',
      ...period,
    });
    expect(entries.map((e) => e.status)).toEqual(['checked', 'checked', 'checked']);
    expect(entries[0]?.lines).toEqual([
      'You said: “I want a drink from the kitchen at night”',
      'We decided: Unlock the kitchen at night; Ben agrees his own plan.',
      'We did this: Take the lock off the kitchen door.',
      'Done on 28 June 2026.',
      'We checked on 10 August 2026: it worked.',
    ]);
    expect(entries[1]?.lines[0]).toBe(
      'Your advocate said: “Ben says the locked door makes him feel in trouble”',
    );
    expect(counts).toMatchObject({ total: 3, checked: 3 });
  });
  it('tells the story as it stood at the end of the period', () => {
    const early = serviceYouSaidWeDid([kitchenChain], {
      serviceId: 'elm-house',
      from: '2026-06-01',
      to: '2026-06-25',
    });
    expect(early.entries[2]?.status).toBe('in_progress');
    expect(early.entries[2]?.lines.slice(-2)).toEqual([
      'We are working on this: Take the lock off the kitchen door.',
      'We will do it by 1 July 2026.',
    ]);
    const undecided = serviceYouSaidWeDid([kitchenChain], {
      serviceId: 'elm-house',
      from: '2026-06-01',
      to: '2026-06-10',
    });
    expect(undecided.entries[0]?.lines.slice(1)).toEqual([
      'You told us on 3 June 2026.',
      'We have not decided anything about this yet.',
    ]);
  });
  it('says when an action is late, dropped or only decided, and ignores other services', () => {
    const [i1, i2, i3, dec, act] = kitchenChain.links as EvidenceLink[];
    const open = { ...act, status: 'open', completedOn: undefined } as unknown as EvidenceLink;
    const late = serviceYouSaidWeDid(
      [
        {
          ...kitchenChain,
          links: [i1, i2, i3, dec, JSON.parse(JSON.stringify(open))] as EvidenceLink[],
        },
      ],
      { serviceId: 'elm-house', ...period },
    );
    expect(late.entries[0]?.lines.at(-1)).toBe('It was due on 1 July 2026. It is late.');
    const dropped = { ...open, status: 'dropped' } as EvidenceLink;
    const d = serviceYouSaidWeDid(
      [{ ...kitchenChain, links: JSON.parse(JSON.stringify([i1, dec, dropped])) }],
      { serviceId: 'elm-house', ...period },
    );
    expect(d.entries[0]?.lines.at(-1)).toBe(
      'We decided not to do this: Take the lock off the kitchen door.',
    );
    const decided = serviceYouSaidWeDid([{ ...kitchenChain, links: [i1, dec] as EvidenceLink[] }], {
      serviceId: 'elm-house',
      ...period,
    });
    expect(decided.entries[0]?.status).toBe('decided');
    expect(serviceYouSaidWeDid([kitchenChain], { serviceId: 'oak', ...period }).entries).toEqual(
      [],
    );
  });
  describe('properties', () => {
    test.prop([fc.array(arbEvidenceChain, { maxLength: 3 })])(
      'the counts add up to the entries',
      (chains) => {
        const { entries, counts } = serviceYouSaidWeDid(chains, {
          serviceId: 's-1',
          from: '2026-01-01',
          to: '2026-06-01',
        });
        expect(counts.total).toBe(entries.length);
        expect(
          counts.no_decision + counts.decided + counts.in_progress + counts.done + counts.checked,
        ).toBe(entries.length);
      },
    );
  });
});

describe('goldenThread', () => {
  const personId = goodOutcome.personId;
  const chain: EvidenceChain = {
    ...kitchenChain,
    links: kitchenChain.links.map((l) =>
      l.id === 'dec-kitchen' ? { ...l, outcomeIds: [goodOutcome.id] } : l,
    ),
  };
  it('draws a person’s line from outcome through reviews and decisions to the trend', () => {
    const thread = goldenThread(personId, {
      outcomes: [goodOutcome],
      reviews: [goodReview],
      chains: [chain],
    });
    const [outcome] = thread.outcomes;
    expect(outcome?.words).toBe(goodOutcome.words);
    expect(outcome?.steps.map((s) => s.kind)).toEqual(['decision', 'review']);
    expect(outcome?.steps[1]?.text).toBe('improving: Wants to try the afternoon session');
    expect(outcome?.trend).toMatchObject({ direction: 'improving', change: 1, count: 2 });
    expect(thread.chains).toHaveLength(1);
    expect(thread.chains[0]).toMatchObject({ stage: 'check', complete: true });
  });
  it('leaves out other people’s records', () => {
    const thread = goldenThread('p-nobody', {
      outcomes: [goodOutcome],
      reviews: [goodReview],
      chains: [kitchenChain],
    });
    expect(thread).toEqual({ personId: 'p-nobody', outcomes: [], chains: [] });
  });
  it('follows a chain with links about the person', () => {
    const thread = goldenThread('p-ben', { outcomes: [], reviews: [], chains: [kitchenChain] });
    expect(thread.chains[0]?.steps.map((s) => s.id)).toEqual(['in-ben']);
  });

  it('writes each kind of step in plain words, in date order, and a bare review as "reviewed"', () => {
    const tagged: EvidenceChain = {
      ...kitchenChain,
      links: kitchenChain.links.map((l) => ({ ...l, outcomeIds: [goodOutcome.id] })),
    };
    const bare = {
      ...goodReview,
      id: 'rev-bare',
      on: '2026-10-01' as const,
      outcomes: [{ outcomeId: goodOutcome.id }],
    };
    const [outcome] = goldenThread(personId, {
      outcomes: [goodOutcome],
      reviews: [goodReview, bare],
      chains: [tagged],
    }).outcomes;
    expect(outcome?.steps.map((s) => [s.on, s.kind, s.chainId])).toEqual([
      ['2026-06-03', 'input', 'ch-kitchen'],
      ['2026-06-05', 'input', 'ch-kitchen'],
      ['2026-06-09', 'input', 'ch-kitchen'],
      ['2026-06-20', 'action', 'ch-kitchen'],
      ['2026-06-20', 'decision', 'ch-kitchen'],
      ['2026-08-10', 'check', 'ch-kitchen'],
      ['2026-10-01', 'review', null],
      ['2026-11-16', 'review', null],
    ]);
    const text = Object.fromEntries((outcome?.steps ?? []).map((s) => [s.id, s.text]));
    expect(text['act-unlock']).toBe('Take the lock off the kitchen door');
    expect(text['chk-aug']).toBe('All three use the kitchen at night; no incidents (worked)');
    expect(text['rev-bare']).toBe('reviewed');
  });

  it('lists the person’s outcomes by id, each with only its own steps', () => {
    const second = {
      ...goodOutcome,
      id: 'o-aisha-a-cook',
      words: 'I want to cook my own tea',
      ratings: [],
    };
    const other = { ...goodOutcome, id: 'o-ben', personId: 'p-ben' };
    const thread = goldenThread(personId, {
      outcomes: [goodOutcome, other, second],
      reviews: [goodReview],
      chains: [chain],
    });
    expect(thread.outcomes.map((o) => o.outcomeId)).toEqual(['o-aisha-a-cook', goodOutcome.id]);
    expect(thread.outcomes[0]?.steps).toEqual([]);
    expect(thread.outcomes[0]?.trend.direction).toBe('not-enough-ratings');
  });

  it('ignores a link that names someone else’s outcome', () => {
    const naming: EvidenceChain = {
      ...kitchenChain,
      links: kitchenChain.links.map((l) =>
        l.id === 'dec-kitchen' ? { ...l, outcomeIds: ['o-ben'] } : l,
      ),
    };
    const thread = goldenThread('p-aisha', {
      outcomes: [goodOutcome],
      reviews: [],
      chains: [naming],
    });
    expect(thread.outcomes[0]?.steps).toEqual([]);
    expect(thread.chains[0]?.steps.map((s) => s.id)).toEqual(['in-aisha']);
  });

  describe('properties', () => {
    test.prop([fc.boolean(), fc.boolean()])(
      'the order of outcomes, reviews and chains does not matter',
      (flipA, flipB) => {
        const second = { ...goodOutcome, id: 'o-aisha-b' };
        const other: EvidenceChain = { ...kitchenChain, id: 'ch-other' };
        const sources = {
          outcomes: [goodOutcome, second],
          reviews: [goodReview],
          chains: [chain, other],
        };
        const reordered = {
          outcomes: flipA ? [...sources.outcomes].reverse() : sources.outcomes,
          reviews: sources.reviews,
          chains: flipB ? [...sources.chains].reverse() : sources.chains,
        };
        expect(goldenThread(personId, reordered)).toEqual(goldenThread(personId, sources));
      },
    );
  });
});
