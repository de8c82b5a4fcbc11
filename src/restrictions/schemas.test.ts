import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbRestriction } from '../../test/arbitraries/restrictions.js';
import { lockedKitchen, sensorMat } from '../../test/fixtures/restrictions.js';
import { parseIssueCatalogue } from '../core/index.js';
import { parseRestriction, parseRestrictionReview, restrictionIssueCatalogue } from './schemas.js';

const issuesOf = (input: unknown) => {
  const result = parseRestriction(input);
  return result.success ? [] : [...result.issues];
};

describe('parseRestriction', () => {
  it('accepts well-formed individual and blanket restrictions unchanged', () => {
    expect(parseRestriction(sensorMat)).toEqual({ success: true, data: sensorMat });
    expect(parseRestriction(lockedKitchen)).toEqual({ success: true, data: lockedKitchen });
  });
  it('reports end_before_start, next_review_before_start and review_before_start', () => {
    const bad = {
      ...sensorMat,
      end: '2026-08-01',
      nextReviewOn: '2026-08-15',
      reviews: [{ on: '2026-08-30', by: ['Manager'], decision: 'continue', reason: 'Too early' }],
    };
    expect(issuesOf(bad).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['end_before_start', 'end'],
      ['next_review_before_start', 'nextReviewOn'],
      ['review_before_start', 'reviews.0.on'],
    ]);
    expect(issuesOf(bad)[0]?.message).toBe('"end" is before the restriction started (2026-09-01).');
  });
  it('reports use_before_start by UK date, and accepts a use early on the start day in BST', () => {
    const use = (at: string) => ({
      ...sensorMat,
      uses: [{ at, durationMinutes: 1, debriefDone: true, injury: 'none' }],
    });
    expect(issuesOf(use('2026-08-31T12:00:00Z'))).toMatchObject([
      { code: 'use_before_start', path: ['uses', 0, 'at'] },
    ]);
    expect(issuesOf(use('2026-08-31T23:30:00Z'))).toEqual([]);
  });
  it('reports blanket_scope_mismatch', () => {
    expect(issuesOf({ ...lockedKitchen, type: 'environmental' })).toMatchObject([
      { code: 'blanket_scope_mismatch', path: ['type'] },
    ]);
    expect(issuesOf({ ...sensorMat, type: 'blanket' })).toMatchObject([
      { code: 'blanket_scope_mismatch' },
    ]);
  });
  it('reports negative durations, unknown types and bad legal bases', () => {
    const bad = {
      ...sensorMat,
      type: 'cage',
      legalBasis: { kind: 'deprivation-of-liberty', reference: 'D-1' },
      uses: [
        { at: '2026-10-01T10:00:00Z', durationMinutes: -5, debriefDone: true, injury: 'none' },
      ],
    };
    expect(issuesOf(bad).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_value', 'type'],
      ['required', 'legalBasis.expiresOn'],
      ['too_small', 'uses.0.durationMinutes'],
    ]);
  });
  it('reports __proto__ keys and never throws on hostile input', () => {
    expect(issuesOf({ ...sensorMat, ...JSON.parse('{"__proto__": {"x": 1}}') })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['__proto__'] },
    ]);
    expect(issuesOf({ ...sensorMat, description: 'x'.repeat(3_000_000) })).toMatchObject([
      { code: 'too_big' },
    ]);
  });

  describe('properties', () => {
    test.prop([arbRestriction])(
      'every generated restriction parses to itself and survives JSON',
      (r) => {
        expect(parseRestriction(JSON.parse(JSON.stringify(r)))).toEqual({ success: true, data: r });
      },
    );
    test.prop([fc.anything()])('never throws, and every issue code is documented', (value) => {
      for (const i of issuesOf(value)) {
        expect(
          Object.hasOwn(parseIssueCatalogue, i.code) ||
            Object.hasOwn(restrictionIssueCatalogue, i.code),
        ).toBe(true);
      }
    });
  });
});

describe('parseRestrictionReview', () => {
  it('requires at least one participant and a known decision', () => {
    expect(
      parseRestrictionReview({ on: '2026-11-02', by: [], decision: 'pause', reason: 'x' }),
    ).toMatchObject({
      success: false,
      issues: [
        { code: 'too_small', path: ['by'] },
        { code: 'invalid_value', path: ['decision'] },
      ],
    });
  });
});
