import type { IsoDate, Path } from '../../core/index.js';
import type { CapacityAssessment } from '../capacity-schema.js';
import type { Restriction } from '../schemas.js';
import { canonical } from './context.js';
import { decisionRelation } from './words.js';

/** How an assessment relates to the restriction it is recorded on. */
export type Relation =
  | 'this-restriction'
  | 'care-arrangements'
  | 'another-decision'
  | 'no-decision';

/** A capacity assessment, where it is in the record, and how it relates to the restriction. */
export interface AssessmentView {
  readonly path: Path;
  readonly assessment: CapacityAssessment;
  readonly relation: Relation;
}

/** What the record says about the person's capacity for this restriction on `asOf`. */
export interface CapacityFacts {
  /** Every assessment dated by `asOf`, oldest first. */
  readonly all: readonly AssessmentView[];
  /** Those about this restriction or the care arrangements that include it, oldest first. */
  readonly relevant: readonly AssessmentView[];
  /** The latest of them, if any. */
  readonly latest: AssessmentView | undefined;
  /**
   * Whether the person lacks capacity to consent to the restriction: from the latest
   * relevant assessment's conclusion, else from the basis (best interests and authorisations
   * assume it, consent denies it); `undefined` when neither says.
   */
  readonly lacksCapacity: boolean | undefined;
}

function relationOf(restriction: Restriction, a: CapacityAssessment): Relation {
  if (a.relatesTo !== undefined) return a.relatesTo;
  if (a.decision === undefined) return 'no-decision';
  const about = [restriction.description, restriction.medication?.name ?? ''];
  return decisionRelation(a.decision, about);
}

function lacksFromBasis(restriction: Restriction): boolean | undefined {
  const basis = restriction.legalBasis;
  switch (basis?.kind) {
    case 'best-interests':
    case 'deprivation-of-liberty':
    case 'court-order':
      return true;
    case 'consent':
      return basis.withdrawnOn === undefined ? false : undefined;
    default:
      return undefined;
  }
}

const byDay = (a: AssessmentView, b: AssessmentView): number =>
  a.assessment.assessedOn < b.assessment.assessedOn
    ? -1
    : a.assessment.assessedOn > b.assessment.assessedOn
      ? 1
      : compare(canonical(a.assessment), canonical(b.assessment));
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Reads the capacity assessments of a restriction (both the list and the older single one). */
export function capacityFacts(restriction: Restriction, asOf: IsoDate): CapacityFacts {
  const views: AssessmentView[] = [];
  for (const [index, assessment] of (restriction.capacityAssessments ?? []).entries()) {
    views.push({
      path: ['capacityAssessments', index],
      assessment,
      relation: relationOf(restriction, assessment),
    });
  }
  const basis = restriction.legalBasis;
  if (basis?.kind === 'best-interests' && basis.capacityAssessment !== undefined) {
    const assessment = basis.capacityAssessment;
    views.push({
      path: ['legalBasis', 'capacityAssessment'],
      assessment,
      relation: relationOf(restriction, assessment),
    });
  }
  const all = views.filter((v) => v.assessment.assessedOn <= asOf).sort(byDay);
  const relevant = all.filter(
    (v) => v.relation === 'this-restriction' || v.relation === 'care-arrangements',
  );
  const latest = relevant[relevant.length - 1];
  const conclusion = latest?.assessment.conclusion;
  const lacksCapacity =
    conclusion === undefined ? lacksFromBasis(restriction) : conclusion === 'lacks-capacity';
  return { all, relevant, latest, lacksCapacity };
}
