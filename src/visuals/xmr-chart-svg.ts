import { GoldenThreadError } from '../core/index.js';
import { requireRecord, unexpected } from '../core/internal/index.js';
import type { VariationClass, XmrChart } from '../stats/index.js';
import { cleanText } from './escape.js';
import { textWidth, wrapText } from './layout.js';
import { formatNumber, px } from './numbers.js';
import { COLOURS } from './palette.js';
import {
  type Attributes,
  element,
  legendRows,
  requireId,
  requireSize,
  svgDocument,
  textBlock,
} from './svg.js';

/**
 * Options for {@link xmrChartSvg}.
 *
 * @example
 * ```ts
 * const options: XmrChartSvgOptions = {
 *   title: 'Incidents each month, Elm House',
 *   xLabels: ['Jan 2026', 'Feb 2026', 'Mar 2026'],
 *   yAxisLabel: 'Incidents',
 * };
 * ```
 * @category Pictures
 */
export interface XmrChartSvgOptions {
  /** The heading drawn at the top and read first by a screen reader. */
  readonly title: string;
  /** One label per point, such as months (thinned on the axis when they would touch). */
  readonly xLabels?: readonly string[];
  /** What the horizontal axis shows, such as `Month`. */
  readonly xAxisLabel?: string;
  /** What the vertical axis shows, such as `Incidents`. */
  readonly yAxisLabel?: string;
  /** The width in CSS pixels, 480 to 2400. Default 800. */
  readonly width?: number;
  /** The height of the plotting area in CSS pixels, 160 to 1600. Default 320; the picture is taller. */
  readonly plotHeight?: number;
  /** The `id` of the `<svg>`: give each picture on one page its own. Default `xmr-chart`. */
  readonly id?: string;
}

const MARGIN = 24;
const TITLE = { size: 24, line: 30 };
const BODY = { size: 16, line: 22 };
const VARIATIONS: readonly VariationClass[] = ['common_cause', 'improvement', 'concern', 'neither'];
const IN_WORDS: Readonly<Record<VariationClass, string>> = {
  common_cause: 'common cause variation',
  improvement: 'special cause — improvement',
  concern: 'special cause — concern',
  neither: 'special cause — neither better nor worse',
};

/**
 * Draws an XmR chart in the NHS England "Making Data Count" style as an accessible SVG
 * picture: the data joined by a line, the mean, the process limits, special-cause points
 * coloured by improvement or concern, and a legend.
 *
 * @remarks
 * Takes the result of `xmrChart` as it is: the picture draws what the chart computed and
 * adds nothing. Points are evenly spaced in series order. The mean is a solid line, the
 * process limits dashed lines (the 2σ lines are not drawn, as in Making Data Count); the
 * legend gives their values. With no point the picture says "No data yet"; with one point
 * there are no limits and the description says so; when the chart recommends a run chart
 * (too few points) its message is printed under the legend.
 *
 * Colours, after the Making Data Count palette, with WCAG 2 contrast ratios on white:
 * common cause grey #7B7D7D (4.14:1), improvement blue #289DE0 (3.00:1), concern orange
 * #E46C0A (3.26:1), special cause where neither direction is better purple #7030A0 (8.02:1);
 * mean and text #0B0C0C (19.59:1), process limits #505A5F (7.07:1). Special-cause markers
 * are also outlined in #0B0C0C and have their own shape (improvement a circle, concern a
 * diamond, neither a square), so they are told apart without colour.
 *
 * Accessibility, safety and determinism as for {@link ratingTimelineSvg}: `role="img"`,
 * `<title>` and a `<desc>` that names the mean, the limits and every special-cause point;
 * system fonts at 16 to 24 CSS pixels; no script or external reference; host text escaped;
 * byte-identical output for the same input.
 * @param chart - The result of `xmrChart`.
 * @param options - `title` (required), `xLabels`, `xAxisLabel`, `yAxisLabel`, `width`, `plotHeight` and `id`.
 * @returns A standalone SVG document as a string (it can also be placed inline in HTML).
 * @throws {@link golden-thread!GoldenThreadError} `invalid_argument` when `title` or a label is not text,
 * `xLabels` does not have one label per point, a size or `id` is not allowed, or the chart
 * holds a value or limit that is not a finite number.
 * @example
 * ```ts
 * const chart = xmrChart(incidents, { improvement: 'decrease' });
 * const svg = xmrChartSvg(chart, { title: 'Incidents each month', xLabels: months, yAxisLabel: 'Incidents' });
 * ```
 * @category Pictures
 */
