import { describe, expect, it } from 'vitest';
import { bedRails, dolsFrontDoor } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';
import type { Restriction } from '../schemas.js';
import { acidTest } from './acid-test.js';

/** A locked front door with 1:1 support for a man who lacks capacity: no authorisation. */
const lockedIn = (changes: Record<string, unknown> = {}): Restriction =>
  withChanges(dolsFrontDoor, {
    legalBasis: { kind: 'best-interests', consulted: [{ party: 'family', on: '2026-05-30' }] },
    authorisations: undefined,
    ...changes,
  });

describe('acidTest', () => {
  it('is met only when all three elements are', () => {
    const facts = { continuousSupervision: true, freeToLeave: false };
    expect(acidTest(facts, true)).toEqual({ result: 'met' });
    expect(acidTest(facts, undefined)).toEqual({ result: 'possible' });
    expect(acidTest(facts, false)).toEqual({ result: 'not-met' });
    expect(acidTest({ ...facts, freeToLeave: true }, true)).toEqual({ result: 'not-met' });
    expect(acidTest({ ...facts, continuousSupervision: false }, true)).toEqual({
      result: 'not-met',
    });
    expect(acidTest(undefined, true)).toEqual({ result: 'not-recorded' });
    expect(acidTest({ continuousSupervision: true }, true)).toEqual({
      result: 'partial',
      missing: ['free-to-leave'],
    });
    expect(acidTest({ freeToLeave: false }, undefined)).toEqual({
      result: 'partial',
      missing: ['continuous-supervision', 'capacity'],
    });
  });
});

describe('acidTestRule', () => {
  describe('deprivation_without_authorisation', () => {
    it('reports a locked door and 1:1 support with no authorisation, naming the DoLS route in a care home', () => {
      expect(findingsOf(lockedIn())).toMatchObject([
        {
          code: 'deprivation_without_authorisation',
          severity: 'error',
          path: ['liberty'],
          route: 'dols',
          message: expect.stringContaining('P v Cheshire West and Chester Council [2014] UKSC 19'),
        },
      ]);
      expect(only(lockedIn(), 'deprivation_without_authorisation')[0]?.message).toContain(
        'the managing authority must give an urgent authorisation and request a standard one',
      );
    });
    it('names the Court of Protection in supported living, and asks for the setting when it is unknown', () => {
      const flat = lockedIn({ setting: { type: 'supported-living' } });
      expect(only(flat, 'deprivation_without_authorisation')[0]).toMatchObject({
        route: 'court-of-protection',
      });
      expect(only(flat, 'deprivation_without_authorisation')[0]?.message).toContain(
        'section 16(2)(a)',
      );
      const nowhere = lockedIn({ setting: undefined });
      expect(codesOf(nowhere)).toEqual([
        'deprivation_without_authorisation',
        'setting_not_recorded',
      ]);
      expect(only(nowhere, 'deprivation_without_authorisation')[0]).toMatchObject({ route: null });
    });
    it('leaves an authorised deprivation of liberty alone', () => {
      expect(codesOf(dolsFrontDoor)).toEqual([]);
    });
    it('gives way to the authorisation rules once any authorisation is recorded', () => {
      const requested = lockedIn({
        authorisations: [{ kind: 'dols-standard', status: 'requested', requestedOn: '2026-11-20' }],
      });
      expect(codesOf(requested)).toEqual(['authorisation_awaiting_decision']);
    });
    it('reports again when the only authorisation was ended', () => {
      const ended = lockedIn({
        authorisations: [
          {
            kind: 'dols-standard',
            status: 'ended',
            startsOn: '2026-06-01',
            expiresOn: '2027-05-31',
            endedOn: '2026-09-30',
          },
        ],
      });
      expect(codesOf(ended)).toEqual(['deprivation_without_authorisation']);
    });
    it('does not report a person who has capacity and consents', () => {
      const consents = lockedIn({
        legalBasis: { kind: 'consent', consentedOn: '2026-05-30', givenBy: 'person' },
        capacityAssessments: [
          { decision: 'Front door locked', assessedOn: '2026-05-28', conclusion: 'has-capacity' },
        ],
      });
      expect(codesOf(consents)).toEqual([]);
    });
  });

  describe('possible_deprivation_of_liberty', () => {
    it('reports the two facts with capacity unknown', () => {
      const unknown = lockedIn({
        legalBasis: { kind: 'other', description: 'Tenancy agreement' },
        capacityAssessments: undefined,
      });
      expect(only(unknown, 'possible_deprivation_of_liberty')).toMatchObject([
        { severity: 'warning', path: ['liberty'], route: 'dols' },
      ]);
    });
  });

  describe('acid_test_not_recorded', () => {
    it('notes a restriction that records one element of the test and not another', () => {
      const half = lockedIn({ liberty: { continuousSupervision: true } });
      expect(findingsOf(half)).toMatchObject([
        {
          code: 'acid_test_not_recorded',
          severity: 'info',
          missing: ['free-to-leave'],
          message:
            'Part of the acid test for a deprivation of liberty is recorded, but not whether they are free to leave. Record it, so that the check can tell whether an authorisation is needed (P v Cheshire West and Chester Council [2014] UKSC 19).',
        },
      ]);
    });
    it('stays silent when no element is recorded', () => {
      expect(codesOf(bedRails)).toEqual([]);
    });
  });
});
