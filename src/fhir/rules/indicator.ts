// Reading a Goal target as an outcome's indicator: the measure (its words and kind), the
// detail (the number to reach, with a unit, and a comparator that gives the direction), and
// the parts only our `indicator` extension carries (period, baseline, direction).
import type { Path } from '../../core/index.js';
import { DirectionSchema, MeasureKindSchema, PeriodSchema } from '../../outcomes/index.js';
import { FHIR_CODE_SYSTEM } from '../constants.js';
import { type GoalContext, type GoalReport, notRead } from './context.js';
import { codeFrom, finite, first, isRecord, type Json, list, oneOf, parts, text } from './json.js';

type Direction = 'increase' | 'decrease';

// R4's QuantityComparator codes, as the direction in which the target is met.
const COMPARATORS: Readonly<Record<string, Direction>> = {
  '<': 'decrease',
  '<=': 'decrease',
  '>=': 'increase',
  '>': 'increase',
};

/** A detail's comparator, and where it was. */
interface Bound {
  readonly comparator: string;
  readonly direction: Direction;
  readonly path: Path;
}

/** The measure's words (text, else a coding's display) and our kind-of-measure code. */
function readMeasure(measure: Json, path: Path, report: GoalReport): Json | undefined {
  let description = text(measure['text']);
  for (const coding of list(measure['coding'])) {
    if (description === undefined && isRecord(coding)) description = text(coding['display']);
  }
  if (description === undefined) {
    notRead(report, path, 'a measure without words');
    return undefined;
  }
  const kind = codeFrom(measure, FHIR_CODE_SYSTEM);
  if (kind === undefined) return { description };
  if (oneOf(MeasureKindSchema.options, kind) !== undefined) return { description, measure: kind };
  notRead(report, path, 'a kind of measure golden-thread does not know');
  return { description };
}

/** A `detailQuantity`: its value and unit, and its comparator as a bound. */
function readQuantity(
  quantity: Json,
  path: Path,
  indicator: Json,
  report: GoalReport,
): Bound | undefined {
  const value = finite(quantity['value']);
  if (value === undefined) {
    notRead(report, path, 'no number');
    return undefined;
  }
  const comparator = quantity['comparator'];
  const direction =
    typeof comparator === 'string' && Object.hasOwn(COMPARATORS, comparator)
      ? COMPARATORS[comparator]
      : undefined;
  if (comparator !== undefined && direction === undefined) {
    notRead(
      report,
      [...path, 'comparator'],
      'a comparator R4 does not define, so the target is unknown',
    );
    return undefined;
  }
  indicator['target'] = value;
  const unit = text(quantity['unit']);
  if (unit !== undefined) indicator['unit'] = unit;
  return direction === undefined
    ? undefined
    : { comparator: comparator as string, direction, path };
}

const UNMAPPED_DETAILS = ['detailRange', 'detailString', 'detailRatio', 'detailCodeableConcept'];

/** The target's detail: a quantity, a whole number or a milestone; others are reported. */
function readDetail(
  target: Json,
  path: Path,
  indicator: Json,
  report: GoalReport,
): Bound | undefined {
  let bound: Bound | undefined;
  const quantity = target['detailQuantity'];
  if (isRecord(quantity)) {
    bound = readQuantity(quantity, [...path, 'detailQuantity'], indicator, report);
  } else if (target['detailInteger'] !== undefined) {
    const value = target['detailInteger'];
    if (typeof value === 'number' && Number.isInteger(value)) indicator['target'] = value;
    else notRead(report, [...path, 'detailInteger'], 'not a whole number');
  } else if (target['detailBoolean'] !== undefined && target['detailBoolean'] !== true) {
    report('fhir_element_not_mapped', [...path, 'detailBoolean']);
  }
  for (const key of UNMAPPED_DETAILS) {
    if (target[key] !== undefined) report('fhir_element_not_mapped', [...path, key]);
  }
  return bound;
}

/** Our `indicator` extension: the period, baseline, direction and (without a target) unit. */
function readIndicatorExtension(ext: Json, path: Path, indicator: Json, report: GoalReport): void {
  const p = parts(ext);
  const per = first(p, 'per')?.['valueCode'];
  if (per !== undefined) {
    if (oneOf(PeriodSchema.options, per) !== undefined) indicator['per'] = per;
    else notRead(report, path, 'a period golden-thread does not know');
  }
  const baseline = finite(first(p, 'baseline')?.['valueDecimal']);
  if (baseline !== undefined) indicator['baseline'] = baseline;
  const direction = first(p, 'direction')?.['valueCode'];
  if (direction !== undefined) {
    if (oneOf(DirectionSchema.options, direction) !== undefined) indicator['direction'] = direction;
    else notRead(report, path, 'a direction golden-thread does not know');
  }
  const unit = text(first(p, 'unit')?.['valueString']);
  if (unit !== undefined && indicator['unit'] === undefined) indicator['unit'] = unit;
}

/**
 * The comparator gives the direction. When our extension gives another, the extension is
 * kept and the comparator reported; a strict comparator (`<`, `>`) is reported as read.
 */
function applyBound(bound: Bound, indicator: Json, report: GoalReport): void {
  const given = indicator['direction'];
  if (given !== undefined && given !== bound.direction) {
    notRead(
      report,
      [...bound.path, 'comparator'],
      `the comparator ${bound.comparator} disagrees with the direction "${String(given)}" in the indicator extension, which was kept`,
    );
    return;
  }
  indicator['direction'] = bound.direction;
  if (bound.comparator === '<' || bound.comparator === '>') {
    report('fhir_strict_comparator', bound.path, {
      comparator: bound.comparator,
      target: indicator['target'] as number,
      direction: bound.direction,
    });
  }
}

/**
 * Reads one target with a measure as the indicator, noting where each part came from.
 * Returns `undefined` (reported) when the measure has no words.
 */
export function readIndicator(
  target: Json,
  at: number,
  ctx: GoalContext,
  report: GoalReport,
): Json | undefined {
  const path = ['target', at];
  const measure = target['measure'];
  if (!isRecord(measure)) return undefined;
  const indicator = readMeasure(measure, [...path, 'measure'], report);
  if (indicator === undefined) return undefined;
  ctx.sources['indicator'] = path;
  ctx.sources['indicator.description'] = [...path, 'measure'];
  const bound = readDetail(target, path, indicator, report);
  const ext = ctx.extensions.indicator;
  if (ext !== undefined) {
    readIndicatorExtension(ext.ext, ext.path, indicator, report);
    for (const key of ['per', 'baseline', 'direction']) ctx.sources[`indicator.${key}`] = ext.path;
  }
  if (bound !== undefined) applyBound(bound, indicator, report);
  return indicator;
}
