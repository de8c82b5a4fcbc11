import { GoldenThreadError } from '../core/index.js';
import { requireRecord, unexpected } from '../core/internal/index.js';
import type { FunnelLimits, FunnelPlot, FunnelPlotUnit, VariationClass } from '../stats/index.js';
import { textWidth, wrapText } from './layout.js';
import { formatNumber, px } from './numbers.js';
import { COLOURS } from './palette.js';
import { element, legendRows, requireId, requireSize, svgDocument, textBlock } from './svg.js';
import { marker, niceTicks, text } from './xmr-chart-svg.js';

/**
 * Options for {@link funnelPlotSvg}.
 *
 * @example
 * ```ts
 * const options: FunnelPlotSvgOptions = {
 *   title: 'Reviews on time, by service, July to September 2026',
 *   xAxisLabel: 'Reviews due',
 *   yAxisLabel: 'On time',
 * };
 * ```
 * @category Pictures
 */
export interface FunnelPlotSvgOptions {
  /** The heading drawn at the top and read first by a screen reader. */
  readonly title: string;
  /** What the horizontal axis shows (the denominator), such as `Support days`. */
  readonly xAxisLabel?: string;
  /** What the vertical axis shows, such as `Incidents per 1,000 days`. */
  readonly yAxisLabel?: string;
  /** The width in CSS pixels, 480 to 2400. Default 800. */
  readonly width?: number;
  /** The height of the plotting area in CSS pixels, 160 to 1600. Default 360; the picture is taller. */
  readonly plotHeight?: number;
  /** The `id` of the `<svg>`: give each picture on one page its own. Default `funnel-plot`. */
  readonly id?: string;
}

const FN = 'funnelPlotSvg';
const MARGIN = 24;
const TITLE = { size: 24, line: 30 };
const BODY = { size: 16, line: 22 };
const VARIATIONS: readonly VariationClass[] = ['common_cause', 'improvement', 'concern', 'neither'];
const LINES = {
  target: { stroke: COLOURS.ink, width: 2, dash: undefined },
  limit95: { stroke: COLOURS.guide, width: 2, dash: '8 6' },
  limit998: { stroke: COLOURS.guide, width: 2.5, dash: '2 4' },
} as const;

/** A number the plot holds, checked finite (a plot from JSON could hold anything). */
function finite(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${FN}: the plot's ${name} is ${String(value)}; it must be a finite number.`,
    );
  }
  return value;
}

function checkLimits(name: string, limits: FunnelLimits): FunnelLimits {
  for (const key of ['denominator', 'lower998', 'lower95', 'upper95', 'upper998'] as const) {
    finite(`${name}.${key}`, limits[key]);
  }
  return limits;
}

/** The units to draw (with a denominator) and the curve, checked. */
function checkPlot(plot: FunnelPlot) {
  if (
    (plot.kind !== 'proportion' && plot.kind !== 'rate') ||
    !['increase', 'decrease', 'neither'].includes(plot.improvement)
  ) {
    throw new GoldenThreadError('invalid_argument', `${FN}: the plot is not a funnelPlot result.`);
  }
  const drawn = plot.units.filter((u) => u.value !== null && u.limits !== null);
  for (const [i, u] of drawn.entries()) {
    finite(`units[${i}].value`, u.value);
    finite(`units[${i}].denominator`, u.denominator);
    checkLimits(`units[${i}].limits`, u.limits as FunnelLimits);
    if (u.variation === null || !VARIATIONS.includes(u.variation)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `${FN}: units[${i}] is not a unit of a funnelPlot result.`,
      );
    }
    text(FN, `units[${i}].label`, u.label);
  }
  const curve = plot.curve.map((c, i) => checkLimits(`curve[${i}]`, c));
  const target = plot.target === null ? null : finite('target', plot.target);
  return { drawn, curve, target };
}

/** How a value is written: a proportion as a percentage. */
function shownAs(plot: FunnelPlot): { scale: number; suffix: string } {
  return plot.kind === 'proportion' ? { scale: 100, suffix: '%' } : { scale: 1, suffix: '' };
}

