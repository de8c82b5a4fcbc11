import { daysBetween, formatLongDate, GoldenThreadError, type IsoDate } from '../core/index.js';
import {
  asSentence,
  requireCalendarDate,
  requireRecord,
  unexpected,
} from '../core/internal/index.js';
import type { Outcome, Rating } from '../outcomes/index.js';
import { cleanText } from './escape.js';
import { textWidth, wrapText } from './layout.js';
import { formatNumber, px } from './numbers.js';
import { COLOURS } from './palette.js';
import {
  type DrawnScale,
  ratingsInDateOrder,
  type ScaleLabel,
  scaleOf,
  scoreWithLabel,
} from './ratings.js';
import { element, requireId, requireSize, svgDocument, textBlock } from './svg.js';

/**
 * Something that happened on a day, marked on a rating timeline: a review, a co-produced
 * change to the plan, a new keyworker.
 *
 * @example
 * ```ts
 * const milestone: TimelineMilestone = { on: '2026-10-05', label: 'Review with Sam and Mum' };
 * ```
 * @category Pictures
 */
export interface TimelineMilestone {
  /** The day it happened. */
  readonly on: IsoDate;
  /** What happened, in a few words. */
  readonly label: string;
}

/**
 * Options for {@link ratingTimelineSvg}.
 *
 * @example
 * ```ts
 * const options: RatingTimelineSvgOptions = {
 *   title: 'Going to the art group on my own',
 *   milestones: [{ on: '2026-10-05', label: 'Review: we changed the bus plan' }],
 * };
 * ```
 * @category Pictures
 */
export interface RatingTimelineSvgOptions {
  /** The heading drawn at the top and read first by a screen reader. Default: the outcome's words. */
  readonly title?: string;
  /** What each score means; default the labels of the outcome's rating scale. */
  readonly scaleLabels?: readonly ScaleLabel[];
  /** Days to mark on the timeline, such as reviews and co-produced changes. */
  readonly milestones?: readonly TimelineMilestone[];
  /** Leave out ratings after this day. Default: draw every rating. */
  readonly asOf?: IsoDate;
  /** The width in CSS pixels, 480 to 2400. Default 800; the height follows from the content. */
  readonly width?: number;
  /** The `id` of the `<svg>` (its title and description get `-title` and `-desc`): give each picture on one page its own. Default `rating-timeline`. */
  readonly id?: string;
}

const MARGIN = 24;
const TITLE = { size: 26, line: 34 };
const BODY = { size: 18, line: 24 };
const NOTE = 'Each dot is one rating. The number in the dot is the score.';
const BADGE_RADIUS = 14;
const BADGE_ROW = 34;

/**
 * Draws a person's progress ratings over time as an accessible SVG picture, for an easy-read
 * review pack or a support plan.
 *
 * @remarks
 * Each rating is one numbered dot, in date order from left to right and evenly spaced (the
 * horizontal position shows the order of the ratings, not the time between them; every dot
 * has its date under it, thinned when they would touch). The scale runs up the left with the
 * host's label beside each score. Milestones are numbered dashed lines, placed between the
 * ratings by date and listed under the picture with their dates. Nothing is left out to make
 * the picture tidy: a score outside the scale stretches the scale, long words are broken
 * over lines, and with no rating the picture says "No ratings yet".
 *
 * Accessibility: `role="img"` with a `<title>` (the heading) and a `<desc>` that says in words
 * what the picture shows ("Ratings went from 2 on 14 September 2026 to 4 on 9 November
 * 2026 …"). Text is Arial (or Helvetica, Liberation Sans, the system sans-serif — no font is
 * downloaded) at 18 to 26 CSS pixels when the picture is shown at its natural size, as
 * easy-read guidance asks. Colours on white, with WCAG 2 contrast ratios: text #0B0C0C
 * (19.59:1), ratings #003078 with white numbers (12.40:1), milestones #4C2C92 with white
 * numbers (10.08:1), grid lines #505A5F (7.07:1) — all above AA for text (4.5:1).
 *
 * The SVG has no script, no `foreignObject`, no external reference and no style sheet; all
 * host text is escaped and control characters that XML cannot hold are removed. The same
 * input always gives the same bytes.
 * @param outcome - A parsed outcome; its ratings and rating scale (1–5 when it has none) are drawn.
 * @param options - `title`, `scaleLabels`, `milestones`, `asOf`, `width` and `id`.
 * @returns A standalone SVG document as a string (it can also be placed inline in HTML).
 * @throws {@link golden-thread!GoldenThreadError} `invalid_argument` when `width` or `id` is not allowed,
 * `title` or a label is not text, a scale label is for a score not on the scale, or a score
 * is not a finite number; `invalid_date` when `asOf`, a milestone's day or a rating's day is
 * not a calendar date.
 * @example
 * ```ts
 * const svg = ratingTimelineSvg(outcome, {
 *   milestones: [{ on: '2026-10-05', label: 'Review: we changed the bus plan' }],
 * });
 * await writeFile('progress.svg', svg);
 * ```
 * @category Pictures
 */
