import { unexpected } from '../core/internal/index.js';
import type { Outcome } from '../outcomes/index.js';
import { requireOptions, requireRecord, requireReference } from './arguments.js';
import {
  ACHIEVEMENT_DISPLAY,
  FHIR_CODE_SYSTEM,
  FHIR_EXTENSIONS,
  GOAL_ACCEPTANCE_URL,
  GOAL_ACHIEVEMENT_SYSTEM,
  GOAL_PRIORITY_SYSTEM,
  OUTCOME_ID_SYSTEM,
  PARTY_DISPLAY,
  PRIORITY_DISPLAY,
} from './constants.js';
import { toFhirId } from './ids.js';
import { partyReference, subjectWithPersonId } from './references.js';
import type { FhirExtension, FhirGoal, FhirGoalTarget, FhirReference } from './types.js';

type Indicator = NonNullable<Outcome['indicator']>;

/**
 * Options for {@link toFhirGoal}.
 *
 * @example
 * ```ts
 * const options: ToFhirGoalOptions = { subject: { reference: 'Patient/p-aisha', display: 'Aisha' } };
 * ```
 * @category FHIR
 */
export interface ToFhirGoalOptions {
  /**
   * The person as the receiving system knows them (`Patient/…`). Unless it has an
   * identifier of its own, it is given the outcome's `personId` as its identifier.
   */
  readonly subject: FhirReference;
}

const INT32 = 2 ** 31;

// The comparator that says which way a target is met: at least the target when more is
// better, at most it when less is. (FHIR's Quantity has the comparator; an integer has not.)
const COMPARATOR: Readonly<Record<string, '>=' | '<='>> = { increase: '>=', decrease: '<=' };

function detail(indicator: Indicator): Partial<FhirGoalTarget> {
  const value = indicator.target;
  if (value === undefined) return indicator.measure === 'milestone' ? { detailBoolean: true } : {};
  const comparator =
    indicator.direction !== undefined && Object.hasOwn(COMPARATOR, indicator.direction)
      ? COMPARATOR[indicator.direction]
      : undefined;
  if (indicator.unit === undefined && comparator === undefined) {
    if (Number.isInteger(value) && Math.abs(value) < INT32) return { detailInteger: value };
  }
  return {
    detailQuantity: {
      value,
      ...(comparator === undefined ? {} : { comparator }),
      ...(indicator.unit === undefined ? {} : { unit: indicator.unit }),
    },
  };
}

function indicatorTarget(outcome: Outcome): FhirGoalTarget | undefined {
  const indicator = outcome.indicator;
  if (indicator === undefined) return undefined;
  return {
    measure: {
      ...(indicator.measure === undefined
        ? {}
        : { coding: [{ system: FHIR_CODE_SYSTEM, code: indicator.measure }] }),
      text: indicator.description,
    },
    ...detail(indicator),
  };
}

const sub = (url: string, key: string, value: unknown): FhirExtension[] =>
  value === undefined ? [] : [{ url, [key]: value } as FhirExtension];

function indicatorExtension(outcome: Outcome): FhirExtension[] {
  const indicator = outcome.indicator;
  if (indicator === undefined) return [];
  const parts: FhirExtension[] = [
    ...sub('per', 'valueCode', indicator.per),
    ...sub('baseline', 'valueDecimal', indicator.baseline),
    ...sub('direction', 'valueCode', indicator.direction),
    ...sub('unit', 'valueString', indicator.target === undefined ? indicator.unit : undefined),
  ];
  return parts.length === 0 ? [] : [{ url: FHIR_EXTENSIONS.indicator, extension: parts }];
}

function ownerExtensions(outcome: Outcome): FhirExtension[] {
  return (outcome.owners ?? []).map((owner) => ({
    url: FHIR_EXTENSIONS.owner,
    extension: [
      { url: 'party', valueCode: owner.party },
      ...sub('name', 'valueString', owner.name),
      ...sub('responsibility', 'valueString', owner.responsibility),
    ],
  }));
}

