import { unexpected } from '../core/internal/index.js';
import { DEFAULT_RATING_SCALE, type Outcome } from '../outcomes/index.js';
import { requireOptions, requireRecord, requireReference } from './arguments.js';
import { FHIR_CODE_SYSTEM, FHIR_EXTENSIONS } from './constants.js';
import { toFhirId } from './ids.js';
import { partyReference, subjectWithPersonId } from './references.js';
import type { FhirObservation, FhirReference } from './types.js';

/**
 * Options for {@link toFhirObservations}.
 *
 * @example
 * ```ts
 * const options: ToFhirObservationsOptions = { subject: { reference: 'Patient/p-aisha' } };
 * ```
 * @category FHIR
 */
export interface ToFhirObservationsOptions {
  /** The person as the receiving system knows them (as for {@link toFhirGoal}). */
  readonly subject: FhirReference;
  /** The reference to the outcome's Goal. Default `Goal/<id of toFhirGoal's Goal>`. */
  readonly goal?: FhirReference;
}

/**
 * The FHIR id of the Observation for one rating of an outcome: derived from the outcome's id
 * and the rating's place in `outcome.ratings`, never random.
 *
 * @internal
 */
export function observationId(outcome: Outcome, index: number): string {
  return toFhirId(`${toFhirId(outcome.id)}-rating-${index + 1}`);
}

type Rating = NonNullable<Outcome['ratings']>[number];

/** What every Observation of one outcome shares. */
interface About {
  readonly subject: FhirReference;
  readonly goal: FhirReference;
  readonly scale: { readonly min: number; readonly max: number };
}

// Built fresh for each Observation: the resources are the host's to change.
const survey = () => ({
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'survey',
      display: 'Survey',
    },
  ],
});

/** One rating as an Observation. */
function observationOf(
  rating: Rating,
  id: string,
  { subject, goal, scale }: About,
): FhirObservation {
  const observation: FhirObservation = {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [survey()],
    code: {
      coding: [{ system: FHIR_CODE_SYSTEM, code: 'progress-rating', display: 'Progress rating' }],
      text: 'Progress rating',
    },
    subject: { ...subject },
    focus: [{ ...goal }],
    effectiveDateTime: rating.on,
    performer: [partyReference(rating.ratedBy, undefined, subject)],
    valueInteger: rating.score,
    referenceRange: [
      {
        low: { value: scale.min },
        high: { value: scale.max },
        text: `Scale ${scale.min} to ${scale.max}`,
      },
    ],
  };
  if (rating.example !== undefined) {
    observation.extension = [{ url: FHIR_EXTENSIONS.ratingExample, valueString: rating.example }];
  }
  if (rating.note !== undefined) observation.note = [{ text: rating.note }];
  if (rating.gasLevel !== undefined) {
    observation.component = [
      {
        code: { coding: [{ system: FHIR_CODE_SYSTEM, code: 'gas-level', display: 'GAS level' }] },
        valueInteger: rating.gasLevel,
      },
    ];
  }
  return observation;
}

/**
 * Writes an outcome's progress ratings as HL7 FHIR R4 `Observation` resources, one per
 * rating, each focused on the outcome's Goal.
 *
 * @remarks Each Observation has `status: 'final'`, category `survey`, the code
 * `progress-rating` of {@link FHIR_CODE_SYSTEM}, `effectiveDateTime` (the day of the rating),
 * `valueInteger` (the score), `referenceRange` (the outcome's scale, 1–5 by default),
 * `performer` (the subject when the person rated it, otherwise a display-only reference with
 * our `party` extension), the example in our `rating-example` extension, the note in `note`,
 * and the GAS level as a `gas-level` component. Ids come from the outcome's id and the
 * rating's position, so the same outcome always gives the same resources.
 * @param outcome - A parsed outcome.
 * @param options - `subject`; `goal` to point `focus` elsewhere than `Goal/<id>`.
 * @returns One Observation per rating, in the order of `outcome.ratings` (empty without ratings).
 * @throws {@link golden-thread!GoldenThreadError} `invalid_argument` when `outcome` is not an object, or
 * `options.subject` or `options.goal` is not a FHIR reference.
 * @example
 * ```ts
 * const observations = toFhirObservations(outcome, { subject: { reference: 'Patient/p-aisha' } });
 * observations[0]?.valueInteger; // => 3
 * ```
 * @category FHIR
 */
export function toFhirObservations(
  outcome: Outcome,
  options: ToFhirObservationsOptions,
): FhirObservation[] {
  try {
    const fn = 'toFhirObservations';
    requireRecord(fn, 'outcome', outcome, 'a parsed outcome');
    requireOptions(fn, options);
    const subject = subjectWithPersonId(
      requireReference(fn, 'options.subject', options.subject),
      outcome.personId,
    );
    const goal =
      options.goal === undefined
        ? { reference: `Goal/${toFhirId(outcome.id)}` }
        : requireReference(fn, 'options.goal', options.goal);
    const about: About = {
      subject,
      goal,
      scale: outcome.ratingScale ?? DEFAULT_RATING_SCALE,
    };
    return (outcome.ratings ?? []).map((rating, index) =>
      observationOf(rating, observationId(outcome, index), about),
    );
  } catch (error) {
    throw unexpected('toFhirObservations', error);
  }
}
