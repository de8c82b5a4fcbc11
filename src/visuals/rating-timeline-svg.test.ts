import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate, arbOutcome } from '../../test/arbitraries/outcomes.js';
import { arbHostileText } from '../../test/arbitraries/visuals.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { thrownCode } from '../../test/support/thrown.js';
import { elementsWithClass, parseXml, svgProblems, texts } from '../../test/support/xml.js';
import type { IsoDate } from '../core/index.js';
import { asSentence } from '../core/internal/index.js';
import { DEFAULT_RATING_SCALE, type Outcome } from '../outcomes/index.js';
import { cleanText } from './escape.js';
import { ratingTimelineSvg } from './rating-timeline-svg.js';
import { UNNAMED_SCALE } from './ratings.js';

const labelled: Outcome = {
  ...goodOutcome,
  ratingScale: {
    min: 1,
    max: 5,
    labels: [
      { score: 1, label: 'Not yet' },
      { score: 3, label: 'With a friend' },
      { score: 5, label: 'On my own, every week' },
    ],
  },
  ratings: [
    { on: '2026-09-14', score: 2, ratedBy: 'person' },
    { on: '2026-10-12', score: 3, ratedBy: 'person', example: 'Went on the bus with Jo' },
    { on: '2026-11-09', score: 4, ratedBy: 'person' },
  ],
};
const milestones = [
  { on: '2026-10-05' as IsoDate, label: 'Review: we changed the bus plan' },
  { on: '2026-11-01' as IsoDate, label: 'New keyworker Jo' },
];
const descOf = (svg: string) => parseXml(svg).getElementsByTagName('desc')[0]?.textContent ?? '';
const titleOf = (svg: string) => parseXml(svg).getElementsByTagName('title')[0]?.textContent;
const pointsOf = (svg: string) => elementsWithClass(parseXml(svg), 'g', 'rating');

