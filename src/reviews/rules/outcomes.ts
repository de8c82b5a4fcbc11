import { checkOutcome } from '../../outcomes/index.js';
import { hasOutcomes, type ReviewQualityRule } from './context.js';

/** Each open outcome of the person was looked at. */
export const outcomeReviewedRule: ReviewQualityRule = {
  group: 'outcomes_current',
  codes: ['outcome_not_reviewed'],
  applies: hasOutcomes,
  check: ({ expected, reviewedIds }, report) => {
    for (const outcome of expected) {
      if (!reviewedIds.has(outcome.id)) {
        report('outcome_not_reviewed', ['outcomes'], {
          outcomeId: outcome.id,
          words: outcome.words,
        });
      }
    }
  },
};

/** For each outcome looked at, the person was asked whether it still matters. */
export const meaningAskedRule: ReviewQualityRule = {
  group: 'outcomes_current',
  codes: ['meaning_not_asked'],
  applies: hasOutcomes,
  check: ({ entries }, report) => {
    for (const [index, entry] of entries.entries()) {
      if (entry.stillMeaningful === undefined) {
        report('meaning_not_asked', ['outcomes', index, 'stillMeaningful'], {
          outcomeId: entry.outcomeId,
        });
      }
    }
  },
};

/** The outcomes in view are the person's own, and specific (as {@link checkOutcome} judges wording). */
export const outcomeWordingRule: ReviewQualityRule = {
  group: 'outcomes_current',
  codes: ['outcome_service_led', 'outcome_generic'],
  applies: hasOutcomes,
  check: ({ review, outcomes, reviewedIds, expected }, report) => {
    for (const outcome of outcomes) {
      if (!reviewedIds.has(outcome.id) && !expected.includes(outcome)) continue;
      const details = { outcomeId: outcome.id, words: outcome.words };
      // One source of truth for wording: the outcome check's own findings. Service-led means
      // written by staff, or worded as tasks, compliance or behaviour management.
      const findings = checkOutcome(outcome, { asOf: review.on });
      const serviceLed =
        outcome.expressedBy === 'staff' || findings.some((f) => f.code === 'service_led_outcome');
      if (serviceLed) report('outcome_service_led', ['outcomes'], details);
      for (const finding of findings) {
        if (finding.code === 'generic_wording') {
          report('outcome_generic', ['outcomes'], { ...details, phrase: finding.phrase });
        }
      }
    }
  },
};
