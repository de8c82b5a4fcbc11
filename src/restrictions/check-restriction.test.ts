import { readFileSync } from 'node:fs';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate } from '../../test/arbitraries/outcomes.js';
import { arbGoodRestriction, arbRestriction } from '../../test/arbitraries/restrictions.js';
import { AS_OF, lockedKitchen, sensorMat, wellRun } from '../../test/fixtures/restrictions.js';
import { withTimeZone, ZONES } from '../../test/support/time-zone.js';
import { addDays, type IsoDate, renderMessage } from '../core/index.js';
import { checkRestriction, isRestrictionActive } from './check-restriction.js';
import { restrictionFindings } from './findings.js';
import { defaultProportionality } from './proportionality.js';
import { recordRestrictionReview } from './record-restriction-review.js';
import { RESTRICTION_RULES } from './rules/index.js';
import type { Restriction } from './schemas.js';

const codes = (r: Restriction, asOf: IsoDate = AS_OF) =>
  checkRestriction(r, { asOf }).map((f) => f.code);

/** A finding without its path, for comparing results whose list indexes differ. */
const withoutPath = (r: Restriction, asOf: IsoDate) =>
  checkRestriction(r, { asOf })
    .map(({ path: _path, ...rest }) => JSON.stringify(rest))
    .sort();