export function ratingTimelineSvg(
  outcome: Outcome,
  options: RatingTimelineSvgOptions = {},
): string {
  try {
    requireRecord('ratingTimelineSvg', 'outcome', outcome);
    requireRecord('ratingTimelineSvg', 'options', options);
    const fn = 'ratingTimelineSvg';
    const width = requireSize(fn, 'width', options.width, 800, 480, 2400);
    const id = requireId(fn, options.id, 'rating-timeline');
    const asOf =
      options.asOf === undefined ? undefined : requireCalendarDate(fn, 'asOf', options.asOf);
    const title = cleanText(requireText(fn, 'title', options.title ?? outcome.words));
    const scale = scaleOf(fn, outcome, options.scaleLabels);
    const ratings = ratingsInDateOrder(fn, outcome, asOf);
    const milestones = checkMilestones(fn, options.milestones ?? []);
    const parts: string[] = [];
    let y = heading(title, width, parts);
    const columns = columnLayout(width, ratings, milestones);
    const badgeTop = y;
    if (columns.marks.length > 0) y += columns.badgeRows * BADGE_ROW + 8;
    const rows = rowLayout(scale, ratings, columns, y);
    parts.push(scaleGrid(rows, columns));
    if (columns.marks.length > 0) parts.push(milestoneLines(columns.marks, badgeTop, rows));
    const dateLines = ratingMarks(ratings, columns, rows, parts);
    y = rows.bottom + 44 + dateLines * BODY.line + 8;
    y = milestoneList(columns.marks, width, y, parts);
    const height = Math.ceil(y + MARGIN);
    return svgDocument(
      id,
      width,
      height,
      title,
      describe(scale, ratings, columns.marks),
      parts.join(''),
    );
  } catch (error) {
    throw unexpected('ratingTimelineSvg', error);
  }
}

/** The heading and the one-line key. Adds them to `parts`; returns where the plot may start. */
function heading(title: string, width: number, parts: string[]): number {
  let y = MARGIN + TITLE.size;
  const titleLines = wrapText(title, width - 2 * MARGIN, TITLE.size);
  parts.push(
    textBlock(titleLines, MARGIN, y, TITLE.size, TITLE.line, {
      'font-weight': 'bold',
      fill: COLOURS.ink,
    }),
  );
  y += titleLines.length * TITLE.line + 4;
  const noteLines = wrapText(NOTE, width - 2 * MARGIN, BODY.size);
  parts.push(textBlock(noteLines, MARGIN, y, BODY.size, BODY.line, { fill: COLOURS.ink }));
  return y + (noteLines.length - 1) * BODY.line + 16;
}

interface Mark {
  readonly on: IsoDate;
  readonly label: string;
  readonly number: number;
  readonly x: number;
  row: number;
}

/** Horizontal layout: the scale labels on the left, one column per rating, milestone badges. */
interface Columns {
  readonly labelColumn: number;
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly spacing: number;
  readonly xOf: (i: number) => number;
  readonly marks: readonly Mark[];
  /** Rows of milestone badges (up to three), so that badges never overlap. */
  readonly badgeRows: number;
}

