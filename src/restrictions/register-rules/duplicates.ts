import { groupBy, type RegisterRule } from './context.js';

/** Each restriction needs its own id. */
export const duplicateIdRule: RegisterRule = {
  codes: ['duplicate_restriction_id'],
  check: ({ register }, report) => {
    for (const [restrictionId, group] of groupBy(register, (r) => r.id)) {
      if (group.length > 1)
        report('duplicate_restriction_id', [], { restrictionId, count: group.length });
    }
  },
};
