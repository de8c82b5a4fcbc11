import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbOutcomeForFhir } from '../../test/arbitraries/fhir.js';
import { checkFhirBundle, checkFhirResource } from '../../test/support/fhir-structure.js';
import type { Outcome } from '../outcomes/index.js';
import type { SupportPlan } from '../reviews/index.js';
import { FHIR_EXTENSIONS } from './constants.js';
import { toFhirBundle } from './to-fhir-bundle.js';
import { toFhirCarePlan } from './to-fhir-care-plan.js';
import { toFhirObservations } from './to-fhir-observations.js';

const subject = { reference: 'Patient/p-aisha' };
const outcome: Outcome = {
  id: 'o-art',
  personId: 'p-aisha',
  words: 'I want to go to the art group on my own',
  expressedBy: 'person',
  lifecycleStatus: 'active',
  owners: [
    { party: 'keyworker', name: 'Sam', responsibility: 'Book the taxi' },
    { party: 'person', responsibility: 'Choose the day' },
  ],
  ratingScale: { min: 0, max: 10 },
  ratings: [
    { on: '2026-10-12', score: 3, ratedBy: 'person', example: 'Went on the bus', gasLevel: -1 },
    { on: '2026-11-09', score: 6, ratedBy: 'keyworker', note: 'Went alone' },
  ],
};
const plan: SupportPlan = {
  id: 'plan-aisha',
  personId: 'p-aisha',
  start: '2026-09-01',
  outcomes: [outcome],
  reviews: [
    {
      id: 'rev-1',
      personId: 'p-aisha',
      on: '2026-10-01',
      person: { involvement: 'led' },
      actions: [
        {
          id: 'act-1',
          description: 'Ask the art group about a taster day',
          owner: { role: 'manager' },
          dueOn: '2026-10-15',
          status: 'done',
          completedOn: '2026-10-10',
          outcomeIds: ['o-art'],
        },
      ],
    },
  ],
};

describe('toFhirObservations', () => {
  const [first, second] = toFhirObservations(outcome, { subject });
  it('writes one final Observation per rating, focused on the Goal', () => {
    expect(first).toMatchObject({
      resourceType: 'Observation',
      status: 'final',
      focus: [{ reference: 'Goal/o-art' }],
      effectiveDateTime: '2026-10-12',
      valueInteger: 3,
      referenceRange: [{ low: { value: 0 }, high: { value: 10 } }],
    });
  });
  it('names the performer from ratedBy: the subject for the person, a role otherwise', () => {
    expect(first?.performer?.[0]?.reference).toBe('Patient/p-aisha');
    expect(second?.performer?.[0]).toMatchObject({ display: 'Keyworker' });
  });
  it('keeps the example, the note and the GAS level', () => {
    expect(first?.extension).toEqual([
      { url: FHIR_EXTENSIONS.ratingExample, valueString: 'Went on the bus' },
    ]);
    expect(first?.component?.[0]?.valueInteger).toBe(-1);
    expect(second?.note).toEqual([{ text: 'Went alone' }]);
  });
  it('returns nothing for an outcome without ratings', () => {
    const { ratings: _r, ...rest } = outcome;
    expect(toFhirObservations(rest as Outcome, { subject })).toEqual([]);
  });
  describe('properties', () => {
    prop.prop([arbOutcomeForFhir])('writes one structurally valid Observation per rating', (o) => {
      const observations = toFhirObservations(o, { subject });
      expect(observations).toHaveLength(o.ratings?.length ?? 0);
      for (const observation of observations) expect(checkFhirResource(observation)).toEqual([]);
    });
  });
});

