import { type FieldLabels, nestLabels } from '../core/index.js';

// Plain-English names of every field of a restriction and of its review, for `{field}` in
// messages (see `FieldLabels` in core/messages.ts). Lower case, as they read inside a
// sentence; `{n}` is an item's number in its list.

/**
 * The fields of one review of a restriction.
 *
 * @example
 * ```ts
 * restrictionReviewLabels.decision; // => 'what the review decided'
 * ```
 * @category Restrictions
 */
export const restrictionReviewLabels: FieldLabels = Object.freeze({
  '': 'the restriction review',
  on: 'date of the review',
  by: 'who took part in the review',
  'by[]': 'participant {n}',
  decision: 'what the review decided',
  reason: 'reason for the decision',
});

const consultation = (who: string): Record<string, string> => ({
  party: `who was consulted (${who})`,
  name: `name of who was consulted (${who})`,
  on: `date of the consultation (${who})`,
  view: `what was said (${who})`,
});

/**
 * The fields of a restriction in the register: its scope, risk, legal basis, the person's
 * view, the alternatives considered, reviews and uses.
 *
 * @example
 * ```ts
 * restrictionLabels.leastRestrictiveRationale; // => 'why this is the least restrictive option'
 * ```
 * @category Restrictions
 */
export const restrictionLabels: FieldLabels = Object.freeze({
  '': 'the restriction',
  id: 'restriction id',
  scope: 'whom the restriction applies to',
  'scope.kind': 'kind of scope',
  'scope.personId': 'person id',
  'scope.settingId': 'setting id',
  type: 'kind of restriction',
  description: 'what is done',
  risk: 'the risk',
  'risk.description': 'what could happen',
  'risk.toWhom': 'who could be harmed',
  'risk.toWhom[]': 'who could be harmed ({n})',
  'risk.likelihood': 'how likely the harm is',
  'risk.seriousness': 'how serious the harm would be',
  legalBasis: 'legal basis',
  'legalBasis.kind': 'kind of legal basis',
  'legalBasis.capacityRecordedOn': 'date capacity to consent was recorded',
  'legalBasis.consentedOn': 'date of consent',
  'legalBasis.capacityAssessment': 'capacity assessment',
  'legalBasis.capacityAssessment.decision': 'decision the capacity assessment was about',
  'legalBasis.capacityAssessment.assessedOn': 'date of the capacity assessment',
  'legalBasis.capacityAssessment.by': 'who assessed capacity',
  'legalBasis.consulted': 'who was consulted about best interests',
  'legalBasis.consulted[]': 'best-interests consultation {n}',
  ...nestLabels('legalBasis.consulted[]', consultation('best-interests consultation {n}')),
  'legalBasis.reference': 'reference of the authorisation or order',
  'legalBasis.expiresOn': 'expiry date of the authorisation or order',
  'legalBasis.description': 'what the legal basis is',
  personsView: 'the person’s view',
  'personsView.words': 'the person’s view, in their words',
  'personsView.recordedOn': 'date the person’s view was recorded',
  consulted: 'who was consulted',
  'consulted[]': 'consultation {n}',
  ...nestLabels('consulted[]', consultation('consultation {n}')),
  optionsExplored: 'less restrictive options explored',
  'optionsExplored[]': 'option explored {n}',
  'optionsExplored[].description': 'less restrictive option {n}',
  'optionsExplored[].tried': 'whether option {n} was tried',
  'optionsExplored[].outcome': 'whether option {n} was chosen',
  'optionsExplored[].reason': 'reason about option {n}',
  leastRestrictiveRationale: 'why this is the least restrictive option',
  start: 'start date',
  end: 'end date',
  reviewEvery: 'review interval',
  'reviewEvery.count': 'number of weeks or months between reviews',
  'reviewEvery.unit': 'unit of the review interval',
  nextReviewOn: 'next review date',
  reviews: 'reviews',
  ...nestLabels('reviews[]', {
    '': 'review {n}',
    on: 'date of review {n}',
    by: 'who took part in review {n}',
    'by[]': 'participant in the review ({n})',
    decision: 'what review {n} decided',
    reason: 'reason for the decision of review {n}',
  }),
  uses: 'uses',
  'uses[]': 'use {n}',
  'uses[].at': 'time of use {n}',
  'uses[].durationMinutes': 'minutes use {n} lasted',
  'uses[].antecedent': 'what happened before use {n}',
  'uses[].debriefDone': 'whether use {n} was debriefed',
  'uses[].injury': 'injury in use {n}',
  replacedBy: 'restrictions that replaced it',
  'replacedBy[]': 'restriction that replaced it ({n})',
});
