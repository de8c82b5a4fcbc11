/**
 * Outcome quality, progress and Goal Attainment Scaling for one person, and how the wording
 * checks read the words of outcomes.
 * Run: `npx tsx examples/outcome-quality.ts`.
 */
import assert from 'node:assert/strict';
import {
  analyseWording,
  checkOutcomes,
  compileWordingPatterns,
  DEFAULT_WORDING_PATTERNS,
  gasSummary,
  parseOutcome,
  ratingTrend,
  recordRating,
} from 'golden-thread';

const asOf = '2026-11-23';
const levels = {
  muchLess: 'Does not go to the group',
  less: 'Goes with staff',
  expected: 'Goes alone once a month',
  more: 'Goes alone twice a month',
  muchMore: 'Goes alone every week',
};

const parsed = [
  {
    id: 'o-art',
    personId: 'p-aisha',
    words: 'I want to go to the art group on my own',
    expressedBy: 'person',
    lifecycleStatus: 'active',
    indicator: {
      description: 'Trips to the art group without staff',
      measure: 'frequency',
      per: 'month',
      baseline: 0,
      target: 4,
      direction: 'increase',
    },
    timeframe: { start: '2026-09-14', reviewBy: '2026-12-07' },
    owners: [
      { party: 'person', responsibility: 'Choose the sessions' },
      { party: 'keyworker', responsibility: 'Travel with Aisha at first' },
    ],
    agreements: [{ party: 'person', response: 'agree', on: '2026-09-14' }],
    gas: { levels, baseline: -1, weight: 2 },
    ratings: [
      {
        on: '2026-10-12',
        score: 2,
        ratedBy: 'person',
        example: 'Went with Sam on the bus',
        gasLevel: -1,
      },
      {
        on: '2026-11-09',
        score: 3,
        ratedBy: 'person',
        example: 'Took the bus alone, met Sam there',
        gasLevel: 0,
      },
    ],
  },
  {
    id: 'o-wellbeing',
    personId: 'p-aisha',
    words: 'Staff to support Aisha to improve wellbeing',
    expressedBy: 'person',
    lifecycleStatus: 'active',
    timeframe: { start: '2026-06-01', reviewBy: '2026-09-01' },
  },
].map((input) => {
  const result = parseOutcome(input);
  assert(result.success, JSON.stringify(result));
  return result.data;
});

console.log(`Quality checks for Aisha on ${asOf}:`);
const findings = checkOutcomes(parsed, { asOf });
for (const f of findings)
  console.log(`- [${f.severity}] ${f.outcomeId ?? f.personId} ${f.code}: ${f.message}`);
assert(findings.every((f) => f.outcomeId === 'o-wellbeing'));
assert(findings.some((f) => f.code === 'words_about_person'));
assert(findings.some((f) => f.code === 'generic_wording' && f.phrase === 'improve wellbeing'));

// How the wording checks read words: generic aims, the detail that outweighs them, whose
// words they are, and service-led wording. English only: another language is not guessed at.
console.log('\nReading outcome wording:');
const texts = [
  'Increase his independence',
  'I don’t want to be safe all the time, I want to take risks like going to the pub alone',
  'See mum every Sunday at her house',
  'Mohammed would like to pray at the mosque on Fridays',
  'To receive support with personal care each morning',
  'I want to feel more confident ordering my own food in the café',
];
for (const text of texts) {
  const a = analyseWording(text);
  const generic = a.generic.map((m) => `"${m.text}"`).join(', ') || 'none';
  const outweighed =
    a.outweighed.length > 0
      ? ` (outweighed by ${a.signals.map((s) => `${s.kind} "${s.text}"`).join(', ')})`
      : '';
  const about =
    a.aboutPerson === undefined ? '' : ` — ${a.aboutPerson.cue} "${a.aboutPerson.text}"`;
  const led = a.serviceLed.map((m) => ` service-led (${m.kind}) "${m.text}"`).join('');
  console.log(`- ${text}\n    generic: ${generic}${outweighed}; voice: ${a.voice}${about};${led}`);
}
assert.equal(analyseWording(texts[0] ?? '').generic.length, 1);
assert.equal(analyseWording(texts[1] ?? '').generic.length, 0);
assert.equal(analyseWording(texts[2] ?? '').voice, 'easy_read');
assert.equal(analyseWording(texts[3] ?? '').voice, 'about_person');
assert.equal(analyseWording(texts[4] ?? '').serviceLed[0]?.kind, 'task');
assert.equal(analyseWording(texts[5] ?? '').outweighed[0]?.text, 'feel more confident');
assert.equal(analyseWording('Cynyddu ei annibyniaeth', { language: 'cy' }).checked, false);

// A service's own phrase, compiled once with the defaults, for every outcome it checks.
const wordingPatterns = compileWordingPatterns([
  ...DEFAULT_WORDING_PATTERNS,
  { id: 'feel_at_home', kind: 'generic', phrase: 'feel at home' },
]);
const [home] = checkOutcomes(
  [{ ...parsed[1], id: 'o-home', words: 'I want to feel at home' } as (typeof parsed)[number]],
  { asOf, wordingPatterns },
).filter((f) => f.code === 'generic_wording');
console.log(
  `\nThe service's own pattern: ${home?.code} "${home && 'phrase' in home ? home.phrase : ''}"`,
);
assert.equal(home?.code, 'generic_wording');

// Record this month's rating and look at the trend.
const [art] = parsed;
assert(art !== undefined);
const rated = recordRating(art, {
  on: '2026-11-23',
  score: 4,
  ratedBy: 'person',
  example: 'Went alone twice this month',
  gasLevel: 1,
});
assert(rated.success);
const trend = ratingTrend(rated.data);
console.log(`\nArt group trend: ${trend.direction} (${trend.from?.score} → ${trend.to?.score})`);
assert.equal(trend.direction, 'improving');

const gas = gasSummary([rated.data], { asOf });
console.log(`GAS: ${gas.tScore} now, ${gas.baselineTScore} at baseline (${gas.method})`);
assert.equal(gas.tScore, 60);
assert.equal(gas.baselineTScore, 40);
