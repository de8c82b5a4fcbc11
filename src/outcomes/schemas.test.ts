import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbOutcome } from '../../test/arbitraries/outcomes.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { type ParseIssue, parseIssueCatalogue } from '../core/index.js';
import {
  CANCELLED_REASONS,
  CancelledReasonSchema,
  outcomeIssueCatalogue,
  parseOutcome,
  parseRating,
  WELLBEING_AREAS,
  WellbeingAreaSchema,
} from './schemas/index.js';

function issuesOf(input: unknown): ParseIssue[] {
  const result = parseOutcome(input);
  return result.success ? [] : [...result.issues];
}
const codes = (input: unknown) => issuesOf(input).map((i) => i.code);
const withIndicator = (patch: Record<string, unknown>) => ({
  ...goodOutcome,
  indicator: { ...goodOutcome.indicator, ...patch },
});

describe('parseOutcome', () => {
  it('accepts a well-formed outcome unchanged', () => {
    expect(parseOutcome(goodOutcome)).toEqual({ success: true, data: goodOutcome });
  });
  it('accepts a draft with only the required fields', () => {
    const draft = {
      id: 'o-1',
      personId: 'p-1',
      words: 'I want a dog',
      expressedBy: 'person',
      lifecycleStatus: 'proposed',
    };
    expect(parseOutcome(draft).success).toBe(true);
  });

  describe('cross-field rules', () => {
    it('reports review_by_not_after_start on the review-by date', () => {
      const issues = issuesOf({
        ...goodOutcome,
        timeframe: { start: '2026-09-14', reviewBy: '2026-09-14' },
      });
      expect(issues).toMatchObject([
        { code: 'review_by_not_after_start', path: ['timeframe', 'reviewBy'], start: '2026-09-14' },
      ]);
      expect(issues[0]?.message).toBe(
        '"timeframe.reviewBy" must be after the start date (2026-09-14).',
      );
    });
    it('reports frequency_needs_period and period_without_frequency', () => {
      const { per: _per, ...noPer } = goodOutcome.indicator ?? { description: 'x' };
      expect(issuesOf({ ...goodOutcome, indicator: noPer })).toMatchObject([
        { code: 'frequency_needs_period', path: ['indicator', 'per'] },
      ]);
      expect(issuesOf(withIndicator({ measure: 'count' }))).toMatchObject([
        { code: 'period_without_frequency', path: ['indicator', 'per'] },
      ]);
    });
    it('reports negative_amount for a negative count, but allows a negative rating', () => {
      expect(issuesOf(withIndicator({ target: -1 }))).toMatchObject([
        { code: 'negative_amount', path: ['indicator', 'target'], measure: 'frequency' },
      ]);
      const { per: _per, ...rating } = {
        ...goodOutcome.indicator,
        measure: 'rating',
        baseline: -2,
        target: 0,
      };
      expect(codes({ ...goodOutcome, indicator: rating })).toEqual([]);
    });
    it('reports scale_min_not_below_max, scale_too_wide, label_outside_scale and duplicate_scale_label', () => {
      expect(codes({ ...goodOutcome, ratings: [], ratingScale: { min: 5, max: 5 } })).toEqual([
        'scale_min_not_below_max',
      ]);
      expect(codes({ ...goodOutcome, ratings: [], ratingScale: { min: -100, max: 1 } })).toEqual([
        'scale_too_wide',
      ]);
      const labels = [
        { score: 1, label: 'Not yet' },
        { score: 1, label: 'Again' },
        { score: 9, label: 'Too high' },
      ];
      expect(issuesOf({ ...goodOutcome, ratingScale: { min: 1, max: 5, labels } })).toMatchObject([
        { code: 'duplicate_scale_label', path: ['ratingScale', 'labels', 1, 'score'] },
        {
          code: 'label_outside_scale',
          path: ['ratingScale', 'labels', 2, 'score'],
          minimum: 1,
          maximum: 5,
        },
      ]);
    });
    it('reports score_outside_scale against the default 1–5 scale and against the outcome’s own', () => {
      const ratings = [{ on: '2026-10-12', score: 6, ratedBy: 'person' }];
      expect(issuesOf({ ...goodOutcome, ratings })).toMatchObject([
        { code: 'score_outside_scale', path: ['ratings', 0, 'score'], minimum: 1, maximum: 5 },
      ]);
      expect(codes({ ...goodOutcome, ratings, ratingScale: { min: 0, max: 10 } })).toEqual([]);
      expect(issuesOf({ ...goodOutcome, ratings })[0]?.message).toBe(
        '"ratings[0].score" must be a score from 1 to 5 on this outcome’s scale.',
      );
    });
    it('reports achieved_on_without_achievement and achieved_before_start', () => {
      expect(codes({ ...goodOutcome, achievedOn: '2026-11-01' })).toEqual([
        'achieved_on_without_achievement',
      ]);
      expect(
        issuesOf({ ...goodOutcome, achievementStatus: 'achieved', achievedOn: '2026-09-01' }),
      ).toMatchObject([
        { code: 'achieved_before_start', path: ['achievedOn'], start: '2026-09-14' },
      ]);
      expect(
        codes({ ...goodOutcome, achievementStatus: 'sustaining', achievedOn: '2026-11-01' }),
      ).toEqual([]);
    });
  });

  describe('wellbeing areas', () => {
    it('accepts an outcome tagged with the areas it serves, unchanged', () => {
      const tagged = {
        ...goodOutcome,
        wellbeingAreas: ['work_education_recreation', 'control_over_daily_life'],
      };
      expect(parseOutcome(tagged)).toEqual({ success: true, data: tagged });
    });
    it('reports duplicate_wellbeing_area on the second mention, without quoting it', () => {
      const issues = issuesOf({
        ...goodOutcome,
        wellbeingAreas: ['relationships', 'dignity', 'relationships'],
      });
      expect(issues).toEqual([
        {
          code: 'duplicate_wellbeing_area',
          path: ['wellbeingAreas', 2],
          message: '"wellbeingAreas[2]" is already listed for this outcome: list each area once.',
        },
      ]);
    });
    it('reports an unknown area as invalid_value, listing the areas it may be', () => {
      const [found] = issuesOf({ ...goodOutcome, wellbeingAreas: ['happiness'] });
      expect(found).toMatchObject({ code: 'invalid_value', path: ['wellbeingAreas', 0] });
      expect(found?.message).not.toContain('happiness');
    });
    it('accepts all nine areas and reports a tenth as too_big', () => {
      const all = WellbeingAreaSchema.options;
      expect(codes({ ...goodOutcome, wellbeingAreas: [...all] })).toEqual([]);
      expect(codes({ ...goodOutcome, wellbeingAreas: [...all, 'dignity'] })).toEqual(['too_big']);
    });
  });

  describe('closed and cancelled outcomes', () => {
    const cancelled = {
      ...goodOutcome,
      lifecycleStatus: 'cancelled',
      achievementStatus: 'not-achieved',
      closedOn: '2026-11-20',
      cancelledReason: 'support_unavailable',
      cancelledNote: 'No driver for the Thursday group since October',
    };
    it('accepts a cancelled outcome with its date, reason and note, unchanged', () => {
      expect(parseOutcome(cancelled)).toEqual({ success: true, data: cancelled });
    });
    it('reports cancelled_reason_without_cancellation on a reason or note of an outcome not cancelled', () => {
      const completed = { ...cancelled, lifecycleStatus: 'completed' };
      expect(issuesOf(completed)).toMatchObject([
        { code: 'cancelled_reason_without_cancellation', path: ['cancelledReason'] },
        { code: 'cancelled_reason_without_cancellation', path: ['cancelledNote'] },
      ]);
      expect(issuesOf(completed)[0]?.message).toBe(
        '"cancelledReason" can only be given when the outcome has been cancelled.',
      );
    });
    it('reports closed_on_while_open on a closed date of an open outcome', () => {
      expect(issuesOf({ ...goodOutcome, closedOn: '2026-11-20' })).toEqual([
        {
          code: 'closed_on_while_open',
          path: ['closedOn'],
          message:
            '"closedOn" can only be given once the outcome is completed, cancelled or rejected.',
        },
      ]);
      for (const status of ['completed', 'rejected', 'entered-in-error']) {
        expect(codes({ ...goodOutcome, lifecycleStatus: status, closedOn: '2026-11-20' })).toEqual(
          [],
        );
      }
    });
    it('reports closed_before_start with the start date, never the closed date', () => {
      expect(issuesOf({ ...cancelled, closedOn: '2026-09-13' })).toEqual([
        {
          code: 'closed_before_start',
          path: ['closedOn'],
          start: '2026-09-14',
          message: '"closedOn" is before the outcome started (2026-09-14).',
        },
      ]);
      expect(codes({ ...cancelled, closedOn: '2026-09-14' })).toEqual([]);
    });
    it('says nothing more about a closed date or reason when the status is unknown', () => {
      expect(codes({ ...cancelled, lifecycleStatus: 'stopped' })).toEqual(['invalid_value']);
    });
    it('reports an unknown reason as invalid_value', () => {
      expect(codes({ ...cancelled, cancelledReason: 'bored' })).toEqual(['invalid_value']);
    });
  });

  describe('bad input', () => {
    it('reports impossible dates, unknown codes and wrong types, every one of them', () => {
      const bad = {
        ...goodOutcome,
        lifecycleStatus: 'in-progress',
        words: 42,
        timeframe: { start: '2026-02-30', reviewBy: '2026-12-07' },
        ratings: [{ on: '2026-10-12', score: 9, ratedBy: 'robot' }],
      };
      expect(issuesOf(bad).map((i) => [i.code, i.path.join('.')])).toEqual([
        ['invalid_type', 'words'],
        ['invalid_value', 'lifecycleStatus'],
        ['invalid_date', 'timeframe.start'],
        ['invalid_value', 'ratings.0.ratedBy'],
        ['score_outside_scale', 'ratings.0.score'],
      ]);
    });
    it('never quotes an impossible date back in a later rule (issue #20)', () => {
      const messages = issuesOf({
        ...goodOutcome,
        timeframe: { start: '2026-13-02', reviewBy: '2026-01-01' },
      }).map((i) => i.message);
      expect(messages).toEqual([
        '"timeframe.start" must be a real calendar date written as YYYY-MM-DD (for example 2026-03-14).',
      ]);
      expect(
        issuesOf({
          ...goodOutcome,
          timeframe: { start: '2026-09-14', reviewBy: '2026-02-30' },
        }).map((i) => i.message),
      ).toEqual([
        '"timeframe.reviewBy" must be a real calendar date written as YYYY-MM-DD (for example 2026-03-14).',
      ]);
    });
    it('does not run a cross-field rule on a field that has its own issue', () => {
      const found = (input: unknown) => issuesOf(input).map((i) => [i.code, i.path.join('.')]);
      // A scale bound that is not a whole number: no label or score is judged against it.
      expect(
        found({
          ...goodOutcome,
          ratingScale: { min: 0.5, max: 5, labels: [{ score: 0, label: 'None' }] },
          ratings: [{ on: '2026-10-12', score: 0, ratedBy: 'person' }],
        }),
      ).toEqual([['invalid_type', 'ratingScale.min']]);
      // A scale that is too wide is not used to judge scores either.
      expect(
        found({
          ...goodOutcome,
          ratingScale: { min: 0, max: 150 },
          ratings: [{ on: '2026-10-12', score: 149, ratedBy: 'person' }],
        }),
      ).toEqual([['scale_too_wide', 'ratingScale.max']]);
      // An unknown achievement status is reported once, not also as "not achieved".
      expect(
        found({ ...goodOutcome, achievementStatus: 'done', achievedOn: '2026-10-01' }),
      ).toEqual([['invalid_value', 'achievementStatus']]);
      // An impossible achieved date is not compared with the start.
      expect(
        found({ ...goodOutcome, achievementStatus: 'achieved', achievedOn: '2026-02-30' }),
      ).toEqual([['invalid_date', 'achievedOn']]);
    });
    it('reports __proto__ and constructor keys as unrecognised, without pollution', () => {
      const input = JSON.parse(`{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}`);
      const issues = issuesOf({ ...goodOutcome, ...input });
      expect(issues).toMatchObject([
        { code: 'unrecognized_keys', keys: ['__proto__', 'constructor'] },
      ]);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
    it('rejects huge and deeply nested input quickly and with short issues', () => {
      let deep: unknown = 'x';
      for (let i = 0; i < 10_000; i += 1) deep = { deep };
      const huge = {
        ...goodOutcome,
        words: 'w'.repeat(1_000_000),
        ratings: Array(100_000).fill(goodOutcome.ratings?.[0]),
        domain: deep,
      };
      const issues = issuesOf(huge);
      expect(issues.map((i) => i.code)).toEqual(['too_big', 'invalid_type', 'too_big']);
      expect(JSON.stringify(issues).length).toBeLessThan(1000);
    });
    it('reports a non-object as one invalid_type at the root', () => {
      for (const value of [null, 'outcome', 7, [], undefined]) {
        expect(issuesOf(value)).toHaveLength(1);
      }
    });
  });

  describe('properties', () => {
    test.prop([arbOutcome])('every generated valid outcome parses to itself', (outcome) => {
      expect(parseOutcome(outcome)).toEqual({ success: true, data: outcome });
    });
    test.prop([arbOutcome])('JSON round-trip is identity', (outcome) => {
      expect(parseOutcome(JSON.parse(JSON.stringify(outcome)))).toEqual({
        success: true,
        data: outcome,
      });
    });
    test.prop([fc.anything()])('never throws on anything', (value) => {
      expect(typeof parseOutcome(value).success).toBe('boolean');
    });
    test.prop([fc.array(fc.constantFrom(...WellbeingAreaSchema.options), { maxLength: 9 })])(
      'a list of areas parses exactly when no area repeats',
      (areas) => {
        const parsed = parseOutcome({ ...goodOutcome, wellbeingAreas: areas });
        expect(parsed.success).toBe(new Set(areas).size === areas.length);
      },
    );
    test.prop([arbOutcome, fc.constantFrom('words', 'lifecycleStatus', 'expressedBy', 'id')])(
      'a broken field is reported without hiding the others’ issues',
      (outcome, key) => {
        const broken = {
          ...outcome,
          [key]: 12,
          ratings: [{ on: '2026-01-01', score: 99, ratedBy: 'person' }],
        };
        const found = issuesOf(broken);
        expect(found.some((i) => i.path[0] === key)).toBe(true);
        expect(found.some((i) => i.code === 'score_outside_scale' || i.code === 'too_big')).toBe(
          true,
        );
      },
    );
    test.prop([fc.anything()])('every issue code is documented', (value) => {
      for (const issue of issuesOf(value)) {
        expect(
          Object.hasOwn(parseIssueCatalogue, issue.code) ||
            Object.hasOwn(outcomeIssueCatalogue, issue.code),
        ).toBe(true);
      }
    });
  });
});

describe('WELLBEING_AREAS', () => {
  it('labels the nine Care Act areas in statutory order, one per code', () => {
    expect(Object.keys(WELLBEING_AREAS)).toEqual(WellbeingAreaSchema.options);
    expect(Object.keys(WELLBEING_AREAS)).toHaveLength(9);
    expect(WELLBEING_AREAS.protection_from_abuse.label).toBe('Protection from abuse and neglect');
  });
  it('is frozen all the way down', () => {
    expect(Object.isFrozen(WELLBEING_AREAS)).toBe(true);
    expect(Object.isFrozen(WELLBEING_AREAS.dignity)).toBe(true);
  });
  it('gives every area a label and a one-sentence description', () => {
    for (const { label, description } of Object.values(WELLBEING_AREAS)) {
      expect(label).toMatch(/^[A-Z][^.]*[a-z]$/);
      expect(description).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe('CANCELLED_REASONS', () => {
  it('labels every reason, in the order of the code list, frozen', () => {
    expect(Object.keys(CANCELLED_REASONS)).toEqual(CancelledReasonSchema.options);
    expect(Object.isFrozen(CANCELLED_REASONS)).toBe(true);
  });
});

describe('parseRating', () => {
  it('accepts a rating and rejects a score that is not a whole number', () => {
    expect(parseRating({ on: '2026-10-12', score: 3, ratedBy: 'person' }).success).toBe(true);
    expect(parseRating({ on: '2026-10-12', score: 3.5, ratedBy: 'person' })).toMatchObject({
      success: false,
      issues: [{ code: 'invalid_type', expected: 'int' }],
    });
  });
});
