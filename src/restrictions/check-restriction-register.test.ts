import { readFileSync } from 'node:fs';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbRestriction } from '../../test/arbitraries/restrictions.js';
import {
  AS_OF,
  armHold,
  bedRails,
  dolsFrontDoor,
  lockedKitchen,
  wellRun,
} from '../../test/fixtures/restrictions.js';
import { withChanges } from '../../test/support/restrictions.js';
import type { IsoDate } from '../core/index.js';
import { checkRestrictionRegister } from './check-restriction-register.js';
import { restrictionRegisterFindings } from './register-findings.js';
import type { Restriction } from './schemas.js';

const check = (register: readonly Restriction[], options: Record<string, unknown> = {}) =>
  checkRestrictionRegister(register, { asOf: AS_OF, ...options });

/** The same front-door restriction copied into each resident's plan at Elm House. */
const frontDoor = (
  personId: string,
  description = 'Front door kept locked; staff open it on request',
) =>
  withChanges(bedRails, {
    id: `r-door-${personId}`,
    scope: { kind: 'individual', personId },
    type: 'environmental',
    description,
    setting: { type: 'supported-living', id: 'elm-house' },
  });

describe('checkRestrictionRegister', () => {
  it('finds nothing in a register of well-run, individual restrictions', () => {
    expect(check(wellRun)).toEqual([]);
  });

  describe('de_facto_blanket_restriction', () => {
    it('reports the same "individual" restriction for every resident of a house', () => {
      const register = ['p-4', 'p-2', 'p-1', 'p-3'].map((p) => frontDoor(p));
      expect(check(register)).toEqual([
        expect.objectContaining({
          code: 'de_facto_blanket_restriction',
          severity: 'error',
          path: [],
          settingId: 'elm-house',
          type: 'environmental',
          description: 'Front door kept locked; staff open it on request',
          people: 4,
          residents: 4,
          restrictionIds: ['r-door-p-1', 'r-door-p-2', 'r-door-p-3', 'r-door-p-4'],
          message:
            '4 of 4 residents of elm-house have the same environmental restriction (“Front door kept locked; staff open it on request”). The same “individual” restriction for all or most residents is a blanket rule in disguise: decide each person’s restriction for them, as the least restrictive option for them (Mental Capacity Act 2005, sections 1 and 4).',
        }),
      ]);
    });
    it('matches descriptions without regard to case, spacing or punctuation', () => {
      const register = [
        frontDoor('p-1', 'Front door kept locked'),
        frontDoor('p-2', 'front door kept LOCKED.'),
        frontDoor('p-3', 'Front  door, kept locked'),
      ];
      expect(check(register).map((f) => f.code)).toEqual(['de_facto_blanket_restriction']);
    });
    it('uses the residents given, from a share of 0.75 by default', () => {
      const three = ['p-1', 'p-2', 'p-3'].map((p) => frontDoor(p));
      expect(check(three, { residents: { 'elm-house': 4 } })).toMatchObject([
        { people: 3, residents: 4 },
      ]);
      expect(check(three, { residents: { 'elm-house': 5 } })).toEqual([]);
      expect(check(three, { residents: { 'elm-house': 6 }, blanketShare: 0.5 })).toMatchObject([
        { people: 3, residents: 6 },
      ]);
    });
    it('needs at least 3 people by default, or the number given', () => {
      const two = ['p-1', 'p-2'].map((p) => frontDoor(p));
      expect(check(two)).toEqual([]);
      expect(check(two, { blanketMinPeople: 2 })).toMatchObject([{ people: 2 }]);
    });
    it('counts a person once, and only restrictions in place that are individual', () => {
      const register = [
        frontDoor('p-1'),
        withChanges(frontDoor('p-1'), { id: 'r-door-p-1-again' }),
        frontDoor('p-2'),
        withChanges(frontDoor('p-3'), { end: '2026-10-01' }),
        withChanges(lockedKitchen, { setting: { type: 'supported-living', id: 'elm-house' } }),
      ];
      expect(check(register)).toEqual([]);
    });
    it('does not compare different settings or different types', () => {
      const register = [
        frontDoor('p-1'),
        frontDoor('p-2'),
        withChanges(frontDoor('p-3'), { setting: { type: 'supported-living', id: 'ash-house' } }),
        withChanges(frontDoor('p-4'), { type: 'surveillance' }),
      ];
      expect(check(register)).toEqual([]);
    });
  });

  describe('combined_deprivation_without_authorisation', () => {
    const supervision = withChanges(armHold, {
      id: 'r-kai-1to1',
      description: '1:1 support at all times',
      liberty: { continuousSupervision: true },
    });
    const door = withChanges(armHold, {
      id: 'r-kai-door',
      type: 'environmental',
      description: 'Front door locked',
      liberty: { freeToLeave: false },
    });
    it('reports restrictions that together meet the acid test with no authorisation on any', () => {
      expect(check([door, supervision])).toEqual([
        expect.objectContaining({
          code: 'combined_deprivation_without_authorisation',
          severity: 'error',
          personId: 'p-kai',
          restrictionIds: ['r-kai-1to1', 'r-kai-door'],
          route: 'court-of-protection',
          message: expect.stringContaining('only the Court of Protection can authorise it'),
        }),
      ]);
    });
    it('is satisfied by an authorisation on any of them', () => {
      const authorised = withChanges(door, { authorisations: communityAuthorisation });
      expect(check([authorised, supervision])).toEqual([]);
    });
    it('leaves a single restriction that meets the test alone to checkRestriction', () => {
      const both = withChanges(supervision, {
        liberty: { continuousSupervision: true, freeToLeave: false },
      });
      expect(check([both, door])).toEqual([]);
    });
    it('needs the person to lack capacity', () => {
      const consents = (r: Restriction) =>
        withChanges(r, {
          legalBasis: { kind: 'consent', consentedOn: '2026-03-20', givenBy: 'person' },
          capacityAssessments: undefined,
        });
      expect(check([consents(door), consents(supervision)])).toEqual([]);
    });
  });

  describe('duplicate_restriction_id', () => {
    it('reports an id used twice, once', () => {
      const twice = [
        bedRails,
        dolsFrontDoor,
        withChanges(bedRails, { description: 'Another' }),
        bedRails,
      ];
      expect(check(twice)).toEqual([
        expect.objectContaining({
          code: 'duplicate_restriction_id',
          severity: 'error',
          restrictionId: 'r-patel-rails',
          count: 3,
        }),
      ]);
    });
  });

  describe('setting_id_not_recorded', () => {
    it('notes individual restrictions in place without a setting id', () => {
      expect(
        check([
          withChanges(bedRails, { setting: undefined }),
          withChanges(armHold, { setting: { type: 'supported-living' } }),
        ]),
      ).toEqual([
        expect.objectContaining({
          code: 'setting_id_not_recorded',
          severity: 'info',
          restrictions: 2,
        }),
      ]);
    });
  });

  it('has every code in the guide’s table, with its severity', () => {
    const guide = readFileSync('docs/reviewing-restrictions.md', 'utf8');
    for (const [code, definition] of Object.entries(restrictionRegisterFindings)) {
      expect(guide, code).toContain(`| \`${code}\` | ${definition.severity} |`);
    }
  });
  it('throws for bad options', () => {
    expect(() => check([], { asOf: 'now' as IsoDate })).toThrow(/asOf/);
    expect(() => check([], { blanketShare: 0 })).toThrow(/blanketShare/);
    expect(() => check([], { blanketShare: 1.5 })).toThrow(/blanketShare/);
    expect(() => check([], { blanketMinPeople: 0 })).toThrow(/blanketMinPeople/);
    expect(() => check([], { residents: { 'elm-house': -1 } })).toThrow(/residents\["elm-house"\]/);
    expect(() => check([], { residents: 'many' })).toThrow(/residents must be an object/);
    expect(() => checkRestrictionRegister('x' as never, { asOf: AS_OF })).toThrow(
      /register must be an array/,
    );
    expect(() => checkRestrictionRegister([], null as never)).toThrow(/options must be an object/);
  });
  it('reads a residents table without inherited keys', () => {
    const register = ['p-1', 'p-2', 'p-3'].map((p) =>
      withChanges(frontDoor(p), { setting: { type: 'supported-living', id: 'constructor' } }),
    );
    expect(check(register)).toMatchObject([{ settingId: 'constructor', residents: 3 }]);
    expect(check(register, { residents: JSON.parse('{"__proto__": 9}') })).toMatchObject([
      { residents: 3 },
    ]);
  });

  describe('properties', () => {
    test.prop([fc.array(arbRestriction, { maxLength: 8 }), fc.integer({ min: 1, max: 100 })])(
      'results do not depend on the order of the register, and are frozen and documented',
      (register, seed) => {
        const reversed = [...register].reverse();
        const rotated = register.map(
          (_, i) => register[(i + seed) % register.length] as Restriction,
        );
        const findings = check(register);
        expect(check(reversed)).toEqual(findings);
        expect(check(rotated)).toEqual(findings);
        for (const f of findings) {
          expect(Object.isFrozen(f)).toBe(true);
          expect(restrictionRegisterFindings[f.code].severity).toBe(f.severity);
        }
      },
    );
    test.prop([fc.array(arbRestriction, { maxLength: 6 })])(
      'never mutates the register',
      (register) => {
        const copy = structuredClone(register);
        check(register);
        expect(register).toEqual(copy);
      },
    );
  });
});

const communityAuthorisation = [
  {
    kind: 'court-of-protection' as const,
    status: 'granted' as const,
    startsOn: '2026-03-01' as IsoDate,
  },
];
