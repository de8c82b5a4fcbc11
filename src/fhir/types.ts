// Minimal structural types for the HL7 FHIR R4 resources this module writes. They are our
// own, so the published declarations never ask a host to install a FHIR type package; the
// tests check that each is assignable to the matching `fhir4` type of `@types/fhir@0.0.44` (R4).
// Arrays are mutable and outputs are plain objects, so a host can add `meta` or
// `identifier` before sending a resource.

/**
 * A FHIR `Extension`: a `url` and either a value or nested extensions.
 *
 * @example
 * ```ts
 * const ext: FhirExtension = { url: `${FHIR_EXTENSION_BASE}/expressed-by`, valueCode: 'family' };
 * ```
 * @category FHIR
 */
export interface FhirExtension {
  /** The extension's canonical URL (or the name of a sub-extension). */
  url: string;
  /** Nested extensions of a complex extension. */
  extension?: FhirExtension[];
  /** A code value. */
  valueCode?: string;
  /** A text value. */
  valueString?: string;
  /** A whole-number value. */
  valueInteger?: number;
  /** A decimal value. */
  valueDecimal?: number;
  /** A calendar date value (`YYYY-MM-DD`). */
  valueDate?: string;
  /** A reference value. */
  valueReference?: FhirReference;
  /** A coded value. */
  valueCodeableConcept?: FhirCodeableConcept;
  /** A duration value. */
  valueDuration?: FhirQuantity;
}

/**
 * A FHIR `Coding`: one code from one code system.
 *
 * @example
 * ```ts
 * const coding: FhirCoding = { system: GOAL_PRIORITY_SYSTEM, code: 'high-priority', display: 'High Priority' };
 * ```
 * @category FHIR
 */
export interface FhirCoding {
  /** The code system's URI. */
  system?: string;
  /** The code. */
  code?: string;
  /** How the code is shown. */
  display?: string;
}

/**
 * A FHIR `CodeableConcept`: codings and/or plain text.
 *
 * @example
 * ```ts
 * const domain: FhirCodeableConcept = { text: 'Getting out' };
 * ```
 * @category FHIR
 */
export interface FhirCodeableConcept {
  /** Codes for the concept. */
  coding?: FhirCoding[];
  /** The concept in words. */
  text?: string;
}

/**
 * A FHIR `Identifier`: a value unique within a system.
 *
 * @example
 * ```ts
 * const id: FhirIdentifier = { system: OUTCOME_ID_SYSTEM, value: 'o-1' };
 * ```
 * @category FHIR
 */
export interface FhirIdentifier {
  /** The namespace of the value. */
  system?: string;
  /** The value. */
  value?: string;
}

/**
 * A FHIR `Reference` to another resource, by literal reference, identifier and/or display.
 *
 * @example
 * ```ts
 * const subject: FhirReference = { reference: 'Patient/p-aisha', display: 'Aisha' };
 * ```
 * @category FHIR
 */
export interface FhirReference {
  /** A literal reference (`Patient/123`, a full URL or `urn:uuid:…`). */
  reference?: string;
  /** The type of resource referred to (`Patient`, `RelatedPerson`, …). */
  type?: string;
  /** A logical reference by identifier. */
  identifier?: FhirIdentifier;
  /** Text for the referenced resource. */
  display?: string;
  /** Extensions on the reference. */
  extension?: FhirExtension[];
}

/**
 * A FHIR `Quantity` (also used for a `Duration`).
 *
 * @example
 * ```ts
 * const target: FhirQuantity = { value: 4, unit: 'trips' };
 * ```
 * @category FHIR
 */
export interface FhirQuantity {
  /** The number. */
  value?: number;
  /**
   * How to read the number: the real value is below (`<`), at most (`<=`), at least (`>=`) or
   * above (`>`) it. On a Goal target, which way the target is met.
   */
  comparator?: '<' | '<=' | '>=' | '>';
  /** The unit, as shown to people. */
  unit?: string;
  /** The unit's code system (UCUM). */
  system?: string;
  /** The unit's code. */
  code?: string;
}

