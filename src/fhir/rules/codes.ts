import { AchievementStatusSchema, PrioritySchema } from '../../outcomes/index.js';
import { GOAL_ACHIEVEMENT_SYSTEM, GOAL_PRIORITY_SYSTEM } from '../constants.js';
import { canBeMade, type GoalContext, type GoalReport, type GoalRule, notRead } from './context.js';
import { codeFrom, isRecord, list, oneOf, text } from './json.js';

/** The first category's text is the person's area of life; other categories are reported. */
export const categoryRule: GoalRule = {
  codes: ['fhir_element_not_mapped'],
  applies: canBeMade,
  check: ({ goal, outcome, sources }, report) => {
    for (const [index, category] of list(goal['category']).entries()) {
      const domain = isRecord(category) ? text(category['text']) : undefined;
      if (index === 0 && domain !== undefined) {
        outcome['domain'] = domain;
        sources['domain'] = ['category', 0];
      } else report('fhir_element_not_mapped', ['category', index]);
    }
  },
};

/** Reads a CodeableConcept element by its HL7 code system, into the same-named field. */
function coded(
  key: 'priority' | 'achievementStatus',
  options: readonly string[],
  system: string,
  reason: string,
): GoalRule {
  return {
    codes: ['fhir_value_not_read'],
    applies: (ctx) => canBeMade(ctx) && ctx.goal[key] !== undefined,
    check: ({ goal, outcome, sources }: GoalContext, report: GoalReport) => {
      const code = oneOf(options, codeFrom(goal[key], system));
      if (code === undefined) notRead(report, [key], reason);
      else {
        outcome[key] = code;
        sources[key] = [key];
      }
    },
  };
}

/** `priority`, from the goal-priority code system. */
export const priorityRule = coded(
  'priority',
  PrioritySchema.options,
  GOAL_PRIORITY_SYSTEM,
  'no goal-priority code',
);

/** `achievementStatus`, from the goal-achievement code system. */
export const achievementRule = coded(
  'achievementStatus',
  AchievementStatusSchema.options,
  GOAL_ACHIEVEMENT_SYSTEM,
  'no goal-achievement code',
);
