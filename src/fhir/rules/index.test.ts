import { describe, expect, it } from 'vitest';
import { fhirFindings } from '../findings.js';
import { fromFhirGoal } from '../from-fhir-goal.js';
import { GOAL_RULES } from './index.js';

describe('GOAL_RULES', () => {
  it('declares only codes of the catalogue, and every code is declared by a rule', () => {
    const declared = new Set(GOAL_RULES.flatMap((rule) => rule.codes));
    expect([...declared].filter((code) => !Object.hasOwn(fhirFindings, code))).toEqual([]);
    expect(Object.keys(fhirFindings).filter((code) => !declared.has(code as never))).toEqual([]);
  });
  it('reads every Goal’s elements and extensions, but builds no outcome that cannot be made', () => {
    const read = fromFhirGoal({
      resourceType: 'Goal',
      status: 'in-progress',
      description: { text: 'I want to swim' },
      subject: { reference: 'Patient/p-1' },
      extension: [{ url: 'http://x.org/e', valueString: 'y' }],
    });
    expect(read.success).toBe(false);
    expect(!read.success && read.issues.map((i) => [i.code, i.path])).toEqual([
      ['fhir_missing_element', ['lifecycleStatus']],
      ['fhir_missing_element', ['id']],
    ]);
    // No fhir_no_owner or fhir_expressed_by_unknown: the outcome is never built.
    expect(read.findings.map((f) => `${f.code} ${f.path.join('.')}`)).toEqual([
      'fhir_unknown_element status',
      'fhir_unknown_extension extension.0',
    ]);
  });
});