/**
 * A FHIR `Annotation`: a note.
 *
 * @example
 * ```ts
 * const note: FhirAnnotation = { text: 'Owner (keyworker, Sam): book the taxi' };
 * ```
 * @category FHIR
 */
export interface FhirAnnotation {
  /** The note. */
  text: string;
}

/**
 * A FHIR `Period`: a start and/or an end.
 *
 * @example
 * ```ts
 * const period: FhirPeriod = { start: '2026-03-02' };
 * ```
 * @category FHIR
 */
export interface FhirPeriod {
  /** The first day (or instant). */
  start?: string;
  /** The last day (or instant). */
  end?: string;
}

/**
 * One target of a FHIR `Goal`: a measure, the value to reach, and when.
 *
 * @example
 * ```ts
 * const target: FhirGoalTarget = { measure: { text: 'Trips to the art group' }, detailInteger: 4, dueDate: '2026-11-09' };
 * ```
 * @category FHIR
 */
export interface FhirGoalTarget {
  /** What is measured (required when a detail is given: invariant gol-1). */
  measure?: FhirCodeableConcept;
  /** The value to reach, with a unit. */
  detailQuantity?: FhirQuantity;
  /** The value to reach, as a whole number. */
  detailInteger?: number;
  /** The value to reach, for a yes/no milestone. */
  detailBoolean?: boolean;
  /** The value to reach, in words. */
  detailString?: string;
  /** The range to reach. */
  detailRange?: { low?: FhirQuantity; high?: FhirQuantity };
  /** When the target should be reached (our review-by date). */
  dueDate?: string;
}

/**
 * The R4 `Goal` resource as {@link toFhirGoal} writes it.
 *
 * @example
 * ```ts
 * const goal: FhirGoal = toFhirGoal(outcome, { subject: { reference: 'Patient/p-aisha' } });
 * ```
 * @category FHIR
 */
export interface FhirGoal {
  /** Always `Goal`. */
  resourceType: 'Goal';
  /** The logical id (derived from the outcome's id). */
  id?: string;
  /** Extensions (see {@link FHIR_EXTENSION_BASE}). */
  extension?: FhirExtension[];
  /** Business identifiers: the outcome's own id. */
  identifier?: FhirIdentifier[];
  /** Where the goal is in its life. */
  lifecycleStatus:
    | 'proposed'
    | 'planned'
    | 'accepted'
    | 'active'
    | 'on-hold'
    | 'completed'
    | 'cancelled'
    | 'entered-in-error'
    | 'rejected';
  /** How far it has been reached (goal-achievement codes). */
  achievementStatus?: FhirCodeableConcept;
  /** The person's own name for the area of life. */
  category?: FhirCodeableConcept[];
  /** How much it matters now (goal-priority codes). */
  priority?: FhirCodeableConcept;
  /** The person's words, in `text`. */
  description: FhirCodeableConcept;
  /** The person the goal belongs to. */
  subject: FhirReference;
  /** The day work starts. */
  startDate?: string;
  /** The indicator and the review-by date. */
  target?: FhirGoalTarget[];
  /** Who said the words. */
  expressedBy?: FhirReference;
  /** Notes readable by systems that ignore our extensions (owners, agreement notes). */
  note?: FhirAnnotation[];
}

/**
 * One planned activity of a FHIR `CarePlan`.
 *
 * @example
 * ```ts
 * const activity: FhirCarePlanActivity = { detail: { status: 'in-progress', description: 'Book the taxi' } };
 * ```
 * @category FHIR
 */
export interface FhirCarePlanActivity {
  /** What is to be done, by whom, and how far it has got. */
  detail: {
    /** Extensions (the owner's role). */
    extension?: FhirExtension[];
    /** What the activity is (text). */
    code?: FhirCodeableConcept;
    /** The goals it serves. */
    goal?: FhirReference[];
    /** How far it has got. */
    status:
      | 'not-started'
      | 'scheduled'
      | 'in-progress'
      | 'on-hold'
      | 'completed'
      | 'cancelled'
      | 'stopped'
      | 'unknown'
      | 'entered-in-error';
    /** When it should be done. */
    scheduledPeriod?: FhirPeriod;
    /** Who does it. */
    performer?: FhirReference[];
    /** What will be done, in words. */
    description?: string;
  };
}