function agreementExtensions(outcome: Outcome, subject: FhirReference): FhirExtension[] {
  return (outcome.agreements ?? []).map((agreement) => ({
    url: GOAL_ACCEPTANCE_URL,
    extension: [
      {
        url: 'individual',
        valueReference: partyReference(agreement.party, agreement.name, subject),
      },
      { url: 'status', valueCode: agreement.response },
      { url: FHIR_EXTENSIONS.party, valueCode: agreement.party },
      ...sub(FHIR_EXTENSIONS.partyName, 'valueString', agreement.name),
      { url: FHIR_EXTENSIONS.agreedOn, valueDate: agreement.on },
      ...sub(FHIR_EXTENSIONS.agreementNote, 'valueString', agreement.note),
    ],
  }));
}

function reviewEveryExtension(outcome: Outcome): FhirExtension[] {
  const every = outcome.timeframe?.reviewEvery;
  if (every === undefined) return [];
  return [
    {
      url: FHIR_EXTENSIONS.reviewEvery,
      valueDuration: {
        value: every.count,
        unit: every.unit,
        system: 'http://unitsofmeasure.org',
        code: every.unit === 'week' ? 'wk' : 'mo',
      },
    },
  ];
}

function scaleExtension(outcome: Outcome): FhirExtension[] {
  const scale = outcome.ratingScale;
  if (scale === undefined) return [];
  const labels = (scale.labels ?? []).map((l) => ({
    url: 'label',
    extension: [
      { url: 'score', valueInteger: l.score },
      { url: 'label', valueString: l.label },
    ],
  }));
  return [
    {
      url: FHIR_EXTENSIONS.ratingScale,
      extension: [
        { url: 'min', valueInteger: scale.min },
        { url: 'max', valueInteger: scale.max },
        ...labels,
      ],
    },
  ];
}

function gasExtension(outcome: Outcome): FhirExtension[] {
  const gas = outcome.gas;
  if (gas === undefined) return [];
  return [
    {
      url: FHIR_EXTENSIONS.gas,
      extension: [
        { url: 'much-less', valueString: gas.levels.muchLess },
        { url: 'less', valueString: gas.levels.less },
        { url: 'expected', valueString: gas.levels.expected },
        { url: 'more', valueString: gas.levels.more },
        { url: 'much-more', valueString: gas.levels.muchMore },
        { url: 'baseline', valueInteger: gas.baseline },
        ...sub('weight', 'valueDecimal', gas.weight),
      ],
    },
  ];
}

/** Our extensions on a Goal, in the order they are written. */
function extensions(outcome: Outcome, subject: FhirReference): FhirExtension[] {
  return [
    { url: FHIR_EXTENSIONS.expressedBy, valueCode: outcome.expressedBy },
    ...ownerExtensions(outcome),
    ...agreementExtensions(outcome, subject),
    ...indicatorExtension(outcome),
    ...reviewEveryExtension(outcome),
    ...sub(FHIR_EXTENSIONS.achievedOn, 'valueDate', outcome.achievedOn),
    ...scaleExtension(outcome),
    ...gasExtension(outcome),
  ];
}

