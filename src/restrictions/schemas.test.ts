import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbRestriction } from '../../test/arbitraries/restrictions.js';
import { lockedKitchen, sensorMat } from '../../test/fixtures/restrictions.js';
import { parseIssueCatalogue } from '../core/index.js';
import { restrictionIssueCatalogue } from './issues.js';
import { parseRestriction, parseRestrictionReview } from './schemas.js';

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
      legalBasis: { kind: 'deprivation-of-liberty', reference: 'D-1', expiresOn: '2026-02-30' },
      uses: [
        { at: '2026-10-01T10:00:00Z', durationMinutes: -5, debriefDone: true, injury: 'none' },
      ],
    };
    expect(issuesOf(bad).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_value', 'type'],
      ['invalid_date', 'legalBasis.expiresOn'],
      ['too_small', 'uses.0.durationMinutes'],
    ]);
  });
  describe('authorisations', () => {
    it('accepts a DoLS applied for and not yet decided, with no expiry', () => {
      const applied = {
        ...sensorMat,
        legalBasis: { kind: 'deprivation-of-liberty' },
        authorisations: [{ kind: 'dols-standard', status: 'requested', requestedOn: '2026-10-01' }],
      };
      expect(issuesOf(applied)).toEqual([]);
    });
    it('reports a decision before the request and an expiry, extension or end before the start', () => {
      const at = (fields: Record<string, unknown>) =>
        issuesOf({
          ...sensorMat,
          authorisations: [{ kind: 'dols-urgent', status: 'granted', ...fields }],
        }).map((i) => [i.code, i.path.join('.')]);
      expect(at({ requestedOn: '2026-10-02', decidedOn: '2026-10-01' })).toEqual([
        ['decided_before_requested', 'authorisations.0.decidedOn'],
      ]);
      expect(
        at({
          startsOn: '2026-10-02',
          expiresOn: '2026-10-01',
          extendedTo: '2026-09-30',
          endedOn: '2026-09-29',
        }),
      ).toEqual([
        ['authorisation_ends_before_start', 'authorisations.0.expiresOn'],
        ['authorisation_ends_before_start', 'authorisations.0.extendedTo'],
        ['authorisation_ends_before_start', 'authorisations.0.endedOn'],
        ['extension_not_after_expiry', 'authorisations.0.extendedTo'],
      ]);
      expect(
        at({ startsOn: '2026-10-01', expiresOn: '2026-10-08', extendedTo: '2026-10-08' }),
      ).toEqual([['extension_not_after_expiry', 'authorisations.0.extendedTo']]);
    });
    it('reports an extension of anything but an urgent authorisation', () => {
      const extended = {
        ...sensorMat,
        authorisations: [{ kind: 'dols-standard', status: 'granted', extendedTo: '2027-01-01' }],
      };
      expect(issuesOf(extended)).toMatchObject([
        {
          code: 'extension_not_urgent',
          path: ['authorisations', 0, 'extendedTo'],
          message:
            '"authorisations[0].extendedTo" is an extension, and only an urgent authorisation can be extended.',
        },
      ]);
    });
    it('never echoes the dates it compares', () => {
      const [issue] = issuesOf({
        ...sensorMat,
        authorisations: [
          { kind: 'lps', status: 'granted', requestedOn: '2026-10-02', decidedOn: '2026-10-01' },
        ],
      });
      expect(issue?.message).not.toContain('2026-10');
    });
  });

  describe('capacity assessments, consent and the new fields', () => {
    it('accepts an assessment that names no decision, for the check to report', () => {
      expect(
        issuesOf({ ...sensorMat, capacityAssessments: [{ assessedOn: '2026-08-20' }] }),
      ).toEqual([]);
    });
    it('reads today’s records unchanged: every new field is optional', () => {
      expect(parseRestriction(sensorMat)).toEqual({ success: true, data: sensorMat });
      expect(parseRestriction(lockedKitchen)).toEqual({ success: true, data: lockedKitchen });
    });
    it('checks the values of the new fields', () => {
      const bad = {
        ...sensorMat,
        setting: { type: 'flat' },
        liberty: { freeToLeave: 'no' },
        legalBasis: { kind: 'consent', givenBy: 'mum' },
        physicalIntervention: { positions: [] },
      };
      expect(issuesOf(bad).map((i) => [i.code, i.path.join('.')])).toEqual([
        ['invalid_value', 'legalBasis.givenBy'],
        ['invalid_value', 'setting.type'],
        ['invalid_type', 'liberty.freeToLeave'],
        ['too_small', 'physicalIntervention.positions'],
      ]);
    });
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