export function xmrChartSvg(chart: XmrChart, options: XmrChartSvgOptions): string {
  try {
    requireRecord('xmrChartSvg', 'chart', chart);
    requireRecord('xmrChartSvg', 'options', options);
    const input = readInput('xmrChartSvg', chart, options);
    const parts: string[] = [];
    const titleLines = wrapText(input.title, input.width - 2 * MARGIN, TITLE.size);
    parts.push(
      textBlock(titleLines, MARGIN, MARGIN + TITLE.size, TITLE.size, TITLE.line, {
        'font-weight': 'bold',
        fill: COLOURS.ink,
      }),
    );
    const plot = plotArea(input, MARGIN + TITLE.size + (titleLines.length - 1) * TITLE.line + 24);
    parts.push(axes(plot));
    let y = pointLabels(plot, input, parts);
    parts.push(centreAndLimits(plot, input), dataMarks(plot, chart, input));
    y = legend(chart, input, y + 16, parts);
    if (chart.recommendation.useRunChart && input.values.length > 0) {
      const note = wrapText(chart.recommendation.message, input.width - 2 * MARGIN, BODY.size);
      parts.push(
        textBlock(note, MARGIN, y + 8, BODY.size, BODY.line, {
          fill: COLOURS.ink,
          'font-style': 'italic',
        }),
      );
      y += note.length * BODY.line + 8;
    }
    const { values, mean, upper, lower, xLabels } = input;
    return svgDocument(
      input.id,
      input.width,
      Math.ceil(y + MARGIN),
      input.title,
      describe(chart, values, mean, upper, lower, xLabels),
      parts.join(''),
    );
  } catch (error) {
    throw unexpected('xmrChartSvg', error);
  }
}

/** The options and the chart, checked: sizes, labels and the finite numbers to draw. */
interface ChartInput {
  readonly width: number;
  readonly plotHeight: number;
  readonly id: string;
  readonly title: string;
  readonly xAxisLabel: string | undefined;
  readonly yAxisLabel: string | undefined;
  readonly values: readonly number[];
  readonly mean: number | null;
  readonly upper: number | null;
  readonly lower: number | null;
  readonly xLabels: readonly string[];
}

