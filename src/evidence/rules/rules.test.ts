import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbEvidenceChain } from '../../../test/arbitraries/evidence.js';
import { kitchenChain } from '../../../test/fixtures/evidence.js';
import { addDays, type IsoDate } from '../../core/index.js';
import type { Report } from '../../core/internal/index.js';
import { gapsOf, viewChain } from '../analysis.js';
import { DEFAULT_EVIDENCE_CHAIN_POLICY } from '../check-evidence-chain.js';
import { evidenceFindings } from '../findings.js';
import type { EvidenceLink } from '../links.js';
import type { EvidenceChain } from '../schemas.js';
import { actionOverdueRule } from './action-overdue.js';
import { actionUncheckedRule } from './action-unchecked.js';
import { checkWithoutFollowUpRule } from './check-without-follow-up.js';
import { decisionWithoutActionRule } from './decision-without-action.js';
import { EVIDENCE_CHAIN_RULES, type EvidenceRule, type LinkedFindingDetails } from './index.js';
import { inputWithoutDecisionRule } from './input-without-decision.js';
import { personAbsentRule } from './person-absent.js';

const link = (id: string) => kitchenChain.links.find((l) => l.id === id) as EvidenceLink;
const chainOf = (...links: EvidenceLink[]): EvidenceChain => ({ ...kitchenChain, links });

/** Runs one rule on a chain as of a day, collecting what it reports. */
function run(rule: EvidenceRule, chain: EvidenceChain, asOf: IsoDate) {
  const reported: { code: string; path: readonly (string | number)[]; details: unknown }[] = [];
  const report: Report<LinkedFindingDetails> = (code, path, ...details) => {
    reported.push({ code, path, details: details[0] });
  };
  const ctx = {
    chain,
    asOf,
    policy: DEFAULT_EVIDENCE_CHAIN_POLICY,
    gaps: gapsOf(viewChain(chain, asOf), asOf),
  };
  rule.check(ctx, report);
  return reported;
}

describe('the evidence chain rules', () => {
  const later: IsoDate = '2027-03-01';
  describe('every rule leaves the complete kitchen chain alone', () => {
    for (const rule of EVIDENCE_CHAIN_RULES) {
      it(`${rule.codes.join(', ')} reports nothing on the complete chain`, () => {
        expect(run(rule, kitchenChain, later)).toEqual([]);
      });
    }
  });

  describe('inputWithoutDecisionRule', () => {
    it('reports an input left undecided for more than 28 days, with its words', () => {
      expect(run(inputWithoutDecisionRule, chainOf(link('in-aisha')), '2026-07-01')).toEqual([]);
      expect(run(inputWithoutDecisionRule, chainOf(link('in-aisha')), '2026-07-02')).toEqual([
        {
          code: 'chain_input_without_decision',
          path: ['links', 0],
          details: {
            linkId: 'in-aisha',
            on: '2026-06-03',
            days: 29,
            words: 'I want a drink from the kitchen at night',
          },
        },
      ]);
    });
  });

  describe('decisionWithoutActionRule', () => {
    const decided = chainOf(link('in-aisha'), {
      ...link('dec-kitchen'),
      basedOn: ['in-aisha'],
    } as EvidenceLink);
    it('reports a decision with no action after 14 days', () => {
      expect(run(decisionWithoutActionRule, decided, '2026-07-04')).toEqual([]);
      expect(run(decisionWithoutActionRule, decided, '2026-07-05')).toMatchObject([
        { code: 'chain_decision_without_action', details: { linkId: 'dec-kitchen', days: 15 } },
      ]);
    });
  });

  describe('personAbsentRule', () => {
    const about = (personInvolvement?: string) =>
      chainOf(link('in-aisha'), {
        ...link('dec-kitchen'),
        basedOn: ['in-aisha'],
        level: { kind: 'individual', personId: 'p-aisha' },
        ...(personInvolvement === undefined ? {} : { personInvolvement }),
      } as EvidenceLink);
    it('reports an individual decision that does not show the person took part', () => {
      expect(run(personAbsentRule, about(), '2026-06-21')).toMatchObject([
        { code: 'chain_person_absent_from_decision', details: { personId: 'p-aisha' } },
      ]);
      expect(run(personAbsentRule, about('not_involved'), '2026-06-21')).toHaveLength(1);
    });
    it('leaves alone a decision the person took part in by other means', () => {
      expect(run(personAbsentRule, about('other_means'), '2026-06-21')).toEqual([]);
    });
  });

  describe('actionOverdueRule', () => {
    const open = { ...link('act-unlock'), status: 'open' } as EvidenceLink & {
      completedOn?: string;
    };
    delete open.completedOn;
    const chain = chainOf(...kitchenChain.links.slice(0, 4), open);
    it('reports an open action the day after it was due, and not on the due day', () => {
      expect(run(actionOverdueRule, chain, '2026-07-01')).toEqual([]);
      expect(run(actionOverdueRule, chain, '2026-07-02')).toMatchObject([
        { code: 'chain_action_overdue', details: { dueOn: '2026-07-01' } },
      ]);
    });
    it('leaves a dropped action alone', () => {
      const dropped = { ...open, status: 'dropped' } as EvidenceLink;
      expect(
        run(actionOverdueRule, chainOf(...kitchenChain.links.slice(0, 4), dropped), later),
      ).toEqual([]);
    });
  });

  describe('actionUncheckedRule', () => {
    const chain = chainOf(...kitchenChain.links.slice(0, 5));
    it('reports a done action with no check after 42 days', () => {
      expect(run(actionUncheckedRule, chain, addDays('2026-06-28', 42))).toEqual([]);
      expect(run(actionUncheckedRule, chain, addDays('2026-06-28', 43))).toMatchObject([
        { code: 'chain_action_unchecked', details: { completedOn: '2026-06-28' } },
      ]);
    });
  });

  describe('checkWithoutFollowUpRule', () => {
    const failed = { ...link('chk-aug'), result: 'partly' } as EvidenceLink;
    const chain = chainOf(...kitchenChain.links.slice(0, 5), failed);
    it('reports a check that found a problem, with nothing decided 14 days on', () => {
      expect(run(checkWithoutFollowUpRule, chain, '2026-08-24')).toEqual([]);
      expect(run(checkWithoutFollowUpRule, chain, '2026-08-25')).toMatchObject([
        { code: 'chain_check_without_follow_up', details: { result: 'partly' } },
      ]);
    });
  });

  describe('properties', () => {
    it('each code of the table is documented and reported by one rule only', () => {
      const codes = EVIDENCE_CHAIN_RULES.flatMap((r) => r.codes);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(Object.hasOwn(evidenceFindings, code)).toBe(true);
    });
    test.prop([arbEvidenceChain, fc.nat(400)])(
      'a rule reports only its own codes, each about a link of the chain',
      (chain, days) => {
        const asOf = addDays('2026-01-05', days);
        for (const rule of EVIDENCE_CHAIN_RULES) {
          for (const r of run(rule, chain, asOf)) {
            expect(rule.codes).toContain(r.code);
            const index = r.path[1] as number;
            expect((r.details as { linkId: string }).linkId).toBe(chain.links[index]?.id);
          }
        }
      },
    );
  });
});
