import { describe, expectTypeOf, it } from 'vitest';
import {
  type CoreParseIssue,
  type IsoDate,
  type Outcome,
  type OutcomeParseIssue,
  type ParseIssue,
  parseIsoDate,
  parseOutcome,
  parseRestriction,
  type Result,
} from '../../src/index.js';

describe('Result', () => {
  it('narrows to data on success and to issues on failure', () => {
    const result = parseOutcome({});
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<Outcome>();
      // @ts-expect-error a success has no issues
      result.issues;
    } else {
      expectTypeOf(result.issues[0]).toExtend<ParseIssue | undefined>();
      // @ts-expect-error a failure has no data
      result.data;
    }
  });
  it('types parse issues per code', () => {
    const result = parseIsoDate('2026-02-30');
    if (!result.success) {
      for (const issue of result.issues) {
        if (issue.code === 'too_big') expectTypeOf(issue.maximum).toEqualTypeOf<number>();
        if (issue.code === 'invalid_type') expectTypeOf(issue.expected).toEqualTypeOf<string>();
      }
      expectTypeOf(result.issues).toEqualTypeOf<readonly CoreParseIssue[]>();
    }
    expectTypeOf(parseIsoDate).returns.toEqualTypeOf<Result<IsoDate, CoreParseIssue>>();
  });
  it('includes a module’s own issue codes in its parser’s issues', () => {
    const result = parseRestriction({});
    if (!result.success) {
      for (const issue of result.issues) {
        // A module code and a core code are both in the union.
        if (issue.code === 'end_before_start' || issue.code === 'required') {
          expectTypeOf(issue.path).toExtend<readonly (string | number)[]>();
        }
      }
    }
  });
  it('types an outcome parse issue’s details per code', () => {
    const result = parseOutcome({});
    if (!result.success) {
      for (const issue of result.issues) {
        if (issue.code === 'score_outside_scale') {
          expectTypeOf(issue.minimum).toEqualTypeOf<number>();
          expectTypeOf(issue.maximum).toEqualTypeOf<number>();
        }
        if (issue.code === 'review_by_not_after_start')
          expectTypeOf(issue.start).toEqualTypeOf<IsoDate>();
      }
      expectTypeOf<OutcomeParseIssue>().toExtend<(typeof result.issues)[number]>();
    }
  });
});