describe('ratingTimelineSvg', () => {
  describe('with three ratings and two milestones', () => {
    const svg = ratingTimelineSvg(labelled, { milestones });
    const doc = parseXml(svg);

    it('is a labelled image for screen readers', () => {
      const root = doc.documentElement;
      expect(root?.getAttribute('role')).toBe('img');
      expect(root?.getAttribute('aria-labelledby')).toBe(
        'rating-timeline-title rating-timeline-desc',
      );
      expect(doc.getElementById('rating-timeline-title')?.textContent).toBe(goodOutcome.words);
    });
    it('describes the ratings in words', () => {
      expect(descOf(svg)).toContain(
        'Ratings went from 2 on 14 September 2026 to 4 on 9 November 2026.',
      );
      expect(descOf(svg)).toContain('3 means With a friend.');
      expect(descOf(svg)).toContain('Milestone 2, 1 November 2026: New keyworker Jo.');
    });
    it('draws one numbered dot per rating, in date order', () => {
      expect(pointsOf(svg).map((g) => g.textContent)).toEqual(['2', '3', '4']);
    });
    it('labels the scale with the host labels', () => {
      expect(texts(doc)).toEqual(
        expect.arrayContaining([
          '5 – On my own, every week',
          '4',
          '3 – With a friend',
          '1 – Not yet',
        ]),
      );
    });
    it('marks and lists the milestones with their dates', () => {
      expect(elementsWithClass(doc, 'g', 'milestone')).toHaveLength(2);
      expect(texts(doc)).toEqual(
        expect.arrayContaining(['5 October 2026: Review: we changed the bus plan', '1', '2']),
      );
    });
    it('places a milestone between the ratings around it, by date', () => {
      const xs = pointsOf(svg).map((g) =>
        Number(g.getElementsByTagName('circle')[0]?.getAttribute('cx')),
      );
      const [first, second] = elementsWithClass(doc, 'g', 'milestone').map((g) =>
        Number(g.getElementsByTagName('line')[0]?.getAttribute('x1')),
      );
      // 5 October is 21 of the 28 days from 14 September to 12 October.
      expect(first).toBeCloseTo(
        (xs[0] as number) + ((xs[1] as number) - (xs[0] as number)) * 0.75,
        1,
      );
      expect(second).toBeGreaterThan(xs[1] as number);
      expect(second).toBeLessThan(xs[2] as number);
    });
    it('writes every date in full under its dot', () => {
      expect(texts(doc)).toEqual(expect.arrayContaining(['14 September 2026', '9 November 2026']));
    });
    it('uses large text, no script and no foreign content', () => {
      const sizes = Array.from(doc.getElementsByTagName('text')).map((t) =>
        Number(t.getAttribute('font-size')),
      );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
      expect(svgProblems(doc)).toEqual([]);
      expect(svg).not.toMatch(/<script|foreignObject|@import|url\(/i);
    });
  });

  describe('with no ratings', () => {
    const svg = ratingTimelineSvg({ ...goodOutcome, ratings: [] });
    it('says there are no ratings yet, in the picture and the description', () => {
      expect(texts(parseXml(svg))).toContain('No ratings yet');
      expect(descOf(svg)).toContain('No ratings yet.');
      expect(pointsOf(svg)).toHaveLength(0);
    });
    it('still draws the scale', () => {
      expect(texts(parseXml(svg))).toEqual(expect.arrayContaining(['1', '5']));
    });
    it('spreads milestones out when there is no rating to place them by', () => {
      const doc = parseXml(ratingTimelineSvg({ ...goodOutcome, ratings: [] }, { milestones }));
      const xs = elementsWithClass(doc, 'g', 'milestone').map((g) =>
        Number(g.getElementsByTagName('line')[0]?.getAttribute('x1')),
      );
      expect(new Set(xs).size).toBe(2);
    });
  });

  describe('with one rating', () => {
    const one: Outcome = {
      ...goodOutcome,
      ratings: [{ on: '2026-10-12', score: 3, ratedBy: 'person' }],
    };
    it('draws one dot and describes it', () => {
      const svg = ratingTimelineSvg(one);
      expect(pointsOf(svg)).toHaveLength(1);
      expect(descOf(svg)).toContain('One rating: 3 on 12 October 2026.');
      expect(parseXml(svg).getElementsByTagName('polyline')).toHaveLength(0);
    });
    it('puts milestones before and after it at the ends', () => {
      const doc = parseXml(
        ratingTimelineSvg(one, {
          milestones: [
            { on: '2026-12-01', label: 'After' },
            { on: '2026-09-01', label: 'Before' },
          ],
        }),
      );
      const [before, after] = elementsWithClass(doc, 'g', 'milestone').map((g) =>
        Number(g.getElementsByTagName('line')[0]?.getAttribute('x1')),
      );
      const dot = Number(
        elementsWithClass(doc, 'g', 'rating')[0]
          ?.getElementsByTagName('circle')[0]
          ?.getAttribute('cx'),
      );
      expect(before).toBeLessThan(dot);
      expect(after).toBeGreaterThan(dot);
    });
  });

  describe('with ratings on the same day', () => {
    const sameDay: Outcome = {
      ...goodOutcome,
      ratings: [
        { on: '2026-10-12', score: 4, ratedBy: 'person' },
        { on: '2026-10-12', score: 2, ratedBy: 'keyworker' },
      ],
    };
    it('draws each as its own dot, in recorded order', () => {
      const svg = ratingTimelineSvg(sameDay, {
        milestones: [{ on: '2026-10-12', label: 'Review' }],
      });
      expect(pointsOf(svg).map((g) => g.textContent)).toEqual(['4', '2']);
      const xs = pointsOf(svg).map((g) => g.getElementsByTagName('circle')[0]?.getAttribute('cx'));
      expect(new Set(xs).size).toBe(2);
    });
  });

  describe('with long words', () => {
    it('breaks them over lines inside the picture', () => {
      const long = 'Supercalifragilisticexpialidocious'.repeat(4);
      const svg = ratingTimelineSvg({ ...labelled, words: long }, { width: 480 });
      const titleLines = parseXml(svg)
        .getElementsByTagName('text')[0]
        ?.getElementsByTagName('tspan');
      expect(titleLines?.length).toBeGreaterThan(2);
      expect(titleOf(svg)).toBe(long);
    });
  });

  describe('with a scale wider than 11 points', () => {
    it('labels about ten scores, always both ends', () => {
      const wide: Outcome = {
        ...goodOutcome,
        ratingScale: { min: 0, max: 100 },
        ratings: [{ on: '2026-10-12', score: 37, ratedBy: 'person' }],
      };
      const labels = texts(parseXml(ratingTimelineSvg(wide)));
      expect(labels).toEqual(expect.arrayContaining(['100', '90', '10', '0']));
      expect(labels).not.toContain('95');
    });
  });

  describe('with a score outside the scale (data that skipped parsing)', () => {
    it('stretches the scale to show it honestly', () => {
      const odd = {
        ...goodOutcome,
        ratings: [{ on: '2026-10-12', score: 7, ratedBy: 'person' }],
      } as Outcome;
      const svg = ratingTimelineSvg(odd);
      expect(texts(parseXml(svg))).toEqual(expect.arrayContaining(['7']));
      expect(svgProblems(parseXml(svg))).toEqual([]);
    });
  });

  describe('with an outcome that names no scale', () => {
    it('draws the outcomes module’s default scale', () => {
      expect(UNNAMED_SCALE).toEqual(DEFAULT_RATING_SCALE);
    });
  });

  describe('options', () => {
    it('uses scale labels given as an option over the outcome’s', () => {
      const svg = ratingTimelineSvg(labelled, { scaleLabels: [{ score: 2, label: 'Sometimes' }] });
      expect(texts(parseXml(svg))).toContain('2 – Sometimes');
      expect(texts(parseXml(svg))).not.toContain('1 – Not yet');
    });
    it('leaves out ratings after asOf', () => {
      expect(pointsOf(ratingTimelineSvg(labelled, { asOf: '2026-10-31' }))).toHaveLength(2);
    });
    it('uses the title and id given', () => {
      const svg = ratingTimelineSvg(labelled, { title: 'Art group', id: 'art-1' });
      expect(titleOf(svg)).toBe('Art group');
      expect(parseXml(svg).documentElement?.getAttribute('aria-labelledby')).toBe(
        'art-1-title art-1-desc',
      );
    });
    it('is as wide as asked', () => {
      expect(
        parseXml(ratingTimelineSvg(labelled, { width: 1200 })).documentElement?.getAttribute(
          'width',
        ),
      ).toBe('1200');
    });
  });

  describe('with bad arguments', () => {
    it.each([
      ['a width below 480', { width: 300 }, 'invalid_argument'],
      ['a fractional width', { width: 800.5 }, 'invalid_argument'],
      ['an id with a space', { id: 'my chart' }, 'invalid_argument'],
      ['a title that is not text', { title: 5 as unknown as string }, 'invalid_argument'],
      [
        'a label for a score off the scale',
        { scaleLabels: [{ score: 9, label: 'x' }] },
        'invalid_argument',
      ],
      [
        'a milestone on no real day',
        { milestones: [{ on: '2026-02-30' as IsoDate, label: 'x' }] },
        'invalid_date',
      ],
      ['an asOf that is not a date', { asOf: 'soon' as IsoDate }, 'invalid_date'],
    ])('throws for %s', (_, options, code) => {
      expect(thrownCode(() => ratingTimelineSvg(labelled, options))).toBe(code);
    });
    it('throws invalid_argument for a score that is not a number', () => {
      const bad = {
        ...goodOutcome,
        ratings: [{ on: '2026-10-12', score: Number.NaN, ratedBy: 'person' }],
      } as Outcome;
      expect(thrownCode(() => ratingTimelineSvg(bad))).toBe('invalid_argument');
    });
  });

  describe('properties', () => {
    const arbMilestones = fc.array(fc.record({ on: arbDate, label: arbHostileText }), {
      maxLength: 4,
    });

    test.prop([arbOutcome, arbMilestones])(
      'is well-formed, safe SVG for any outcome',
      (outcome, marks) => {
        const doc = parseXml(ratingTimelineSvg(outcome, { milestones: marks }));
        expect(svgProblems(doc)).toEqual([]);
      },
    );
    test.prop([arbOutcome])('draws every rating as one point', (outcome) => {
      expect(pointsOf(ratingTimelineSvg(outcome))).toHaveLength(outcome.ratings?.length ?? 0);
    });
    test.prop([arbOutcome, arbMilestones])('gives the same bytes twice', (outcome, marks) => {
      expect(ratingTimelineSvg(outcome, { milestones: marks })).toBe(
        ratingTimelineSvg(structuredClone(outcome), { milestones: structuredClone(marks) }),
      );
    });
    test.prop([arbOutcome, arbHostileText, arbHostileText, arbHostileText])(
      'shows host text only as text: the title reads back exactly and nothing else is added',
      (outcome, words, label, milestone) => {
        const hostile: Outcome = {
          ...outcome,
          words,
          ratingScale: { min: 1, max: 5, labels: [{ score: 2, label }] },
          ratings: (outcome.ratings ?? []).map((r) => ({ ...r, score: 3 })),
        };
        const svg = ratingTimelineSvg(hostile, {
          milestones: [{ on: '2026-01-01', label: milestone }],
        });
        const doc = parseXml(svg);
        expect(svgProblems(doc)).toEqual([]);
        expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(cleanText(words));
        expect(doc.getElementsByTagName('desc')[0]?.textContent).toContain(
          `Milestone 1, 1 January 2026: ${asSentence(cleanText(milestone))}`,
        );
      },
    );
    test.prop([arbOutcome])('never changes its input', (outcome) => {
      const before = structuredClone(outcome);
      ratingTimelineSvg(outcome);
      expect(outcome).toEqual(before);
    });
  });
});