/** Splits a line into the runs inside [lo, hi] on y, cutting each segment where it leaves. */
function clip(points: readonly [number, number][], lo: number, hi: number): [number, number][][] {
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  const edge = (a: [number, number], b: [number, number], y: number): [number, number] => [
    a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]),
    y,
  ];
  for (const [i, p] of points.entries()) {
    const inside = p[1] >= lo && p[1] <= hi;
    const previous = points[i - 1];
    if (previous !== undefined) {
      const wasInside = previous[1] >= lo && previous[1] <= hi;
      const bound = (q: [number, number]) => (q[1] > hi ? hi : lo);
      if (wasInside && !inside) run.push(edge(previous, p, bound(p)));
      if (!wasInside && inside) run.push(edge(previous, p, bound(previous)));
    }
    if (inside) run.push(p);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.length > 1);
}

interface Frame {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly x: (d: number) => number;
  readonly y: (v: number) => number;
  readonly lo: number;
  readonly hi: number;
}

/** The vertical range: the units, their limits and the target, on round ticks. */
function valueTicks(plot: FunnelPlot, drawn: readonly FunnelPlotUnit[], target: number | null) {
  const { scale } = shownAs(plot);
  const shown = [
    ...drawn.flatMap((u) => {
      const l = u.limits as FunnelLimits;
      return [u.value as number, l.lower998, l.upper998];
    }),
    ...(target === null ? [] : [target]),
  ].map((v) => v * scale);
  return niceTicks(shown.length === 0 ? [0, 1] : shown);
}

function axes(
  frame: Frame,
  xTicks: ReturnType<typeof niceTicks>,
  yTicks: ReturnType<typeof niceTicks>,
  suffix: string,
): string {
  const parts: string[] = [];
  for (const v of yTicks.values) {
    const ty = frame.y(v);
    parts.push(
      element('line', {
        x1: frame.left - 6,
        y1: ty,
        x2: frame.left,
        y2: ty,
        stroke: COLOURS.ink,
        'stroke-width': 1,
      }),
      textBlock(
        [`${formatNumber(v, yTicks.decimals)}${suffix}`],
        frame.left - 10,
        ty + 5,
        BODY.size,
        BODY.line,
        {
          'text-anchor': 'end',
          fill: COLOURS.ink,
        },
      ),
    );
  }
  for (const d of xTicks.values) {
    const tx = frame.x(d);
    parts.push(
      element('line', {
        x1: tx,
        y1: frame.bottom,
        x2: tx,
        y2: frame.bottom + 6,
        stroke: COLOURS.ink,
        'stroke-width': 1,
      }),
      textBlock([formatNumber(d, xTicks.decimals)], tx, frame.bottom + 24, BODY.size, BODY.line, {
        'text-anchor': 'middle',
        fill: COLOURS.ink,
      }),
    );
  }
  parts.push(
    element('polyline', {
      points: `${px(frame.left)},${px(frame.top)} ${px(frame.left)},${px(frame.bottom)} ${px(frame.right)},${px(frame.bottom)}`,
      fill: 'none',
      stroke: COLOURS.ink,
      'stroke-width': 1.5,
    }),
  );
  return element('g', { class: 'axes' }, parts.join(''));
}

function line(
  points: readonly [number, number][],
  style: (typeof LINES)[keyof typeof LINES],
  className: string,
): string {
  return element('polyline', {
    class: className,
    points: points.map(([x, y]) => `${px(x)},${px(y)}`).join(' '),
    fill: 'none',
    stroke: style.stroke,
    'stroke-width': style.width,
    'stroke-dasharray': style.dash,
    'stroke-linejoin': 'round',
  });
}

/** The target and the four limit lines, clipped to the plotting area. */
function limitLines(
  frame: Frame,
  curve: readonly FunnelLimits[],
  target: number | null,
  scale: number,
): string {
  const parts: string[] = [];
  if (target !== null && curve.length > 0) {
    const first = curve[0] as FunnelLimits;
    const last = curve.at(-1) as FunnelLimits;
    parts.push(
      line(
        [
          [frame.x(first.denominator), frame.y(target * scale)],
          [frame.x(last.denominator), frame.y(target * scale)],
        ],
        LINES.target,
        'target',
      ),
    );
  }
  const series: [
    keyof Omit<FunnelLimits, 'denominator'>,
    (typeof LINES)[keyof typeof LINES],
    string,
  ][] = [
    ['lower95', LINES.limit95, 'limit-95'],
    ['upper95', LINES.limit95, 'limit-95'],
    ['lower998', LINES.limit998, 'limit-99-8'],
    ['upper998', LINES.limit998, 'limit-99-8'],
  ];
  for (const [key, style, className] of series) {
    const points = curve.map((c): [number, number] => [c.denominator, c[key] * scale]);
    for (const run of clip(points, frame.lo, frame.hi)) {
      parts.push(
        line(
          run.map(([d, v]) => [frame.x(d), frame.y(v)]),
          style,
          className,
        ),
      );
    }
  }
  return element('g', { class: 'target-and-limits' }, parts.join(''));
}