function readInput(fn: string, chart: XmrChart, options: XmrChartSvgOptions): ChartInput {
  const width = requireSize(fn, 'width', options.width, 800, 480, 2400);
  const plotHeight = requireSize(fn, 'plotHeight', options.plotHeight, 320, 160, 1600);
  const id = requireId(fn, options.id, 'xmr-chart');
  const title = text(fn, 'title', options.title);
  const xAxisLabel =
    options.xAxisLabel === undefined ? undefined : text(fn, 'xAxisLabel', options.xAxisLabel);
  const yAxisLabel =
    options.yAxisLabel === undefined ? undefined : text(fn, 'yAxisLabel', options.yAxisLabel);
  const { values, mean, upper, lower } = checkChart(fn, chart);
  const xLabels = (options.xLabels ?? values.map((_, i) => String(i + 1))).map((l, i) =>
    text(fn, `xLabels[${i}]`, l),
  );
  if (xLabels.length !== values.length) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: xLabels has ${xLabels.length} labels for ${values.length} points; give one label per point.`,
    );
  }
  return {
    width,
    plotHeight,
    id,
    title,
    xAxisLabel,
    yAxisLabel,
    values,
    mean,
    upper,
    lower,
    xLabels,
  };
}

/** Where the plot sits and how values and point numbers map onto it. */
interface PlotArea {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly ticks: { readonly values: readonly number[]; readonly decimals: number };
  readonly tickLabels: readonly string[];
  readonly yLines: readonly string[];
  readonly inset: number;
  readonly yOf: (v: number) => number;
  readonly xOf: (i: number) => number;
}

function plotArea(input: ChartInput, top: number): PlotArea {
  const { values, mean, upper, lower, plotHeight, width, yAxisLabel } = input;
  const n = values.length;
  // Vertical domain: the data, the mean and the limits, on round ticks.
  const shown = [...values, ...[mean, upper, lower].filter((v): v is number => v !== null)];
  const ticks = niceTicks(shown.length === 0 ? [0, 1] : shown);
  const lo = ticks.values[0] as number;
  const hi = ticks.values.at(-1) as number;
  const tickLabels = ticks.values.map((v) => formatNumber(v, ticks.decimals));
  const tickWidth = Math.max(...tickLabels.map((l) => textWidth(l, BODY.size)));
  const yLines = yAxisLabel === undefined ? [] : wrapText(yAxisLabel, plotHeight, BODY.size);
  const left = MARGIN + yLines.length * BODY.line + (yLines.length > 0 ? 8 : 0) + tickWidth + 12;
  const right = width - MARGIN;
  const bottom = top + plotHeight;
  const inset = 16;
  return {
    left,
    right,
    top,
    bottom,
    ticks,
    tickLabels,
    yLines,
    inset,
    // (v − lo) / (hi − lo), halved first so that a huge range cannot overflow.
    yOf: (v) => bottom - ((v / 2 - lo / 2) / (hi / 2 - lo / 2)) * plotHeight,
    xOf: (i) =>
      n <= 1 ? (left + right) / 2 : left + inset + ((right - left - 2 * inset) * i) / (n - 1),
  };
}

/** The axes, the value ticks and the vertical axis label. */
function axes(plot: PlotArea): string {
  const { left, right, top, bottom, yOf } = plot;
  const out: string[] = [];
  for (const [i, v] of plot.ticks.values.entries()) {
    const ty = yOf(v);
    out.push(
      element('line', {
        x1: left - 6,
        y1: ty,
        x2: left,
        y2: ty,
        stroke: COLOURS.ink,
        'stroke-width': 1,
      }),
      textBlock([plot.tickLabels[i] as string], left - 10, ty + 5, BODY.size, BODY.line, {
        'text-anchor': 'end',
        fill: COLOURS.ink,
      }),
    );
  }
  out.push(
    element('polyline', {
      points: `${px(left)},${px(top)} ${px(left)},${px(bottom)} ${px(right)},${px(bottom)}`,
      fill: 'none',
      stroke: COLOURS.ink,
      'stroke-width': 1.5,
    }),
  );
  // The vertical axis label, turned a quarter to the left; further lines go towards the plot.
  const cy = (top + bottom) / 2;
  for (const [i, line] of plot.yLines.entries()) {
    const cx = MARGIN + BODY.size + i * BODY.line;
    out.push(
      textBlock([line], cx, cy, BODY.size, BODY.line, {
        'text-anchor': 'middle',
        transform: `rotate(-90 ${px(cx)} ${px(cy)})`,
        fill: COLOURS.ink,
      }),
    );
  }
  return element('g', { class: 'axes' }, out.join(''));
}

/**
 * The point labels, wrapped to at most 160 units and thinned so that they never touch, and
 * the horizontal axis label. Adds them to `parts`; returns the height used so far.
 */
function pointLabels(plot: PlotArea, input: ChartInput, parts: string[]): number {
  const { left, right, bottom, xOf } = plot;
  const n = input.values.length;
  const spacing = n <= 1 ? right - left : (right - left - 2 * plot.inset) / (n - 1);
  const wrapped = input.xLabels.map((l) => wrapText(l, 160, BODY.size));
  const widest = Math.max(0, ...wrapped.flat().map((l) => textWidth(l, BODY.size)));
  const every = Math.max(1, Math.ceil((widest + 12) / spacing));
  const markup = wrapped
    .map((lines, i) =>
      i % every === 0
        ? element('line', {
            x1: xOf(i),
            y1: bottom,
            x2: xOf(i),
            y2: bottom + 6,
            stroke: COLOURS.ink,
            'stroke-width': 1,
          }) +
          textBlock(lines, xOf(i), bottom + 24, BODY.size, BODY.line, {
            'text-anchor': 'middle',
            fill: COLOURS.ink,
          })
        : '',
    )
    .join('');
  parts.push(element('g', { class: 'x-labels' }, markup));
  const shownLines = wrapped.filter((_, i) => i % every === 0).map((lines) => lines.length);
  let y = bottom + 24 + Math.max(1, ...shownLines) * BODY.line;
  if (input.xAxisLabel !== undefined) {
    const lines = wrapText(input.xAxisLabel, right - left, BODY.size);
    parts.push(
      textBlock(lines, (left + right) / 2, y + 4, BODY.size, BODY.line, {
        'text-anchor': 'middle',
        'font-weight': 'bold',
        fill: COLOURS.ink,
      }),
    );
    y += lines.length * BODY.line + 4;
  }
  return y;
}

/** The mean (solid) and the process limits (dashed). */
function centreAndLimits(plot: PlotArea, input: ChartInput): string {
  const { upper, lower, mean } = input;
  const line = (at: number, attrs: Attributes) =>
    element('line', {
      x1: plot.left,
      y1: plot.yOf(at),
      x2: plot.right,
      y2: plot.yOf(at),
      ...attrs,
    });
  const out: string[] = [];
  if (upper !== null && lower !== null) {
    for (const limit of [upper, lower]) {
      out.push(
        line(limit, { stroke: COLOURS.guide, 'stroke-width': 2, 'stroke-dasharray': '8 6' }),
      );
    }
  }
  if (mean !== null) out.push(line(mean, { stroke: COLOURS.ink, 'stroke-width': 2 }));
  return element('g', { class: 'centre-and-limits' }, out.join(''));
}

/** The points, joined by a line, each marked by its variation; or "No data yet". */
function dataMarks(plot: PlotArea, chart: XmrChart, input: ChartInput): string {
  const { values } = input;
  if (values.length === 0) {
    return textBlock(
      ['No data yet'],
      (plot.left + plot.right) / 2,
      (plot.top + plot.bottom) / 2 + 9,
      26,
      30,
      { 'font-weight': 'bold', 'text-anchor': 'middle', fill: COLOURS.ink },
    );
  }
  const data: string[] = [];
  if (values.length > 1) {
    data.push(
      element('polyline', {
        points: values.map((v, i) => `${px(plot.xOf(i))},${px(plot.yOf(v))}`).join(' '),
        fill: 'none',
        stroke: COLOURS.commonCause,
        'stroke-width': 2,
        'stroke-linejoin': 'round',
      }),
    );
  }
  for (const point of chart.points) {
    data.push(
      marker(point.variation, plot.xOf(point.index), plot.yOf(point.value), {
        class: `point ${point.variation}`,
      }),
    );
  }
  return element('g', { class: 'data' }, data.join(''));
}

/** The legend, in rows that wrap. Adds it to `parts`; returns the height used so far. */
function legend(chart: XmrChart, input: ChartInput, top: number, parts: string[]): number {
  const { mean, upper, lower, width } = input;
  const items: { readonly key: string; readonly label: string }[] = [
    { key: 'common_cause', label: 'Common cause variation' },
    ...(chart.options.improvement === 'neither'
      ? [{ key: 'neither', label: 'Special cause (neither better nor worse)' }]
      : [
          { key: 'improvement', label: 'Special cause: improvement' },
          { key: 'concern', label: 'Special cause: concern' },
        ]),
    ...(mean === null ? [] : [{ key: 'mean', label: `Mean (${formatNumber(mean)})` }]),
    ...(upper === null || lower === null
      ? []
      : [
          {
            key: 'limits',
            label: `Process limits (${formatNumber(lower)} to ${formatNumber(upper)})`,
          },
        ]),
  ];
  const drawn = legendRows(items, legendSymbol, {
    width,
    top,
    margin: MARGIN,
    body: BODY,
    ink: COLOURS.ink,
  });
  parts.push(drawn.markup);
  return drawn.y;
}

export function text(fn: string, name: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: ${name} must be text, but it is ${typeof value}.`,
    );
  }
  return cleanText(value);
}

