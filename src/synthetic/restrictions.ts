import { addMonths, type IsoDate } from '../core/index.js';
import type { Authorisation, CapacityAssessment, Restriction } from '../restrictions/index.js';
import { dayNumber, isoDate, ukDateTime } from './days.js';
import type { Resolved } from './options.js';
import { RESTRICTIONS } from './phrases.js';
import { createRandom, mixSeed, type Random } from './random.js';
import {
  type BlanketPlan,
  replacementId,
  replacesBlanket,
  type SettingPlan,
  STREAM,
} from './setting.js';

// Individual restrictions as a reasonably well-run provider records them: most are lawful,
// assessed, authorised where they deprive someone of their liberty, reviewed with the
// person and linked to an outcome meant to make them unnecessary. A minority carry the
// problems real registers show — the supervisory body's backlog, a renewal missed, a review
// held without the person, a capacity assessment never redone — each at a documented rate
// (see the synthetic data guide). Restrictions have their own random stream per person, so
// changes elsewhere in a person's history do not move them.

type Template = (typeof RESTRICTIONS)[number];

/** The parts of a person a restriction is generated from. */
export interface RestrictedPerson {
  readonly o: Resolved;
  readonly personId: string;
  readonly start: number;
  /** The day their support ended, if it has: their restrictions end with it. */
  readonly end: number | undefined;
  readonly last: number;
  readonly keyworker: string;
}

/** What one restriction is generated from. */
interface Draft {
  readonly random: Random;
  readonly p: RestrictedPerson;
  readonly setting: SettingPlan;
  readonly id: string;
  readonly start: number;
  readonly outcomeIds: readonly string[];
}

/** What a capacity assessment is about, and whether the person has capacity for it. */
interface Decision {
  readonly about: string;
  readonly basis: Template['basis'];
}

/** Rates of the realistic problems, each drawn on its own. */
export const PROBLEM = Object.freeze({
  /** A review held late (the next one is then due later, and may be overdue on `asOf`). */
  lateReview: 0.12,
  /** A review held by staff alone. */
  reviewWithoutPerson: 0.08,
  /** No reduction plan, so a run of "continue" decisions is drift. */
  noReductionPlan: 0.3,
  /** The capacity assessment is not redone each year. */
  noReassessment: 0.15,
  /** The assessment was done after the restriction began. */
  lateAssessment: 0.05,
  /** No legal basis recorded at all. */
  noBasis: 0.03,
  /** A house rule as the basis. */
  otherBasis: 0.02,
  /** The person's view not recorded. */
  noView: 0.08,
  /** A standard DoLS authorisation not decided within 21 days: most are not, in England. */
  dolsBacklog: 0.5,
  /** A renewal requested too late, so the authorisation lapsed for a while. */
  lateRenewal: 0.1,
  /** A court order's review date passed without a review. */
  orderReviewMissed: 0.1,
  /** Covert medication agreed without the prescriber or family. */
  covertWithoutMeeting: 0.1,
  /** PRN psychotropic not reviewed within 6 months. */
  prnNotReviewed: 0.12,
  /** A use without a debrief. */
  noDebrief: 0.1,
  /** No enablement outcome named. */
  noEnablement: 0.2,
});

const DOLS_TYPES: ReadonlySet<string> = new Set(['care-home', 'nursing-home', 'hospital']);
const day = (d: number): IsoDate => isoDate(d) as IsoDate;
const plusMonths = (d: number, months: number): number => dayNumber(addMonths(day(d), months));

/** A problem's rate, multiplied by the profile's `restrictionProblemFactor` and held at 1. */
function problem(o: Resolved, name: keyof typeof PROBLEM): number {
  return Math.min(1, PROBLEM[name] * o.restrictionProblemFactor);
}

/** Reviews every three calendar months (a few late, some by staff alone) until the last day. */
function restrictionReviews(
  random: Random,
  start: number,
  p: RestrictedPerson,
  keyworker: string,
): { reviews: NonNullable<Restriction['reviews']>; end: number | undefined; next: number } {
  const reviews: NonNullable<Restriction['reviews']> = [];
  // A restriction ends when the person's support does.
  const left = p.end === undefined ? undefined : Math.max(start, p.end);
  let due = plusMonths(start, 3);
  while (due <= p.last) {
    const late = random.chance(problem(p.o, 'lateReview'));
    const on = late ? due + random.int(10, 60) : due - random.int(0, 10);
    if (on > p.last) break;
    const decision = random.chance(0.1)
      ? 'stop'
      : random.pick(['continue', 'continue', 'continue', 'reduce', 'reduce', 'change'] as const);
    const alone = random.chance(problem(p.o, 'reviewWithoutPerson'));
    reviews.push({
      on: day(on),
      by: alone
        ? ['Registered manager', keyworker]
        : ['Registered manager', keyworker, 'The person'],
      involved: alone ? ['manager', 'staff'] : ['manager', 'staff', 'person'],
      decision,
      reason: REASONS[decision],
    });
    if (decision === 'stop') return { reviews, end: on, next: on };
    due = plusMonths(on, 3);
  }
  return { reviews, end: left, next: due };
}

