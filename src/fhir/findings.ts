import {
  defineFindings,
  type FindingCatalogue,
  type FindingOf,
  type IssueCatalogue,
  type NoDetails,
  type ParseIssueOf,
  renderMessage,
} from '../core/index.js';
import { deepFreeze } from '../core/internal/index.js';

/**
 * The details each FHIR finding carries, by code.
 *
 * @example
 * ```ts
 * const details: FhirFindingDetails['fhir_unknown_extension'] = { url: 'https://example.org/x' };
 * ```
 * @category FHIR
 */
export interface FhirFindingDetails {
  /** No description text; the words were taken from a code's display. */
  readonly fhir_words_from_code: NoDetails;
  /** Who said the words is unknown; a value was assumed. */
  readonly fhir_expressed_by_unknown: {
    /** The value assumed. */
    readonly assumed: string;
  };
  /** Who said the words was inferred from a reference. */
  readonly fhir_expressed_by_inferred: {
    /** The value inferred. */
    readonly expressedBy: string;
  };
  /** No owner extension. */
  readonly fhir_no_owner: NoDetails;
  /** A start date or a due date alone. */
  readonly fhir_no_timeframe: NoDetails;
  /** A value that could not be read. */
  readonly fhir_value_not_read: {
    /** Why, in a few words that complete the message (no final full stop). */
    readonly reason: string;
  };
  /** A target "below" or "above" a value, read as a target with a direction. */
  readonly fhir_strict_comparator: {
    /** The comparator, `<` or `>`. */
    readonly comparator: '<' | '>';
    /** The target value. */
    readonly target: number;
    /** The direction read from it: `decrease` for `<`, `increase` for `>`. */
    readonly direction: 'increase' | 'decrease';
  };
  /** An R4 element the outcome model has no place for. */
  readonly fhir_element_not_mapped: NoDetails;
  /** A field that is not part of an R4 Goal. */
  readonly fhir_unknown_element: NoDetails;
  /** An extension not read. */
  readonly fhir_unknown_extension: {
    /** Its URL (the first 2,000 characters of a longer one). */
    readonly url: string;
  };
  /** A modifier extension ignored. */
  readonly fhir_modifier_extension: {
    /** Its URL (the first 2,000 characters of a longer one), or `none`. */
    readonly url: string;
  };
}

const definitions = defineFindings<FhirFindingDetails>({
  fhir_words_from_code: {
    severity: 'warning',
    message:
      'The Goal has no description text, so the words were taken from a code’s display: they are not the person’s own words.',
    description:
      'A Goal whose `description` has no `text`; the outcome’s words come from the first coding’s `display`.',
  },
  fhir_expressed_by_unknown: {
    severity: 'warning',
    message:
      'The Goal does not say who expressed it in a way we can read, so it is recorded as said by {assumed}. Check who said these words.',
    description:
      'Neither our expressed-by extension nor `Goal.expressedBy` says whether the person, family, an advocate or staff said the words. Details: `assumed`.',
  },
  fhir_expressed_by_inferred: {
    severity: 'info',
    message: 'Who expressed the goal ({expressedBy}) was worked out from the kind of reference.',
    description:
      'No expressed-by extension; `Goal.expressedBy` points to the subject (person), a RelatedPerson (family) or a Practitioner (staff). Details: `expressedBy`.',
  },
  fhir_no_owner: {
    severity: 'warning',
    message: 'FHIR Goals have no owner and this one has no owner extension: say who will do what.',
    description: 'A Goal without our owner extension: the outcome has no owners.',
  },
  fhir_no_timeframe: {
    severity: 'info',
    message:
      'The Goal has a start date or a due date but not both, so the outcome has no timeframe.',
    description:
      'A timeframe needs `startDate` and a target `dueDate`; with only one of them it is left out.',
  },
  fhir_value_not_read: {
    severity: 'warning',
    message: '{field} could not be read and was left out: {reason}.',
    description:
      'A value is malformed, uses a code we do not know, or fails the outcome’s rules; the rest of the Goal is still read. Details: `reason`.',
  },
  fhir_strict_comparator: {
    severity: 'info',
    message: (f) =>
      `${renderMessage('{field}', f)} says the target is ${f.comparator === '<' ? 'below' : 'above'} ${f.target}. It was read as a target of ${f.target} where ${f.direction === 'decrease' ? 'lower' : 'higher'} is better, so reaching exactly ${f.target} will count as meeting it.`,
    description:
      'A target quantity with the comparator `<` or `>`: the outcome keeps the value as its target and the direction (`decrease` or `increase`), but cannot say that the value itself falls short. `<=` and `>=` are read without a finding. Details: `comparator`, `target`, `direction`.',
  },
  fhir_element_not_mapped: {
    severity: 'info',
    message: '{field} has no place in a golden-thread outcome and was not read.',
    description:
      'A valid R4 Goal element that the outcome model does not hold (addresses, outcome codes, extra targets, a range target, …).',
  },
  fhir_unknown_element: {
    severity: 'warning',
    message: '{field} is not part of an R4 Goal and was not read.',
    description:
      'A field that an R4 Goal does not define (for example `status` from an older FHIR version).',
  },
  fhir_unknown_extension: {
    severity: 'info',
    message: '{field} is an extension we do not know ({url}) and was not read.',
    description: 'An extension whose URL golden-thread does not define or read. Details: `url`.',
  },
  fhir_modifier_extension: {
    severity: 'warning',
    message:
      '{field} is a modifier extension ({url}): it may change what the Goal means, and it was not read.',
    description:
      'A `modifierExtension`, which can change the meaning of a resource, was ignored. Details: `url`.',
  },
});

