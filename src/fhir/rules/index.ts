import { achievementRule, categoryRule, priorityRule } from './codes.js';
import type { GoalRule } from './context.js';
import { elementsRule, modifierExtensionRule } from './elements.js';
import { expressedByRule } from './expressed-by.js';
import { extensionsRule } from './extensions.js';
import { idRule, lifecycleRule, subjectRule, wordsRule } from './required.js';
import { notesRule, ownersRule, targetsRule, timeframeRule } from './targets.js';

export type { GoalContext, GoalReadOptions, GoalRule } from './context.js';
export { fhirIssue } from './issue.js';
export { isRecord, type Json } from './json.js';

/**
 * The rules of `fromFhirGoal`, in the order they read the Goal and report. The first read
 * every Goal (its elements, the elements an outcome cannot do without, the extensions); the
 * rest build the outcome, and run only when it can be made. Adding a rule is one entry here
 * (its file and test), and its codes in `findings.ts`.
 */
export const GOAL_RULES: readonly GoalRule[] = [
  elementsRule,
  modifierExtensionRule,
  lifecycleRule,
  wordsRule,
  subjectRule,
  idRule,
  extensionsRule,
  expressedByRule,
  categoryRule,
  priorityRule,
  achievementRule,
  targetsRule,
  timeframeRule,
  ownersRule,
  notesRule,
];
