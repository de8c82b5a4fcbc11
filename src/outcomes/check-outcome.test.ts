import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate, arbOutcome } from '../../test/arbitraries/outcomes.js';
import { AS_OF, goodOutcome } from '../../test/fixtures/outcomes.js';
import { addDays, type IsoDate } from '../core/index.js';
import { checkOutcome } from './check-outcome.js';
import { outcomeFindings } from './findings.js';
import { type Outcome, OutcomeSchema } from './schemas/index.js';
import { compileWordingPatterns } from './wording/analyse.js';
import { DEFAULT_WORDING_PATTERNS } from './wording/patterns.js';

const check = (outcome: Outcome, asOf: IsoDate = AS_OF) => checkOutcome(outcome, { asOf });
const codes = (outcome: Outcome, asOf: IsoDate = AS_OF) => check(outcome, asOf).map((f) => f.code);
const without = <K extends keyof Outcome>(key: K): Outcome => {
  const { [key]: _removed, ...rest } = goodOutcome;
  return rest as Outcome;
};

describe('checkOutcome', () => {
  it('finds nothing wrong with a well-written, current outcome', () => {
    expect(check(goodOutcome)).toEqual([]);
  });
  it('tags every finding with the outcome and person', () => {
    const [finding] = check({ ...goodOutcome, owners: [] });
    expect(finding).toMatchObject({
      code: 'no_owner',
      outcomeId: 'o-aisha-art',
      personId: 'p-aisha',
    });
  });
  it('reports nothing for an outcome entered in error', () => {
    expect(check({ ...without('indicator'), lifecycleStatus: 'entered-in-error' })).toEqual([]);
  });

  describe('wording', () => {
    it('reports generic_wording for each generic aim when no measurable indicator translates it', () => {
      const outcome = {
        ...without('indicator'),
        words: 'I want to be more confident and Improve my Well-being.',
      };
      expect(check(outcome).filter((f) => f.code === 'generic_wording')).toEqual([
        expect.objectContaining({
          path: ['words'],
          severity: 'warning',
          phrase: 'be more confident',
          pattern: 'state_quality',
          span: { start: 10, end: 27 },
          message:
            'The words "be more confident" say what matters in general terms, but the indicator does not yet say what will be seen or counted.',
        }),
        expect.objectContaining({ phrase: 'Improve my Well-being', pattern: 'change_abstract' }),
      ]);
    });
    it('keeps generic words visible as generic_wording_translated when a specific, measurable indicator translates them', () => {
      expect(check({ ...goodOutcome, words: 'I want to be more confident' })).toMatchObject([
        {
          code: 'generic_wording_translated',
          severity: 'info',
          path: ['words'],
          phrase: 'be more confident',
          message:
            'The words "be more confident" are a general aim; the indicator says what will be seen or counted. Check it is what the person meant.',
        },
      ]);
    });
    it('reports generic_indicator when the indicator itself is generic', () => {
      const outcome = {
        ...goodOutcome,
        indicator: { ...goodOutcome.indicator, description: 'Aisha will increase independence' },
      } as Outcome;
      expect(check(outcome)).toMatchObject([
        {
          code: 'generic_indicator',
          path: ['indicator', 'description'],
          phrase: 'increase independence',
          pattern: 'change_abstract',
          span: { start: 11, end: 32 },
          message:
            'The indicator "increase independence" is too general to observe: say what will be seen, heard or counted.',
        },
      ]);
    });
    it('reports service_led_outcome and service_led_indicator for task wording counted as calls delivered', () => {
      const outcome = {
        ...goodOutcome,
        words: 'To receive support with personal care each morning',
        expressedBy: 'staff',
        indicator: { ...goodOutcome.indicator, description: 'Calls delivered on time' },
      } as Outcome;
      expect(check(outcome)).toMatchObject([
        {
          code: 'service_led_outcome',
          severity: 'warning',
          kind: 'task',
          phrase: 'receive support with personal care',
          message:
            'The words "receive support with personal care" describe support the service delivers, not what the person wants from it: ask what difference it should make to their life.',
        },
        {
          code: 'service_led_indicator',
          path: ['indicator', 'description'],
          phrase: 'Calls delivered',
          message:
            'The indicator "Calls delivered" counts what the service delivers, not what changes for the person: say what they will be doing or feeling.',
        },
        { code: 'expressed_on_behalf' },
      ]);
    });
    it('reports service_led_outcome for compliance wording, whoever expressed it', () => {
      expect(check({ ...goodOutcome, words: 'I will comply with my support plan' })).toMatchObject([
        {
          code: 'service_led_outcome',
          kind: 'compliance',
          phrase: 'comply',
          message:
            'The words "comply" are about what the service expects of the person, not what they want: ask what matters to them.',
        },
      ]);
    });
    it('reports words_about_person with the words that show it', () => {
      expect(check({ ...goodOutcome, words: 'John wants to go to the football' })).toMatchObject([
        {
          code: 'words_about_person',
          path: ['words'],
          phrase: 'John',
          cue: 'third_person_subject',
          span: { start: 0, end: 4 },
          message:
            'These words describe the person rather than quote them ("John"). Record what the person said, in their words.',
        },
      ]);
    });
    it('does not report first-person words that mention other people', () => {
      expect(
        codes({ ...goodOutcome, words: 'I want to take my sister to her favourite café' }),
      ).toEqual([]);
    });
    it('reports wording_not_checked, and no wording finding, for words in another language', () => {
      const welsh = { ...goodOutcome, words: 'Dw i eisiau mynd i’r grŵp celf ar fy mhen fy hun' };
      expect(checkOutcome(welsh, { asOf: AS_OF, language: 'cy' })).toMatchObject([
        {
          code: 'wording_not_checked',
          severity: 'info',
          path: ['words'],
          language: 'cy',
          reason: 'language',
          message:
            'The wording checks read English, and these words are marked as "cy", so they were not checked.',
        },
      ]);
      expect(checkOutcome(goodOutcome, { asOf: AS_OF, language: 'en-GB' })).toEqual([]);
      const urdu = { ...goodOutcome, words: 'میں اکیلے آرٹ گروپ جانا چاہتا ہوں' };
      expect(check(urdu)).toMatchObject([
        {
          code: 'wording_not_checked',
          language: 'en',
          reason: 'script',
          message:
            'The wording checks read English, and these words are not written in the Latin alphabet, so they were not checked.',
        },
      ]);
    });
    it('uses the host’s own wording patterns, as a list or compiled once', () => {
      const outcome = { ...without('indicator'), words: 'I want to feel at home' };
      const mine = { id: 'at_home', kind: 'generic', phrase: 'feel at home' } as const;
      for (const wordingPatterns of [
        [...DEFAULT_WORDING_PATTERNS, mine],
        compileWordingPatterns([mine]),
      ]) {
        const findings = checkOutcome(outcome, { asOf: AS_OF, wordingPatterns });
        expect(findings.filter((f) => f.code === 'generic_wording')).toMatchObject([
          { phrase: 'feel at home', pattern: 'at_home' },
        ]);
      }
      const without_ = DEFAULT_WORDING_PATTERNS.filter((p) => p.id !== 'state_quality');
      const confident = { ...without('indicator'), words: 'I want to be more confident' };
      expect(codes({ ...confident }).filter((c) => c === 'generic_wording')).toEqual([
        'generic_wording',
      ]);
      expect(
        checkOutcome(confident, { asOf: AS_OF, wordingPatterns: without_ }).map((f) => f.code),
      ).not.toContain('generic_wording');
    });
    it('reports expressed_on_behalf when someone else said the words', () => {
      expect(
        check({ ...goodOutcome, expressedBy: 'advocate', words: 'He wants to go swimming again' }),
      ).toMatchObject([
        {
          code: 'expressed_on_behalf',
          severity: 'info',
          path: ['expressedBy'],
          expressedBy: 'advocate',
          message:
            'These words were given by the person’s advocate, not the person. Record how the person was involved.',
        },
      ]);
    });
    it('reports rating_without_example for each rating without one', () => {
      const ratings = [
        ...(goodOutcome.ratings ?? []),
        { on: '2026-11-16', score: 3, ratedBy: 'keyworker' } as const,
      ];
      expect(check({ ...goodOutcome, ratings })).toMatchObject([
        { code: 'rating_without_example', path: ['ratings', 2], on: '2026-11-16' },
      ]);
    });
  });

  describe('indicator', () => {
    it('reports indicator_not_measurable when there is no indicator', () => {
      expect(check(without('indicator'))).toMatchObject([
        {
          code: 'indicator_not_measurable',
          path: [],
          missing: ['indicator'],
          message:
            'Progress cannot be measured yet: add an indicator (what will be seen, heard or counted).',
        },
      ]);
    });
    it('reports indicator_not_measurable with what is missing', () => {
      const indicator = { description: 'Trips to the art group' };
      expect(check({ ...goodOutcome, indicator })).toMatchObject([
        {
          code: 'indicator_not_measurable',
          path: ['indicator'],
          missing: ['measure', 'target', 'direction'],
        },
      ]);
    });
    it('does not ask a milestone for a target or direction', () => {
      const indicator = {
        description: 'Has her own front-door key',
        measure: 'milestone' as const,
      };
      expect(codes({ ...goodOutcome, indicator })).toEqual([]);
    });
    it('reports no_baseline when a measurable indicator has none', () => {
      const { baseline: _b, ...indicator } = goodOutcome.indicator ?? { description: '' };
      expect(check({ ...goodOutcome, indicator })).toMatchObject([
        { code: 'no_baseline', severity: 'info', path: ['indicator', 'baseline'] },
      ]);
    });
  });

  describe('timeframe', () => {
    it('reports no_timeframe for an open outcome without one', () => {
      expect(codes({ ...without('timeframe'), ratings: [] })).toEqual(['no_timeframe']);
    });
    it('reports review_overdue with the days overdue', () => {
      expect(check(goodOutcome, '2026-12-10')).toMatchObject([
        {
          code: 'review_overdue',
          severity: 'error',
          path: ['timeframe', 'reviewBy'],
          reviewBy: '2026-12-07',
          daysOverdue: 3,
          message: 'Progress was due to be reviewed by 2026-12-07, 3 days ago.',
        },
      ]);
      expect(check(goodOutcome, '2026-12-08')[0]?.message).toBe(
        'Progress was due to be reviewed by 2026-12-07, 1 day ago.',
      );
    });
    it('does not report a review on its due day, or for a completed outcome', () => {
      expect(codes(goodOutcome, '2026-12-07')).toEqual([]);
      expect(codes({ ...goodOutcome, lifecycleStatus: 'completed' }, '2027-06-01')).toEqual([]);
    });
    it('reports review_too_far past the policy’s maximum', () => {
      const outcome = {
        ...goodOutcome,
        timeframe: { start: '2026-09-14', reviewBy: '2027-09-15' },
      } as Outcome;
      expect(check(outcome)).toMatchObject([
        {
          code: 'review_too_far',
          reviewBy: '2027-09-15',
          latestReviewBy: '2027-09-14',
          maxReviewMonths: 12,
        },
      ]);
      expect(
        checkOutcome(goodOutcome, { asOf: AS_OF, maxReviewMonths: 2 }).map((f) => f.code),
      ).toEqual(['review_too_far']);
    });
  });

  describe('ownership', () => {
    it('reports no_owner when nobody owns the outcome', () => {
      expect(codes(without('owners'))).toEqual(['no_owner']);
      expect(codes({ ...goodOutcome, owners: [] })).toEqual(['no_owner']);
    });
    it('reports owner_without_responsibility for each such owner', () => {
      const owners = [
        { party: 'person' as const, responsibility: 'Choose sessions' },
        { party: 'family' as const },
      ];
      expect(check({ ...goodOutcome, owners })).toMatchObject([
        {
          code: 'owner_without_responsibility',
          path: ['owners', 1],
          party: 'family',
          message: '"owners[1]" names the family as an owner but not what they will do.',
        },
      ]);
    });
  });

  describe('agreement', () => {
    it('reports not_agreed when the person’s agreement is not recorded', () => {
      expect(
        codes({
          ...goodOutcome,
          agreements: [{ party: 'family', response: 'agree', on: '2026-09-14' }],
        }),
      ).toEqual(['not_agreed']);
    });
    it('does not ask for agreement on a proposed outcome', () => {
      expect(codes({ ...without('agreements'), lifecycleStatus: 'proposed' })).toEqual([]);
    });
    it('reports person_disagrees and agreement_pending from the latest answer', () => {
      const disagree = [
        ...(goodOutcome.agreements ?? []),
        { party: 'person', response: 'disagree', on: '2026-11-01' } as const,
      ];
      expect(check({ ...goodOutcome, agreements: disagree })).toMatchObject([
        { code: 'person_disagrees', severity: 'error', on: '2026-11-01' },
      ]);
      const pending = [{ party: 'person', response: 'pending', on: '2026-09-10' } as const];
      expect(check({ ...goodOutcome, agreements: pending })).toMatchObject([
        { code: 'agreement_pending', severity: 'info', on: '2026-09-10' },
      ]);
    });
    it('ignores answers recorded after asOf', () => {
      const later = [{ party: 'person', response: 'agree', on: '2026-12-01' } as const];
      expect(codes({ ...goodOutcome, agreements: later })).toEqual(['not_agreed']);
    });
  });

  describe('progress', () => {
    it('reports no_ratings for an active outcome never rated', () => {
      expect(check({ ...without('ratings') })).toMatchObject([
        { code: 'no_ratings', start: '2026-09-14', daysSince: 70 },
      ]);
      expect(codes(without('ratings'), '2026-10-01')).toEqual([]);
    });
    it('reports ratings_stale after the policy’s number of days', () => {
      const longer = {
        ...goodOutcome,
        timeframe: { start: '2026-09-14', reviewBy: '2027-03-01' },
      } as Outcome;
      expect(codes(longer, '2026-12-21')).toEqual([]);
      expect(check(longer, '2026-12-22')).toMatchObject([
        {
          code: 'ratings_stale',
          path: ['ratings'],
          lastRatedOn: '2026-11-09',
          daysSince: 43,
          message: 'Progress was last rated on 2026-11-09, 43 days ago.',
        },
      ]);
      expect(checkOutcome(goodOutcome, { asOf: AS_OF, staleAfterDays: 7 })).toMatchObject([
        { code: 'ratings_stale', daysSince: 14 },
      ]);
    });
    it('reports rating_falling when the latest score drops', () => {
      const ratings: NonNullable<Outcome['ratings']> = [
        ...(goodOutcome.ratings ?? []),
        {
          on: '2026-11-20',
          score: 1,
          ratedBy: 'person' as const,
          example: 'Did not want to go after the bus was late',
        },
      ];
      expect(check({ ...goodOutcome, ratings })).toMatchObject([
        { code: 'rating_falling', latest: 1, previous: 3, on: '2026-11-20' },
      ]);
      expect(checkOutcome({ ...goodOutcome, ratings }, { asOf: AS_OF, fallingBy: 3 })).toEqual([]);
    });
    it('judges progress only on active outcomes', () => {
      expect(codes({ ...without('ratings'), lifecycleStatus: 'on-hold' })).toEqual([]);
    });
  });

  describe('options', () => {
    it('throws invalid_date for a bad asOf and invalid_argument for a bad policy number', () => {
      expect(() => checkOutcome(goodOutcome, { asOf: '2026-13-01' as IsoDate })).toThrow(/asOf/);
      expect(() => checkOutcome(goodOutcome, { asOf: AS_OF, staleAfterDays: -1 })).toThrow(
        /staleAfterDays/,
      );
      expect(() => checkOutcome(goodOutcome, { asOf: AS_OF, fallingBy: 0 })).toThrow(
        /fallingBy must be a whole number of at least 1/,
      );
      expect(() => checkOutcome(goodOutcome, { asOf: AS_OF, maxReviewMonths: 1.5 })).toThrow(
        /maxReviewMonths/,
      );
    });
  });

  describe('properties', () => {
    test.prop([arbOutcome, arbDate])('never mutates its input', (outcome, asOf) => {
      const copy = structuredClone(outcome);
      checkOutcome(outcome, { asOf });
      expect(outcome).toEqual(copy);
      expect(Object.isFrozen(outcome)).toBe(false);
    });
    test.prop([arbOutcome, arbDate])(
      'is deterministic and its findings are frozen',
      (outcome, asOf) => {
        const first = checkOutcome(outcome, { asOf });
        expect(checkOutcome(structuredClone(outcome), { asOf })).toEqual(first);
        for (const finding of first) expect(Object.isFrozen(finding)).toBe(true);
      },
    );
    test.prop([arbOutcome, arbDate])(
      'every finding code is in the catalogue, with its severity',
      (outcome, asOf) => {
        for (const finding of checkOutcome(outcome, { asOf })) {
          expect(outcomeFindings[finding.code].severity).toBe(finding.severity);
          expect(finding.message).not.toMatch(/\{[a-zA-Z]+\}|undefined|NaN/);
        }
      },
    );
    test.prop([arbOutcome, arbDate, fc.nat({ max: 2000 })])(
      'a later asOf never turns overdue into not overdue',
      (outcome, asOf, days) => {
        const overdue = (d: IsoDate) =>
          checkOutcome(outcome, { asOf: d }).some((f) => f.code === 'review_overdue');
        if (overdue(asOf)) expect(overdue(addDays(asOf, days))).toBe(true);
      },
    );
    test.prop([arbOutcome, arbDate])('findings’ paths point into the outcome', (outcome, asOf) => {
      for (const finding of checkOutcome(outcome, { asOf })) {
        const [head] = finding.path;
        if (head !== undefined) expect(Object.keys(OutcomeSchema.shape)).toContain(head);
      }
    });
    test.prop([arbOutcome, arbDate])(
      'an outcome entered in error has no findings',
      (outcome, asOf) => {
        expect(checkOutcome({ ...outcome, lifecycleStatus: 'entered-in-error' }, { asOf })).toEqual(
          [],
        );
      },
    );
    test.prop([arbOutcome, fc.string({ maxLength: 5_000 })])(
      'wording rules are safe on any words, and every wording finding quotes the words it found',
      (outcome, words) => {
        const findings = checkOutcome(
          { ...outcome, words: words.repeat(3) || 'x' },
          { asOf: AS_OF },
        );
        for (const f of findings) {
          if (
            f.code === 'generic_wording' ||
            f.code === 'generic_wording_translated' ||
            f.code === 'generic_indicator' ||
            f.code === 'service_led_outcome' ||
            f.code === 'service_led_indicator' ||
            f.code === 'words_about_person'
          ) {
            const field = f.path[0] === 'words' ? words.repeat(3) : outcome.indicator?.description;
            expect(field?.slice(f.span.start, f.span.end)).toBe(f.phrase);
          }
        }
      },
    );
  });
});
