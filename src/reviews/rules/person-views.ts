import type { ReviewQualityRule } from './context.js';

/** On time, but without the person. */
export const personInvolvedRule: ReviewQualityRule = {
  group: 'person_views',
  codes: ['person_not_involved'],
  check: ({ review }, report) => {
    if (review.person.involvement === 'not_involved') report('person_not_involved', ['person']);
  },
};

/** The person's views are recorded, in their own words (or it is said who put them). */
export const personViewsRule: ReviewQualityRule = {
  group: 'person_views',
  codes: ['person_views_missing', 'views_not_in_persons_words'],
  check: ({ review }, report) => {
    if (review.views === undefined) report('person_views_missing', ['views']);
    else if (review.views.expressedBy !== 'person') {
      report('views_not_in_persons_words', ['views', 'expressedBy'], {
        expressedBy: review.views.expressedBy,
      });
    }
  },
};
