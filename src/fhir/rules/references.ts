// Who a FHIR reference points to, read the way other systems write references.

import { OUTCOME_ID_SYSTEM, PERSON_ID_SYSTEM } from '../constants.js';
import { isRecord, type Json, list, text } from './json.js';

/** The id part of a literal reference: `Patient/123` or `https://…/Patient/123` → `123`. */
export function idOfReference(reference: string): string {
  if (reference.startsWith('urn:')) return reference;
  const segments = reference.split('/').filter((s) => s !== '');
  const historyAt = segments.indexOf('_history');
  const usable = historyAt > 0 ? segments.slice(0, historyAt) : segments;
  return usable.at(-1) ?? reference;
}

/** The person's id: our identifier, else the reference's id, else any identifier's value. */
export function readPersonId(subject: unknown): string | undefined {
  if (!isRecord(subject)) return undefined;
  const identifier = subject['identifier'];
  if (isRecord(identifier) && identifier['system'] === PERSON_ID_SYSTEM) {
    const value = text(identifier['value']);
    if (value !== undefined) return value;
  }
  const reference = text(subject['reference']);
  if (reference !== undefined && !reference.startsWith('#')) return idOfReference(reference);
  return isRecord(identifier) ? text(identifier['value']) : undefined;
}

/** The outcome's id: our identifier, else the Goal's id. */
export function readOutcomeId(goal: Json): string | undefined {
  for (const identifier of list(goal['identifier'])) {
    if (isRecord(identifier) && identifier['system'] === OUTCOME_ID_SYSTEM) {
      const value = text(identifier['value']);
      if (value !== undefined) return value;
    }
  }
  return text(goal['id']);
}

const PARTY_TYPES = ['Patient', 'RelatedPerson', 'Practitioner', 'PractitionerRole'];

/** The kind of resource a reference points to, from its `type` or its literal reference. */
export function referenceKind(ref: Json): string | undefined {
  const type = text(ref['type']);
  if (type !== undefined) return type;
  const reference = text(ref['reference']);
  if (reference === undefined) return undefined;
  const segments = reference.split('/');
  const at = segments.findIndex((s) => PARTY_TYPES.includes(s));
  return at >= 0 ? segments[at] : undefined;
}

/** Whether two references point to the same thing (same reference, or same identifier). */
export function sameReference(a: unknown, b: unknown): boolean {
  if (!isRecord(a) || !isRecord(b)) return false;
  const ra = text(a['reference']);
  if (ra !== undefined && ra === text(b['reference'])) return true;
  const ia = a['identifier'];
  const ib = b['identifier'];
  return (
    isRecord(ia) &&
    isRecord(ib) &&
    text(ia['value']) !== undefined &&
    ia['value'] === ib['value'] &&
    ia['system'] === ib['system']
  );
}
