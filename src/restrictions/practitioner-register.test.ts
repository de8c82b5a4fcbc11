import { describe, expect, it } from 'vitest';
import { checkRestriction } from './check-restriction.js';
import { checkRestrictionRegister } from './check-restriction-register.js';
import { parseRestriction, type Restriction } from './schemas.js';

// A register as a registered manager and an inspector would read it: entries written the way
// a care provider records them, read through the parser as a host would send them, each
// with the finding a practitioner expects — and the well-run ones with none.

const AS_OF = '2026-11-23';

const parse = (input: unknown): Restriction => {
  const result = parseRestriction(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
};
const codes = (input: unknown) =>
  checkRestriction(parse(input), { asOf: AS_OF }).map((f) => f.code);

/** What most good entries share: a person, a setting, a risk, options, reviews with them. */
const entry = (id: string, fields: Record<string, unknown>) => ({
  id,
  scope: { kind: 'individual', personId: `p-${id}` },
  setting: { type: 'care-home', id: 'willow-court' },
  risk: {
    description: 'Falls at night that have already broken her wrist',
    toWhom: ['person'],
    likelihood: 'likely',
    seriousness: 'serious',
  },
  personsView: { words: 'I know I fall, I don’t like it', recordedOn: '2026-05-26' },
  consulted: [{ party: 'family', name: 'Son', on: '2026-05-26', view: 'Agrees for now' }],
  optionsExplored: [
    {
      description: 'Low bed and crash mat',
      tried: true,
      outcome: 'rejected',
      reason: 'She climbed over the mat',
    },
  ],
  leastRestrictiveRationale: 'Only at night, padded, with her call bell in reach',
  start: '2026-06-01',
  reviewEvery: { count: 3, unit: 'month' },
  nextReviewOn: '2026-12-01',
  reviews: [
    {
      on: '2026-09-01',
      by: ['Deputy manager', 'Mrs Hale', 'Her son'],
      involved: ['manager', 'person', 'family'],
      decision: 'reduce',
      reason: 'Rails down in the early evening now',
    },
  ],
  enablementOutcomeIds: ['o-hale-night-routine'],
  ...fields,
});

const bestInterests = {
  kind: 'best-interests',
  meeting: { on: '2026-05-26', attendees: ['staff', 'family', 'clinician'] },
  decisionMaker: { role: 'Registered manager' },
};
const assessed = (decision: string, fields: Record<string, unknown> = {}) => [
  {
    decision,
    assessedOn: '2026-05-20',
    assessor: { role: 'social-worker', name: 'Jo Achebe' },
    conclusion: 'lacks-capacity',
    ...fields,
  },
];

/** Bed rails with a capacity assessment, a best-interests meeting, family, review and options. */
const bedRails = entry('rails', {
  type: 'mechanical',
  description: 'Bed rails with bumpers on Mrs Hale’s bed at night',
  legalBasis: bestInterests,
  capacityAssessments: assessed('Whether Mrs Hale can decide about bed rails at night'),
});

describe('a register read by a registered manager and an inspector', () => {
  describe('the well-run entries', () => {
    it('leave bed rails with an assessment, a best-interests meeting, family, review and options alone', () => {
      expect(codes(bedRails)).toEqual([]);
    });
    it('leave an authorised deprivation of liberty in a care home alone', () => {
      const dols = entry('dols', {
        type: 'environmental',
        description: 'Front door locked with a keypad; she goes out with staff or family',
        liberty: { continuousSupervision: true, freeToLeave: false },
        legalBasis: { kind: 'deprivation-of-liberty', reference: 'DOLS-4471' },
        capacityAssessments: assessed(
          'Whether she can consent to her care and residence arrangements',
        ),
        authorisations: [
          {
            kind: 'dols-standard',
            status: 'granted',
            reference: 'DOLS-4471',
            requestedOn: '2026-05-21',
            startsOn: '2026-06-01',
            expiresOn: '2027-05-31',
          },
        ],
        risk: {
          description: 'Getting lost on the main road',
          toWhom: ['person'],
          likelihood: 'likely',
          seriousness: 'severe',
        },
      });
      expect(codes(dols)).toEqual([]);
    });
    it('leave a consented restriction alone', () => {
      const snacks = entry('snacks', {
        setting: { type: 'supported-living', id: 'elm-house' },
        type: 'environmental',
        description: 'Ben’s snack cupboard locked from 11pm; a night snack box is left out',
        risk: {
          description: 'Eating until he is sick',
          toWhom: ['person'],
          likelihood: 'likely',
          seriousness: 'moderate',
        },
        legalBasis: { kind: 'consent', consentedOn: '2026-05-30', givenBy: 'person' },
        capacityAssessments: assessed('Whether Ben can agree to his cupboard being locked', {
          conclusion: 'has-capacity',
        }),
      });
      expect(codes(snacks)).toEqual([]);
    });
  });

  describe('the entries an inspector would question', () => {
    it('a locked front door with 1:1 supervision, not free to leave, best interests, no authorisation', () => {
      expect(
        codes(
          entry('door', {
            type: 'environmental',
            description: 'Front door locked; 1:1 support at all times',
            liberty: { continuousSupervision: true, freeToLeave: false },
            legalBasis: bestInterests,
            capacityAssessments: assessed('Whether she can consent to her care arrangements'),
            risk: {
              description: 'Getting lost',
              toWhom: ['person'],
              likelihood: 'likely',
              seriousness: 'severe',
            },
          }),
        ),
      ).toEqual(['deprivation_without_authorisation']);
    });
    it('DoLS recorded for someone in a supported-living flat', () => {
      expect(
        codes(
          entry('flat', {
            setting: { type: 'supported-living', id: 'elm-house' },
            type: 'environmental',
            description: 'Flat door locked at night',
            legalBasis: {
              kind: 'deprivation-of-liberty',
              reference: 'DOLS-2025-77',
              expiresOn: '2027-02-01',
            },
            capacityAssessments: assessed('Whether he can consent to his support arrangements'),
          }),
        ),
      ).toEqual(['dols_outside_care_home_or_hospital']);
    });
    it('a DoLS applied for but not yet granted parses, and says what that means on the day', () => {
      const applied = entry('applied', {
        type: 'environmental',
        description: 'Front door locked with a keypad',
        liberty: { continuousSupervision: true, freeToLeave: false },
        legalBasis: { kind: 'deprivation-of-liberty' },
        capacityAssessments: assessed(
          'Whether she can consent to her care and residence arrangements',
          { assessedOn: '2026-11-10' },
        ),
        authorisations: [
          { kind: 'dols-urgent', status: 'granted', startsOn: '2026-11-12' },
          { kind: 'dols-standard', status: 'requested', requestedOn: '2026-11-12' },
        ],
        start: '2026-11-12',
        reviewEvery: { count: 1, unit: 'month' },
        nextReviewOn: '2026-12-12',
        reviews: [],
        risk: {
          description: 'Getting lost',
          toWhom: ['person'],
          likelihood: 'likely',
          seriousness: 'severe',
        },
      });
      const onDay = (asOf: string) => checkRestriction(parse(applied), { asOf: asOf as never });
      // Day 7: the urgent authorisation covers the wait.
      expect(onDay('2026-11-19')).toMatchObject([
        {
          code: 'authorisation_awaiting_decision',
          daysWaiting: 7,
          covered: true,
          coveredUntil: '2026-11-19',
        },
      ]);
      // Day 11: the urgent authorisation has lapsed and the supervisory body has not decided.
      expect(onDay(AS_OF).map((f) => f.code)).toEqual([
        'urgent_authorisation_lapsed',
        'authorisation_awaiting_decision',
      ]);
      expect(onDay(AS_OF)[1]).toMatchObject({ daysWaiting: 11, covered: false });
      // Day 22: past the 21 days the assessments are due in.
      expect(onDay('2026-12-04').map((f) => f.code)).toEqual([
        'urgent_authorisation_lapsed',
        'authorisation_decision_overdue',
      ]);
    });
    it('a legal basis of "other": a house rule agreed at a staff meeting', () => {
      expect(
        codes(
          entry('rule', {
            type: 'environmental',
            description: 'No hot drinks after 9pm',
            legalBasis: { kind: 'other', description: 'House rule agreed at a staff meeting' },
          }),
        ),
      ).toEqual(['other_legal_basis']);
    });
    it('consent with no date of consent', () => {
      expect(
        codes(
          entry('consent', {
            type: 'surveillance',
            description: 'Door sensor on her bedroom door at night',
            legalBasis: { kind: 'consent', givenBy: 'person' },
            capacityAssessments: assessed('Whether she can agree to the door sensor', {
              conclusion: 'has-capacity',
            }),
          }),
        ),
      ).toEqual(['consent_not_dated']);
    });
    it('capacity assessments with no decision, no conclusion, years old, or after the start', () => {
      const rails = (capacityAssessments: unknown) => codes({ ...bedRails, capacityAssessments });
      expect(rails([{ assessedOn: '2026-05-20', conclusion: 'lacks-capacity' }])).toEqual([
        'capacity_assessment_not_decision_specific',
      ]);
      expect(rails([{ decision: 'Bed rails at night', assessedOn: '2026-05-20' }])).toEqual([
        'capacity_conclusion_not_recorded',
      ]);
      expect(
        rails([
          {
            decision: 'Bed rails at night',
            assessedOn: '2022-03-01',
            conclusion: 'lacks-capacity',
          },
        ]),
      ).toEqual(['capacity_assessment_out_of_date']);
      expect(
        rails([
          {
            decision: 'Bed rails at night',
            assessedOn: '2026-07-14',
            conclusion: 'lacks-capacity',
          },
        ]),
      ).toEqual(['capacity_assessment_after_start']);
      expect(
        rails([
          {
            decision: 'Managing her pension',
            assessedOn: '2026-05-20',
            conclusion: 'lacks-capacity',
          },
        ]),
      ).toEqual(['capacity_assessment_other_decision']);
    });
    it('a two-person hold for a harm recorded as rare and minor', () => {
      expect(
        codes(
          entry('hold', {
            type: 'physical',
            description: 'Two-person hold when she pushes other residents',
            risk: {
              description: 'She might scratch herself',
              toWhom: ['person'],
              likelihood: 'rare',
              seriousness: 'minor',
            },
            legalBasis: bestInterests,
            capacityAssessments: assessed('Whether she can decide about being held'),
          }),
        ),
      ).toEqual(['disproportionate_restriction']);
    });
    it('covert medication agreed by a senior carer alone', () => {
      expect(
        codes(
          entry('covert', {
            type: 'chemical',
            description: 'Tablets crushed into her porridge without her knowing',
            medication: { name: 'Donepezil', covert: true },
            legalBasis: { kind: 'best-interests', decisionMaker: { role: 'Senior carer' } },
            capacityAssessments: assessed('Whether she can decide to take her tablets'),
          }),
        ),
      ).toEqual(['covert_medication_without_meeting']);
    });
    it('five "continue" reviews by staff only, never a reduction plan, and a next review three years out', () => {
      const reviews = ['2025-09-01', '2025-12-01', '2026-03-01', '2026-06-01', '2026-09-01'].map(
        (on) => ({
          on,
          by: ['Registered manager', 'Senior support worker'],
          decision: 'continue',
          reason: 'No change',
        }),
      );
      expect(
        codes({
          ...bedRails,
          start: '2025-06-01',
          capacityAssessments: assessed('Whether Mrs Hale can decide about bed rails at night', {
            assessedOn: '2026-05-20',
          }),
          reviews,
          nextReviewOn: '2029-09-01',
        }),
      ).toEqual([
        'capacity_assessment_after_start',
        'next_review_beyond_cadence',
        'review_without_person',
        'review_drift',
      ]);
    });
    it('a restraint in which the person was injured, with no incident review or safeguarding consideration', () => {
      const hold = entry('injury', {
        type: 'physical',
        description: 'Arm hold when he hits his head against the wall',
        risk: {
          description: 'Head injury',
          toWhom: ['person'],
          likelihood: 'likely',
          seriousness: 'severe',
        },
        legalBasis: bestInterests,
        capacityAssessments: assessed('Whether he can decide about being held'),
        uses: [
          {
            at: '2026-11-10T14:00:00+00:00',
            durationMinutes: 3,
            debriefDone: true,
            injury: 'person',
          },
        ],
      });
      const [finding] = checkRestriction(parse(hold), { asOf: AS_OF });
      expect(finding).toMatchObject({
        code: 'injury_without_follow_up',
        missing: ['incident-review', 'safeguarding'],
      });
    });
    it('the same "individual" restriction recorded for every resident of a house', () => {
      const register = ['amy', 'ben', 'cal', 'dee'].map((name) =>
        parse(
          entry(`door-${name}`, {
            setting: { type: 'supported-living', id: 'elm-house' },
            type: 'environmental',
            description: 'Front door kept locked. Staff will open it on request.',
            legalBasis: bestInterests,
            capacityAssessments: assessed(
              'Whether they can decide about the front door being locked',
            ),
          }),
        ),
      );
      expect(
        checkRestrictionRegister(register, { asOf: AS_OF, residents: { 'elm-house': 4 } }).map(
          (f) => f.code,
        ),
      ).toEqual(['de_facto_blanket_restriction']);
      for (const r of register) expect(checkRestriction(r, { asOf: AS_OF }), r.id).toEqual([]);
    });
  });
});
