import type { GoalRule } from './context.js';
import { isRecord, list, urlDetail } from './json.js';

// Elements an R4 Goal defines. Metadata is read silently; the rest is mapped or reported.
const SILENT = new Set(['resourceType', 'id', 'meta', 'implicitRules', 'language', 'text']);
const MAPPED = new Set([
  'extension',
  'modifierExtension',
  'identifier',
  'lifecycleStatus',
  'achievementStatus',
  'category',
  'priority',
  'description',
  'subject',
  'startDate',
  'target',
  'expressedBy',
  'note',
]);
const NOT_MAPPED = new Set([
  'contained',
  'startCodeableConcept',
  'statusDate',
  'statusReason',
  'addresses',
  'outcomeCode',
  'outcomeReference',
]);

/** Every top-level element is read, known to have no place in an outcome, or unknown to R4. */
export const elementsRule: GoalRule = {
  codes: ['fhir_element_not_mapped', 'fhir_unknown_element'],
  check: ({ goal }, report) => {
    for (const key of Object.keys(goal)) {
      if (SILENT.has(key) || MAPPED.has(key)) continue;
      if (NOT_MAPPED.has(key)) report('fhir_element_not_mapped', [key]);
      // `_lifecycleStatus` and the like carry a primitive's id and extensions: read silently.
      else if (!(key.startsWith('_') && MAPPED.has(key.slice(1)))) {
        report('fhir_unknown_element', [key]);
      }
    }
  },
};

/** A modifier extension may change what the Goal means: never read, always reported. */
export const modifierExtensionRule: GoalRule = {
  codes: ['fhir_modifier_extension'],
  check: ({ goal }, report) => {
    for (const [index, ext] of list(goal['modifierExtension']).entries()) {
      const url = isRecord(ext) && typeof ext['url'] === 'string' ? urlDetail(ext['url']) : 'none';
      report('fhir_modifier_extension', ['modifierExtension', index], { url });
    }
  },
};