function columnLayout(
  width: number,
  ratings: readonly Rating[],
  milestones: readonly TimelineMilestone[],
): Columns {
  const labelColumn = Math.round(width * 0.3);
  const left = MARGIN + labelColumn + 16;
  const right = width - MARGIN;
  const spacing = (right - left) / Math.max(ratings.length, 1);
  const xOf = (i: number) => left + spacing * (i + 0.5);
  const marks: Mark[] = milestones.map((m, j) => ({
    ...m,
    number: j + 1,
    x: milestoneX(m.on, ratings, xOf, spacing, left, right, j, milestones.length),
    row: 0,
  }));
  const rowEnds: number[] = [];
  for (const mark of [...marks].sort((a, b) => a.x - b.x)) {
    let row = rowEnds.findIndex((end) => mark.x - end >= 2 * BADGE_RADIUS + 4);
    if (row === -1) row = rowEnds.length < 3 ? rowEnds.length : 0;
    rowEnds[row] = mark.x;
    mark.row = row;
  }
  return {
    labelColumn,
    left,
    right,
    width: right - left,
    spacing,
    xOf,
    marks,
    badgeRows: rowEnds.length,
  };
}

/** Vertical layout: one row per tick, tall enough for its label. */
interface Rows {
  readonly ticks: readonly number[];
  readonly tickLabels: readonly (readonly string[])[];
  readonly top: number;
  readonly height: number;
  readonly bottom: number;
  readonly yOf: (score: number) => number;
}

function rowLayout(
  scale: DrawnScale,
  ratings: readonly Rating[],
  columns: Columns,
  y: number,
): Rows {
  let lo = scale.min;
  let hi = scale.max;
  for (const r of ratings) {
    lo = Math.min(lo, r.score);
    hi = Math.max(hi, r.score);
  }
  const ticks = scaleTicks(lo, hi);
  const tickLabels = ticks.map((score) => {
    const label = scale.labels.get(score);
    return wrapText(
      label === undefined ? formatNumber(score) : `${formatNumber(score)} – ${label}`,
      columns.labelColumn - 8,
      BODY.size,
    );
  });
  const mostLines = Math.max(...tickLabels.map((lines) => lines.length));
  const rowHeight = Math.max(64, mostLines * BODY.line + 16);
  const top = y + Math.max(((tickLabels[0]?.length ?? 1) * BODY.line) / 2, 20) + 8;
  const height = rowHeight * (ticks.length - 1);
  return {
    ticks,
    tickLabels,
    top,
    height,
    bottom: top + height,
    yOf: (score) => top + ((hi - score) / (hi - lo)) * height,
  };
}

/** The scale: grid lines and their labels, and the axis. */
function scaleGrid(rows: Rows, columns: Columns): string {
  const grid: string[] = [];
  for (const [i, score] of rows.ticks.entries()) {
    const ty = rows.yOf(score);
    const lines = rows.tickLabels[i] ?? [];
    grid.push(
      element('line', {
        x1: columns.left,
        y1: ty,
        x2: columns.right,
        y2: ty,
        stroke: COLOURS.guide,
        'stroke-width': 1,
        'stroke-dasharray': '4 6',
      }),
      textBlock(
        lines,
        MARGIN,
        ty - ((lines.length - 1) * BODY.line) / 2 + 6,
        BODY.size,
        BODY.line,
        {
          fill: COLOURS.ink,
        },
      ),
    );
  }
  grid.push(
    element('line', {
      x1: columns.left,
      y1: rows.top - 12,
      x2: columns.left,
      y2: rows.bottom + 12,
      stroke: COLOURS.ink,
      'stroke-width': 2,
    }),
  );
  return element('g', { class: 'scale' }, grid.join(''));
}

/** Milestones: a numbered badge above a dashed line. */
function milestoneLines(marks: readonly Mark[], badgeTop: number, rows: Rows): string {
  const drawn = marks.map((mark) => {
    const cy = badgeTop + BADGE_RADIUS + 2 + mark.row * BADGE_ROW;
    return element(
      'g',
      { class: 'milestone' },
      element('line', {
        x1: mark.x,
        y1: cy + BADGE_RADIUS,
        x2: mark.x,
        y2: rows.bottom + 12,
        stroke: COLOURS.milestone,
        'stroke-width': 3,
        'stroke-dasharray': '8 6',
      }) + badge(mark.x, cy, mark.number),
    );
  });
  return element('g', { class: 'milestones' }, drawn.join(''));
}

