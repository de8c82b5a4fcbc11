import { describe, expect, it } from 'vitest';
import * as fhir from '../src/fhir/index.js';
import * as api from '../src/index.js';

// The subpath `golden-thread/fhir` is reviewed like the main entry: adding or removing an
// export means editing this list in the same change.
const RUNTIME_EXPORTS = [
  'FHIR_CODE_SYSTEM',
  'FHIR_EXTENSIONS',
  'FHIR_EXTENSION_BASE',
  'FHIR_IDENTIFIER_BASE',
  'GOAL_ACCEPTANCE_URL',
  'GOAL_ACHIEVEMENT_SYSTEM',
  'GOAL_PRIORITY_SYSTEM',
  'fhirFindings',
  'fhirIssueCatalogue',
  'fromFhirGoal',
  'toFhirBundle',
  'toFhirCarePlan',
  'toFhirGoal',
  'toFhirObservations',
];

describe('the golden-thread/fhir subpath', () => {
  it('exports exactly the reviewed runtime values', () => {
    expect(Object.keys(fhir).sort()).toEqual([...RUNTIME_EXPORTS].sort());
  });
  it('is not part of the main entry', () => {
    for (const name of RUNTIME_EXPORTS) expect(Object.keys(api)).not.toContain(name);
  });
});
