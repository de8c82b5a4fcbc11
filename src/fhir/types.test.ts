import { describe, expectTypeOf, it } from 'vitest';
import type {
  FhirBundle,
  FhirCarePlan,
  FhirExtension,
  FhirGoal,
  FhirObservation,
  FhirReference,
} from './types.js';

// Our structural output types are written so that hosts need no FHIR type package; these
// checks prove each is assignable to the matching type of @types/fhir@0.0.44 (a dev
// dependency pinned to that version: the last with the R4 types; the latest, 3.0.2, is STU3).
describe('the FHIR output types', () => {
  it('are assignable to the R4 types of @types/fhir@0.0.44', () => {
    expectTypeOf<FhirGoal>().toExtend<fhir4.Goal>();
    expectTypeOf<FhirCarePlan>().toExtend<fhir4.CarePlan>();
    expectTypeOf<FhirObservation>().toExtend<fhir4.Observation>();
    expectTypeOf<FhirBundle>().toExtend<fhir4.Bundle>();
    expectTypeOf<FhirReference>().toExtend<fhir4.Reference>();
    expectTypeOf<FhirExtension>().toExtend<fhir4.Extension>();
  });
});
