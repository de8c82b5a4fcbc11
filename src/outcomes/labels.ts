import type { FieldLabels } from '../core/index.js';

// Plain-English names of every field of an outcome and of a rating, for `{field}` in
// messages (see `FieldLabels` in core/messages.ts). Lower case, as they read inside a
// sentence; `{n}` is an item's number in its list.

/**
 * The fields of a progress rating, from the rating itself.
 *
 * @example
 * ```ts
 * ratingLabels.ratedBy; // => 'who gave the rating'
 * ```
 * @category Outcomes
 */
export const ratingLabels: FieldLabels = Object.freeze({
  '': 'the rating',
  on: 'date of the rating',
  score: 'score',
  example: 'example of what happened',
  ratedBy: 'who gave the rating',
  gasLevel: 'GAS level',
  note: 'note on the rating',
});

/**
 * The fields of a person-led outcome, inner fields and list items included.
 *
 * @remarks Use it to show the library's messages with these names —
 * `localize(result.issues, messageCatalogue, { labels: outcomeLabels })` — or spread your
 * form's own words over it: `{ ...outcomeLabels, words: 'what matters to you' }`.
 * @example
 * ```ts
 * outcomeLabels['timeframe.reviewBy']; // => 'review-by date'
 * ```
 * @category Outcomes
 */
export const outcomeLabels: FieldLabels = Object.freeze({
  '': 'the outcome',
  id: 'outcome id',
  personId: 'person id',
  words: 'the person’s words',
  expressedBy: 'who expressed the outcome',
  domain: 'area of life',
  wellbeingAreas: 'wellbeing areas',
  'wellbeingAreas[]': 'wellbeing area {n}',
  priority: 'priority',
  lifecycleStatus: 'status of the outcome',
  achievementStatus: 'achievement status',
  achievedOn: 'date achieved',
  closedOn: 'date closed',
  cancelledReason: 'reason for cancelling',
  cancelledNote: 'note on why it was cancelled',
  indicator: 'indicator',
  'indicator.description': 'what will be seen, heard or counted',
  'indicator.measure': 'kind of measure',
  'indicator.per': 'period of the frequency',
  'indicator.unit': 'unit counted',
  'indicator.baseline': 'starting point',
  'indicator.target': 'target',
  'indicator.direction': 'which way is better',
  timeframe: 'timeframe',
  'timeframe.start': 'start date',
  'timeframe.reviewBy': 'review-by date',
  'timeframe.reviewEvery': 'review interval',
  'timeframe.reviewEvery.count': 'number of weeks or months between reviews',
  'timeframe.reviewEvery.unit': 'unit of the review interval',
  owners: 'owners',
  'owners[]': 'owner {n}',
  'owners[].party': 'role of owner {n}',
  'owners[].name': 'name of owner {n}',
  'owners[].responsibility': 'what owner {n} will do',
  agreements: 'agreements',
  'agreements[]': 'agreement {n}',
  'agreements[].party': 'who was asked, in agreement {n}',
  'agreements[].name': 'name in agreement {n}',
  'agreements[].response': 'answer in agreement {n}',
  'agreements[].on': 'date of agreement {n}',
  'agreements[].note': 'note on agreement {n}',
  ratingScale: 'rating scale',
  'ratingScale.min': 'lowest score of the rating scale',
  'ratingScale.max': 'highest score of the rating scale',
  'ratingScale.labels': 'labels of the rating scale',
  'ratingScale.labels[]': 'scale label {n}',
  'ratingScale.labels[].score': 'score of scale label {n}',
  'ratingScale.labels[].label': 'words of scale label {n}',
  ratings: 'progress ratings',
  'ratings[]': 'rating {n}',
  'ratings[].on': 'date of rating {n}',
  'ratings[].score': 'score of rating {n}',
  'ratings[].example': 'example for rating {n}',
  'ratings[].ratedBy': 'who gave rating {n}',
  'ratings[].gasLevel': 'GAS level of rating {n}',
  'ratings[].note': 'note on rating {n}',
  gas: 'Goal Attainment Scaling',
  'gas.levels': 'GAS levels',
  'gas.levels.muchLess': 'GAS level −2 (much less than expected)',
  'gas.levels.less': 'GAS level −1 (less than expected)',
  'gas.levels.expected': 'GAS level 0 (the expected outcome)',
  'gas.levels.more': 'GAS level +1 (more than expected)',
  'gas.levels.muchMore': 'GAS level +2 (much more than expected)',
  'gas.baseline': 'GAS baseline',
  'gas.weight': 'GAS weight',
});
