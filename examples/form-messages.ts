/**
 * What a form shows when a person gets something wrong: the library's English messages with
 * plain-English field names instead of paths, and the same labels with a host's own wording.
 * Run: `npx tsx examples/form-messages.ts`.
 */
import assert from 'node:assert/strict';
import {
  localize,
  messageCatalogue,
  outcomeLabels,
  parseIsoDate,
  parseOutcome,
} from 'golden-thread';

const draft = {
  id: 'o-7',
  personId: 'p-aisha',
  words: 'I want to go swimming with my sister',
  expressedBy: 'person',
  lifecycleStatus: 'active',
  timeframe: { start: '2026-09-14', reviewBy: '2026-09-01' },
  owners: [{ party: 'person' }, { party: 'sister' }],
};

const parsed = parseOutcome(draft);
assert(!parsed.success);

// For developers and logs: paths.
for (const issue of parsed.issues) console.log(`log:  ${issue.message}`);

// For the person filling in the form: the default labels, with one of the form's own.
const labels = { ...outcomeLabels, 'owners[].party': 'who helps ({n})' };
const shown = localize(parsed.issues, messageCatalogue, { labels });
for (const issue of shown) console.log(`form: ${issue.message}`);
assert.equal(shown[0]?.message, 'Review-by date must be after the start date (2026-09-14).');
assert.equal(shown[1]?.field, 'who helps (2)');

// Your own wording (Easy Read here), with your own labels.
const easyRead = localize(
  parsed.issues,
  { review_by_not_after_start: 'The {field} has to be after {start}.' },
  { labels: { 'timeframe.reviewBy': 'day we look at how it is going' } },
);
console.log(`easy: ${easyRead[0]?.message}`);
assert.equal(
  easyRead[0]?.message,
  'The day we look at how it is going has to be after 2026-09-14.',
);

// A single value is named as what it is.
const date = parseIsoDate('2026-13-02');
assert(!date.success);
console.log(`date: ${date.issues[0]?.message}`);
