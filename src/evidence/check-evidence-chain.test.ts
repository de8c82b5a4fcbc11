import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbEvidenceChain } from '../../test/arbitraries/evidence.js';
import { elm, kitchenChain, minutes } from '../../test/fixtures/evidence.js';
import { thrownCode } from '../../test/support/thrown.js';
import { addDays, type IsoDate } from '../core/index.js';
import { chainStatus } from './chain-status.js';
import { checkEvidenceChain } from './check-evidence-chain.js';
import { evidenceFindings } from './findings.js';
import type { EvidenceLink } from './links.js';
import { recordCheck } from './record-check.js';
import type { EvidenceChain } from './schemas.js';

const link = (id: string) => kitchenChain.links.find((l) => l.id === id) as EvidenceLink;
const chainOf = (...links: EvidenceLink[]): EvidenceChain => ({ ...kitchenChain, links });
const codes = (chain: EvidenceChain, asOf: IsoDate, policy = {}) =>
  checkEvidenceChain(chain, { asOf, policy }).map((f) => f.code);

describe('checkEvidenceChain', () => {
  describe('a complete chain', () => {
    it('reports nothing', () => {
      expect(codes(kitchenChain, '2027-01-01')).toEqual([]);
    });
  });

  describe('breaks', () => {
    it('reports chain_input_without_decision after decisionWithinDays', () => {
      const chain = chainOf(link('in-aisha'));
      expect(codes(chain, '2026-07-01')).toEqual([]);
      const [finding] = checkEvidenceChain(chain, { asOf: '2026-07-02' });
      expect(finding).toMatchObject({
        code: 'chain_input_without_decision',
        chainId: 'ch-kitchen',
        linkId: 'in-aisha',
        days: 29,
        path: ['links', 0],
      });
      expect(finding?.message).toContain('“I want a drink from the kitchen at night”');
    });
    it('reports chain_decision_without_action after actionWithinDays', () => {
      const chain = chainOf(link('in-aisha'), {
        ...link('dec-kitchen'),
        basedOn: ['in-aisha'],
      } as EvidenceLink);
      expect(codes(chain, '2026-07-04')).toEqual([]);
      expect(codes(chain, '2026-07-05')).toEqual(['chain_decision_without_action']);
    });
    it('reports chain_action_overdue after the due date', () => {
      const open = { ...link('act-unlock'), status: 'open' } as EvidenceLink & {
        completedOn?: string;
      };
      delete open.completedOn;
      const chain = chainOf(...kitchenChain.links.slice(0, 4), open);
      expect(codes(chain, '2026-07-01')).toEqual([]);
      expect(codes(chain, '2026-07-02')).toEqual(['chain_action_overdue']);
    });
    it('counts an action done after asOf as still open', () => {
      expect(codes(chainOf(...kitchenChain.links.slice(0, 5)), '2026-06-27')).toEqual([]);
      const late = { ...link('act-unlock'), dueOn: '2026-06-21' } as EvidenceLink;
      expect(codes(chainOf(...kitchenChain.links.slice(0, 4), late), '2026-06-27')).toEqual([
        'chain_action_overdue',
      ]);
    });
    it('reports chain_action_unchecked after checkWithinDays', () => {
      const chain = chainOf(...kitchenChain.links.slice(0, 5));
      expect(codes(chain, addDays('2026-06-28', 42))).toEqual([]);
      expect(codes(chain, addDays('2026-06-28', 43))).toEqual(['chain_action_unchecked']);
    });
    it('reports chain_check_without_follow_up for a check that did not work', () => {
      const failed = { ...link('chk-aug'), result: 'did_not_work' } as EvidenceLink;
      const chain = chainOf(...kitchenChain.links.slice(0, 5), failed);
      const [finding] = checkEvidenceChain(chain, { asOf: '2026-08-25' });
      expect(finding).toMatchObject({ code: 'chain_check_without_follow_up', severity: 'error' });
      expect(finding?.message).toContain('did not work');
      const partly = chainOf(...kitchenChain.links.slice(0, 5), {
        ...failed,
        result: 'partly',
      } as EvidenceLink);
      expect(checkEvidenceChain(partly, { asOf: '2026-08-25' })[0]?.message).toContain(
        'only partly',
      );
      const followUp: EvidenceLink = {
        type: 'decision',
        id: 'dec-again',
        on: '2026-08-12',
        basedOn: ['chk-aug'],
        text: 'Try a kettle in each flat',
        decidedBy: ['House meeting'],
        source: minutes,
        level: elm,
      };
      expect(codes(chainOf(...chain.links, followUp), '2026-08-25')).toEqual([]);
    });
    it('reports chain_person_absent_from_decision for an individual decision without the person', () => {
      const decision = {
        ...link('dec-kitchen'),
        basedOn: ['in-aisha'],
        level: { kind: 'individual', personId: 'p-aisha' },
        personInvolvement: 'not_involved',
      } as EvidenceLink;
      const [finding] = checkEvidenceChain(chainOf(link('in-aisha'), decision), {
        asOf: '2026-06-21',
      });
      expect(finding).toMatchObject({
        code: 'chain_person_absent_from_decision',
        personId: 'p-aisha',
      });
      const led = { ...decision, personInvolvement: 'led' } as EvidenceLink;
      expect(codes(chainOf(link('in-aisha'), led), '2026-06-21')).toEqual([]);
    });
  });

  describe('options', () => {
    it('uses the policy given', () => {
      expect(codes(chainOf(link('in-aisha')), '2026-06-05', { decisionWithinDays: 1 })).toEqual([
        'chain_input_without_decision',
      ]);
    });
    it('throws for a bad asOf or allowance', () => {
      expect(thrownCode(() => checkEvidenceChain(kitchenChain, { asOf: '2026-13-01' }))).toBe(
        'invalid_date',
      );
      expect(
        thrownCode(() =>
          checkEvidenceChain(kitchenChain, {
            asOf: '2026-08-01',
            policy: { checkWithinDays: 1.5 },
          }),
        ),
      ).toBe('invalid_argument');
    });
  });

  describe('properties', () => {
    const lastDay = (chain: EvidenceChain) =>
      chain.links
        .flatMap((l) => (l.type === 'action' ? [l.on, l.dueOn, l.completedOn ?? l.on] : [l.on]))
        .reduce((a, b) => (a > b ? a : b));
    test.prop([arbEvidenceChain, fc.nat(400)])(
      'a complete chain has no break findings',
      (chain, later) => {
        fc.pre(chainStatus(chain).complete);
        expect(checkEvidenceChain(chain, { asOf: addDays(lastDay(chain), later) })).toEqual([]);
      },
    );
    test.prop([arbEvidenceChain, fc.nat(400)])(
      'adding a check to an unchecked action removes exactly that finding',
      (chain, later) => {
        const asOf = addDays(lastDay(chain), later);
        const before = checkEvidenceChain(chain, { asOf });
        const unchecked = before.find((f) => f.code === 'chain_action_unchecked');
        fc.pre(unchecked !== undefined);
        const action = chain.links.find((l) => l.id === unchecked?.linkId) as EvidenceLink;
        const result = recordCheck(chain, {
          id: 'chk-new',
          on: asOf,
          actionIds: [action.id],
          method: 'spot_check',
          result: 'worked',
          summary: 'Works',
          source: { kind: 'audit', id: 'a' },
          level: action.level,
        });
        expect(result.success).toBe(true);
        const next = result.success ? checkEvidenceChain(result.data, { asOf }) : [];
        const key = (f: { code: string; linkId: string }) => `${f.code}:${f.linkId}`;
        expect(next.map(key).sort()).toEqual(
          before
            .filter((f) => f !== unchecked)
            .map(key)
            .sort(),
        );
      },
    );
    test.prop([arbEvidenceChain, fc.nat(400)])(
      'every finding code is a documented code',
      (chain, later) => {
        for (const f of checkEvidenceChain(chain, { asOf: addDays('2026-01-05', later) })) {
          expect(Object.hasOwn(evidenceFindings, f.code)).toBe(true);
          expect(f.chainId).toBe(chain.id);
        }
      },
    );
  });
});
