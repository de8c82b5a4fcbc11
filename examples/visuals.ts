/**
 * Pictures for an easy-read review pack and a board report: Aisha's art-group ratings as a
 * timeline with her reviews marked, what she said and what was done in easy-read sentences,
 * and Elm House's monthly incidents as a Making Data Count XmR chart. Writes the SVG and an
 * HTML page to a temporary folder and prints where.
 * Run: `npx tsx examples/visuals.ts`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Action, type Feedback, parseOutcome, xmrChart, youSaidWeDid } from 'golden-thread';
import {
  easyReadHtml,
  easyReadProgress,
  easyReadYouSaidWeDid,
  ratingTimelineSvg,
  xmrChartSvg,
} from 'golden-thread/visuals';

// Aisha's outcome, as a host would read it from its database.
const parsed = parseOutcome({
  id: 'o-aisha-art',
  personId: 'p-aisha',
  words: 'I want to go to the art group on my own',
  expressedBy: 'person',
  lifecycleStatus: 'active',
  timeframe: { start: '2026-09-01', reviewBy: '2026-12-07' },
  ratingScale: {
    min: 1,
    max: 5,
    labels: [
      { score: 1, label: 'I do not go yet' },
      { score: 2, label: 'I go with staff' },
      { score: 3, label: 'Staff meet me there' },
      { score: 4, label: 'I go with a friend' },
      { score: 5, label: 'I go on my own' },
    ],
  },
  ratings: [
    { on: '2026-09-14', score: 2, ratedBy: 'person', example: 'Went with Sam in the car' },
    { on: '2026-10-12', score: 3, ratedBy: 'person', example: 'Took the bus, Sam met me there' },
    { on: '2026-11-09', score: 4, ratedBy: 'person', example: 'Went on the bus with Jo' },
  ],
});
assert(parsed.success, JSON.stringify(parsed));
const outcome = parsed.data;

const timeline = ratingTimelineSvg(outcome, {
  title: 'Going to the art group',
  milestones: [
    { on: '2026-10-05', label: 'Review: Aisha chose to try the bus' },
    { on: '2026-11-01', label: 'Jo from the group offered to travel with her' },
  ],
});
const progress = easyReadProgress(outcome, { asOf: '2026-11-23' });
assert.equal(progress[3], 'It has gone up.');

// You said, we did — for the same review.
const feedback: Feedback[] = [
  {
    id: 'fb-1',
    personId: 'p-aisha',
    on: '2026-09-20',
    from: 'person',
    words: 'The car makes me feel like a child',
  },
  {
    id: 'fb-2',
    personId: 'p-aisha',
    on: '2026-10-20',
    from: 'family',
    words: 'She would like a bus pass of her own',
  },
];
const actions: Action[] = [
  {
    id: 'act-1',
    description: 'Plan the bus route with Aisha and practise it twice',
    owner: { role: 'keyworker', name: 'Sam' },
    dueOn: '2026-10-10',
    status: 'done',
    completedOn: '2026-10-03',
    feedbackIds: ['fb-1'],
  },
  {
    id: 'act-2',
    description: 'Help Aisha apply for a bus pass',
    owner: { role: 'keyworker', name: 'Sam' },
    dueOn: '2026-12-01',
    status: 'open',
    feedbackIds: ['fb-2'],
  },
];
const said = easyReadYouSaidWeDid(
  youSaidWeDid(feedback, actions, { from: '2026-09-01', to: '2026-11-23' }),
);
assert.deepEqual(said[0], [
  'We were told 2 things.',
  'We did 1 of them.',
  'We are still working on 1.',
]);

// Elm House's incidents each month; lower is better.
const incidents = [9, 7, 8, 10, 8, 9, 7, 11, 8, 9, 6, 5, 4, 5, 3, 4, 4, 3, 2, 4];
const months = incidents.map((_, i) => {
  const names = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  return `${names[i % 12]} ${2025 + Math.floor(i / 12)}`;
});
const chart = xmrChart(incidents, { improvement: 'decrease' });
const spc = xmrChartSvg(chart, {
  title: 'Incidents each month, Elm House',
  xLabels: months,
  yAxisLabel: 'Incidents',
  xAxisLabel: 'Month',
});
assert.equal(chart.variation, 'improvement');

// The same input always gives the same bytes, so a host can cache or diff the pictures.
assert.equal(ratingTimelineSvg(outcome), ratingTimelineSvg(structuredClone(outcome)));

const dir = mkdtempSync(join(tmpdir(), 'golden-thread-visuals-'));
writeFileSync(join(dir, 'aisha-art-group.svg'), timeline);
writeFileSync(join(dir, 'elm-house-incidents.svg'), spc);
writeFileSync(
  join(dir, 'aisha-review-pack.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Aisha’s review</title>
<style>body{font:20px/1.5 Arial,sans-serif;max-width:50em;margin:2em auto;color:#0B0C0C}
.easy-read p{margin:0 0 .4em}.easy-read-group{margin-bottom:1.2em}</style></head><body>
${timeline}
${easyReadHtml(progress, { heading: 'How it is going' })}
${easyReadHtml(said, { heading: 'You said, we did' })}
</body></html>`,
);
console.log(`Pictures written to ${dir}`);
console.log(progress.join('\n'));
