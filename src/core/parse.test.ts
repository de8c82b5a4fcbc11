import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseIssueCatalogue, toParseIssues } from './issues.js';
import { createParser } from './parse.js';
import { IsoDateSchema } from './schemas.js';

const Sample = z.strictObject({
  words: z.string().min(1).max(20),
  start: IsoDateSchema,
  score: z.number().int().min(1).max(5),
  weight: z.number().gt(0).lt(10).multipleOf(0.5).optional(),
  owners: z
    .array(z.strictObject({ role: z.enum(['person', 'keyworker']) }))
    .min(1)
    .max(3),
  note: z.string().min(3).optional(),
  email: z.email().optional(),
  choice: z.union([z.literal('a'), z.number()]).optional(),
  meta: z.record(z.string().regex(/^[a-z]+$/), z.string()).optional(),
});
const parseSample = createParser(Sample);
const valid = { words: 'Art group', start: '2026-03-14', score: 3, owners: [{ role: 'person' }] };

function issuesFor(input: unknown) {
  const result = parseSample(input);
  if (result.success) throw new Error('expected failure');
  return result.issues;
}

describe('createParser', () => {
  it('returns the typed data when the input is valid', () => {
    expect(parseSample(valid)).toEqual({ success: true, data: valid });
  });

  describe('issue codes', () => {
    it('reports required for a missing field', () => {
      expect(issuesFor({ ...valid, words: undefined })[0]).toMatchObject({
        code: 'required',
        path: ['words'],
        message: '"words" is required.',
      });
    });
    it('reports invalid_type with expected and received', () => {
      expect(issuesFor({ ...valid, words: 7 })[0]).toMatchObject({
        code: 'invalid_type',
        expected: 'string',
        received: 'number',
        message: '"words" must be text, but it is a number.',
      });
      expect(issuesFor({ ...valid, score: 2.5 })[0]).toMatchObject({
        code: 'invalid_type',
        expected: 'int',
        message: '"score" must be a whole number, but it is a number.',
      });
      expect(issuesFor({ ...valid, owners: null })[0]).toMatchObject({
        received: 'null',
        message: '"owners" must be a list, but it is empty (null).',
      });
      expect(issuesFor({ ...valid, score: Number.NaN })[0]).toMatchObject({ received: 'nan' });
      expect(issuesFor([])[0]).toMatchObject({
        path: [],
        received: 'array',
        message: 'The record must be a group of fields, but it is a list.',
      });
    });
    it('reports too_small for empty text, short text, too few items and low numbers', () => {
      expect(issuesFor({ ...valid, words: '' })[0]).toMatchObject({
        code: 'too_small',
        origin: 'string',
        minimum: 1,
        message: '"words" must not be empty.',
      });
      expect(issuesFor({ ...valid, note: 'ab' })[0]?.message).toBe(
        '"note" must be at least 3 characters long.',
      );
      expect(issuesFor({ ...valid, owners: [] })[0]?.message).toBe(
        '"owners" must have at least 1 item.',
      );
      expect(issuesFor({ ...valid, score: 0 })[0]).toMatchObject({
        code: 'too_small',
        minimum: 1,
        inclusive: true,
        message: '"score" must be at least 1.',
      });
      expect(issuesFor({ ...valid, weight: 0 })[0]).toMatchObject({
        inclusive: false,
        message: '"weight" must be more than 0.',
      });
    });
    it('reports too_big for long text, too many items and high numbers', () => {
      expect(issuesFor({ ...valid, words: 'x'.repeat(21) })[0]?.message).toBe(
        '"words" must be at most 20 characters long.',
      );
      expect(issuesFor({ ...valid, owners: Array(4).fill({ role: 'person' }) })[0]?.message).toBe(
        '"owners" must have at most 3 items.',
      );
      expect(issuesFor({ ...valid, score: 6 })[0]?.message).toBe('"score" must be at most 5.');
      expect(issuesFor({ ...valid, weight: 10 })[0]?.message).toBe(
        '"weight" must be less than 10.',
      );
    });
    it('reports invalid_format with the format', () => {
      expect(issuesFor({ ...valid, email: 'nope' })[0]).toMatchObject({
        code: 'invalid_format',
        format: 'email',
        message: '"email" is not in the expected format (email).',
      });
      expect(issuesFor({ ...valid, start: '14/03/2026' })[0]).toMatchObject({
        code: 'invalid_format',
        format: 'date',
        path: ['start'],
      });
    });
    it('reports invalid_date for an impossible date', () => {
      expect(issuesFor({ ...valid, start: '2026-02-30' })[0]).toMatchObject({
        code: 'invalid_date',
        path: ['start'],
      });
    });
    it('reports invalid_value with the allowed values', () => {
      expect(issuesFor({ ...valid, owners: [{ role: 'boss' }] })[0]).toMatchObject({
        code: 'invalid_value',
        path: ['owners', 0, 'role'],
        values: ['person', 'keyworker'],
        message: '"owners[0].role" must be one of: person, keyworker.',
      });
    });
    it('lists every allowed value, never cutting the list or a word', () => {
      const parse = createParser(
        z.strictObject({
          lifecycleStatus: z.enum([
            'proposed',
            'planned',
            'accepted',
            'active',
            'on-hold',
            'completed',
            'cancelled',
            'entered-in-error',
            'rejected',
          ]),
        }),
      );
      const result = parse({ lifecycleStatus: 'in-progress' });
      expect(!result.success && result.issues[0]?.message).toBe(
        '"lifecycleStatus" must be one of: proposed, planned, accepted, active, on-hold, completed, cancelled, entered-in-error, rejected.',
      );
    });
    it('counts the allowed values when there are more than twelve', () => {
      const many = Array.from({ length: 13 }, (_, i) => `v${i}`) as [string, ...string[]];
      const result = createParser(z.enum(many))('x');
      expect(!result.success && result.issues[0]?.message).toBe(
        'The record must be one of the 13 allowed values.',
      );
      expect(!result.success && result.issues[0]?.['values']).toHaveLength(13);
    });
    it('reports unrecognized_keys rather than dropping data', () => {
      expect(issuesFor({ ...valid, colour: 'blue' })[0]).toMatchObject({
        code: 'unrecognized_keys',
        keys: ['colour'],
        message: 'The record has fields that are not part of this record: colour.',
      });
    });
    it('reports invalid_union, invalid_key, invalid_element and not_multiple_of', () => {
      expect(issuesFor({ ...valid, choice: true })[0]).toMatchObject({ code: 'invalid_union' });
      expect(issuesFor({ ...valid, meta: { ABC: 'x' } })[0]).toMatchObject({
        code: 'invalid_key',
        path: ['meta', 'ABC'],
      });
      const [element] = toParseIssues(
        [
          {
            code: 'invalid_element',
            origin: 'map',
            key: 'k',
            issues: [],
            path: ['tags'],
            message: '',
            input: undefined,
          },
        ],
        {},
      );
      expect(element).toMatchObject({
        code: 'invalid_element',
        message: '"tags" has an entry that is not valid.',
      });
      expect(issuesFor({ ...valid, weight: 0.3 })[0]).toMatchObject({
        code: 'not_multiple_of',
        divisor: 0.5,
        message: '"weight" must be a multiple of 0.5.',
      });
    });
    it('reports every problem, not just the first, in a stable order', () => {
      const codes = issuesFor({ words: '', start: '2026-02-30', score: 9, owners: [] }).map(
        (i) => i.code,
      );
      expect(codes).toEqual(['too_small', 'invalid_date', 'too_big', 'too_small']);
    });
  });

  describe('custom checks', () => {
    const Range = z.object({ from: z.number(), to: z.number() }).refine((r) => r.to >= r.from, {
      path: ['to'],
      params: { code: 'range_reversed', from: 'from' },
    });
    it('takes the code from params and the message from the catalogue', () => {
      const parse = createParser(Range, {
        issues: {
          range_reversed: { message: '{field} must not be before {from}.', description: 'x' },
        },
      });
      expect(parse({ from: 2, to: 1 })).toMatchObject({
        success: false,
        issues: [
          {
            code: 'range_reversed',
            path: ['to'],
            from: 'from',
            message: '"to" must not be before from.',
          },
        ],
      });
    });
    it('falls back to the schema message for a code no catalogue has', () => {
      const parse = createParser(
        Range.refine(() => false, { message: 'No good.', params: { code: 'unknown_thing' } }),
      );
      expect(parse({ from: 1, to: 2 })).toMatchObject({
        success: false,
        issues: [{ code: 'unknown_thing', message: 'No good.' }],
      });
    });
    it('reports invalid for a custom check without a code', () => {
      const parse = createParser(z.string().refine(() => false));
      expect(parse('x')).toMatchObject({
        success: false,
        issues: [{ code: 'invalid', message: 'The record is not valid.' }],
      });
    });
  });

  describe('hostile input', () => {
    it('reports __proto__ keys as unrecognised without polluting prototypes', () => {
      const input = JSON.parse(
        `{"words":"a","start":"2026-03-14","score":3,"owners":[{"role":"person"}],"__proto__":{"polluted":true}}`,
      );
      expect(issuesFor(input)[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['__proto__'] });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
    it('reports unreadable_input when reading the input throws', () => {
      const input = { ...valid };
      Object.defineProperty(input, 'words', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      });
      expect(parseSample(input)).toMatchObject({
        success: false,
        issues: [{ code: 'unreadable_input', path: [], message: 'The record could not be read.' }],
      });
    });
    it('names twelve unknown fields, counts the rest and describes a huge name by its length', () => {
      const extra = Object.fromEntries(
        Array.from({ length: 14 }, (_, i) => [i === 0 ? 'y'.repeat(41) : `k${i}`, 1]),
      );
      expect(issuesFor({ ...valid, ...extra })[0]?.message).toBe(
        'The record has fields that are not part of this record: a name of 41 characters, k1, k2, k3, k4, k5, k6, k7, k8, k9, k10, k11 and 2 more.',
      );
    });
    it('rejects huge strings with short messages', () => {
      const issues = issuesFor({ ...valid, words: 'x'.repeat(5_000_000) });
      expect(issues[0]).toMatchObject({ code: 'too_big', maximum: 20 });
      expect(JSON.stringify(issues).length).toBeLessThan(500);
    });
    it('never copies input values into issues', () => {
      const secret = 'I do not want my sister told';
      const issues = issuesFor({ ...valid, score: secret, words: `${secret}${'!'.repeat(30)}` });
      expect(JSON.stringify(issues)).not.toContain(secret);
    });
  });

  describe('toParseIssues on issues zod found without reportInput', () => {
    it('tells a missing field from a wrong one by reading the input, and never throws reading it', () => {
      const schema = z.strictObject({
        a: z.string(),
        b: z.enum(['x', 'y']),
        c: z.union([z.string(), z.number()]),
        d: z.strictObject({ e: z.string() }),
      });
      const input = { b: 'z', d: { e: 1 } };
      const found = schema.safeParse(input);
      expect(found.success).toBe(false);
      if (found.success) return;
      expect(toParseIssues(found.error.issues, input).map((i) => [i.code, i.path])).toEqual([
        ['required', ['a']],
        ['invalid_value', ['b']],
        ['required', ['c']],
        ['invalid_type', ['d', 'e']],
      ]);
      const hostile = {};
      Object.defineProperty(hostile, 'a', {
        enumerable: true,
        get: () => {
          throw new Error('no');
        },
      });
      const issue = { code: 'invalid_type', expected: 'string', path: ['a'], message: '' } as const;
      expect(toParseIssues([issue as never], hostile)[0]?.code).toBe('required');
      expect(toParseIssues([issue as never], 'text')[0]?.code).toBe('required');
    });
  });

  describe('labels', () => {
    const labels = {
      '': 'the sample',
      words: 'the person’s words',
      'owners[].role': 'role of owner {n}',
    };
    const parseLabelled = createParser(Sample, { labels });
    it('names each field by its label and keeps the label as field', () => {
      const result = parseLabelled({
        ...valid,
        words: '',
        owners: [{ role: 'person' }, { role: 'x' }],
      });
      expect(!result.success && result.issues.map((i) => [i.message, i.field])).toEqual([
        ['The person’s words must not be empty.', 'the person’s words'],
        ['Role of owner 2 must be one of: person, keyworker.', 'role of owner 2'],
      ]);
    });
    it('names the record itself by the label of the empty path', () => {
      const result = parseLabelled(7);
      expect(!result.success && result.issues[0]?.message).toBe(
        'The sample must be a group of fields, but it is a number.',
      );
    });
    it('names the unreadable record by its label', () => {
      const hostile = new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('no');
          },
          get() {
            throw new Error('no');
          },
        },
      );
      expect(parseLabelled(hostile)).toMatchObject({
        issues: [{ code: 'unreadable_input', message: 'The sample could not be read.' }],
      });
    });
    it('writes the path of a field without a label, with no field', () => {
      const result = parseLabelled({ ...valid, score: 9 });
      expect(!result.success && result.issues[0]?.message).toBe('"score" must be at most 5.');
      expect(!result.success && Object.hasOwn(result.issues[0] ?? {}, 'field')).toBe(false);
    });
    it('labels the message zod wrote for a code no catalogue has', () => {
      const parse = createParser(
        z.strictObject({
          n: z.number().refine(() => false, { params: { code: 'odd' }, message: 'Must be odd.' }),
        }),
        { labels: { n: 'number of trips' } },
      );
      const result = parse({ n: 2 });
      expect(!result.success && result.issues[0]?.message).toBe('Number of trips: Must be odd.');
    });
  });

  describe('properties', () => {
    test.prop([
      fc.anything({
        withObjectString: true,
        withNullPrototype: true,
        withMap: true,
        withSet: true,
      }),
    ])('never throws and every issue has a code, a path and a message', (value) => {
      const result = parseSample(value);
      if (result.success) return;
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(issue.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
        expect(Array.isArray(issue.path)).toBe(true);
        expect(issue.message.length).toBeGreaterThan(0);
        expect(issue.message.charAt(0)).toBe(issue.message.charAt(0).toUpperCase());
      }
    });
    test.prop([fc.constantFrom(...Object.keys(parseIssueCatalogue))])(
      'every core code renders a message at the root and deep inside',
      (code) => {
        for (const path of [[], ['a', 0, 'b']]) {
          const [issue] = toParseIssues(
            [{ code: 'custom', path, message: 'm', input: undefined, params: { code } }],
            undefined,
          );
          expect(issue?.code).toBe(code);
          expect(issue?.message.length).toBeGreaterThan(5);
        }
      },
    );
    test.prop([fc.jsonValue()])('parsing is deterministic', (value) => {
      expect(parseSample(value)).toEqual(parseSample(value));
    });
  });
});