const REASONS = {
  stop: 'No longer needed: the risk has gone down',
  reduce: 'Used less often; trying the alternative first',
  change: 'Changed to fit the new routine',
  continue: 'Risk unchanged; alternatives still being tried',
} as const;

/** Capacity assessments: before the start (a few after), redone about once a year. */
function assessments(d: Draft, t: Decision, until: number): CapacityAssessment[] {
  const { random } = d;
  const has = t.basis === 'consent';
  let on = random.chance(problem(d.p.o, 'lateAssessment'))
    ? d.start + random.int(5, 40)
    : d.start - random.int(1, 20);
  const out: CapacityAssessment[] = [];
  const redo = !random.chance(problem(d.p.o, 'noReassessment'));
  while (on <= until) {
    out.push({
      decision: `Whether they can decide about ${t.about}`,
      assessedOn: day(on),
      assessor: {
        role: t.basis === 'deprivation' ? 'best-interests-assessor' : random.pick(ROLES),
      },
      conclusion: has ? 'has-capacity' : 'lacks-capacity',
      relatesTo: t.basis === 'deprivation' ? 'care-arrangements' : 'this-restriction',
    });
    if (!redo) break;
    on += random.int(300, 360);
  }
  return out;
}

const ROLES = ['social-worker', 'nurse', 'registered-manager', 'psychologist'] as const;

/** A best-interests basis: a meeting with family or an advocate (and the prescriber for medicine). */
function bestInterests(d: Draft, medication: Template['medication']): Restriction['legalBasis'] {
  const { random } = d;
  const medicine = medication !== undefined;
  if (medication?.covert && random.chance(problem(d.p.o, 'covertWithoutMeeting'))) {
    return { kind: 'best-interests', decisionMaker: { role: 'Senior carer' } };
  }
  return {
    kind: 'best-interests',
    meeting: {
      on: day(d.start - random.int(1, 5)),
      attendees: [
        'staff',
        random.chance(0.8) ? 'family' : 'advocate',
        ...(medicine ? (['prescriber'] as const) : []),
      ],
    },
    decisionMaker: { role: medicine ? 'GP' : 'Registered manager' },
  };
}

/** The basis as recorded: mostly the template's route, a few missing or "other". */
function legalBasisOf(d: Draft, t: Template): Restriction['legalBasis'] | undefined {
  const { random } = d;
  if (random.chance(problem(d.p.o, 'noBasis'))) return undefined;
  if (random.chance(problem(d.p.o, 'otherBasis'))) {
    return { kind: 'other', description: 'House rule agreed at a staff meeting' };
  }
  if (t.basis === 'consent') {
    return { kind: 'consent', consentedOn: day(d.start), givenBy: 'person' };
  }
  if (t.basis === 'deprivation') {
    return DOLS_TYPES.has(d.setting.type)
      ? { kind: 'deprivation-of-liberty', reference: `DOLS-${d.id}` }
      : { kind: 'court-order', reference: `COP-${d.id}` };
  }
  return bestInterests(d, t.medication);
}

/** DoLS in a care home: an urgent authorisation, then standard ones, each renewed (mostly in time). */
function dolsAuthorisations(d: Draft, until: number): Authorisation[] {
  const { random } = d;
  const out: Authorisation[] = [
    {
      kind: 'dols-urgent',
      status: 'expired',
      reference: `UA-${d.id}`,
      startsOn: day(d.start),
      expiresOn: day(d.start + 7),
    },
  ];
  let requested = d.start;
  for (let n = 1; requested <= until; n += 1) {
    const wait = random.chance(problem(d.p.o, 'dolsBacklog'))
      ? random.int(25, 150)
      : random.int(5, 20);
    const decided = requested + wait;
    const reference = `DOLS-${d.id}-${n}`;
    if (decided > until) {
      out.push({
        kind: 'dols-standard',
        status: 'requested',
        reference,
        requestedOn: day(requested),
      });
      break;
    }
    const expires = plusMonths(decided, 12) - 1;
    const conditions = random.chance(0.5) ? [{ text: 'Daily walk out with staff', met: true }] : [];
    out.push({
      kind: 'dols-standard',
      status: expires < until ? 'expired' : 'granted',
      reference,
      requestedOn: day(requested),
      decidedOn: day(decided),
      startsOn: day(decided),
      expiresOn: day(expires),
      ...(conditions.length > 0 ? { conditions } : {}),
    });
    requested = random.chance(problem(d.p.o, 'lateRenewal'))
      ? expires + random.int(3, 20)
      : expires - 35;
  }
  return out;
}

