import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbEvidenceChain } from '../../test/arbitraries/evidence.js';
import { kitchenChain } from '../../test/fixtures/evidence.js';
import { thrownCode } from '../../test/support/thrown.js';
import type { IsoDate } from '../core/index.js';
import { evidenceByQualityStatement } from './evidence-by-quality-statement.js';
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
