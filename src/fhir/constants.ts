/**
 * The base of every extension URL, code system and identifier system golden-thread defines
 * for FHIR. Each extension is `${FHIR_EXTENSION_BASE}/<name>`; the guide "Exchanging outcomes
 * with FHIR systems" documents each one.
 *
 * @remarks The URLs are identifiers, not web pages a system must fetch. A receiving system
 * that does not know them keeps or drops them, as FHIR allows.
 * @example
 * ```ts
 * FHIR_EXTENSION_BASE; // => 'https://golden-thread.dev/fhir/StructureDefinition'
 * ```
 * @category FHIR
 */
export const FHIR_EXTENSION_BASE = 'https://golden-thread.dev/fhir/StructureDefinition';

/**
 * The URLs of golden-thread's own extensions, by name.
 *
 * - `expressedBy` (`valueCode`): who said the words — `person`, `family`, `advocate`, `staff`.
 * - `owner` (complex: `party` code, `name` string, `responsibility` string): one owner; repeats.
 * - `gas` (complex: `much-less`, `less`, `expected`, `more`, `much-more` strings, `baseline`
 *   integer, `weight` decimal): Goal Attainment Scaling levels.
 * - `indicator` (complex: `measure` code, `per` code, `baseline` decimal, `direction` code):
 *   the parts of an indicator a Goal target has no place for.
 * - `reviewEvery` (`valueDuration`, unit `wk` or `mo`): how often progress is reviewed.
 * - `achievedOn` (`valueDate`): the day the outcome was achieved.
 * - `ratingScale` (complex: `min`, `max` integers, `label` complex of `score` and `label`).
 * - `party` (`valueCode`): a party's role (`keyworker`, …) on an agreement, performer or rater.
 * - `partyName` (`valueString`), `agreedOn` (`valueDate`) and `agreementNote`
 *   (`valueString`): with `party`, our sub-extensions of the standard `goal-acceptance`
 *   extension, which has no place for a date or a note.
 * - `nextReview` (`valueDate`): on a CarePlan, when the plan is next reviewed.
 * - `ratingExample` (`valueString`): on an Observation, what happened that shows the score.
 *
 * @example
 * ```ts
 * FHIR_EXTENSIONS.owner; // => 'https://golden-thread.dev/fhir/StructureDefinition/owner'
 * ```
 * @category FHIR
 */
export const FHIR_EXTENSIONS = Object.freeze({
  expressedBy: `${FHIR_EXTENSION_BASE}/expressed-by`,
  owner: `${FHIR_EXTENSION_BASE}/owner`,
  gas: `${FHIR_EXTENSION_BASE}/gas`,
  indicator: `${FHIR_EXTENSION_BASE}/indicator`,
  reviewEvery: `${FHIR_EXTENSION_BASE}/review-every`,
  achievedOn: `${FHIR_EXTENSION_BASE}/achieved-on`,
  ratingScale: `${FHIR_EXTENSION_BASE}/rating-scale`,
  party: `${FHIR_EXTENSION_BASE}/party`,
  partyName: `${FHIR_EXTENSION_BASE}/party-name`,
  agreedOn: `${FHIR_EXTENSION_BASE}/agreed-on`,
  agreementNote: `${FHIR_EXTENSION_BASE}/agreement-note`,
  nextReview: `${FHIR_EXTENSION_BASE}/next-review`,
  ratingExample: `${FHIR_EXTENSION_BASE}/rating-example`,
} as const);

/**
 * The standard FHIR extension for who accepted a goal (sub-extensions `individual`, `status`
 * — `agree`, `disagree` or `pending` — and `priority`).
 *
 * @example
 * ```ts
 * GOAL_ACCEPTANCE_URL; // => 'http://hl7.org/fhir/StructureDefinition/goal-acceptance'
 * ```
 * @category FHIR
 */
export const GOAL_ACCEPTANCE_URL = 'http://hl7.org/fhir/StructureDefinition/goal-acceptance';

/**
 * The HL7 code system of `Goal.achievementStatus`.
 *
 * @example
 * ```ts
 * GOAL_ACHIEVEMENT_SYSTEM; // => 'http://terminology.hl7.org/CodeSystem/goal-achievement'
 * ```
 * @category FHIR
 */
export const GOAL_ACHIEVEMENT_SYSTEM = 'http://terminology.hl7.org/CodeSystem/goal-achievement';

/**
 * The HL7 code system of `Goal.priority`.
 *
 * @example
 * ```ts
 * GOAL_PRIORITY_SYSTEM; // => 'http://terminology.hl7.org/CodeSystem/goal-priority'
 * ```
 * @category FHIR
 */
export const GOAL_PRIORITY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/goal-priority';

/**
 * The identifier system of golden-thread ids written on resources (`Goal.identifier`,
 * `CarePlan.identifier`, the subject's `identifier`), one per kind of record:
 * `${FHIR_IDENTIFIER_BASE}/outcome`, `/plan` and `/person`.
 *
 * @example
 * ```ts
 * `${FHIR_IDENTIFIER_BASE}/outcome`; // the system of Goal.identifier
 * ```
 * @category FHIR
 */
export const FHIR_IDENTIFIER_BASE = 'https://golden-thread.dev/fhir/NamingSystem';

/**
 * golden-thread's own code system for what an indicator measures (`count`, `frequency`, …)
 * and for the codes of its Observations (`progress-rating`, `gas-level`).
 *
 * @example
 * ```ts
 * FHIR_CODE_SYSTEM; // => 'https://golden-thread.dev/fhir/CodeSystem/golden-thread'
 * ```
 * @category FHIR
 */
export const FHIR_CODE_SYSTEM = 'https://golden-thread.dev/fhir/CodeSystem/golden-thread';

/** @internal */
export const OUTCOME_ID_SYSTEM = `${FHIR_IDENTIFIER_BASE}/outcome`;
/** @internal */
export const PLAN_ID_SYSTEM = `${FHIR_IDENTIFIER_BASE}/plan`;
/** @internal */
export const PERSON_ID_SYSTEM = `${FHIR_IDENTIFIER_BASE}/person`;

/** The display words of the goal-achievement codes. @internal */
export const ACHIEVEMENT_DISPLAY: Readonly<Record<string, string>> = Object.freeze({
  'in-progress': 'In Progress',
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No Change',
  achieved: 'Achieved',
  sustaining: 'Sustaining',
  'not-achieved': 'Not Achieved',
  'no-progress': 'No Progress',
  'not-attainable': 'Not Attainable',
});

/** The display words of the goal-priority codes. @internal */
export const PRIORITY_DISPLAY: Readonly<Record<string, string>> = Object.freeze({
  'high-priority': 'High Priority',
  'medium-priority': 'Medium Priority',
  'low-priority': 'Low Priority',
});

/** How a party role is shown in a display-only reference. @internal */
export const PARTY_DISPLAY: Readonly<Record<string, string>> = Object.freeze({
  person: 'The person',
  keyworker: 'Keyworker',
  family: 'Family member',
  advocate: 'Advocate',
  manager: 'Manager',
  other: 'Other',
  staff: 'Staff member',
});
