import { type FieldLabels, nestLabels } from '../core/index.js';

// Plain-English names of every field of an evidence chain and of its links, for `{field}` in
// messages (see `FieldLabels` in core/messages.ts). Lower case, as they read inside a
// sentence; `{n}` is an item's number in its list.

// Fields every link has, and the fields of each kind of link (input, decision, action,
// check), keyed from the link itself.
const linkFields = {
  type: 'kind of link',
  id: 'link id',
  on: 'date of the link',
  source: 'record the link came from',
  'source.kind': 'kind of record the link came from',
  'source.id': 'id of the record the link came from',
  level: 'who the link is about',
  'level.kind': 'level of the link',
  'level.personId': 'person id',
  'level.serviceId': 'service id',
  tags: 'CQC tags',
  'tags.keyQuestions': 'CQC key questions',
  'tags.keyQuestions[]': 'CQC key question {n}',
  'tags.qualityStatements': 'CQC quality statements',
  'tags.qualityStatements[]': 'CQC quality statement {n}',
  'tags.evidenceCategories': 'CQC evidence categories',
  'tags.evidenceCategories[]': 'CQC evidence category {n}',
  outcomeIds: 'outcomes the link concerns',
  'outcomeIds[]': 'outcome concerned ({n})',
  // input
  kind: 'kind of input or action',
  from: 'who said it',
  words: 'their words',
  // decision
  basedOn: 'what the decision is based on',
  'basedOn[]': 'link the decision is based on ({n})',
  text: 'what was decided',
  grounds: 'what the decision weighed',
  'grounds[]': 'what the decision weighed ({n})',
  decidedBy: 'who decided',
  'decidedBy[]': 'who decided ({n})',
  personInvolvement: 'how the person took part',
  // action
  decisionIds: 'decisions the action carries out',
  'decisionIds[]': 'decision carried out ({n})',
  description: 'what will be done',
  owner: 'who owns the action',
  dueOn: 'due date of the action',
  status: 'status of the action',
  completedOn: 'date the action was done',
  note: 'note on the action',
  // check
  actionIds: 'actions the check checks',
  'actionIds[]': 'action checked ({n})',
  method: 'how it was checked',
  result: 'result of the check',
  summary: 'what was found',
} as const;

/**
 * The fields of one link of an evidence chain, whatever its kind (input, decision, action,
 * check).
 *
 * @example
 * ```ts
 * evidenceLinkLabels.basedOn; // => 'what the decision is based on'
 * ```
 * @category Evidence
 */
export const evidenceLinkLabels: FieldLabels = Object.freeze({ '': 'the link', ...linkFields });

/**
 * The fields of an evidence chain and of each of its links.
 *
 * @example
 * ```ts
 * evidenceChainLabels['links[].dueOn']; // => 'due date of the action'
 * ```
 * @category Evidence
 */
export const evidenceChainLabels: FieldLabels = Object.freeze({
  '': 'the evidence chain',
  id: 'chain id',
  title: 'title of the chain',
  level: 'who the chain is about',
  'level.kind': 'level of the chain',
  'level.personId': 'person id',
  'level.serviceId': 'service id',
  links: 'links',
  ...nestLabels('links[]', linkFields),
  'links[]': 'link {n}',
});