/** The units as markers; those outside the limits named beside their marker. */
function unitMarks(frame: Frame, drawn: readonly FunnelPlotUnit[], scale: number): string {
  const parts: string[] = [];
  for (const u of drawn) {
    const cx = frame.x(u.denominator);
    const cy = frame.y((u.value as number) * scale);
    parts.push(marker(u.variation as VariationClass, cx, cy, { class: `unit ${u.variation}` }));
    if (u.outside === null) continue;
    const label = text(FN, 'label', u.label);
    const right = cx + 12 + textWidth(label, BODY.size) <= frame.right;
    parts.push(
      textBlock([label], right ? cx + 12 : cx - 12, cy + 5, BODY.size, BODY.line, {
        'text-anchor': right ? 'start' : 'end',
        fill: COLOURS.ink,
        class: 'unit-label',
      }),
    );
  }
  return element('g', { class: 'units' }, parts.join(''));
}

function legendSymbol(key: string, x: number, y: number): string {
  const style =
    key === 'target'
      ? LINES.target
      : key === 'limit95'
        ? LINES.limit95
        : key === 'limit998'
          ? LINES.limit998
          : null;
  if (style === null) return marker(key as VariationClass, x, y, {});
  return element('line', {
    x1: x - 14,
    y1: y,
    x2: x + 14,
    y2: y,
    stroke: style.stroke,
    'stroke-width': style.width,
    'stroke-dasharray': style.dash,
  });
}

/** The legend in rows that wrap; returns its markup and the y below it. */
function legend(
  plot: FunnelPlot,
  target: number | null,
  width: number,
  top: number,
): { markup: string; y: number } {
  const { scale, suffix } = shownAs(plot);
  const neither = plot.improvement === 'neither';
  const items = [
    { key: 'common_cause', label: 'Inside the limits' },
    ...(neither
      ? [{ key: 'neither', label: 'Outside the limits' }]
      : [
          { key: 'improvement', label: 'Outside the limits: improvement' },
          { key: 'concern', label: 'Outside the limits: concern' },
        ]),
    ...(target === null
      ? []
      : [
          {
            key: 'target',
            label: `${plot.targetSource === 'pooled' ? 'Overall figure' : 'Target'} (${formatNumber(target * scale)}${suffix === '' ? '' : ` ${suffix}`})`,
          },
        ]),
    { key: 'limit95', label: '95 % limits' },
    { key: 'limit998', label: '99.8 % limits' },
  ];
  return legendRows(items, legendSymbol, {
    width,
    top,
    margin: MARGIN,
    body: BODY,
    ink: COLOURS.ink,
  });
}

/** "Ash Court (high)" lists of the units beyond each limit, in words. */
function outsideInWords(plot: FunnelPlot): string[] {
  const named = (beyond: 0.95 | 0.998) =>
    plot.outliers
      .filter((u) => u.outside?.beyond === beyond)
      .map((u) => `${text(FN, 'label', u.label)} (${u.outside?.side === 'high' ? 'high' : 'low'})`);
  const sentences: string[] = [];
  const alarms = named(0.998);
  const alerts = named(0.95);
  if (alarms.length > 0) sentences.push(`Outside the 99.8 % limits: ${alarms.join(', ')}.`);
  if (alerts.length > 0) sentences.push(`Outside the 95 % limits only: ${alerts.join(', ')}.`);
  return sentences;
}