/**
 * The findings {@link fromFhirGoal} reports about what a FHIR Goal did not carry or what could
 * not be read, each with the path in the Goal.
 *
 * - `fhir_words_from_code`: no description text; words taken from a code's display.
 * - `fhir_expressed_by_unknown` / `fhir_expressed_by_inferred`: who said the words is
 *   unknown (an assumed value is used) or was inferred from a reference.
 * - `fhir_no_owner`: no owner extension.
 * - `fhir_no_timeframe`: a start date or a due date alone.
 * - `fhir_value_not_read`: a malformed or unknown value left out (`reason`).
 * - `fhir_strict_comparator`: a target below (`<`) or above (`>`) a value, read as that
 *   target with a direction.
 * - `fhir_element_not_mapped`: an R4 element the outcome model has no place for.
 * - `fhir_unknown_element`: a field that is not part of an R4 Goal.
 * - `fhir_unknown_extension` / `fhir_modifier_extension`: extensions not read (`url`).
 *
 * @example
 * ```ts
 * fhirFindings.fhir_no_owner.severity; // => 'warning'
 * ```
 * @category FHIR
 */
export const fhirFindings: FindingCatalogue<FhirFindingDetails> = definitions;

/**
 * A finding code reported by {@link fromFhirGoal}.
 *
 * @example
 * ```ts
 * const code: FhirFindingCode = 'fhir_no_owner';
 * ```
 * @category FHIR
 */
export type FhirFindingCode = keyof FhirFindingDetails;

/**
 * A finding about a FHIR Goal that was read: its `path` is the place in the Goal.
 *
 * @example
 * ```ts
 * const f: FhirFinding = result.findings[0];
 * formatPath(f.path); // e.g. 'target[0].detailRange'
 * ```
 * @category FHIR
 */
export type FhirFinding = FindingOf<FhirFindingDetails>;

/**
 * The details each parse issue of {@link fromFhirGoal} carries, by code.
 *
 * @example
 * ```ts
 * const details: FhirIssueDetails['fhir_not_a_goal'] = { found: 'an Observation resource', resourceType: 'Observation' };
 * ```
 * @category FHIR
 */
export interface FhirIssueDetails {
  /** Not a Goal resource. */
  readonly fhir_not_a_goal: {
    /** What was given instead, in words: `an Observation resource`, `a list`, … */
    readonly found: string;
    /** The resource type given, when it is a FHIR resource type name. */
    readonly resourceType?: string;
  };
  /** An element an outcome cannot do without is missing. */
  readonly fhir_missing_element: NoDetails;
  /** A required element with a value R4 does not allow. */
  readonly fhir_invalid_element: NoDetails;
}

const issues: IssueCatalogue<FhirIssueDetails> = /* @__PURE__ */ deepFreeze({
  fhir_not_a_goal: {
    message: 'This is {found}, not an R4 Goal resource.',
    description:
      'The input is not an object whose `resourceType` is `Goal`. Details: `found` (what it is, in words) and, for another FHIR resource, `resourceType`.',
  },
  fhir_missing_element: {
    message: '{field} is needed to make an outcome but the Goal does not have it.',
    description:
      'An element an outcome cannot do without is missing: `lifecycleStatus`, a description, a subject (or the `personId` option) or an id.',
  },
  fhir_invalid_element: {
    message: '{field} is not a value an R4 Goal allows here.',
    description: 'A required element is present but not valid, such as an unknown lifecycleStatus.',
  },
});

/**
 * The parse issue codes of {@link fromFhirGoal}, for a Goal that cannot become an outcome.
 *
 * - `fhir_not_a_goal`: not an object with `resourceType: 'Goal'` (`found` says what it is).
 * - `fhir_missing_element`: no lifecycle status, description, subject or id.
 * - `fhir_invalid_element`: a required element with a value R4 does not allow.
 *
 * @example
 * ```ts
 * fhirIssueCatalogue.fhir_not_a_goal.description;
 * ```
 * @category FHIR
 */
export const fhirIssueCatalogue: IssueCatalogue<FhirIssueDetails> = issues;

/**
 * A parse issue code of {@link fromFhirGoal}.
 *
 * @example
 * ```ts
 * const code: FhirIssueCode = 'fhir_missing_element';
 * ```
 * @category FHIR
 */
export type FhirIssueCode = keyof FhirIssueDetails;

/**
 * A parse issue of {@link fromFhirGoal} with a `fhir_*` code, typed per code.
 *
 * @example
 * ```ts
 * function what(issue: FhirParseIssue): string {
 *   return issue.code === 'fhir_not_a_goal' ? issue.found : issue.message;
 * }
 * ```
 * @category FHIR
 */
export type FhirParseIssue = ParseIssueOf<FhirIssueDetails>;
