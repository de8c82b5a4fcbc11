import type { SettingRecord } from '../metrics/index.js';
import type { Restriction, SettingType } from '../restrictions/index.js';
import { isoDate } from './days.js';
import type { Resolved } from './options.js';
import { BLANKETS } from './phrases.js';
import { createRandom, mixSeed } from './random.js';

// Streams: each kind of draw has its own stream number, so adding draws to one never shifts
// another (person 42's restrictions do not change when the activity model changes).
export const STREAM = Object.freeze({
  setting: 1,
  settingData: 2,
  span: 3,
  person: 4,
  replace: 5,
  restriction: 6,
  settingType: 7,
  /** A person's reviews, so that changing how reviews are made leaves the rest alone. */
  reviews: 8,
  /** The wellbeing areas of a person's outcomes and the reasons for cancelling them. */
  outcomeTags: 9,
});

/** A blanket restriction planned for a setting, known to people who live there. */
export interface BlanketPlan {
  readonly index: number;
  readonly id: string;
  readonly description: string;
  readonly individual: string;
  readonly start: number;
  /** The day it was replaced by individual plans, if it was. */
  readonly end: number | undefined;
}

/** A setting: its id, type, service and blanket restrictions. */
export interface SettingPlan {
  readonly index: number;
  readonly id: string;
  /** Supported living mostly; care and nursing homes; a few shared lives homes. */
  readonly type: SettingType;
  readonly service: string;
  readonly blankets: readonly BlanketPlan[];
}

/** Share of the people living in a setting whose own plan replaced a blanket rule. */
export const REPLACEMENT_SHARE = 0.5;

/** The setting (its index) a person lives in: a hash of (seed, person index). */
export function settingIndexOf(o: Resolved, index: number): number {
  return mixSeed(o.seed, STREAM.setting, index) % (o.services.length * o.settingsPerService);
}

/** Shares of setting types: the kinds of place a provider of this mix runs. */
const SETTING_TYPES: readonly (readonly [SettingType, number])[] = [
  ['supported-living', 0.55],
  ['care-home', 0.3],
  ['nursing-home', 0.1],
  ['shared-lives', 0.05],
];

/** A setting's type, from its own hash of (seed, setting index). */
function settingTypeOf(o: Resolved, s: number): SettingType {
  let u = mixSeed(o.seed, STREAM.settingType, s) / 0x1_0000_0000;
  for (const [type, share] of SETTING_TYPES) {
    if (u < share) return type;
    u -= share;
  }
  return 'supported-living';
}

/** Every setting, from (seed, setting index) alone. */
export function planSettings(o: Resolved): SettingPlan[] {
  const settings: SettingPlan[] = [];
  const total = o.services.length * o.settingsPerService;
  const span = o.asOf - o.historyStart;
  for (let s = 0; s < total; s += 1) {
    const service = o.services[Math.floor(s / o.settingsPerService)] as string;
    const id = `${service}-house-${(s % o.settingsPerService) + 1}`;
    const random = createRandom(mixSeed(o.seed, STREAM.settingData, s));
    const blankets: BlanketPlan[] = [];
    if (random.chance(o.blanketShare)) {
      const count = random.chance(0.2) ? 2 : 1;
      const templates = [...BLANKETS];
      for (let b = 0; b < count; b += 1) {
        const t = templates.splice(
          random.int(0, templates.length - 1),
          1,
        )[0] as (typeof BLANKETS)[number];
        const start = o.historyStart - random.int(30, 720);
        const replaced = random.chance(0.4) && span > 120;
        blankets.push({
          index: b,
          id: `${id}-blanket-${b + 1}`,
          description: t.description,
          individual: t.individual,
          start,
          end: replaced ? o.historyStart + random.int(60, span - 30) : undefined,
        });
      }
    }
    settings.push({ index: s, id, type: settingTypeOf(o, s), service, blankets });
  }
  return settings;
}

/** Whether person `index` got an individual plan replacing blanket `b` (if they lived there then). */
export function replacesBlanket(o: Resolved, index: number, b: BlanketPlan): boolean {
  return mixSeed(o.seed, STREAM.replace, index, b.index) / 0x1_0000_0000 < REPLACEMENT_SHARE;
}

/** The id of the individual restriction that replaced a blanket one for a person. */
export const replacementId = (b: BlanketPlan, personId: string): string => `${b.id}-${personId}`;

/** A setting record with its blanket restrictions; `replacedBy` lists up to 100 ids. */
export function settingRecord(
  o: Resolved,
  setting: SettingPlan,
  replacedBy: ReadonlyMap<string, readonly string[]>,
): SettingRecord {
  const random = createRandom(mixSeed(o.seed, STREAM.settingData, setting.index, 1));
  const restrictions: Restriction[] = setting.blankets.map((b) => {
    const reviews: Restriction['reviews'] & object = [];
    const last = b.end ?? o.asOf;
    let day = Math.max(b.start, o.historyStart) + random.int(60, 120);
    while (day <= last) {
      const stop = b.end !== undefined && day + 120 > b.end;
      reviews.push({
        on: isoDate(stop ? (b.end ?? day) : day),
        by: ['Registered manager', 'House team'],
        decision: stop ? 'stop' : 'continue',
        reason: stop
          ? 'Replaced by individual plans for the people who need them'
          : 'Still needed for one resident; looking at an individual plan',
      });
      if (stop) break;
      day += random.int(80, 200);
    }
    const ids = replacedBy.get(b.id) ?? [];
    return {
      id: b.id,
      scope: { kind: 'blanket', settingId: setting.id },
      type: 'blanket',
      description: b.description,
      setting: { type: setting.type, id: setting.id },
      risk: { description: 'One resident’s risk, applied to everyone', toWhom: ['person'] },
      ...(random.chance(0.5)
        ? { legalBasis: { kind: 'other', description: 'House rule agreed at a staff meeting' } }
        : {}),
      start: isoDate(b.start),
      ...(b.end === undefined
        ? {
            reviewEvery: { count: 6, unit: 'month' },
            nextReviewOn: isoDate(Math.max(b.start, day)),
          }
        : { end: isoDate(b.end) }),
      reviews,
      ...(ids.length > 0 ? { replacedBy: [...ids] } : {}),
    } satisfies Restriction;
  });
  return {
    type: 'setting',
    settingId: setting.id,
    groups: { service: setting.service },
    restrictions,
  };
}
