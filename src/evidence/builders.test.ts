import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbEvidenceChain } from '../../test/arbitraries/evidence.js';
import { kitchenChain } from '../../test/fixtures/evidence.js';
import { thrownCode } from '../../test/support/thrown.js';
import type { ParseIssue, Result } from '../core/index.js';
import type { EvidenceLink } from './links.js';
import { recordAction } from './record-action.js';
import { recordCheck } from './record-check.js';
import { recordDecision } from './record-decision.js';
import { recordInput } from './record-input.js';
import { type EvidenceChain, EvidenceChainSchema } from './schemas.js';
import { startChain } from './start-chain.js';

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}
const ok = (result: Result<EvidenceChain, ParseIssue>): EvidenceChain => {
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
};
const strip = ({ type: _type, ...rest }: EvidenceLink) => rest;
const link = (id: string) => kitchenChain.links.find((l) => l.id === id) as EvidenceLink;

/** Records one link with the builder for its type. */
function record(chain: EvidenceChain, l: EvidenceLink): Result<EvidenceChain, ParseIssue> {
  switch (l.type) {
    case 'input':
      return recordInput(chain, strip(l) as Parameters<typeof recordInput>[1]);
    case 'decision':
      return recordDecision(chain, strip(l) as Parameters<typeof recordDecision>[1]);
    case 'action':
      return recordAction(chain, strip(l) as Parameters<typeof recordAction>[1]);
    default:
      return recordCheck(chain, strip(l) as Parameters<typeof recordCheck>[1]);
  }
}

const start = () =>
  ok(
    startChain({
      id: kitchenChain.id,
      title: kitchenChain.title,
      level: kitchenChain.level,
      input: strip(link('in-aisha')) as Parameters<typeof startChain>[0]['input'],
    }),
  );

function build(links: readonly EvidenceLink[]): EvidenceChain {
  return links.slice(1).reduce((chain, l) => ok(record(chain, l)), start());
}

describe('startChain', () => {
  it('returns a frozen one-link chain', () => {
    const chain = start();
    expect(chain.links.map((l) => l.id)).toEqual(['in-aisha']);
    expect(isDeepFrozen(chain)).toBe(true);
  });
  it('gives issues for a bad first input, never a throw', () => {
    const result = startChain({
      id: ' ',
      title: 'x',
      level: { kind: 'organisation' },
      input: {
        ...(strip(link('in-aisha')) as Parameters<typeof startChain>[0]['input']),
        on: '2026-02-30',
      },
    });
    expect(!result.success && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['blank', 'id'],
      ['invalid_date', 'input.on'],
    ]);
  });
  describe('hostile arguments (issue #19)', () => {
    it('gives issues for null, never a TypeError', () => {
      const result = startChain(null as unknown as Parameters<typeof startChain>[0]);
      expect(result.success).toBe(false);
      expect(!result.success && result.issues.map((i) => i.code)).toEqual(['invalid_type']);
    });
    it('gives unreadable_input for an argument whose getter throws', () => {
      const hostile = {
        get id(): string {
          throw new Error('boom');
        },
      };
      const result = startChain(hostile as unknown as Parameters<typeof startChain>[0]);
      expect(!result.success && result.issues.map((i) => i.code)).toEqual(['unreadable_input']);
    });
    it('accepts the input with its own type, and refuses another type', () => {
      const input = strip(link('in-aisha')) as Parameters<typeof startChain>[0]['input'];
      const base = { id: 'ch-1', title: 'Kitchen', level: kitchenChain.level };
      expect(
        startChain({ ...base, input: { ...input, type: 'input' } as typeof input }).success,
      ).toBe(true);
      const retyped = startChain({ ...base, input: { ...input, type: 'check' } as typeof input });
      expect(!retyped.success && retyped.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['invalid_value', 'input.type'],
      ]);
    });
  });
});

