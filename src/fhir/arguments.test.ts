import { describe, expect, it } from 'vitest';
import { GoldenThreadError } from '../core/index.js';
import type { Outcome } from '../outcomes/index.js';
import type { SupportPlan } from '../reviews/index.js';
import { fromFhirGoal } from './from-fhir-goal.js';
import { toFhirBundle } from './to-fhir-bundle.js';
import { toFhirCarePlan } from './to-fhir-care-plan.js';
import { toFhirGoal } from './to-fhir-goal.js';
import { toFhirObservations } from './to-fhir-observations.js';

// A JavaScript caller (or a cast) can pass anything: every export of golden-thread/fhir names
// the wrong argument in a GoldenThreadError instead of failing inside with a TypeError.
const outcome: Outcome = {
  id: 'o-1',
  personId: 'p-1',
  words: 'I want to cook my own tea',
  expressedBy: 'person',
  lifecycleStatus: 'active',
};
const plan: SupportPlan = {
  id: 'plan-1',
  personId: 'p-1',
  start: '2026-01-05',
  outcomes: [outcome],
};
const subject = { reference: 'Patient/p-1' };

/** The error `fn` throws, as `code: message`. */
function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof GoldenThreadError) return `${error.code}: ${error.message}`;
    return `not a GoldenThreadError: ${String(error)}`;
  }
  return 'nothing thrown';
}
const call = (fn: (...args: never[]) => unknown, ...args: unknown[]) =>
  thrown(() => (fn as (...a: unknown[]) => unknown)(...args));

describe('toFhirGoal', () => {
  it('names the options when there are none', () => {
    expect(call(toFhirGoal, outcome)).toBe(
      'invalid_argument: toFhirGoal: options must be an object, but it is missing (undefined).',
    );
  });
  it('names the subject when it is missing or empty', () => {
    const message =
      "toFhirGoal: options.subject must be a FHIR reference such as { reference: 'Patient/123' } (an object with a reference, an identifier or a display), but it is";
    expect(call(toFhirGoal, outcome, {})).toBe(`invalid_argument: ${message} missing (undefined).`);
    expect(call(toFhirGoal, outcome, { subject: {} })).toBe(
      `invalid_argument: ${message} an object.`,
    );
    expect(call(toFhirGoal, outcome, { subject: 'Patient/p-1' })).toBe(
      `invalid_argument: ${message} "Patient/p-1".`,
    );
  });
  it('names the outcome when it is not an object', () => {
    expect(call(toFhirGoal, null, { subject })).toBe(
      'invalid_argument: toFhirGoal: outcome must be a parsed outcome (an object), but it is null.',
    );
  });
  it('accepts a subject given by identifier or display alone', () => {
    expect(call(toFhirGoal, outcome, { subject: { identifier: { value: '943' } } })).toBe(
      'nothing thrown',
    );
    expect(call(toFhirGoal, outcome, { subject: { display: 'Aisha' } })).toBe('nothing thrown');
  });
});

describe('toFhirObservations', () => {
  it('names the options, the outcome and the goal reference', () => {
    expect(call(toFhirObservations, outcome)).toBe(
      'invalid_argument: toFhirObservations: options must be an object, but it is missing (undefined).',
    );
    expect(call(toFhirObservations, [], { subject })).toBe(
      'invalid_argument: toFhirObservations: outcome must be a parsed outcome (an object), but it is a list.',
    );
    expect(call(toFhirObservations, outcome, { subject, goal: 'Goal/o-1' })).toMatch(
      /^invalid_argument: toFhirObservations: options\.goal must be a FHIR reference/,
    );
  });
});

describe('toFhirCarePlan', () => {
  it('names the options, the plan and each bad option', () => {
    expect(call(toFhirCarePlan, plan)).toBe(
      'invalid_argument: toFhirCarePlan: options must be an object, but it is missing (undefined).',
    );
    expect(call(toFhirCarePlan, 'plan-1', { subject })).toBe(
      'invalid_argument: toFhirCarePlan: plan must be a parsed support plan (an object), but it is "plan-1".',
    );
    expect(call(toFhirCarePlan, plan, { subject, status: 'open' })).toBe(
      'invalid_argument: toFhirCarePlan: options.status must be one of: draft, active, on-hold, revoked, completed, entered-in-error, unknown, but it is "open".',
    );
    expect(call(toFhirCarePlan, plan, { subject, nextReviewOn: '2026-13-01' })).toBe(
      'invalid_date: toFhirCarePlan: options.nextReviewOn must be a calendar date written as YYYY-MM-DD (such as \'2026-07-01\'), but it is "2026-13-01".',
    );
    expect(call(toFhirCarePlan, plan, { subject, title: ' ' })).toBe(
      'invalid_argument: toFhirCarePlan: options.title must be text that is not blank, but it is " ".',
    );
  });
  it('accepts every option well given', () => {
    expect(
      toFhirCarePlan(plan, { subject, status: 'draft', nextReviewOn: '2026-12-01', title: 'Plan' }),
    ).toMatchObject({ status: 'draft', title: 'Plan', extension: [{ valueDate: '2026-12-01' }] });
  });
});

describe('toFhirBundle', () => {
  it('names the options, the plan, the type and the base URL', () => {
    expect(call(toFhirBundle, plan)).toBe(
      'invalid_argument: toFhirBundle: options must be an object, but it is missing (undefined).',
    );
    expect(call(toFhirBundle, plan, { subject: null })).toMatch(
      /^invalid_argument: toFhirBundle: options\.subject must be a FHIR reference/,
    );
    expect(call(toFhirBundle, plan, { subject, type: 'batch' })).toBe(
      'invalid_argument: toFhirBundle: options.type must be one of: collection, transaction, but it is "batch".',
    );
    expect(call(toFhirBundle, plan, { subject, baseUrl: 42 })).toBe(
      'invalid_argument: toFhirBundle: options.baseUrl must be text that is not blank, but it is the number 42.',
    );
  });
});

describe('fromFhirGoal', () => {
  const goal = {
    resourceType: 'Goal',
    id: 'g1',
    lifecycleStatus: 'active',
    description: { text: 'x' },
    subject,
  };
  it('never throws for the resource, but names options that are wrong', () => {
    expect(call(fromFhirGoal, goal, null)).toBe(
      'invalid_argument: fromFhirGoal: options must be an object, but it is null.',
    );
    expect(call(fromFhirGoal, goal, { personId: 7 })).toBe(
      'invalid_argument: fromFhirGoal: options.personId must be text that is not blank, but it is the number 7.',
    );
    expect(call(fromFhirGoal, goal, { id: '' })).toBe(
      'invalid_argument: fromFhirGoal: options.id must be text that is not blank, but it is "".',
    );
    expect(call(fromFhirGoal, goal, { defaultExpressedBy: 'doctor' })).toBe(
      'invalid_argument: fromFhirGoal: options.defaultExpressedBy must be one of: person, family, advocate, staff, but it is "doctor".',
    );
  });
  it('takes its options as given when they are right', () => {
    const read = fromFhirGoal(goal, { personId: 'p-9', id: 'o-9', defaultExpressedBy: 'advocate' });
    expect(read.success && read.data).toMatchObject({
      personId: 'p-9',
      id: 'o-9',
      expressedBy: 'advocate',
    });
  });
});