function shuffled<T>(items: readonly T[] | undefined, seed: number): T[] | undefined {
  if (items === undefined) return undefined;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = (seed * (i + 7)) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('checkRestriction', () => {
  it('finds nothing wrong with well-run restrictions', () => {
    for (const r of [sensorMat, ...wellRun])
      expect(checkRestriction(r, { asOf: AS_OF }), r.id).toEqual([]);
  });
  it('reports the locked kitchen for what it is', () => {
    expect(codes(lockedKitchen)).toEqual([
      'blanket_restriction',
      'other_legal_basis',
      'no_less_restrictive_option',
      'no_rationale',
      'restriction_review_overdue',
      'next_review_beyond_cadence',
    ]);
  });
  it('names the law in its messages and tags each finding with the restriction', () => {
    const [finding] = checkRestriction(lockedKitchen, { asOf: AS_OF });
    expect(finding?.message).toContain('Mental Capacity Act 2005');
    expect(finding?.restrictionId).toBe('r-kitchen');
  });
  it('has a catalogue entry for every code a rule can report, and a rule for every entry', () => {
    const reported = RESTRICTION_RULES.flatMap((rule) => rule.codes).sort();
    expect(reported).toEqual(Object.keys(restrictionFindings).sort());
    expect(new Set(reported).size).toBe(reported.length);
  });
  it('names the law or guidance it rests on in every message', () => {
    const sources =
      /Mental Capacity Act|Schedule A1|Cheshire West|NICE|STOMP|Positive and Proactive Care|Regulations 20(08|09)|Mental Health Act|Liberty Protection Safeguards|Deprivation of Liberty Safeguards/;
    for (const [code, definition] of Object.entries(restrictionFindings)) {
      const message = renderMessage(definition.message, { code, path: [], message: '' });
      expect(message, code).toMatch(sources);
    }
  });
  it('has every code in the guide’s table, with its severity', () => {
    const guide = readFileSync('docs/reviewing-restrictions.md', 'utf8');
    for (const [code, definition] of Object.entries(restrictionFindings)) {
      expect(guide, code).toContain(`| \`${code}\` | ${definition.severity} |`);
    }
  });
  it('throws for a bad asOf, policy number or table', () => {
    expect(() => checkRestriction(sensorMat, { asOf: 'soon' as IsoDate })).toThrow(/asOf/);
    expect(() => checkRestriction(sensorMat, { asOf: AS_OF, useWindowDays: 0 })).toThrow(
      /useWindowDays/,
    );
    expect(() => checkRestriction(sensorMat, { asOf: AS_OF, capacityValidMonths: 0 })).toThrow(
      /capacityValidMonths/,
    );
    expect(() => checkRestriction(sensorMat, { asOf: AS_OF, decisionDueDays: 1.5 })).toThrow(
      /decisionDueDays/,
    );
    expect(() =>
      checkRestriction(sensorMat, { asOf: AS_OF, defaultReviewEvery: { count: 0, unit: 'month' } }),
    ).toThrow(/defaultReviewEvery/);
    expect(() =>
      checkRestriction(sensorMat, {
        asOf: AS_OF,
        defaultReviewEvery: { count: 1, unit: 'year' as 'month' },
      }),
    ).toThrow(/defaultReviewEvery/);
    const broken = {
      ...defaultProportionality,
      rare: { ...defaultProportionality.rare, minor: 'none' },
    };
    expect(() =>
      checkRestriction(sensorMat, { asOf: AS_OF, proportionality: broken as never }),
    ).toThrow(/proportionality\.rare\.minor must be 'low', 'medium' or 'high'/);
    expect(() =>
      checkRestriction(sensorMat, { asOf: AS_OF, proportionality: null as never }),
    ).toThrow(/proportionality\.rare\.minor/);
    expect(() =>
      checkRestriction(sensorMat, { asOf: AS_OF, intensityByType: { physical: 'high' } as never }),
    ).toThrow(/intensityByType\.mechanical/);
    expect(() => checkRestriction(sensorMat, null as never)).toThrow(/options must be an object/);
  });
  it('never throws on records dated at the edges of the calendar', () => {
    const edge: Restriction = {
      ...sensorMat,
      start: '0001-01-01',
      nextReviewOn: '9999-12-31',
      reviews: [{ on: '9999-12-31', by: ['Manager'], decision: 'continue', reason: 'Late' }],
      capacityAssessments: [
        { decision: 'Sensor mat', assessedOn: '9999-12-31', conclusion: 'lacks-capacity' },
      ],
      authorisations: [{ kind: 'dols-urgent', status: 'granted', startsOn: '9999-12-30' }],
      medication: {
        prn: true,
        psychotropic: true,
        forBehaviour: true,
        lastReviewedOn: '9999-12-31',
      },
    };
    for (const asOf of ['0001-01-01', '9999-12-31'] as IsoDate[]) {
      expect(() => checkRestriction(edge, { asOf })).not.toThrow();
      expect(() => checkRestriction(edge, { asOf, useWindowDays: 1_000_000 })).not.toThrow();
    }
  });

  describe('properties', () => {
    test.prop([arbGoodRestriction])(
      'no rule fires on a record that meets every documented requirement',
      ({ restriction, asOf }) => {
        expect(checkRestriction(restriction, { asOf })).toEqual([]);
      },
    );
    test.prop([arbRestriction, arbDate])(
      'adding a valid authorisation never adds a finding',
      (r, asOf) => {
        const order = {
          kind: 'court-of-protection' as const,
          status: 'granted' as const,
          reference: 'COP-1',
          startsOn: r.start,
          reviewOn: asOf > r.start ? asOf : r.start,
        };
        const before = codes(r, asOf);
        const after = codes({ ...r, authorisations: [...(r.authorisations ?? []), order] }, asOf);
        for (const code of after) expect(before).toContain(code);
        expect(after.length).toBeLessThanOrEqual(before.length);
      },
    );
    test.prop([arbRestriction, arbDate])(
      'adding a less restrictive alternative never adds a finding',
      (r, asOf) => {
        const before = codes(r, asOf);
        const after = codes(
          {
            ...r,
            optionsExplored: [
              ...(r.optionsExplored ?? []),
              {
                description: 'A night light',
                tried: true,
                outcome: 'rejected',
                reason: 'Not enough',
              },
            ],
          },
          asOf,
        );
        for (const code of after) expect(before).toContain(code);
        expect(after.length).toBeLessThanOrEqual(before.length);
      },
    );
    test.prop([arbRestriction, arbDate, fc.integer({ min: 1, max: 1000 })])(
      'results do not depend on the order of any list in the record',
      (r, asOf, seed) => {
        const reordered: Restriction = {
          ...r,
          ...(r.authorisations ? { authorisations: shuffled(r.authorisations, seed) } : {}),
          ...(r.capacityAssessments
            ? { capacityAssessments: shuffled(r.capacityAssessments, seed) }
            : {}),
          ...(r.reviews ? { reviews: shuffled(r.reviews, seed) } : {}),
          ...(r.uses ? { uses: shuffled(r.uses, seed) } : {}),
          ...(r.consulted ? { consulted: shuffled(r.consulted, seed) } : {}),
        } as Restriction;
        expect(withoutPath(reordered, asOf)).toEqual(withoutPath(r, asOf));
      },
    );
    test.prop([arbRestriction, arbDate])('results do not depend on the time zone', (r, asOf) => {
      const expected = JSON.stringify(checkRestriction(r, { asOf }));
      for (const zone of ZONES) {
        expect(withTimeZone(zone, () => JSON.stringify(checkRestriction(r, { asOf })))).toBe(
          expected,
        );
      }
    });
    test.prop([arbRestriction, arbDate, fc.nat({ max: 1000 })])(
      'a later asOf never clears an overdue review unless a review is recorded',
      (r, asOf, days) => {
        if (codes(r, asOf).includes('restriction_review_overdue')) {
          expect(codes(r, addDays(asOf, days))).toContain('restriction_review_overdue');
        }
      },
    );
    const decision = fc.constantFrom('continue', 'reduce', 'stop', 'change') as fc.Arbitrary<
      'continue' | 'reduce' | 'stop' | 'change'
    >;
    test.prop([arbRestriction, arbDate, fc.nat({ max: 400 }), decision])(
      'recording a review never makes a restriction with a review date overdue when it was not',
      (r, asOf, offset, d) => {
        if (r.nextReviewOn === undefined) return;
        const on = addDays(r.start, offset);
        const result = recordRestrictionReview(r, {
          on,
          by: ['Manager'],
          decision: d,
          reason: 'Reviewed',
        });
        if (!result.success) return;
        if (!codes(r, asOf).includes('restriction_review_overdue')) {
          expect(codes(result.data, asOf)).not.toContain('restriction_review_overdue');
        }
      },
    );
    test.prop([arbRestriction, arbDate, decision])(
      'a review held on asOf leaves nothing overdue on asOf',
      (r, asOf, d) => {
        const result = recordRestrictionReview(r, {
          on: asOf,
          by: ['Manager'],
          decision: d,
          reason: 'Reviewed',
        });
        if (!result.success) return;
        expect(codes(result.data, asOf)).not.toContain('restriction_review_overdue');
      },
    );
    test.prop([arbRestriction, arbDate])(
      'findings are frozen, documented and never mutate the input',
      (r, asOf) => {
        const copy = structuredClone(r);
        for (const f of checkRestriction(r, { asOf })) {
          expect(Object.isFrozen(f)).toBe(true);
          expect(Object.isFrozen(f.path)).toBe(true);
          expect(restrictionFindings[f.code].severity).toBe(f.severity);
          expect(f.message).not.toMatch(/\{[a-zA-Z]+\}|undefined|NaN|\[object/);
        }
        expect(r).toEqual(copy);
        expect(Object.isFrozen(r)).toBe(false);
      },
    );
    test.prop([arbRestriction, arbDate])('isRestrictionActive agrees with the dates', (r, on) => {
      expect(isRestrictionActive(r, on)).toBe(
        r.start <= on && (r.end === undefined || on <= r.end),
      );
    });
  });
});