/** A Court of Protection order outside a care home, reviewed each year. */
function courtOrder(d: Draft, until: number): Authorisation[] {
  const { random } = d;
  const granted = d.start - random.int(1, 10);
  let review = plusMonths(granted, 12);
  while (review <= until && !random.chance(problem(d.p.o, 'orderReviewMissed')))
    review = plusMonths(review, 12);
  return [
    {
      kind: 'court-of-protection',
      status: 'granted',
      reference: `COP-${d.id}`,
      requestedOn: day(granted - random.int(30, 120)),
      decidedOn: day(granted),
      startsOn: day(granted),
      reviewOn: day(review),
    },
  ];
}

/** The medicine of a chemical restriction, reviewed by the prescriber (mostly within 6 months). */
function medicationOf(d: Draft, t: Template, until: number): Restriction['medication'] {
  const { random } = d;
  if (t.medication === undefined) return undefined;
  const reviewed = random.chance(problem(d.p.o, 'prnNotReviewed'))
    ? until - random.int(190, 300)
    : until - random.int(0, 150);
  return { ...t.medication, lastReviewedOn: day(Math.max(d.start, reviewed)) };
}

/** Uses of a reactive restriction: a few a month, often falling. */
function restrictionUses(d: Draft, t: Template, until: number): NonNullable<Restriction['uses']> {
  const { random } = d;
  const uses: NonNullable<Restriction['uses']> = [];
  const rate0 = 0.5 + random.next() * 3.5;
  const factor = random.chance(0.6) ? 0.95 : 1;
  let month = 0;
  for (let from = d.start; from <= until; from += 30, month += 1) {
    const to = Math.min(from + 29, until);
    const count = random.poisson(rate0 * factor ** month * ((to - from + 1) / 30));
    const days = Array.from({ length: count }, () => random.int(from, to)).sort((a, b) => a - b);
    for (const useDay of days) uses.push(oneUse(d.p.o, random, t, useDay));
  }
  return uses;
}

function oneUse(
  o: Resolved,
  random: Random,
  t: Template,
  useDay: number,
): NonNullable<Restriction['uses']>[number] {
  const hurt = random.chance(0.04);
  return {
    at: ukDateTime(
      useDay,
      random.int(7, 22),
      random.int(0, 59),
    ) as `${number}-${number}-${number}T${string}`,
    durationMinutes: t.type === 'chemical' ? random.int(30, 240) : random.int(1, 20),
    antecedent: random.pick(t.antecedents),
    debriefDone: !random.chance(problem(o, 'noDebrief')),
    injury: hurt ? 'person' : 'none',
    ...(hurt ? { incidentReviewed: true, safeguardingConsidered: random.chance(0.9) } : {}),
    ...(t.type === 'physical' ? { position: 'standing' as const } : {}),
  };
}

/** The authorisations of a restriction that deprives the person of their liberty. */
function authorisationsOf(d: Draft, basis: Restriction['legalBasis'], until: number) {
  if (basis?.kind === 'deprivation-of-liberty')
    return { authorisations: dolsAuthorisations(d, until) };
  if (basis?.kind === 'court-order') return { authorisations: courtOrder(d, until) };
  return {};
}

