import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createParser } from '../parse.js';
import { reportIssue } from './report-issue.js';

const definitions = {
  end_before_start: { message: '{field} is before the start ({start}).', description: 'x' },
} as const;
const Range = z.object({ start: z.string(), end: z.string() }).superRefine((r, ctx) => {
  if (r.end < r.start)
    reportIssue(ctx, definitions, 'end_before_start', ['end'], { start: r.start });
});

describe('reportIssue', () => {
  it('gives zod a plain-English message for callers using zod directly', () => {
    const result = Range.safeParse({ start: '2026-02-01', end: '2026-01-01' });
    expect(result.success ? [] : result.error.issues).toMatchObject([
      {
        code: 'custom',
        path: ['end'],
        message: '"end" is before the start (2026-02-01).',
        params: { code: 'end_before_start', start: '2026-02-01' },
      },
    ]);
  });
  it('gives createParser the code, path and details', () => {
    const parse = createParser(z.object({ range: Range }), { issues: definitions });
    expect(parse({ range: { start: '2026-02-01', end: '2026-01-01' } })).toEqual({
      success: false,
      issues: [
        {
          code: 'end_before_start',
          path: ['range', 'end'],
          start: '2026-02-01',
          message: '"range.end" is before the start (2026-02-01).',
        },
      ],
    });
  });
  it('does not let details replace the code or path', () => {
    const Odd = z.string().superRefine((_v, ctx) =>
      reportIssue(ctx, definitions, 'end_before_start', ['x'], {
        code: 'other',
        path: ['y'],
        start: 's',
      }),
    );
    expect(createParser(Odd, { issues: definitions })('a')).toMatchObject({
      success: false,
      issues: [{ code: 'end_before_start', path: ['x'] }],
    });
  });
});