/**
 * Writes a person-led outcome as an HL7 FHIR R4 `Goal`.
 *
 * @remarks
 * Mapped, and read back by {@link fromFhirGoal} without loss:
 * - `id` → `identifier` (system `…/NamingSystem/outcome`) and a FHIR `id` derived from it
 *   (the id itself when valid in FHIR, otherwise `gt-` and a hash — never random);
 * - `personId` → the subject's `identifier`, unless the host's subject has one;
 * - `words` → `description.text`; `domain` → `category[0].text`;
 * - `expressedBy` → our `expressed-by` extension, and `Goal.expressedBy`: the subject for
 *   `person`, a display-only reference ("Family member", "Advocate", "Staff member") otherwise;
 * - `lifecycleStatus`; `achievementStatus` (goal-achievement system); `priority`
 *   (goal-priority system);
 * - `timeframe.start` → `startDate`; `timeframe.reviewBy` → `target[0].dueDate`;
 *   `timeframe.reviewEvery` → our `review-every` extension (a Duration);
 * - `indicator` → `target[0]`: `measure.text` is the description, `measure.coding` the kind of
 *   measure, the target is `detailQuantity` (with a unit, a fraction or a direction),
 *   `detailInteger` (a whole number) or `detailBoolean: true` (a milestone without a number);
 *   a target where more is better has the comparator `>=` (at least the target), one where
 *   less is better `<=` (at most it), so that any system reads which way it is met; a
 *   target with a detail always has a measure (invariant gol-1); period, baseline and
 *   direction go in our `indicator` extension;
 * - `owners` → our `owner` extension (one each), and a plain `note` per owner for systems that
 *   ignore extensions;
 * - `agreements` → the standard `goal-acceptance` extension (`individual`, `status`) with our
 *   sub-extensions for the role, name, date and note;
 * - `achievedOn`, `ratingScale`, `gas` → our extensions (see {@link FHIR_EXTENSIONS}).
 *
 * Not in the Goal: `ratings` — write them with {@link toFhirObservations}. An empty list of
 * owners or agreements is written like no list, and read back as none.
 * The result is a new plain object (not frozen), ready to serialise.
 * @param outcome - A parsed outcome.
 * @param options - `subject`: the person's reference in the receiving system.
 * @returns The Goal resource.
 * @throws {@link golden-thread!GoldenThreadError} `invalid_argument` when `outcome` is not an object, or
 * `options.subject` is not a FHIR reference (an object with a `reference`, an `identifier` or
 * a `display`).
 * @example
 * ```ts
 * const goal = toFhirGoal(outcome, { subject: { reference: 'Patient/p-aisha' } });
 * goal.description.text; // => 'I want to go to the art group on my own'
 * ```
 * @category FHIR
 */
export function toFhirGoal(outcome: Outcome, options: ToFhirGoalOptions): FhirGoal {
  try {
    const fn = 'toFhirGoal';
    requireRecord(fn, 'outcome', outcome, 'a parsed outcome');
    requireOptions(fn, options);
    const subject = subjectWithPersonId(
      requireReference(fn, 'options.subject', options.subject),
      outcome.personId,
    );
    const goal: FhirGoal = {
      resourceType: 'Goal',
      id: toFhirId(outcome.id),
      extension: extensions(outcome, subject),
      identifier: [{ system: OUTCOME_ID_SYSTEM, value: outcome.id }],
      lifecycleStatus: outcome.lifecycleStatus,
      description: { text: outcome.words },
      subject,
    };
    if (outcome.achievementStatus !== undefined) {
      const display = ACHIEVEMENT_DISPLAY[outcome.achievementStatus] ?? outcome.achievementStatus;
      goal.achievementStatus = {
        coding: [{ system: GOAL_ACHIEVEMENT_SYSTEM, code: outcome.achievementStatus, display }],
        text: display,
      };
    }
    if (outcome.domain !== undefined) goal.category = [{ text: outcome.domain }];
    if (outcome.priority !== undefined) {
      const display = PRIORITY_DISPLAY[outcome.priority] ?? outcome.priority;
      goal.priority = {
        coding: [{ system: GOAL_PRIORITY_SYSTEM, code: outcome.priority, display }],
        text: display,
      };
    }
    if (outcome.timeframe !== undefined) goal.startDate = outcome.timeframe.start;
    const target = indicatorTarget(outcome);
    const dueDate = outcome.timeframe?.reviewBy;
    if (target !== undefined || dueDate !== undefined) {
      goal.target = [{ ...target, ...(dueDate === undefined ? {} : { dueDate }) }];
    }
    goal.expressedBy =
      outcome.expressedBy === 'person'
        ? partyReference('person', undefined, subject)
        : { display: PARTY_DISPLAY[outcome.expressedBy] ?? outcome.expressedBy };
    const notes = (outcome.owners ?? []).map((owner) => {
      const who = [owner.party, owner.name].filter((p) => p !== undefined).join(', ');
      return { text: `Owner (${who}): ${owner.responsibility ?? 'no responsibility recorded'}` };
    });
    if (notes.length > 0) goal.note = notes;
    return goal;
  } catch (error) {
    throw unexpected('toFhirGoal', error);
  }
}
