import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbHostileText } from '../../test/arbitraries/visuals.js';
import { thrownCode } from '../../test/support/thrown.js';
import { elementsWithClass, parseXml, svgProblems, texts } from '../../test/support/xml.js';
import { type FunnelPlot, funnelPlot } from '../stats/index.js';
import { cleanText } from './escape.js';
import { funnelPlotSvg } from './funnel-plot-svg.js';

const services = [
  { id: 'elm', label: 'Elm House', numerator: 2, denominator: 12 },
  { id: 'oak', label: 'Oak Lodge', numerator: 30, denominator: 120 },
  { id: 'ash', label: 'Ash Court', numerator: 48, denominator: 110 },
  { id: 'birch', label: 'Birch Road', numerator: 15, denominator: 60 },
  { id: 'willow', label: 'Willow Way', numerator: 3, denominator: 45 },
];
// Pooled 98 of 347 = 28.24 %. Ash Court (48 of 110) is above the 99.8 % limit and Willow Way
// (3 of 45) below it: P(X ≥ 48) and P(X ≤ 3) are both under 0.001 at 0.2824.
const plot = funnelPlot(services, { kind: 'proportion', improvement: 'decrease' });
const descOf = (svg: string) => parseXml(svg).getElementsByTagName('desc')[0]?.textContent ?? '';
const unitsOf = (svg: string) => elementsWithClass(parseXml(svg), '*', 'unit');

