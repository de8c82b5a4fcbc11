import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatErrors,
  formatScores,
  rate,
  readCorpus,
  scoreCorpus,
  TARGETS,
} from './support/wording-corpus.js';

// Issue #17: the wording checks measured on labelled corpora of outcome texts. Every
// `*.json` file in the folder is scored (a held-out corpus dropped in is scored too), and
// the table is written to `reports/outcome-wording.md`; `npm run wording-corpus -- <file>`
// prints it for any corpus.
const DIR = new URL('./fixtures/outcome-wording/', import.meta.url).pathname;
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const results = files.map((f) => {
  const corpus = readCorpus(join(DIR, f));
  return { corpus, scores: scoreCorpus(corpus) };
});
const table = formatScores(results);

describe('the outcome wording corpus', () => {
  it('has at least 300 labelled texts, across every area, with positive-risk and easy-read ones', () => {
    const texts = results.flatMap((r) => r.corpus.texts);
    expect(texts.length).toBeGreaterThanOrEqual(300);
    const areas = new Set(texts.map((t) => t.area));
    expect(areas.size).toBe(5);
    expect(texts.filter((t) => t.tags?.includes('positive-risk')).length).toBeGreaterThan(10);
    expect(texts.filter((t) => t.voice === 'easy-read').length).toBeGreaterThan(30);
    expect(new Set(texts.map((t) => t.text)).size).toBe(texts.length);
  });
  it('keeps a dev holdout of about 30 %', () => {
    const holdout = results.find((r) => r.corpus.name === 'dev-holdout')?.corpus.texts.length ?? 0;
    const all = results.reduce((n, r) => n + r.corpus.texts.length, 0);
    expect(holdout / all).toBeGreaterThanOrEqual(0.28);
  });
  for (const { corpus, scores } of results) {
    for (const score of scores) {
      const target = TARGETS[score.check];
      it(`${corpus.name}: ${score.label} misses at most ${target.missed * 100} % and wrongly flags at most ${target.flagged * 100} %`, () => {
        mkdirSync('reports', { recursive: true });
        writeFileSync(
          'reports/outcome-wording.md',
          `# Outcome wording checks on the labelled corpora\n\n${table}\n\n## Texts each check got wrong\n\n${formatErrors(results)}\n`,
        );
        expect(
          rate(score.missed.length, score.positives),
          `${table}\nmissed:\n${score.missed.join('\n')}`,
        ).toBeLessThanOrEqual(target.missed);
        expect(
          rate(score.flagged.length, score.negatives),
          `${table}\nflagged:\n${score.flagged.join('\n')}`,
        ).toBeLessThanOrEqual(target.flagged);
      });
    }
  }
});