/** Ratings: "No ratings yet", or the line, the dots and their dates. Returns the date lines. */
function ratingMarks(
  ratings: readonly Rating[],
  columns: Columns,
  rows: Rows,
  parts: string[],
): number {
  if (ratings.length === 0) {
    parts.push(...noRatings(columns, rows));
    return 0;
  }
  const { xOf } = columns;
  const dots: string[] = [];
  if (ratings.length > 1) {
    dots.push(
      element('polyline', {
        points: ratings.map((r, i) => `${px(xOf(i))},${px(rows.yOf(r.score))}`).join(' '),
        fill: 'none',
        stroke: COLOURS.rating,
        'stroke-width': 4,
        'stroke-linejoin': 'round',
      }),
    );
  }
  for (const [i, r] of ratings.entries()) dots.push(ratingDot(xOf(i), rows.yOf(r.score), r.score));
  parts.push(element('g', { class: 'ratings' }, dots.join('')));
  return ratingDates(ratings, columns, rows, parts);
}

function noRatings(columns: Columns, rows: Rows): string[] {
  const message = 'No ratings yet';
  const boxWidth = textWidth(message, 28) + 32;
  const cx = columns.left + columns.width / 2;
  const cy = rows.top + rows.height / 2;
  return [
    element('rect', {
      x: cx - boxWidth / 2,
      y: cy - 26,
      width: boxWidth,
      height: 52,
      fill: COLOURS.paper,
      stroke: COLOURS.ink,
      'stroke-width': 2,
      rx: 8,
    }),
    textBlock([message], cx, cy + 10, 28, 34, {
      'font-weight': 'bold',
      'text-anchor': 'middle',
      fill: COLOURS.ink,
    }),
  ];
}

function ratingDot(x: number, y: number, score: number): string {
  const text = formatNumber(score);
  const radius = Math.max(17, text.length * 6 + 7);
  return element(
    'g',
    { class: 'rating' },
    element('circle', {
      cx: x,
      cy: y,
      r: radius,
      fill: COLOURS.rating,
      stroke: COLOURS.paper,
      'stroke-width': 3,
    }) +
      textBlock([text], x, y + 6, BODY.size, BODY.line, {
        'font-weight': 'bold',
        'text-anchor': 'middle',
        fill: COLOURS.paper,
      }),
  );
}

/**
 * Dates under the dots: "14 September / 2026", or "14 / September / 2026" when that lets
 * every date be shown; thinned so that they never touch (the latest always shows). Returns
 * how many lines each date takes.
 */
function ratingDates(
  ratings: readonly Rating[],
  columns: Columns,
  rows: Rows,
  parts: string[],
): number {
  const dateY = rows.bottom + 44;
  const spread = (dates: readonly (readonly string[])[]) => {
    const widest = Math.max(...dates.flat().map((line) => textWidth(line, BODY.size)));
    return Math.max(1, Math.ceil((widest + 12) / columns.spacing));
  };
  let dates = ratings.map((r) => splitDate(r.on, false));
  if (spread(dates) > 1) dates = ratings.map((r) => splitDate(r.on, true));
  const every = spread(dates);
  const labels = dates
    .map((lines, i) =>
      (ratings.length - 1 - i) % every === 0
        ? textBlock(lines, columns.xOf(i), dateY, BODY.size, BODY.line, {
            'text-anchor': 'middle',
            fill: COLOURS.ink,
          })
        : '',
    )
    .join('');
  parts.push(element('g', { class: 'dates' }, labels));
  return dates[0]?.length ?? 0;
}

/** The milestones, listed with their dates. Adds them to `parts`; returns the height used. */
function milestoneList(
  marks: readonly Mark[],
  width: number,
  top: number,
  parts: string[],
): number {
  if (marks.length === 0) return top;
  let y = top + 8;
  parts.push(
    textBlock(['Milestones'], MARGIN, y, 20, 26, { 'font-weight': 'bold', fill: COLOURS.ink }),
  );
  y += 34;
  const textLeft = MARGIN + 2 * BADGE_RADIUS + 12;
  for (const mark of marks) {
    const lines = wrapText(
      `${formatLongDate(mark.on)}: ${mark.label}`,
      width - textLeft - MARGIN,
      BODY.size,
    );
    parts.push(badge(MARGIN + BADGE_RADIUS, y - 6, mark.number));
    parts.push(textBlock(lines, textLeft, y, BODY.size, BODY.line, { fill: COLOURS.ink }));
    y += Math.max(lines.length * BODY.line, BADGE_ROW) + 6;
  }
  return y;
}

