import { LifecycleStatusSchema } from '../../outcomes/index.js';
import type { GoalRule } from './context.js';
import { fhirIssue } from './issue.js';
import { isRecord, list, oneOf, text } from './json.js';
import { readOutcomeId, readPersonId } from './references.js';

// The elements an outcome cannot do without. Each rule adds the outcome's field, or a
// failure: the Goal then cannot become an outcome, and the later rules do not run.

/** `lifecycleStatus`: R4's codes are the outcome's. */
export const lifecycleRule: GoalRule = {
  codes: [],
  check: ({ goal, outcome, failures }) => {
    const given = goal['lifecycleStatus'];
    const status = oneOf(LifecycleStatusSchema.options, given);
    if (status !== undefined) outcome['lifecycleStatus'] = status;
    else if (given === undefined)
      failures.push(fhirIssue('fhir_missing_element', ['lifecycleStatus']));
    else failures.push(fhirIssue('fhir_invalid_element', ['lifecycleStatus']));
  },
};

/** The person's words: `description.text`, else a coding's display (reported). */
export const wordsRule: GoalRule = {
  codes: ['fhir_words_from_code'],
  check: ({ goal, outcome, failures }, report) => {
    const description = goal['description'];
    const words = isRecord(description) ? text(description['text']) : undefined;
    if (words !== undefined) {
      outcome['words'] = words;
      return;
    }
    const codings = isRecord(description) ? list(description['coding']) : [];
    for (const coding of codings) {
      const display = isRecord(coding) ? text(coding['display']) : undefined;
      if (display !== undefined) {
        report('fhir_words_from_code', ['description']);
        outcome['words'] = display;
        return;
      }
    }
    failures.push(fhirIssue('fhir_missing_element', ['description', 'text']));
  },
};

/** The person: the `personId` option, else the Goal's subject. */
export const subjectRule: GoalRule = {
  codes: [],
  check: ({ goal, options, outcome, failures }) => {
    const personId = options.personId ?? readPersonId(goal['subject']);
    if (personId === undefined) failures.push(fhirIssue('fhir_missing_element', ['subject']));
    else outcome['personId'] = personId;
  },
};

/** The outcome's id: the `id` option, else our identifier, else the Goal's id. */
export const idRule: GoalRule = {
  codes: [],
  check: ({ goal, options, outcome, failures }) => {
    const id = options.id ?? readOutcomeId(goal);
    if (id === undefined) failures.push(fhirIssue('fhir_missing_element', ['id']));
    else outcome['id'] = id;
  },
};
