import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbEvidenceChain } from '../../test/arbitraries/evidence.js';
import { kitchenChain } from '../../test/fixtures/evidence.js';
import { CQC_EVIDENCE_CATEGORIES, CQC_QUALITY_STATEMENTS, QualityStatementSchema } from './cqc.js';
import { type EvidenceLink, parseEvidenceLink } from './links.js';
import { evidenceIssueCatalogue, parseEvidenceChain } from './schemas.js';

const codes = (input: unknown) => {
  const result = parseEvidenceChain(input);
  return result.success ? [] : result.issues.map((i) => i.code);
};
const withLinks = (links: readonly unknown[]) => ({ ...kitchenChain, links });
const link = (id: string): EvidenceLink =>
  kitchenChain.links.find((l) => l.id === id) as EvidenceLink;

describe('the CQC constants', () => {
  it('has 34 quality statements: 8 safe, 6 effective, 5 caring, 7 responsive, 8 well-led', () => {
    const counts: Record<string, number> = {};
    for (const code of QualityStatementSchema.options) {
      const q = CQC_QUALITY_STATEMENTS[code].keyQuestion;
      counts[q] = (counts[q] ?? 0) + 1;
    }
    expect(counts).toEqual({ safe: 8, effective: 6, caring: 5, responsive: 7, well_led: 8 });
  });
  it('has six evidence categories', () => {
    expect(Object.keys(CQC_EVIDENCE_CATEGORIES)).toHaveLength(6);
  });
});

describe('parseEvidenceChain', () => {
  describe('a valid chain', () => {
    it('accepts the kitchen chain as it is', () => {
      expect(parseEvidenceChain(kitchenChain)).toEqual({ success: true, data: kitchenChain });
    });
  });

  describe('bad links', () => {
    it('reports chain_duplicate_id', () => {
      expect(codes(withLinks([...kitchenChain.links, link('in-ben')]))).toEqual([
        'chain_duplicate_id',
      ]);
    });
    it('reports chain_missing_link for a check of an action that does not exist', () => {
      const check = { ...link('chk-aug'), actionIds: ['act-nowhere'] };
      const result = parseEvidenceChain(withLinks([...kitchenChain.links.slice(0, 5), check]));
      expect(result.success).toBe(false);
      expect(!result.success && result.issues[0]).toMatchObject({
        code: 'chain_missing_link',
        path: ['links', 5, 'actionIds', 0],
        message: '"links[5].actionIds[0]" refers to a link that is not in this chain.',
      });
      // The unknown id is input the chain does not hold: never copied into the issue.
      expect(JSON.stringify(result)).not.toContain('act-nowhere');
    });
    it('reports chain_wrong_link_kind', () => {
      const action = { ...link('act-unlock'), decisionIds: ['in-aisha'] };
      expect(codes(withLinks([...kitchenChain.links.slice(0, 4), action]))).toEqual([
        'chain_wrong_link_kind',
      ]);
    });
    it('reports chain_link_out_of_order for an action dated before its decision', () => {
      const action = { ...link('act-unlock'), on: '2026-06-19', dueOn: '2026-07-01' };
      expect(codes(withLinks([...kitchenChain.links.slice(0, 4), action]))).toEqual([
        'chain_link_out_of_order',
      ]);
    });
    it('reports chain_without_input', () => {
      expect(codes(withLinks([link('dec-kitchen')]))).toContain('chain_without_input');
    });
    it('reports an action’s inconsistent dates and status', () => {
      const early = { ...link('act-unlock'), dueOn: '2026-06-01', completedOn: '2026-06-02' };
      expect(codes(withLinks([...kitchenChain.links.slice(0, 4), early]))).toEqual([
        'action_due_before_agreed',
        'action_done_before_agreed',
      ]);
      const open = { ...link('act-unlock'), status: 'open' };
      expect(codes(withLinks([...kitchenChain.links.slice(0, 4), open]))).toEqual([
        'completed_on_without_done',
      ]);
      const { completedOn: _, ...noDate } = link('act-unlock') as EvidenceLink & {
        completedOn?: string;
      };
      expect(codes(withLinks([...kitchenChain.links.slice(0, 4), noDate]))).toEqual([
        'done_without_completed_on',
      ]);
    });
  });

  describe('a cycle', () => {
    it('reports chain_cycle for a decision following up a check of its own action', () => {
      const decision = {
        ...link('dec-kitchen'),
        on: '2026-08-10',
        basedOn: ['in-aisha', 'chk-aug'],
      };
      const action = {
        ...link('act-unlock'),
        on: '2026-08-10',
        dueOn: '2026-08-10',
        completedOn: '2026-08-10',
      };
      const chain = withLinks([link('in-aisha'), decision, action, link('chk-aug')]);
      const result = parseEvidenceChain(chain);
      expect(result.success).toBe(false);
      expect(!result.success && result.issues.map((i) => i.code)).toEqual(['chain_cycle']);
      expect(!result.success && result.issues[0]?.message).toContain(
        'act-unlock → dec-kitchen → chk-aug → act-unlock',
      );
    });
    it('ends quickly on a long loop', () => {
      const decisions = Array.from({ length: 500 }, (_, k) => ({
        ...link('dec-kitchen'),
        id: `d${k}`,
        basedOn: [`c${(k + 499) % 500}`],
      }));
      const actions = decisions.map((_, k) => ({
        ...link('act-unlock'),
        id: `a${k}`,
        decisionIds: [`d${k}`],
      }));
      const checks = decisions.map((_, k) => ({
        ...link('chk-aug'),
        on: '2026-06-20',
        id: `c${k}`,
        actionIds: [`a${k}`],
      }));
      const all = [link('in-aisha'), ...decisions, ...actions, ...checks].map((l) => ({
        ...l,
        on: l.type === 'input' ? l.on : '2026-06-20',
      }));
      expect(codes(withLinks(all))).toEqual(['chain_cycle']);
    });
  });

  describe('anything else', () => {
    it('never throws', () => {
      for (const input of [null, 7, 'x', [], {}, { links: 'x' }, { links: [null, 3] }]) {
        expect(parseEvidenceChain(input).success).toBe(false);
      }
    });
    it('documents every issue code', () => {
      expect(Object.keys(evidenceIssueCatalogue)).toHaveLength(6);
    });
  });

  describe('properties', () => {
    test.prop([arbEvidenceChain])(
      'a generated chain passes and round-trips through JSON',
      (chain) => {
        expect(parseEvidenceChain(JSON.parse(JSON.stringify(chain)))).toEqual({
          success: true,
          data: chain,
        });
      },
    );
    test.prop([fc.anything()])('never throws on any input', (input) => {
      expect(typeof parseEvidenceChain(input).success).toBe('boolean');
      expect(typeof parseEvidenceLink(input).success).toBe('boolean');
    });
  });
});