/**
 * The R4 `CarePlan` resource as {@link toFhirCarePlan} writes it.
 *
 * @example
 * ```ts
 * const carePlan: FhirCarePlan = toFhirCarePlan(plan, { subject });
 * ```
 * @category FHIR
 */
export interface FhirCarePlan {
  /** Always `CarePlan`. */
  resourceType: 'CarePlan';
  /** The logical id (derived from the plan's id). */
  id?: string;
  /** Extensions (next review). */
  extension?: FhirExtension[];
  /** Business identifiers: the plan's own id. */
  identifier?: FhirIdentifier[];
  /** The plan's status. */
  status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
  /** Always `plan`. */
  intent: 'proposal' | 'plan' | 'order' | 'option';
  /** The plan's title. */
  title?: string;
  /** The person the plan belongs to. */
  subject: FhirReference;
  /** When the plan runs. */
  period?: FhirPeriod;
  /** The goals (one per outcome). */
  goal?: FhirReference[];
  /** Who does what. */
  activity?: FhirCarePlanActivity[];
}

/**
 * The R4 `Observation` resource as {@link toFhirObservations} writes it: one progress rating.
 *
 * @example
 * ```ts
 * const [first]: FhirObservation[] = toFhirObservations(outcome, { subject });
 * ```
 * @category FHIR
 */
export interface FhirObservation {
  /** Always `Observation`. */
  resourceType: 'Observation';
  /** The logical id (derived from the outcome's id and the rating). */
  id?: string;
  /** Extensions (who rated, the example given). */
  extension?: FhirExtension[];
  /** Always `final`: a rating is recorded once. */
  status: 'registered' | 'preliminary' | 'final' | 'amended';
  /** The kind of observation (`survey`). */
  category?: FhirCodeableConcept[];
  /** What was observed: a progress rating. */
  code: FhirCodeableConcept;
  /** The person. */
  subject?: FhirReference;
  /** The Goal the rating is about. */
  focus?: FhirReference[];
  /** The day of the rating. */
  effectiveDateTime?: string;
  /** Who gave the score. */
  performer?: FhirReference[];
  /** The score. */
  valueInteger?: number;
  /** Anything else said at the time. */
  note?: FhirAnnotation[];
  /** The scale the score is on. */
  referenceRange?: { low?: FhirQuantity; high?: FhirQuantity; text?: string }[];
  /** The Goal Attainment Scaling level, when one was judged. */
  component?: { code: FhirCodeableConcept; valueInteger?: number }[];
}

/**
 * A resource this module writes.
 *
 * @example
 * ```ts
 * const resources: FhirResource[] = bundle.entry.map((e) => e.resource);
 * ```
 * @category FHIR
 */
export type FhirResource = FhirGoal | FhirCarePlan | FhirObservation;

/**
 * One entry of a FHIR `Bundle`.
 *
 * @example
 * ```ts
 * bundle.entry[0]?.fullUrl; // => 'urn:uuid:…'
 * ```
 * @category FHIR
 */
export interface FhirBundleEntry {
  /** The resource's URL in the bundle (references inside the bundle point to it). */
  fullUrl: string;
  /** The resource. */
  resource: FhirResource;
  /** For a `transaction`: how the server should store it (`PUT Type/id`). */
  request?: { method: 'PUT' | 'POST'; url: string };
}

/**
 * The R4 `Bundle` resource as {@link toFhirBundle} writes it.
 *
 * @example
 * ```ts
 * const bundle: FhirBundle = toFhirBundle(plan, { subject, type: 'transaction' });
 * ```
 * @category FHIR
 */
export interface FhirBundle {
  /** Always `Bundle`. */
  resourceType: 'Bundle';
  /** The logical id (derived from the plan's id). */
  id?: string;
  /** `collection` or `transaction`. */
  type: 'collection' | 'transaction';
  /** The resources. */
  entry: FhirBundleEntry[];
}