describe('funnelPlotSvg', () => {
  describe('with two services outside the limits', () => {
    const svg = funnelPlotSvg(plot, {
      title: 'Reviews overdue, by service',
      xAxisLabel: 'Reviews due',
      yAxisLabel: 'Overdue',
    });
    const doc = parseXml(svg);
    it('is a labelled image for screen readers', () => {
      expect(doc.documentElement?.getAttribute('role')).toBe('img');
      expect(doc.documentElement?.getAttribute('aria-labelledby')).toBe(
        'funnel-plot-title funnel-plot-desc',
      );
      expect(doc.getElementById('funnel-plot-title')?.textContent).toBe(
        'Reviews overdue, by service',
      );
    });
    it('names the overall figure and every service outside the limits in words', () => {
      expect(plot.outliers.map((u) => u.id)).toEqual(['ash', 'willow']);
      expect(descOf(svg)).toBe(
        'Funnel plot of 5 units, each against its denominator, with 95 % and 99.8 % limits around the overall figure, 28.24 %. ' +
          'Outside the 99.8 % limits: Ash Court (high), Willow Way (low). The others are inside the limits.',
      );
      expect(texts(doc)).toContain(
        'Outside the 99.8 % limits: Ash Court (high), Willow Way (low).',
      );
    });
    it('draws each service once, a concern as an orange diamond and an improvement as a blue circle', () => {
      const units = unitsOf(svg);
      expect(units.map((u) => u.getAttribute('class'))).toEqual([
        'unit common_cause',
        'unit common_cause',
        'unit concern',
        'unit common_cause',
        'unit improvement',
      ]);
      expect(units[2]?.tagName).toBe('path');
      expect(units[2]?.getAttribute('fill')).toBe('#E46C0A');
      expect(units[4]?.tagName).toBe('circle');
      expect(units[4]?.getAttribute('fill')).toBe('#289DE0');
    });
    it('labels the services outside the limits beside their markers', () => {
      const labels = elementsWithClass(doc, 'text', 'unit-label').map((t) => t.textContent);
      expect(labels).toEqual(['Ash Court', 'Willow Way']);
    });
    it('draws the target solid, the 95 % limits dashed and the 99.8 % limits dotted', () => {
      const target = elementsWithClass(doc, 'polyline', 'target');
      expect(target).toHaveLength(1);
      expect(target[0]?.getAttribute('stroke-dasharray')).toBeNull();
      const limit95 = elementsWithClass(doc, 'polyline', 'limit-95');
      const limit998 = elementsWithClass(doc, 'polyline', 'limit-99-8');
      expect(limit95.length).toBeGreaterThanOrEqual(2);
      expect(limit998.length).toBeGreaterThanOrEqual(2);
      expect(limit95[0]?.getAttribute('stroke-dasharray')).toBe('8 6');
      expect(limit998[0]?.getAttribute('stroke-dasharray')).toBe('2 4');
    });
    it('has a legend with the overall figure and both limits, and percentages on the axis', () => {
      expect(texts(doc)).toEqual(
        expect.arrayContaining([
          'Inside the limits',
          'Outside the limits: improvement',
          'Outside the limits: concern',
          'Overall figure (28.24 %)',
          '95 % limits',
          '99.8 % limits',
          'Reviews due',
          'Overdue',
          '40%',
        ]),
      );
    });
    it('uses text of at least 16px and nothing unsafe', () => {
      const sizes = Array.from(doc.getElementsByTagName('text')).map((t) =>
        Number(t.getAttribute('font-size')),
      );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
      expect(svgProblems(doc)).toEqual([]);
    });
    it('keeps every drawn line inside the plotting area', () => {
      const axis = elementsWithClass(doc, 'g', 'axes')[0]?.getElementsByTagName('polyline')[0];
      const corners = (axis?.getAttribute('points') ?? '')
        .split(' ')
        .map((p) => p.split(',').map(Number));
      const top = corners[0]?.[1] as number;
      const bottom = corners[1]?.[1] as number;
      for (const l of [
        ...elementsWithClass(doc, 'polyline', 'limit-95'),
        ...elementsWithClass(doc, 'polyline', 'limit-99-8'),
      ]) {
        for (const point of (l.getAttribute('points') ?? '').split(' ')) {
          const y = Number(point.split(',')[1]);
          expect(y).toBeGreaterThanOrEqual(top - 0.01);
          expect(y).toBeLessThanOrEqual(bottom + 0.01);
        }
      }
    });
  });

  describe('with rates and no service outside the limits', () => {
    const rates = funnelPlot(
      [
        { id: 'a', label: 'Alder', numerator: 12, denominator: 3100 },
        { id: 'b', label: 'Beech', numerator: 2, denominator: 900 },
        { id: 'c', label: 'Cedar', numerator: 30, denominator: 4200 },
        { id: 'd', label: 'Damson', numerator: 0, denominator: 0 },
      ],
      { kind: 'rate', per: 1000, improvement: 'decrease' },
    );
    // 44 incidents in 8,200 days: 5.37 per 1,000.
    const svg = funnelPlotSvg(rates, { title: 'Incidents per 1,000 support days' });
    it('says every unit is inside, shows the rate as given and notes the one it cannot place', () => {
      expect(descOf(svg)).toBe(
        'Funnel plot of 3 units, each against its denominator, with 95 % and 99.8 % limits around the overall figure, 5.37. ' +
          'Every unit is inside the limits. 1 unit has no denominator and is not shown.',
      );
      expect(unitsOf(svg)).toHaveLength(3);
      expect(texts(parseXml(svg))).toContain('Overall figure (5.37)');
      expect(texts(parseXml(svg))).toContain('Outside the limits: concern');
    });
  });

  describe('when neither direction is better', () => {
    it('draws units outside as purple squares and says so in the legend', () => {
      const neutral = funnelPlot(services, { kind: 'proportion' });
      const svg = funnelPlotSvg(neutral, { title: 'Visits' });
      expect(unitsOf(svg)[2]?.tagName).toBe('rect');
      expect(texts(parseXml(svg))).toContain('Outside the limits');
      expect(texts(parseXml(svg))).not.toContain('Outside the limits: concern');
    });
  });

  describe('with nothing to compare', () => {
    it('says so', () => {
      const empty = funnelPlot([{ id: 'a', numerator: 0, denominator: 0 }], { kind: 'rate' });
      const svg = funnelPlotSvg(empty, { title: 'Nothing yet' });
      expect(descOf(svg)).toBe('1 unit, none with a denominator: nothing to compare yet.');
      expect(svgProblems(parseXml(svg))).toEqual([]);
    });
  });

  describe('with bad arguments', () => {
    it.each([
      [{ title: 1 }],
      [{ title: 't', width: 100 }],
      [{ title: 't', id: '1bad' }],
      [{ title: 't', xAxisLabel: 5 }],
    ])('throws invalid_argument for %o', (options) => {
      expect(thrownCode(() => funnelPlotSvg(plot, options as never))).toBe('invalid_argument');
    });
    it('throws when the plot holds a number that is not finite', () => {
      const broken: FunnelPlot = {
        ...plot,
        units: plot.units.map((u, i) => (i === 1 ? { ...u, value: Number.NaN } : u)),
      };
      expect(() => funnelPlotSvg(broken, { title: 't' })).toThrow(
        "funnelPlotSvg: the plot's units[1].value is NaN; it must be a finite number.",
      );
      const curve: FunnelPlot = {
        ...plot,
        curve: [
          { ...(plot.curve[0] as FunnelPlot['curve'][number]), upper95: Number.POSITIVE_INFINITY },
        ],
      };
      expect(thrownCode(() => funnelPlotSvg(curve, { title: 't' }))).toBe('invalid_argument');
    });
    it('throws when the plot is not a funnelPlot result', () => {
      expect(
        thrownCode(() => funnelPlotSvg({ ...plot, kind: 'ratio' } as never, { title: 't' })),
      ).toBe('invalid_argument');
      const bad = { ...plot, units: plot.units.map((u) => ({ ...u, variation: 'odd' })) } as never;
      expect(thrownCode(() => funnelPlotSvg(bad, { title: 't' }))).toBe('invalid_argument');
    });
  });

  describe('properties', () => {
    const arbPlot = fc
      .tuple(
        fc.array(
          fc.record({
            numerator: fc.integer({ min: 0, max: 60 }),
            extra: fc.integer({ min: 0, max: 300 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.constantFrom<'proportion' | 'rate'>('proportion', 'rate'),
        fc.constantFrom<'increase' | 'decrease' | 'neither'>('increase', 'decrease', 'neither'),
      )
      .map(([rows, kind, improvement]) =>
        funnelPlot(
          rows.map((r, i) => ({
            id: `u${i}`,
            numerator: r.numerator,
            denominator: r.numerator + r.extra,
          })),
          { kind, improvement, curvePoints: 20 },
        ),
      );
    test.prop([arbPlot])('is well-formed, safe SVG for any plot', (p) => {
      expect(svgProblems(parseXml(funnelPlotSvg(p, { title: 'Plot' })))).toEqual([]);
    });
    test.prop([arbPlot])(
      'draws every unit with a denominator once, in the class the plot gave it',
      (p) => {
        const drawn = unitsOf(funnelPlotSvg(p, { title: 'Plot' })).map((u) =>
          u.getAttribute('class'),
        );
        expect(drawn).toEqual(
          p.units.filter((u) => u.value !== null).map((u) => `unit ${u.variation}`),
        );
      },
    );
    test.prop([arbPlot])('gives the same bytes twice', (p) => {
      expect(funnelPlotSvg(p, { title: 'Plot' })).toBe(
        funnelPlotSvg(structuredClone(p), { title: 'Plot' }),
      );
    });
    test.prop([
      arbHostileText,
      arbHostileText,
      fc.array(arbHostileText, { minLength: 5, maxLength: 5 }),
    ])('shows host text only as text', (title, axis, labels) => {
      const hostile = funnelPlot(
        services.map((s, i) => ({ ...s, label: labels[i] ?? 'x' })),
        { kind: 'proportion', improvement: 'decrease' },
      );
      const doc = parseXml(funnelPlotSvg(hostile, { title, xAxisLabel: axis, yAxisLabel: axis }));
      expect(svgProblems(doc)).toEqual([]);
      expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(cleanText(title));
    });
  });
});
