import { compareText } from '../../core/internal/index.js';
import type { ReviewQualityRule, ReviewRuleContext } from './context.js';

const wanted = ({ given }: ReviewRuleContext): ('family' | 'advocate')[] =>
  [...new Set(given.involvementWanted ?? [])].sort(compareText);

/** Family and advocates the person wants involved took part. */
export const wantedInvolvementRule: ReviewQualityRule = {
  group: 'involvement',
  codes: ['wanted_involvement_missing'],
  applies: (ctx) => wanted(ctx).length > 0,
  check: (ctx, report) => {
    const tookPart: ReadonlySet<string> = new Set((ctx.review.others ?? []).map((o) => o.role));
    for (const role of wanted(ctx)) {
      if (!tookPart.has(role)) report('wanted_involvement_missing', ['others'], { role });
    }
  },
};
