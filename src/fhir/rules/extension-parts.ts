// Readers for the complex extensions a Goal can carry: an owner, an agreement (the standard
// goal-acceptance extension with our sub-extensions), a rating scale and GAS levels. Each
// returns the outcome's part, or reports why it could not read it.
import type { Path } from '../../core/index.js';
import { AgreementResponseSchema, PartyRoleSchema } from '../../outcomes/index.js';
import { FHIR_EXTENSIONS } from '../constants.js';
import { type GoalReport, notRead } from './context.js';
import { finite, first, isRecord, type Json, oneOf, parts, text } from './json.js';
import { referenceKind, sameReference } from './references.js';

const optional = (key: string, value: unknown): Json =>
  value === undefined ? {} : { [key]: value };

/** An `owner` extension: a role, and perhaps a name and a responsibility. */
export function readOwner(ext: Json, path: Path, report: GoalReport): Json | undefined {
  const p = parts(ext);
  const party = oneOf(PartyRoleSchema.options, first(p, 'party')?.['valueCode']);
  if (party === undefined) {
    notRead(report, path, 'an owner without a known role');
    return undefined;
  }
  return {
    party,
    ...optional('name', text(first(p, 'name')?.['valueString'])),
    ...optional('responsibility', text(first(p, 'responsibility')?.['valueString'])),
  };
}

/** Who agreed: our `party` code, else the kind of the `individual` reference. */
function agreementParty(
  p: Map<string, Json[]>,
  subject: unknown,
): { party: string; name?: string } {
  const party = oneOf(PartyRoleSchema.options, first(p, FHIR_EXTENSIONS.party)?.['valueCode']);
  const name = text(first(p, FHIR_EXTENSIONS.partyName)?.['valueString']);
  if (party !== undefined) return { party, ...optional('name', name) };
  const individual = first(p, 'individual')?.['valueReference'];
  const ref = isRecord(individual) ? individual : {};
  const kind = referenceKind(ref);
  const inferred = sameReference(ref, subject)
    ? 'person'
    : kind === 'RelatedPerson'
      ? 'family'
      : 'other';
  return { party: inferred, ...optional('name', name ?? text(ref['display'])) };
}

/** A `goal-acceptance` extension: who, their answer, and (ours) the date and a note. */
export function readAgreement(
  ext: Json,
  path: Path,
  subject: unknown,
  report: GoalReport,
): Json | undefined {
  const p = parts(ext);
  const response = oneOf(AgreementResponseSchema.options, first(p, 'status')?.['valueCode']);
  const on = text(first(p, FHIR_EXTENSIONS.agreedOn)?.['valueDate']);
  if (response === undefined || on === undefined) {
    notRead(
      report,
      path,
      response === undefined ? 'no agree, disagree or pending status' : 'no date',
    );
    return undefined;
  }
  return {
    ...agreementParty(p, subject),
    response,
    on,
    ...optional('note', text(first(p, FHIR_EXTENSIONS.agreementNote)?.['valueString'])),
  };
}

/** A `rating-scale` extension: the lowest and highest scores, and labels. */
export function readScale(ext: Json, path: Path, report: GoalReport): Json | undefined {
  const p = parts(ext);
  const min = first(p, 'min')?.['valueInteger'];
  const max = first(p, 'max')?.['valueInteger'];
  if (typeof min !== 'number' || typeof max !== 'number') {
    notRead(report, path, 'a rating scale needs its lowest and highest scores');
    return undefined;
  }
  const labels = (p.get('label') ?? []).flatMap((label) => {
    const lp = parts(label);
    const score = first(lp, 'score')?.['valueInteger'];
    const words = text(first(lp, 'label')?.['valueString']);
    return typeof score === 'number' && words !== undefined ? [{ score, label: words }] : [];
  });
  return { min, max, ...(labels.length === 0 ? {} : { labels }) };
}

const GAS_LEVELS = {
  muchLess: 'much-less',
  less: 'less',
  expected: 'expected',
  more: 'more',
  muchMore: 'much-more',
} as const;

/** A `gas` extension: all five levels, the baseline, and perhaps a weight. */
export function readGas(ext: Json, path: Path, report: GoalReport): Json | undefined {
  const p = parts(ext);
  const levels = Object.fromEntries(
    Object.entries(GAS_LEVELS).map(([key, url]) => [key, text(first(p, url)?.['valueString'])]),
  );
  const baseline = first(p, 'baseline')?.['valueInteger'];
  if (Object.values(levels).some((l) => l === undefined) || typeof baseline !== 'number') {
    notRead(report, path, 'GAS levels need all five levels and a baseline');
    return undefined;
  }
  return { levels, baseline, ...optional('weight', finite(first(p, 'weight')?.['valueDecimal'])) };
}

/** A `review-every` extension: a Duration in weeks (`wk`) or months (`mo`). */
export function readReviewEvery(ext: Json, path: Path, report: GoalReport): Json | undefined {
  const duration = ext['valueDuration'];
  const count = isRecord(duration) ? duration['value'] : undefined;
  const code = isRecord(duration) ? duration['code'] : undefined;
  const unit = code === 'wk' ? 'week' : code === 'mo' ? 'month' : undefined;
  if (typeof count === 'number' && unit !== undefined) return { count, unit };
  notRead(report, path, 'a review interval needs a number of weeks (wk) or months (mo)');
  return undefined;
}