function checkChart(fn: string, chart: XmrChart) {
  const finiteOrNull = (name: string, v: number | null): number | null => {
    if (v === null) return null;
    if (!Number.isFinite(v)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `${fn}: the chart's ${name} is ${String(v)}; it must be a finite number or null.`,
      );
    }
    return v;
  };
  const values = chart.points.map((p, i) => {
    if (!Number.isFinite(p.value)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `${fn}: point ${i} has value ${String(p.value)}; every value must be a finite number.`,
      );
    }
    if (p.index !== i || !VARIATIONS.includes(p.variation)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `${fn}: point ${i} is not a point of an xmrChart result (index ${String(p.index)}, variation ${String(p.variation)}).`,
      );
    }
    return p.value;
  });
  return {
    values,
    mean: finiteOrNull('mean', chart.mean),
    upper: finiteOrNull('upper process limit', chart.upperProcessLimit),
    lower: finiteOrNull('lower process limit', chart.lowerProcessLimit),
  };
}

/** Round tick values covering the numbers: steps of 1, 2 or 5 × 10ᵏ, about five of them. */
export function niceTicks(numbers: readonly number[]): { values: number[]; decimals: number } {
  let lo = Math.min(...numbers);
  let hi = Math.max(...numbers);
  const magnitude = Math.max(Math.abs(lo), Math.abs(hi));
  if (hi / 2 - lo / 2 <= Math.max(magnitude * 1e-12, 1e-300)) {
    // One level (or differences too small to draw): show it in the middle of a band of
    // ±10 % of its size, at least ±1.
    const pad = Math.max(1, magnitude / 10);
    const below = lo - pad;
    const above = hi + pad;
    lo = Number.isFinite(below) ? below : lo;
    hi = Number.isFinite(above) ? above : hi;
  }
  const raw = hi / 5 - lo / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(lo / step);
  const count = Math.min(Math.ceil(hi / step) - first, 12);
  const values: number[] = [];
  for (let k = 0; k <= count; k += 1) {
    const value = (first + k) * step;
    // Next to the largest numbers a double can hold, a round tick can overflow: end at the data.
    if (Number.isFinite(value)) values.push(value);
  }
  if ((values[0] ?? lo) > lo) values.unshift(lo);
  if ((values.at(-1) ?? hi) < hi) values.push(hi);
  const decimals = Math.min(6, Math.max(0, -Math.floor(Math.log10(step))));
  return { values, decimals };
}

