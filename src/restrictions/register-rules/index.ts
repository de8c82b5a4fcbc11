import { deFactoBlanketRule, settingIdRule } from './blanket.js';
import { combinedAcidTestRule } from './combined.js';
import type { RegisterRule } from './context.js';
import { duplicateIdRule } from './duplicates.js';

export type { RegisterContext, RegisterPolicy, RegisterRule } from './context.js';

/** The rules of {@link checkRestrictionRegister}, in the order their findings are reported. */
export const REGISTER_RULES: readonly RegisterRule[] = [
  duplicateIdRule,
  deFactoBlanketRule,
  combinedAcidTestRule,
  settingIdRule,
];
