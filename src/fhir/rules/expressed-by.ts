import { ExpressedBySchema, type Outcome } from '../../outcomes/index.js';
import { canBeMade, type GoalContext, type GoalRule } from './context.js';
import { isRecord, oneOf } from './json.js';
import { referenceKind, sameReference } from './references.js';

/** Who said the words, from the kind of `Goal.expressedBy` reference, if it tells. */
function inferred({ goal }: GoalContext): Outcome['expressedBy'] | undefined {
  const ref = goal['expressedBy'];
  if (!isRecord(ref)) return undefined;
  if (sameReference(ref, goal['subject'])) return 'person';
  const kind = referenceKind(ref);
  if (kind === 'RelatedPerson') return 'family';
  if (kind === 'Practitioner' || kind === 'PractitionerRole') return 'staff';
  return undefined;
}

/**
 * Who said the words: our extension; else inferred from `Goal.expressedBy` (reported); else
 * the `defaultExpressedBy` option, `staff` unless told — words of unknown origin are never
 * presented as the person's own (reported).
 */
export const expressedByRule: GoalRule = {
  codes: ['fhir_expressed_by_inferred', 'fhir_expressed_by_unknown'],
  applies: canBeMade,
  check: (ctx, report) => {
    const own = oneOf(ExpressedBySchema.options, ctx.extensions.expressedBy?.['valueCode']);
    if (own !== undefined) {
      ctx.outcome['expressedBy'] = own;
      return;
    }
    const guess = inferred(ctx);
    if (guess !== undefined) {
      report('fhir_expressed_by_inferred', ['expressedBy'], { expressedBy: guess });
      ctx.outcome['expressedBy'] = guess;
      return;
    }
    const assumed = ctx.options.defaultExpressedBy;
    report('fhir_expressed_by_unknown', ['expressedBy'], { assumed });
    ctx.outcome['expressedBy'] = assumed;
  },
};
