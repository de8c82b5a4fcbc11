import type { IsoDate } from '../../core/index.js';
import type { Outcome } from '../schemas/index.js';
import { isOpenOutcome, isTimed, type OutcomeRule } from './context.js';

type Answer = NonNullable<Outcome['agreements']>[number];

/** The person's latest answer on or before `asOf` (the later of two on one day). */
function latestAnswer(outcome: Outcome, asOf: IsoDate): Answer | undefined {
  let latest: Answer | undefined;
  for (const agreement of outcome.agreements ?? []) {
    if (
      agreement.party === 'person' &&
      agreement.on <= asOf &&
      (latest === undefined || agreement.on >= latest.on)
    ) {
      latest = agreement;
    }
  }
  return latest;
}

/** The person agreed an open outcome: not asked (once it is in use), disagreeing, or pending. */
export const agreementRule: OutcomeRule = {
  codes: ['not_agreed', 'person_disagrees', 'agreement_pending'],
  applies: isOpenOutcome,
  check: (ctx, report) => {
    const latest = latestAnswer(ctx.outcome, ctx.policy.asOf);
    if (latest === undefined) {
      if (isTimed(ctx)) report('not_agreed', ['agreements']);
    } else if (latest.response === 'disagree') {
      report('person_disagrees', ['agreements'], { on: latest.on });
    } else if (latest.response === 'pending') {
      report('agreement_pending', ['agreements'], { on: latest.on });
    }
  },
};
