import type { FieldLabels } from '../core/index.js';

// Plain-English names of the fields a provider record adds to the records it holds (a
// person's plan, actions, feedback and restrictions; a setting's blanket restrictions), for
// `{field}` in messages. The fields of the records inside are added in `src/labels.ts`,
// which can read every module.

/**
 * The fields of a provider record that belong to the metrics module.
 *
 * @internal
 */
export const providerRecordOwnLabels: FieldLabels = Object.freeze({
  '': 'the provider record',
  type: 'kind of record',
  settingId: 'setting id',
  groups: 'groups',
  plan: 'support plan',
  actions: 'actions',
  feedback: 'feedback',
  restrictions: 'restrictions',
  activities: 'community activities',
  'activities[]': 'community activity {n}',
  'activities[].on': 'date of community activity {n}',
  'activities[].description': 'what community activity {n} was',
  'activities[].kind': 'kind of community activity {n}',
});
