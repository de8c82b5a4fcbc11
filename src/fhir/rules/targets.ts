import { canBeMade, type GoalRule, notRead } from './context.js';
import { readIndicator } from './indicator.js';
import { isRecord, list, text } from './json.js';

/**
 * Targets: the first with a measure is the indicator; the first with a due date gives the
 * review-by date. Anything else in them is reported.
 */
export const targetsRule: GoalRule = {
  codes: ['fhir_value_not_read', 'fhir_element_not_mapped', 'fhir_strict_comparator'],
  applies: canBeMade,
  check: (ctx, report) => {
    let indicatorFound = false;
    let dueFound = false;
    for (const [index, target] of list(ctx.goal['target']).entries()) {
      if (!isRecord(target)) {
        notRead(report, ['target', index], 'not a target');
        continue;
      }
      let used = false;
      if (!indicatorFound && target['measure'] !== undefined) {
        const indicator = readIndicator(target, index, ctx, report);
        if (indicator !== undefined) {
          ctx.outcome['indicator'] = indicator;
          indicatorFound = true;
          used = true;
        }
      }
      if (!dueFound && target['dueDate'] !== undefined) {
        ctx.sources['timeframe.reviewBy'] = ['target', index, 'dueDate'];
        dueFound = true;
        used = true;
      } else if (target['dueDuration'] !== undefined) {
        report('fhir_element_not_mapped', ['target', index, 'dueDuration']);
      }
      if (!used) report('fhir_element_not_mapped', ['target', index]);
    }
  },
};

/**
 * The timeframe: `startDate` and the due date together, with our review interval; either
 * alone is reported.
 */
export const timeframeRule: GoalRule = {
  codes: ['fhir_no_timeframe'],
  applies: canBeMade,
  check: ({ goal, outcome, sources, extensions }, report) => {
    const start = text(goal['startDate']);
    const duePath = sources['timeframe.reviewBy'];
    const dueTarget =
      duePath === undefined ? undefined : list(goal['target'])[duePath[1] as number];
    const reviewBy = isRecord(dueTarget) ? text(dueTarget['dueDate']) : undefined;
    if (start !== undefined && reviewBy !== undefined) {
      const every = extensions.reviewEvery;
      outcome['timeframe'] = {
        start,
        reviewBy,
        ...(every === undefined ? {} : { reviewEvery: every }),
      };
      sources['timeframe'] = ['startDate'];
      sources['timeframe.start'] = ['startDate'];
    } else if (start !== undefined) report('fhir_no_timeframe', ['startDate']);
    else if (reviewBy !== undefined)
      report('fhir_no_timeframe', duePath ?? ['target', 0, 'dueDate']);
  },
};

/** Owners come from our owner extensions; a Goal with none is reported (FHIR has no owner). */
export const ownersRule: GoalRule = {
  codes: ['fhir_no_owner'],
  applies: canBeMade,
  check: ({ outcome, extensions }, report) => {
    if (extensions.owners.length > 0) outcome['owners'] = extensions.owners;
    else if (extensions.ownerExtensions === 0) report('fhir_no_owner', []);
    if (extensions.agreements.length > 0) outcome['agreements'] = extensions.agreements;
  },
};

/** Our notes repeat the owners for systems that ignore extensions; other notes are reported. */
export const notesRule: GoalRule = {
  codes: ['fhir_element_not_mapped'],
  applies: (ctx) => canBeMade(ctx) && ctx.extensions.ownerExtensions === 0,
  check: ({ goal }, report) => {
    for (const index of list(goal['note']).keys()) {
      report('fhir_element_not_mapped', ['note', index]);
    }
  },
};
