// Prints how the wording checks of `checkOutcome` score on labelled corpora of outcome
// texts: `npm run wording-corpus -- [file.json …]` (default: every corpus in
// test/fixtures/outcome-wording/). Add `--errors` to list the texts each check got wrong.
// A corpus is `{ name, description, texts: [{ text, generic, voice, serviceLed, area }] }`
// (see test/support/wording-corpus.ts and the folder's README).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatErrors,
  formatScores,
  readCorpus,
  scoreCorpus,
  withinTargets,
} from '../test/support/wording-corpus.js';

const args = process.argv.slice(2);
const errors = args.includes('--errors');
const DIR = 'test/fixtures/outcome-wording';
const paths = args.filter((a) => a !== '--errors');
const files =
  paths.length > 0
    ? paths
    : readdirSync(DIR)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(DIR, f));
const results = files.map((path) => {
  const corpus = readCorpus(path);
  return { corpus, scores: scoreCorpus(corpus) };
});
console.log(formatScores(results));
if (errors) console.log(`\n${formatErrors(results)}`);
const ok = results.every((r) => withinTargets(r.scores));
console.log(ok ? '\nEvery check is within its targets.' : '\nSome checks are above their targets.');
process.exitCode = ok ? 0 : 1;
