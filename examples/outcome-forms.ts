/**
 * Outcome forms: the JSON Schema a form builder renders from, and field-level validation as
 * a person types. Run: `npx tsx examples/outcome-forms.ts`.
 */
import assert from 'node:assert/strict';
import { outcomeJsonSchema, validateOutcomeForm } from 'golden-thread';

// 1. The JSON Schema, with a title and description for each field.
const schema = outcomeJsonSchema();
const words = schema.properties.words;
console.log('JSON Schema for an outcome form');
console.log(`- ${String(words?.title)}: ${String(words?.description)}`);
const timeframe = schema.properties.timeframe as {
  properties: Record<string, Record<string, unknown>>;
};
console.log(
  `- ${String(timeframe.properties['reviewBy']?.['title'])} (format: ${String(timeframe.properties['reviewBy']?.['format'])})`,
);
assert.equal(words?.maxLength, 2000);

// 2. The person has typed their words and picked dates; the review date is before the start.
const draft = {
  id: 'o-ben-cooking',
  personId: 'p-ben',
  words: 'I want to cook my own tea on Fridays',
  expressedBy: 'person',
  lifecycleStatus: 'proposed',
  timeframe: { start: '2026-12-01', reviewBy: '2026-11-20' },
  indicator: { description: 'Fridays Ben cooks his tea', measure: 'frequency' },
};
const labels = {
  'timeframe.reviewBy': 'The review date',
  'indicator.per': 'The period',
};
const result = validateOutcomeForm(draft, { fields: ['words', 'timeframe', 'indicator'], labels });
console.log('\nWhile Ben fills in the form:');
for (const [field, messages] of Object.entries(result.fields)) {
  for (const message of messages) console.log(`- ${field}: ${message}`);
}
assert.equal(result.valid, false);
assert.deepEqual(Object.keys(result.fields).sort(), ['indicator.per', 'timeframe.reviewBy']);

// 3. Fixed: the form is valid.
const fixed = {
  ...draft,
  timeframe: { start: '2026-12-01', reviewBy: '2027-02-23' },
  indicator: { ...draft.indicator, per: 'week' },
};
assert.equal(validateOutcomeForm(fixed).valid, true);
console.log('\nAfter the corrections the form is valid.');