describe('toFhirCarePlan', () => {
  const carePlan = toFhirCarePlan(plan, { subject, nextReviewOn: '2026-12-01' });
  it('references one Goal per outcome', () => {
    expect(carePlan.goal).toEqual([{ reference: 'Goal/o-art' }]);
  });
  it('writes each owner’s responsibility as an activity with performer and status', () => {
    expect(carePlan.activity?.[0]?.detail).toMatchObject({
      description: 'Book the taxi',
      status: 'in-progress',
      performer: [{ display: 'Sam' }],
      goal: [{ reference: 'Goal/o-art' }],
    });
    expect(carePlan.activity?.[1]?.detail.performer?.[0]?.reference).toBe('Patient/p-aisha');
  });
  it('writes review actions as activities with their due date', () => {
    expect(carePlan.activity?.[2]?.detail).toMatchObject({
      description: 'Ask the art group about a taster day',
      status: 'completed',
      scheduledPeriod: { end: '2026-10-15' },
    });
  });
  it('writes the period and the next review date', () => {
    expect(carePlan.period).toEqual({ start: '2026-09-01' });
    expect(carePlan.extension).toEqual([
      { url: FHIR_EXTENSIONS.nextReview, valueDate: '2026-12-01' },
    ]);
    expect(carePlan).toMatchObject({ status: 'active', intent: 'plan' });
  });
  it('keeps a subject identifier of the host’s own and writes a title', () => {
    const own = { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '943' } };
    const written = toFhirCarePlan(
      {
        ...plan,
        reviews: [
          {
            id: 'rev-2',
            personId: 'p-aisha',
            on: '2026-10-01',
            person: { involvement: 'present' },
            actions: [
              {
                id: 'act-2',
                description: 'Find a second group',
                owner: { role: 'person', name: 'Aisha' },
                dueOn: '2026-11-01',
                status: 'open',
                outcomeIds: ['o-unknown'],
              },
            ],
          },
        ],
      },
      { subject: own, title: 'Aisha’s plan' },
    );
    expect(written.subject).toEqual(own);
    expect(written.title).toBe('Aisha’s plan');
    const action = written.activity?.at(-1)?.detail;
    expect(action).toMatchObject({
      status: 'scheduled',
      performer: [{ identifier: own.identifier, display: 'Aisha' }],
    });
    expect(action?.goal).toBeUndefined();
  });
  it('writes a plan without outcomes without goals or activities', () => {
    const { outcomes: _o, reviews: _r, ...empty } = plan;
    const written = toFhirCarePlan(empty as SupportPlan, { subject });
    expect(written.goal).toBeUndefined();
    expect(written.activity).toBeUndefined();
  });
  it('marks a plan with an end date completed unless told otherwise', () => {
    expect(toFhirCarePlan({ ...plan, end: '2026-12-31' }, { subject }).status).toBe('completed');
    expect(
      toFhirCarePlan({ ...plan, end: '2026-12-31' }, { subject, status: 'active' }).status,
    ).toBe('active');
  });
});

describe('toFhirBundle', () => {
  it('writes the CarePlan, then each Goal followed by its Observations', () => {
    const bundle = toFhirBundle(plan, { subject });
    expect(bundle.type).toBe('collection');
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
      'CarePlan',
      'Goal',
      'Observation',
      'Observation',
    ]);
  });
  it('uses urn:uuid fullUrls and points references at them when there is no base URL', () => {
    const bundle = toFhirBundle(plan, { subject });
    const goalUrl = bundle.entry[1]?.fullUrl;
    expect(goalUrl).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(JSON.stringify(bundle.entry[0]?.resource)).toContain(String(goalUrl));
    expect(checkFhirBundle(bundle)).toEqual([]);
  });
  it('writes a transaction of PUTs under a base URL', () => {
    const bundle = toFhirBundle(plan, {
      subject,
      type: 'transaction',
      baseUrl: 'https://fhir.example.org/r4/',
    });
    expect(bundle.entry[1]).toMatchObject({
      fullUrl: 'https://fhir.example.org/r4/Goal/o-art',
      request: { method: 'PUT', url: 'Goal/o-art' },
    });
    expect(checkFhirBundle(bundle)).toEqual([]);
  });
  describe('properties', () => {
    const arbPlan = fc
      .tuple(
        fc.uniqueArray(arbOutcomeForFhir, { maxLength: 4, selector: (o) => o.id }),
        fc.boolean(),
      )
      .map(([outcomes, ended]) => ({
        plan: {
          id: 'plan 1',
          personId: 'p-1',
          start: '2026-01-01',
          ...(ended ? { end: '2026-12-31' } : {}),
          outcomes: outcomes.map((o) => ({ ...o, personId: 'p-1' })),
        } as SupportPlan,
      }));
    prop.prop([arbPlan, fc.constantFrom('collection', 'transaction' as const), fc.boolean()])(
      'every resource passes the structural check and every reference resolves in the bundle',
      ({ plan: p }, type, withBase) => {
        const bundle = toFhirBundle(p, {
          subject,
          type: type as 'collection' | 'transaction',
          ...(withBase ? { baseUrl: 'https://fhir.example.org/r4' } : {}),
        });
        expect(checkFhirBundle(bundle)).toEqual([]);
      },
    );
    prop.prop([arbPlan])('is deterministic: the same plan gives the same bundle', ({ plan: p }) => {
      expect(JSON.stringify(toFhirBundle(p, { subject }))).toBe(
        JSON.stringify(toFhirBundle(p, { subject })),
      );
    });
  });
});
