/**
 * Wording benchmark (issue #17, and #21 item 2): the wording analyser on real outcome texts
 * (the labelled dev corpus) and on hostile text up to 1 MB, and `checkOutcome` with a host's
 * own pattern list passed as a list (compiled on every call) or compiled once.
 *
 * - Texts per second on the corpus, with the normalisation the old phrase list did for every
 *   text (lower case, every run of non-letters to a space, with a `\p{L}` pattern) as the
 *   baseline in the same run.
 * - Linearity: the time for 1 MB of each hostile text ÷ the time for 256 KB. Linear work
 *   gives about 4; anything that backtracks or rescans gives far more.
 * - A host's list compiled per call ÷ a matcher compiled once: what the compiled matcher saves.
 */
import { measure } from 'mitata';
import {
  analyseWording,
  checkOutcome,
  compileWordingPatterns,
  DEFAULT_WORDING_PATTERNS,
  type Outcome,
} from '../src/index.js';
import dev from '../test/fixtures/outcome-wording/dev.json' with { type: 'json' };
import type { BenchResult } from './outcomes.bench.js';

const HOSTILE: readonly [name: string, unit: string][] = [
  ['generic words over and over', 'improve improve his his more more wellbeing and '],
  ['one endless word', 'a'],
  ['apostrophes everywhere', "'a’"],
  ['every pattern start, no end', 'to be to be keep keep staff will support receive '],
  ['punctuation and no words', '.,;:!? -–— '],
  ['non-Latin letters and marks', 'مرحبا ṩ̣̇ 日本語 '],
  ['names and pronouns', 'Aisha his her their Mr '],
];

const sized = (unit: string, bytes: number) =>
  unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

export async function benchWording(): Promise<BenchResult[]> {
  const texts = dev.texts.map((t) => t.text);
  const opts = { min_samples: 5, max_samples: 12, min_cpu_time: 1e9 } as const;
  let sink = 0;
  const baseline = await measure(() => {
    for (const t of texts)
      sink += ` ${t
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()} `.length;
  }, opts);
  const analysed = await measure(() => {
    for (const t of texts) sink += analyseWording(t).generic.length;
  }, opts);
  const perSecond = (n: number, ns: number) => Math.round(n / (ns / 1e9));
  const results: BenchResult[] = [
    {
      name: 'normalising the corpus texts as the phrase list did (baseline)',
      value: perSecond(texts.length, baseline.p50),
      unit: 'texts/s',
    },
    {
      name: 'analyseWording on the corpus texts',
      value: perSecond(texts.length, analysed.p50),
      unit: 'texts/s',
    },
    {
      name: 'analyseWording ÷ baseline time',
      value: Number((analysed.p50 / baseline.p50).toFixed(2)),
      unit: '×',
    },
  ];
  for (const [name, unit] of HOSTILE) {
    const small = sized(unit, 256 * 1024);
    const large = sized(unit, 1024 * 1024);
    const few = { min_samples: 3, max_samples: 5, min_cpu_time: 5e8 } as const;
    const a = await measure(() => {
      sink += analyseWording(small).generic.length;
    }, few);
    const b = await measure(() => {
      sink += analyseWording(large).generic.length;
    }, few);
    results.push({
      name: `1 MB hostile: ${name}`,
      value: Math.round(b.p50 / 1e6),
      unit: `ms (1 MB ÷ 256 KB time: ${(b.p50 / a.p50).toFixed(1)}, linear ≈ 4)`,
    });
  }
  const outcome: Outcome = {
    id: 'o-1',
    personId: 'p-1',
    words: 'I want to live my best life and feel at home',
    expressedBy: 'person',
    lifecycleStatus: 'proposed',
  };
  const list = [
    ...DEFAULT_WORDING_PATTERNS,
    { id: 'best_life', kind: 'generic', phrase: 'live my best life' } as const,
    { id: 'feel_at_home', kind: 'generic', phrase: 'feel at home' } as const,
  ];
  const matcher = compileWordingPatterns(list);
  const perCall = await measure(() => {
    for (let i = 0; i < 100; i += 1)
      sink += checkOutcome(outcome, { asOf: '2026-11-23', wordingPatterns: list }).length;
  }, opts);
  const once = await measure(() => {
    for (let i = 0; i < 100; i += 1)
      sink += checkOutcome(outcome, { asOf: '2026-11-23', wordingPatterns: matcher }).length;
  }, opts);
  if (sink < 0) throw new Error('unreachable');
  results.push(
    {
      name: 'checkOutcome, host list compiled per call',
      value: perSecond(100, perCall.p50),
      unit: 'outcomes/s',
    },
    {
      name: 'checkOutcome, host list compiled once',
      value: perSecond(100, once.p50),
      unit: 'outcomes/s',
    },
    {
      name: 'compiled per call ÷ compiled once time',
      value: Number((perCall.p50 / once.p50).toFixed(1)),
      unit: '×',
    },
  );
  return results;
}
