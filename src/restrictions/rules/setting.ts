import { DOLS_SETTINGS } from '../vocabulary.js';
import { acidTestOf } from './acid-test.js';
import { inPlace, type RestrictionContext, type RestrictionRule } from './context.js';

/** Whether the restriction relies on the Deprivation of Liberty Safeguards. */
function reliesOnDols(ctx: RestrictionContext): boolean {
  if (ctx.restriction.legalBasis?.kind === 'deprivation-of-liberty') return true;
  return ctx.authorisations.all.some(
    (v) => (v.kind === 'dols-urgent' || v.kind === 'dols-standard') && v.status !== 'refused',
  );
}

/**
 * DoLS apply only in care homes and hospitals (MCA 2005 Schedule A1, para 1); elsewhere a
 * deprivation of liberty needs the Court of Protection (s.16(2)(a)). The check needs the
 * setting's type, and says when it is missing.
 */
export const settingRule: RestrictionRule = {
  codes: ['dols_outside_care_home_or_hospital', 'setting_not_recorded'],
  applies: inPlace,
  check: (ctx, report) => {
    const { setting } = ctx.restriction;
    const dols = reliesOnDols(ctx);
    if (setting === undefined) {
      const test = acidTestOf(ctx).result;
      if (dols || test === 'met' || test === 'possible')
        report('setting_not_recorded', ['setting']);
      return;
    }
    if (dols && !DOLS_SETTINGS.includes(setting.type)) {
      report('dols_outside_care_home_or_hospital', ['setting', 'type'], { setting: setting.type });
    }
  },
};