function requireText(fn: string, name: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: ${name} must be text, but it is ${typeof value}.`,
    );
  }
  return value;
}

function checkMilestones(
  fn: string,
  milestones: readonly TimelineMilestone[],
): TimelineMilestone[] {
  const checked = milestones.map((m, i) => ({
    on: requireCalendarDate(fn, `milestone ${i} day`, m.on),
    label: cleanText(requireText(fn, `milestone ${i} label`, m.label)).trim(),
    index: i,
  }));
  return checked
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.index - b.index))
    .map(({ on, label }) => ({ on, label }));
}

/** Every score when the scale has at most 11 points, otherwise about ten evenly spaced; top first. */
function scaleTicks(lo: number, hi: number): number[] {
  const step = hi - lo <= 10 ? 1 : Math.ceil((hi - lo) / 10);
  const ticks: number[] = [];
  for (let score = hi; score > lo; score -= step) ticks.push(score);
  const last = ticks.at(-1) as number;
  if (last - lo < step / 2 && ticks.length > 1) ticks.pop();
  ticks.push(lo);
  return ticks;
}

/** Where a milestone goes: on a rating of the same day, between the ratings around it, or at an end. */
function milestoneX(
  on: IsoDate,
  ratings: readonly Rating[],
  xOf: (i: number) => number,
  spacing: number,
  left: number,
  right: number,
  index: number,
  count: number,
): number {
  const first = ratings[0];
  const last = ratings.at(-1);
  if (first === undefined || last === undefined)
    return left + ((right - left) * (index + 0.5)) / count;
  if (on < first.on) return left + spacing * 0.2;
  if (on > last.on) return right - spacing * 0.2;
  const same = ratings.findIndex((r) => r.on === on);
  if (same !== -1) return xOf(same);
  const after = ratings.findIndex((r) => r.on > on);
  const a = ratings[after - 1] as Rating;
  const b = ratings[after] as Rating;
  return xOf(after - 1) + (spacing * daysBetween(a.on, on)) / daysBetween(a.on, b.on);
}

function badge(x: number, y: number, number: number): string {
  return (
    element('circle', { cx: x, cy: y, r: BADGE_RADIUS, fill: COLOURS.milestone }) +
    textBlock([String(number)], x, y + 6, 16, 20, {
      'font-weight': 'bold',
      'text-anchor': 'middle',
      fill: COLOURS.paper,
    })
  );
}

/** "14 September 2026" as ["14 September", "2026"], or narrow: ["14", "September", "2026"]. */
function splitDate(on: IsoDate, narrow: boolean): string[] {
  const [day, month, year] = formatLongDate(on).split(' ') as [string, string, string];
  return narrow ? [day, month, year] : [`${day} ${month}`, year];
}

function describe(
  scale: DrawnScale,
  ratings: readonly Rating[],
  marks: readonly { readonly on: IsoDate; readonly label: string; readonly number: number }[],
): string {
  const say = (score: number) => scoreWithLabel(score, scale, (n) => formatNumber(n));
  const sentences = [
    `The scale goes from ${formatNumber(scale.min)} to ${formatNumber(scale.max)}.`,
  ];
  for (const [score, label] of [...scale.labels].sort((a, b) => a[0] - b[0])) {
    sentences.push(`${formatNumber(score)} means ${asSentence(label)}`);
  }
  const first = ratings[0];
  const last = ratings.at(-1);
  if (first === undefined || last === undefined) sentences.push('No ratings yet.');
  else if (ratings.length === 1)
    sentences.push(`One rating: ${say(first.score)} on ${formatLongDate(first.on)}.`);
  else {
    const scores = ratings.map((r) => r.score);
    sentences.push(
      `${ratings.length} ratings. Ratings went from ${say(first.score)} on ${formatLongDate(first.on)} to ${say(last.score)} on ${formatLongDate(last.on)}.`,
      `The highest was ${formatNumber(Math.max(...scores))} and the lowest was ${formatNumber(Math.min(...scores))}.`,
    );
  }
  for (const mark of marks) {
    sentences.push(
      `Milestone ${mark.number}, ${formatLongDate(mark.on)}: ${asSentence(mark.label)}`,
    );
  }
  return sentences.join(' ');
}