/** One individual restriction, lawful in most respects, from a template. */
function individualRestriction(d: Draft, t: Template): Restriction {
  const { random, p } = d;
  const { reviews, end, next } = restrictionReviews(random, d.start, p, p.keyworker);
  const until = end ?? p.last;
  const legalBasis = legalBasisOf(d, t);
  const medication = medicationOf(d, t, until);
  const enablement = d.outcomeIds.length > 0 && !random.chance(problem(d.p.o, 'noEnablement'));
  return {
    id: d.id,
    scope: { kind: 'individual', personId: p.personId },
    type: t.type,
    description: t.description,
    setting: { type: d.setting.type, id: d.setting.id },
    risk: {
      description: t.risk,
      toWhom: [...t.toWhom],
      likelihood: t.likelihood,
      seriousness: t.seriousness,
    },
    ...(legalBasis === undefined ? {} : { legalBasis }),
    capacityAssessments: assessments(d, { about: t.decision, basis: t.basis }, until),
    ...(t.basis === 'deprivation'
      ? { liberty: { continuousSupervision: true, freeToLeave: false } }
      : {}),
    ...authorisationsOf(d, legalBasis, until),
    ...(medication === undefined ? {} : { medication }),
    ...(t.type === 'physical'
      ? { physicalIntervention: { positions: ['standing' as const] } }
      : {}),
    ...(random.chance(problem(d.p.o, 'noView'))
      ? {}
      : { personsView: { words: t.view, recordedOn: day(d.start) } }),
    consulted: [{ party: 'family', on: day(d.start), view: 'Agrees for now' }],
    optionsExplored: t.options.map((description) => ({
      description,
      tried: random.chance(0.6),
      outcome: 'rejected' as const,
      reason: 'Tried or talked through; on its own it did not keep them safe yet',
    })),
    leastRestrictiveRationale: 'The least restrictive option that has worked so far',
    start: day(d.start),
    ...(end === undefined ? {} : { end: day(end) }),
    reviewEvery: { count: 3, unit: 'month' },
    ...(end === undefined ? { nextReviewOn: day(next) } : {}),
    reviews,
    ...(random.chance(problem(d.p.o, 'noReductionPlan'))
      ? {}
      : {
          reductionPlan: {
            description: 'Try the alternatives first, one step at a time',
            agreedOn: day(d.start),
          },
        }),
    ...(enablement ? { enablementOutcomeIds: [random.pick(d.outcomeIds)] } : {}),
    ...(t.reactive ? { uses: restrictionUses(d, t, until) } : {}),
  };
}

/** The individual plan that replaced a blanket rule for this person, from the day it ended. */
function replacement(d: Draft, description: string): Restriction {
  const { random, p } = d;
  const { reviews, end, next } = restrictionReviews(random, d.start, p, 'Keyworker');
  return {
    id: d.id,
    scope: { kind: 'individual', personId: p.personId },
    type: 'environmental',
    description,
    setting: { type: d.setting.type, id: d.setting.id },
    intensity: 'low',
    risk: {
      description: 'The risk the house rule was for, for this person only',
      toWhom: ['person'],
      likelihood: 'possible',
      seriousness: 'moderate',
    },
    legalBasis: bestInterests(d, undefined),
    capacityAssessments: assessments(
      d,
      { about: description, basis: 'best-interests' },
      end ?? p.last,
    ),
    personsView: { words: 'Better than everyone being stopped', recordedOn: day(d.start) },
    optionsExplored: [
      {
        description: 'No restriction at all',
        tried: false,
        outcome: 'rejected',
        reason: 'The risk to this person is still real',
      },
    ],
    leastRestrictiveRationale: 'Only for this person, and only when the risk is there',
    start: day(d.start),
    ...(end === undefined ? { nextReviewOn: day(next) } : { end: day(end) }),
    reviewEvery: { count: 3, unit: 'month' },
    reviews,
    reductionPlan: {
      description: 'Step down as the person’s own skills grow',
      agreedOn: day(d.start),
    },
    ...(d.outcomeIds.length > 0 ? { enablementOutcomeIds: [random.pick(d.outcomeIds)] } : {}),
  };
}

/** Replacement plans for the blanket rules this person lived under when they were replaced. */
function replacements(
  random: Random,
  p: RestrictedPerson,
  index: number,
  setting: SettingPlan,
  outcomeIds: readonly string[],
) {
  const out: Restriction[] = [];
  for (const b of setting.blankets as readonly BlanketPlan[]) {
    if (b.end === undefined || b.end < p.start || b.end > p.last || !replacesBlanket(p.o, index, b))
      continue;
    const id = replacementId(b, p.personId);
    out.push(replacement({ random, p, setting, id, start: b.end, outcomeIds }, b.individual));
  }
  return out;
}

/**
 * Individual restrictions for a share of people (`restrictionShare`), and the plans that
 * replaced a blanket rule of their setting.
 */
export function makeRestrictions(
  p: RestrictedPerson,
  index: number,
  setting: SettingPlan,
  outcomeIds: readonly string[],
): Restriction[] {
  const random = createRandom(mixSeed(p.o.seed, STREAM.restriction, index));
  const restrictions: Restriction[] = [];
  if (random.chance(p.o.restrictionShare)) {
    const count = random.chance(0.2) ? 2 : 1;
    const templates = [...RESTRICTIONS];
    for (let n = 0; n < count; n += 1) {
      const t = templates.splice(random.int(0, templates.length - 1), 1)[0] as Template;
      const start = random.int(p.start, Math.max(p.start, Math.floor((p.start + p.last) / 2)));
      const id = `${p.personId}-rs${n + 1}`;
      restrictions.push(individualRestriction({ random, p, setting, id, start, outcomeIds }, t));
    }
  }
  restrictions.push(...replacements(random, p, index, setting, outcomeIds));
  return restrictions;
}