export function marker(variation: VariationClass, x: number, y: number, attrs: Attributes): string {
  const outlined = { stroke: COLOURS.ink, 'stroke-width': 1.5 };
  switch (variation) {
    case 'common_cause':
      return element('circle', { ...attrs, cx: x, cy: y, r: 5, fill: COLOURS.commonCause });
    case 'improvement':
      return element('circle', {
        ...attrs,
        cx: x,
        cy: y,
        r: 7.5,
        fill: COLOURS.improvement,
        ...outlined,
      });
    case 'concern':
      return element('path', {
        ...attrs,
        d: `M${px(x)} ${px(y - 9)}L${px(x + 9)} ${px(y)}L${px(x)} ${px(y + 9)}L${px(x - 9)} ${px(y)}Z`,
        fill: COLOURS.concern,
        ...outlined,
      });
    case 'neither':
      return element('rect', {
        ...attrs,
        x: x - 7,
        y: y - 7,
        width: 14,
        height: 14,
        fill: COLOURS.neither,
        ...outlined,
      });
    default:
      return variation satisfies never;
  }
}

function legendSymbol(key: string, x: number, y: number): string {
  if (key === 'mean')
    return element('line', {
      x1: x - 14,
      y1: y,
      x2: x + 14,
      y2: y,
      stroke: COLOURS.ink,
      'stroke-width': 2,
    });
  if (key === 'limits') {
    return element('line', {
      x1: x - 14,
      y1: y,
      x2: x + 14,
      y2: y,
      stroke: COLOURS.guide,
      'stroke-width': 2,
      'stroke-dasharray': '8 6',
    });
  }
  return marker(key as VariationClass, x, y, {});
}

function describe(
  chart: XmrChart,
  values: readonly number[],
  mean: number | null,
  upper: number | null,
  lower: number | null,
  xLabels: readonly string[],
): string {
  const n = values.length;
  if (n === 0) return 'No data yet.';
  const sentences = [
    `${n} point${n === 1 ? '' : 's'}, from ${xLabels[0] as string} to ${xLabels[n - 1] as string}.`,
  ];
  if (mean !== null) sentences.push(`The mean is ${formatNumber(mean)}.`);
  sentences.push(
    upper === null || lower === null
      ? 'There are no process limits: they need at least two points.'
      : `The process limits are ${formatNumber(lower)} and ${formatNumber(upper)}.`,
  );
  const special = chart.points.filter((p) => p.variation !== 'common_cause');
  if (special.length === 0) sentences.push('Every point shows common cause variation.');
  else {
    const named = special
      .slice(0, 12)
      .map(
        (p) =>
          `${xLabels[p.index] as string} (${formatNumber(p.value)}, ${IN_WORDS[p.variation].replace('special cause — ', '')})`,
      );
    const more = special.length > 12 ? `, and ${special.length - 12} more` : '';
    sentences.push(`Special cause at: ${named.join('; ')}${more}.`);
  }
  if (chart.variation !== null)
    sentences.push(`The latest point shows ${IN_WORDS[chart.variation]}.`);
  if (chart.recommendation.useRunChart) sentences.push(chart.recommendation.message);
  return sentences.join(' ');
}