describe('recordInput, recordDecision, recordAction and recordCheck', () => {
  describe('a valid story', () => {
    it('builds the kitchen chain, deeply frozen and passing its schema', () => {
      const chain = build(kitchenChain.links);
      expect(chain).toEqual(kitchenChain);
      expect(isDeepFrozen(chain)).toBe(true);
      expect(EvidenceChainSchema.safeParse(chain).success).toBe(true);
    });
    it('leaves the chain passed in untouched and unfrozen', () => {
      const before = JSON.parse(JSON.stringify(kitchenChain)) as EvidenceChain;
      const input = JSON.parse(JSON.stringify(kitchenChain)) as EvidenceChain;
      ok(
        recordInput(input, {
          ...(strip(link('in-ben')) as Parameters<typeof recordInput>[1]),
          id: 'in-new',
        }),
      );
      expect(input).toEqual(before);
      expect(Object.isFrozen(input) || Object.isFrozen(input.links)).toBe(false);
    });
  });

  describe('invalid links', () => {
    const chain = build(kitchenChain.links.slice(0, 4));
    it('refuses an action dated before its decision', () => {
      const result = record(chain, { ...link('act-unlock'), on: '2026-06-19' } as EvidenceLink);
      expect(!result.success && result.issues.map((i) => i.code)).toEqual([
        'chain_link_out_of_order',
      ]);
    });
    it('refuses a check of an action that does not exist', () => {
      const result = record(chain, link('chk-aug'));
      expect(!result.success && result.issues.map((i) => i.code)).toEqual(['chain_missing_link']);
    });
    it('refuses a duplicate id', () => {
      const result = record(chain, { ...link('act-unlock'), id: 'in-ben' } as EvidenceLink);
      expect(!result.success && result.issues.map((i) => i.code)).toEqual(['chain_duplicate_id']);
    });
    it('refuses a decision based on an action', () => {
      const withAction = ok(record(chain, link('act-unlock')));
      const result = record(withAction, {
        ...link('dec-kitchen'),
        id: 'd2',
        on: '2026-07-01',
        basedOn: ['act-unlock'],
      } as EvidenceLink);
      expect(!result.success && result.issues.map((i) => i.code)).toEqual([
        'chain_wrong_link_kind',
      ]);
    });
    it('gives unreadable_input for a link whose getter throws, for every builder', () => {
      const hostile = Object.defineProperty({}, 'on', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      for (const build of [recordInput, recordDecision, recordAction, recordCheck] as const) {
        const result = (
          build as (c: EvidenceChain, x: unknown) => Result<EvidenceChain, ParseIssue>
        )(chain, hostile);
        expect(!result.success && result.issues.map((i) => i.code)).toEqual(['unreadable_input']);
      }
    });
    it('gives issues for a link that is null or not an object', () => {
      for (const bad of [null, undefined, 7, 'input', []]) {
        const result = recordInput(chain, bad as unknown as Parameters<typeof recordInput>[1]);
        expect(result.success).toBe(false);
      }
    });
    it('refuses a link of another type rather than retyping it', () => {
      const result = recordAction(chain, {
        ...(strip(link('act-unlock')) as Parameters<typeof recordAction>[1]),
        type: 'check',
      } as Parameters<typeof recordAction>[1]);
      expect(!result.success && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['invalid_value', 'type'],
      ]);
    });
    it('throws GoldenThreadError, not a TypeError, for a chain that is not one', () => {
      const input = strip(link('in-ben')) as Parameters<typeof recordInput>[1];
      for (const bad of [null, undefined, {}, { links: 3 }]) {
        expect(thrownCode(() => recordInput(bad as unknown as EvidenceChain, input))).toBe(
          'invalid_argument',
        );
      }
    });
    it('reports a malformed link with paths relative to it', () => {
      const result = recordCheck(chain, { id: 'chk-1' } as Parameters<typeof recordCheck>[1]);
      expect(!result.success && result.issues[0]?.path).toEqual(['on']);
    });
  });

  describe('properties', () => {
    const chain = build(kitchenChain.links.slice(0, 4));
    test.prop([fc.anything()])('startChain returns a result for any value, never throws', (x) => {
      const result = startChain(x as Parameters<typeof startChain>[0]);
      expect(typeof result.success).toBe('boolean');
    });
    test.prop([
      fc.anything(),
      fc.constantFrom(recordInput, recordDecision, recordAction, recordCheck),
    ])(
      'a builder returns a result for any link, never throws, and leaves the chain as it was',
      (x, builder) => {
        const before = JSON.stringify(chain);
        const result = (
          builder as (c: EvidenceChain, l: unknown) => Result<EvidenceChain, ParseIssue>
        )(chain, x);
        expect(typeof result.success).toBe('boolean');
        expect(JSON.stringify(chain)).toBe(before);
      },
    );
    test.prop([arbEvidenceChain, fc.integer()])(
      'building a chain in any valid order of independent links gives the same result',
      (chain, seed) => {
        const inputs = chain.links.filter((l) => l.type === 'input');
        const rest = chain.links.filter((l) => l.type !== 'input');
        const shuffled = [...inputs].sort(
          (a, b) =>
            ((a.id.length * seed) % 7) - ((b.id.length * seed) % 7) ||
            (seed % 2 === 0 ? 1 : -1) * (a.id < b.id ? -1 : 1),
        );
        const startWith = (first: EvidenceLink) =>
          ok(
            startChain({
              id: chain.id,
              title: chain.title,
              level: chain.level,
              input: strip(first) as Parameters<typeof startChain>[0]['input'],
            }),
          );
        const a = [...inputs.slice(1), ...rest].reduce(
          (c, l) => ok(record(c, l)),
          startWith(inputs[0] as EvidenceLink),
        );
        const b = [...shuffled.slice(1), ...rest].reduce(
          (c, l) => ok(record(c, l)),
          startWith(shuffled[0] as EvidenceLink),
        );
        expect(b).toEqual(a);
        expect(isDeepFrozen(a)).toBe(true);
        expect(EvidenceChainSchema.safeParse(a).success).toBe(true);
      },
    );
  });
});