function describe(
  plot: FunnelPlot,
  drawn: readonly FunnelPlotUnit[],
  target: number | null,
): string {
  const { scale, suffix } = shownAs(plot);
  const n = plot.units.length;
  if (target === null || drawn.length === 0)
    return `${n} unit${n === 1 ? '' : 's'}, none with a denominator: nothing to compare yet.`;
  const sentences = [
    `Funnel plot of ${drawn.length} unit${drawn.length === 1 ? '' : 's'}, each against its denominator, with 95 % and 99.8 % limits around the ${plot.targetSource === 'pooled' ? 'overall figure' : 'target'}, ${formatNumber(target * scale)}${suffix === '' ? '' : ` ${suffix}`}.`,
    ...outsideInWords(plot),
  ];
  sentences.push(
    plot.outliers.length === 0
      ? 'Every unit is inside the limits.'
      : 'The others are inside the limits.',
  );
  const missing = n - drawn.length;
  if (missing > 0)
    sentences.push(
      `${missing} unit${missing === 1 ? ' has' : 's have'} no denominator and ${missing === 1 ? 'is' : 'are'} not shown.`,
    );
  return sentences.join(' ');
}

/**
 * Draws a funnel plot as an accessible SVG picture: each unit against its denominator, the
 * overall figure (or target), the 95 % and 99.8 % limits, the units outside them named, and
 * a legend.
 *
 * @remarks
 * Takes the result of `funnelPlot` as it is: the picture draws what it computed. The
 * horizontal axis is the denominator from 0; the vertical axis the figure — proportions as
 * percentages, rates as given. The overall figure is a solid line, the 95 % limits dashed and
 * the 99.8 % limits dotted (told apart by pattern, not only by colour), drawn through the
 * plot's `curve` and cut where they leave the plotting area. Units inside the limits are grey
 * circles; outside, an improvement is a blue circle, a concern an orange diamond and, when
 * neither direction is better, a purple square, each outlined in #0B0C0C; those outside are
 * labelled with their name, and listed in words under the legend. Colours and contrast
 * ratios as for {@link xmrChartSvg}.
 *
 * Accessibility, safety and determinism as for the other pictures: `role="img"`, `<title>`
 * and a `<desc>` that names the overall figure and every unit outside the limits; system
 * fonts at 16 to 24 CSS pixels; no script or external reference; host text (titles, unit
 * labels) escaped; byte-identical output for the same input.
 * @param plot - The result of `funnelPlot`.
 * @param options - `title` (required), `xAxisLabel`, `yAxisLabel`, `width`, `plotHeight` and `id`.
 * @returns A standalone SVG document as a string (it can also be placed inline in HTML).
 * @throws {@link golden-thread!GoldenThreadError} `invalid_argument` when `title`, an axis label
 * or a unit's label is not text, a size or `id` is not allowed, or the plot holds a number that
 * is not finite or is not a `funnelPlot` result.
 * @example
 * ```ts
 * const plot = funnelPlot(services, { kind: 'proportion', improvement: 'increase' });
 * const svg = funnelPlotSvg(plot, { title: 'Reviews on time, by service', xAxisLabel: 'Reviews due' });
 * ```
 * @category Pictures
 */
export function funnelPlotSvg(plot: FunnelPlot, options: FunnelPlotSvgOptions): string {
  try {
    requireRecord('funnelPlotSvg', 'plot', plot);
    requireRecord('funnelPlotSvg', 'options', options);
    return drawFunnelPlot(plot, options);
  } catch (error) {
    throw unexpected('funnelPlotSvg', error);
  }
}

