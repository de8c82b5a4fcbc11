import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbHostileText } from '../../test/arbitraries/visuals.js';
import { thrownCode } from '../../test/support/thrown.js';
import { elementsWithClass, parseXml, svgProblems, texts } from '../../test/support/xml.js';
import { type ImprovementDirection, type XmrChart, xmrChart } from '../stats/index.js';
import { cleanText } from './escape.js';
import { xmrChartSvg } from './xmr-chart-svg.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthsOf = (n: number) =>
  Array.from({ length: n }, (_, i) => `${MONTHS[i % 12]} ${2025 + Math.floor(i / 12)}`);
const descOf = (svg: string) => parseXml(svg).getElementsByTagName('desc')[0]?.textContent ?? '';
const pointsOf = (svg: string) => elementsWithClass(parseXml(svg), '*', 'point');

// Mean 5.5, limits -0.2 and 11.2; the last point is above the upper limit.
const outside = xmrChart([3, 5, 4, 6, 5, 4, 5, 12], { improvement: 'decrease' });

describe('xmrChartSvg', () => {
  describe('with a point outside the limits', () => {
    const svg = xmrChartSvg(outside, {
      title: 'Incidents each month',
      xLabels: monthsOf(8),
      yAxisLabel: 'Incidents',
      xAxisLabel: 'Month',
    });
    const doc = parseXml(svg);

    it('is a labelled image for screen readers', () => {
      expect(doc.documentElement?.getAttribute('role')).toBe('img');
      expect(doc.getElementById('xmr-chart-title')?.textContent).toBe('Incidents each month');
    });
    it('describes the mean, the limits and the special-cause point in words', () => {
      expect(descOf(svg)).toBe(
        '8 points, from Jan 2025 to Aug 2025. The mean is 5.5. The process limits are -0.2 and 11.2. ' +
          'Special cause at: Aug 2025 (12, concern). The latest point shows special cause — concern. ' +
          outside.recommendation.message,
      );
    });
    it('draws one marker per point, the special cause as an outlined orange diamond', () => {
      const points = pointsOf(svg);
      expect(points).toHaveLength(8);
      const last = points[7];
      expect(last?.tagName).toBe('path');
      expect(last?.getAttribute('class')).toBe('point concern');
      expect(last?.getAttribute('fill')).toBe('#E46C0A');
      expect(last?.getAttribute('stroke')).toBe('#0B0C0C');
      expect(points[0]?.getAttribute('fill')).toBe('#7B7D7D');
    });
    it('draws the mean solid and the two process limits dashed', () => {
      const lines = Array.from(
        elementsWithClass(doc, 'g', 'centre-and-limits')[0]?.getElementsByTagName('line') ?? [],
      );
      expect(lines.filter((l) => l.getAttribute('stroke-dasharray') !== null)).toHaveLength(2);
      expect(lines.filter((l) => l.getAttribute('stroke-dasharray') === null)).toHaveLength(1);
    });
    it('has a legend with the values of the mean and limits', () => {
      expect(texts(doc)).toEqual(
        expect.arrayContaining([
          'Common cause variation',
          'Special cause: improvement',
          'Special cause: concern',
          'Mean (5.5)',
          'Process limits (-0.2 to 11.2)',
        ]),
      );
    });
    it('labels the axes', () => {
      expect(texts(doc)).toEqual(expect.arrayContaining(['Incidents', 'Month', 'Jan 2025']));
    });
    it('prints the recommendation to use a run chart', () => {
      expect(texts(doc).join(' ')).toContain('too few for reliable process limits');
    });
    it('uses text of at least 16px and nothing unsafe', () => {
      const sizes = Array.from(doc.getElementsByTagName('text')).map((t) =>
        Number(t.getAttribute('font-size')),
      );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
      expect(svgProblems(doc)).toEqual([]);
    });
  });

  describe('when higher is better', () => {
    it('colours a high special-cause point as improvement, a blue circle', () => {
      const chart = xmrChart([3, 5, 4, 6, 5, 4, 5, 12], { improvement: 'increase' });
      const last = pointsOf(xmrChartSvg(chart, { title: 'Trips out' }))[7];
      expect(last?.tagName).toBe('circle');
      expect(last?.getAttribute('fill')).toBe('#289DE0');
    });
  });

  describe('when neither direction is better', () => {
    it('draws special cause as a purple square and says so in the legend', () => {
      const chart = xmrChart([3, 5, 4, 6, 5, 4, 5, 12], { improvement: 'neither' });
      const svg = xmrChartSvg(chart, { title: 'Visits' });
      expect(pointsOf(svg)[7]?.tagName).toBe('rect');
      expect(texts(parseXml(svg))).toContain('Special cause (neither better nor worse)');
      expect(texts(parseXml(svg))).not.toContain('Special cause: improvement');
    });
  });

  describe('with no points', () => {
    const svg = xmrChartSvg(xmrChart([], { improvement: 'decrease' }), { title: 'Falls' });
    it('says there is no data yet', () => {
      expect(texts(parseXml(svg))).toContain('No data yet');
      expect(descOf(svg)).toBe('No data yet.');
      expect(pointsOf(svg)).toHaveLength(0);
    });
  });

  describe('with one point', () => {
    const svg = xmrChartSvg(xmrChart([7], { improvement: 'increase' }), { title: 'One month' });
    it('draws the point and the mean, and no limits', () => {
      expect(pointsOf(svg)).toHaveLength(1);
      expect(descOf(svg)).toContain('There are no process limits: they need at least two points.');
      expect(texts(parseXml(svg)).some((t) => t.startsWith('Process limits'))).toBe(false);
    });
  });

  describe('with every value the same', () => {
    it('draws a band around the level, not a flat scale', () => {
      const svg = xmrChartSvg(xmrChart([4, 4, 4], { improvement: 'decrease' }), { title: 'Flat' });
      expect(svgProblems(parseXml(svg))).toEqual([]);
      expect(texts(parseXml(svg))).toEqual(expect.arrayContaining(['3', '5']));
    });
  });

  describe('with values near the largest a number can hold', () => {
    it.each([[[1.7e308]], [[-1e307, 1e307, -1e307]], [[5e-324, 0, 5e-324]]])(
      'draws %j without NaN, Infinity or exponents',
      (values) => {
        const svg = xmrChartSvg(xmrChart(values, { improvement: 'neither' }), { title: 'Huge' });
        expect(svgProblems(parseXml(svg))).toEqual([]);
        expect(svg).not.toMatch(/NaN|Infinity/);
      },
    );
  });

  describe('with many points', () => {
    it('thins the axis labels so they do not touch, keeping the first', () => {
      const values = Array.from({ length: 48 }, (_, i) => (i * 7) % 11);
      const svg = xmrChartSvg(xmrChart(values, { improvement: 'decrease' }), {
        title: 'Four years',
        xLabels: monthsOf(48),
      });
      const shown = texts(parseXml(svg)).filter((t) => / 20\d\d$/.test(t));
      expect(shown[0]).toBe('Jan 2025');
      expect(shown.length).toBeLessThan(48);
      expect(pointsOf(svg)).toHaveLength(48);
    });
  });

  describe('with bad arguments', () => {
    it('throws when xLabels has the wrong length', () => {
      expect(thrownCode(() => xmrChartSvg(outside, { title: 't', xLabels: ['a'] }))).toBe(
        'invalid_argument',
      );
    });
    it('throws when the title is not text', () => {
      expect(thrownCode(() => xmrChartSvg(outside, { title: 1 as unknown as string }))).toBe(
        'invalid_argument',
      );
    });
    it('throws when a size is out of range', () => {
      expect(thrownCode(() => xmrChartSvg(outside, { title: 't', plotHeight: 10 }))).toBe(
        'invalid_argument',
      );
    });
    it('throws when the chart holds a value that is not finite', () => {
      const broken: XmrChart = {
        ...outside,
        points: outside.points.map((p, i) => (i === 2 ? { ...p, value: Number.NaN } : p)),
      };
      expect(thrownCode(() => xmrChartSvg(broken, { title: 't' }))).toBe('invalid_argument');
    });
    it('throws when a limit is not finite', () => {
      const broken: XmrChart = { ...outside, upperProcessLimit: Number.POSITIVE_INFINITY };
      expect(thrownCode(() => xmrChartSvg(broken, { title: 't' }))).toBe('invalid_argument');
    });
    it('throws when a point is not from xmrChart', () => {
      const broken = {
        ...outside,
        points: [{ ...(outside.points[0] as XmrChart['points'][number]), variation: 'bad' }],
      } as unknown as XmrChart;
      expect(thrownCode(() => xmrChartSvg(broken, { title: 't' }))).toBe('invalid_argument');
    });
  });

  describe('properties', () => {
    const arbDirection = fc.constantFrom<ImprovementDirection>('increase', 'decrease', 'neither');
    const arbValues = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
      fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { maxLength: 30 }),
    );
    const arbChart = fc
      .tuple(arbValues, arbDirection, fc.boolean())
      .map(([values, improvement, screenOutliers]) =>
        xmrChart(values, { improvement, screenOutliers }),
      );

    test.prop([arbChart])('is well-formed, safe SVG for any chart', (chart) => {
      expect(svgProblems(parseXml(xmrChartSvg(chart, { title: 'Chart' })))).toEqual([]);
    });
    test.prop([arbChart])('draws every point once, in the class the chart gave it', (chart) => {
      const drawn = pointsOf(xmrChartSvg(chart, { title: 'Chart' })).map((p) =>
        p.getAttribute('class'),
      );
      expect(drawn).toEqual(chart.points.map((p) => `point ${p.variation}`));
    });
    test.prop([arbChart])('gives the same bytes twice', (chart) => {
      expect(xmrChartSvg(chart, { title: 'Chart' })).toBe(
        xmrChartSvg(structuredClone(chart), { title: 'Chart' }),
      );
    });
    test.prop([
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }),
      arbHostileText,
      arbHostileText,
      fc.array(arbHostileText, { minLength: 6, maxLength: 6 }),
    ])('shows host text only as text', (values, title, axis, labels) => {
      const chart = xmrChart(values, { improvement: 'decrease' });
      const svg = xmrChartSvg(chart, {
        title,
        yAxisLabel: axis,
        xAxisLabel: axis,
        xLabels: labels.slice(0, values.length),
      });
      const doc = parseXml(svg);
      expect(svgProblems(doc)).toEqual([]);
      expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(cleanText(title));
    });
  });
});
