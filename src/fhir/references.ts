import { FHIR_EXTENSIONS, PARTY_DISPLAY, PERSON_ID_SYSTEM } from './constants.js';
import type { FhirReference } from './types.js';

/**
 * The subject as written on resources: the host's reference, given our person id as its
 * identifier when it has none, so that the id comes back on reading.
 *
 * @internal
 */
export function subjectWithPersonId(subject: FhirReference, personId: string): FhirReference {
  return subject.identifier === undefined
    ? { ...subject, identifier: { system: PERSON_ID_SYSTEM, value: personId } }
    : { ...subject };
}

/**
 * A reference to a party: the subject (without display) for the person, otherwise a
 * display-only reference with the party's role in our `party` extension.
 *
 * @internal
 */
export function partyReference(
  party: string,
  name: string | undefined,
  subject: FhirReference,
): FhirReference {
  if (party === 'person') {
    return {
      ...(subject.reference === undefined ? {} : { reference: subject.reference }),
      ...(subject.identifier === undefined ? {} : { identifier: { ...subject.identifier } }),
      ...(name === undefined ? {} : { display: name }),
    };
  }
  return {
    display: name ?? PARTY_DISPLAY[party] ?? party,
    extension: [{ url: FHIR_EXTENSIONS.party, valueCode: party }],
  };
}