/** The picture itself, once the arguments are known to be objects. */
function drawFunnelPlot(plot: FunnelPlot, options: FunnelPlotSvgOptions): string {
  const width = requireSize(FN, 'width', options.width, 800, 480, 2400);
  const plotHeight = requireSize(FN, 'plotHeight', options.plotHeight, 360, 160, 1600);
  const id = requireId(FN, options.id, 'funnel-plot');
  const title = text(FN, 'title', options.title);
  const xAxisLabel =
    options.xAxisLabel === undefined ? undefined : text(FN, 'xAxisLabel', options.xAxisLabel);
  const yAxisLabel =
    options.yAxisLabel === undefined ? undefined : text(FN, 'yAxisLabel', options.yAxisLabel);
  const { drawn, curve, target } = checkPlot(plot);
  const parts: string[] = [];
  const titleLines = wrapText(title, width - 2 * MARGIN, TITLE.size);
  parts.push(
    textBlock(titleLines, MARGIN, MARGIN + TITLE.size, TITLE.size, TITLE.line, {
      'font-weight': 'bold',
      fill: COLOURS.ink,
    }),
  );
  const top = MARGIN + TITLE.size + (titleLines.length - 1) * TITLE.line + 24;
  const { frame, xTicks, yTicks, yLines } = layout(
    plot,
    drawn,
    curve,
    target,
    width,
    plotHeight,
    top,
    yAxisLabel,
  );
  const { scale, suffix } = shownAs(plot);
  parts.push(axes(frame, xTicks, yTicks, suffix), axisTitles(frame, yLines, xAxisLabel));
  parts.push(limitLines(frame, curve, target, scale), unitMarks(frame, drawn, scale));
  const xLines =
    xAxisLabel === undefined ? [] : wrapText(xAxisLabel, frame.right - frame.left, BODY.size);
  let y =
    frame.bottom + 24 + BODY.line + (xLines.length === 0 ? 0 : xLines.length * BODY.line + 4) + 16;
  const key = legend(plot, target, width, y);
  parts.push(key.markup);
  y = key.y;
  const note = outsideInWords(plot).flatMap((s) => wrapText(s, width - 2 * MARGIN, BODY.size));
  if (note.length > 0) {
    parts.push(
      textBlock(note, MARGIN, y + 8, BODY.size, BODY.line, {
        fill: COLOURS.ink,
        class: 'outliers',
      }),
    );
    y += note.length * BODY.line + 8;
  }
  return svgDocument(
    id,
    width,
    Math.ceil(y + MARGIN),
    title,
    describe(plot, drawn, target),
    parts.join(''),
  );
}

/** The plotting area and its scales. */
function layout(
  plot: FunnelPlot,
  drawn: readonly FunnelPlotUnit[],
  curve: readonly FunnelLimits[],
  target: number | null,
  width: number,
  plotHeight: number,
  top: number,
  yAxisLabel: string | undefined,
) {
  const yTicks = valueTicks(plot, drawn, target);
  const { suffix } = shownAs(plot);
  const widest = Math.max(
    ...yTicks.values.map((v) =>
      textWidth(`${formatNumber(v, yTicks.decimals)}${suffix}`, BODY.size),
    ),
  );
  const yLines = yAxisLabel === undefined ? [] : wrapText(yAxisLabel, plotHeight, BODY.size);
  const left = MARGIN + yLines.length * BODY.line + (yLines.length > 0 ? 8 : 0) + widest + 12;
  const right = width - MARGIN;
  const bottom = top + plotHeight;
  const denominators = [...drawn.map((u) => u.denominator), ...curve.map((c) => c.denominator)];
  const xTicks = niceTicks([0, ...(denominators.length === 0 ? [1] : denominators)]);
  const [xLo, xHi] = [xTicks.values[0] as number, xTicks.values.at(-1) as number];
  const [lo, hi] = [yTicks.values[0] as number, yTicks.values.at(-1) as number];
  const inset = 8;
  const frame: Frame = {
    left,
    right,
    top,
    bottom,
    x: (d) => left + inset + ((d / 2 - xLo / 2) / (xHi / 2 - xLo / 2)) * (right - left - 2 * inset),
    y: (v) => bottom - ((v / 2 - lo / 2) / (hi / 2 - lo / 2)) * plotHeight,
    lo,
    hi,
  };
  return { frame, xTicks, yTicks, yLines };
}

function axisTitles(
  frame: Frame,
  yLines: readonly string[],
  xAxisLabel: string | undefined,
): string {
  const parts: string[] = [];
  const cy = (frame.top + frame.bottom) / 2;
  for (const [i, l] of yLines.entries()) {
    const cx = MARGIN + BODY.size + i * BODY.line;
    parts.push(
      textBlock([l], cx, cy, BODY.size, BODY.line, {
        'text-anchor': 'middle',
        transform: `rotate(-90 ${px(cx)} ${px(cy)})`,
        fill: COLOURS.ink,
      }),
    );
  }
  if (xAxisLabel !== undefined) {
    const lines = wrapText(xAxisLabel, frame.right - frame.left, BODY.size);
    parts.push(
      textBlock(
        lines,
        (frame.left + frame.right) / 2,
        frame.bottom + 24 + BODY.line + 4,
        BODY.size,
        BODY.line,
        {
          'text-anchor': 'middle',
          'font-weight': 'bold',
          fill: COLOURS.ink,
        },
      ),
    );
  }
  return element('g', { class: 'axis-titles' }, parts.join(''));
}
