import { groupBy, type RegisterRule } from './context.js';

/** A description compared without case, spacing or punctuation. */
const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The same "individual" restriction for all or most residents of a setting is a blanket
 * rule in disguise (MCA 2005 ss.1 and 4: each restriction decided for the person).
 */
export const deFactoBlanketRule: RegisterRule = {
  codes: ['de_facto_blanket_restriction'],
  check: ({ inPlace, policy }, report) => {
    const bySetting = groupBy(inPlace, (r) => r.setting?.id);
    for (const [settingId, here] of bySetting) {
      const people = new Set(here.map((r) => r.scope.personId)).size;
      const residents = policy.residents.get(settingId) ?? people;
      const same = groupBy(here, (r) => `${r.type}\u0000${normalise(r.description)}`);
      for (const [, group] of same) {
        const sharing = new Set(group.map((r) => r.scope.personId)).size;
        const first = group[0];
        if (first === undefined || sharing < policy.blanketMinPeople) continue;
        if (sharing < policy.blanketShare * residents) continue;
        report('de_facto_blanket_restriction', [], {
          settingId,
          type: first.type,
          description: first.description,
          people: sharing,
          residents,
          restrictionIds: group.map((r) => r.id),
        });
      }
    }
  },
};

/** Individual restrictions without a setting id cannot be compared across residents. */
export const settingIdRule: RegisterRule = {
  codes: ['setting_id_not_recorded'],
  check: ({ inPlace }, report) => {
    const restrictions = inPlace.filter((r) => r.setting?.id === undefined).length;
    if (restrictions > 0) report('setting_id_not_recorded', [], { restrictions });
  },
};
