// Scores the wording checks of `checkOutcome` on a labelled corpus of outcome texts
// (`test/fixtures/outcome-wording/*.json`): the share of each check's positives it misses and
// of its negatives it flags, against the targets of issue #17.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { checkOutcome, type Outcome } from '../../src/outcomes/index.js';

/** One labelled text: what a practitioner says about it. */
export const CorpusTextSchema = z.strictObject({
  /** The outcome's words, as recorded. */
  text: z.string().min(1),
  /** A generic aim with no specific detail. */
  generic: z.boolean(),
  /** Whose words they read as. */
  voice: z.enum(['first-person', 'easy-read', 'about-person']),
  /** Task-delivery, compliance or behaviour-management wording. */
  serviceLed: z.boolean(),
  /** The kind of service the text comes from. */
  area: z.enum(['learning-disability', 'autism', 'older-people', 'mental-health', 'home-care']),
  /** Anything else worth knowing (`positive-risk`, `easy-read`). */
  tags: z.array(z.string()).optional(),
});

/** A corpus file. */
export const CorpusSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string(),
  texts: z.array(CorpusTextSchema).min(1),
});

export type CorpusText = z.output<typeof CorpusTextSchema>;
export type Corpus = z.output<typeof CorpusSchema>;

/** The targets of issue #17: the most a check may miss, and the most it may wrongly flag. */
export const TARGETS = {
  generic: { missed: 0.1, flagged: 0.05 },
  aboutPerson: { missed: 0.1, flagged: 0.05 },
  serviceLed: { missed: 0.1, flagged: 0.05 },
} as const;

export type Check = keyof typeof TARGETS;

const CHECKS: readonly {
  check: Check;
  code: string;
  label: string;
  positive: (t: CorpusText) => boolean;
}[] = [
  {
    check: 'generic',
    code: 'generic_wording',
    label: 'generic aim (generic_wording)',
    positive: (t) => t.generic,
  },
  {
    check: 'aboutPerson',
    code: 'words_about_person',
    label: 'about the person (words_about_person)',
    positive: (t) => t.voice === 'about-person',
  },
  {
    check: 'serviceLed',
    code: 'service_led_outcome',
    label: 'service-led (service_led_outcome)',
    positive: (t) => t.serviceLed,
  },
];

/** A check's rates on one corpus. */
export interface CheckScore {
  readonly check: Check;
  readonly label: string;
  readonly positives: number;
  readonly missed: readonly string[];
  readonly negatives: number;
  readonly flagged: readonly string[];
}

export const rate = (n: number, of: number): number => (of === 0 ? 0 : n / of);

/** Reads a corpus file, or throws with what is wrong with it. */
export function readCorpus(path: string): Corpus {
  const parsed = CorpusSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The codes `checkOutcome` reports for a text recorded as the person's own words, with no indicator yet. */
export function codesFor(text: string): ReadonlySet<string> {
  const outcome: Outcome = {
    id: 'o-corpus',
    personId: 'p-corpus',
    words: text,
    expressedBy: 'person',
    lifecycleStatus: 'proposed',
  };
  return new Set(checkOutcome(outcome, { asOf: '2026-11-23' }).map((f) => f.code));
}

/** Scores every check on a corpus. */
export function scoreCorpus(corpus: Corpus): CheckScore[] {
  const found = corpus.texts.map((t) => codesFor(t.text));
  return CHECKS.map(({ check, code, label, positive }) => {
    const missed: string[] = [];
    const flagged: string[] = [];
    let positives = 0;
    for (const [i, t] of corpus.texts.entries()) {
      const hit = found[i]?.has(code) === true;
      if (positive(t)) {
        positives += 1;
        if (!hit) missed.push(t.text);
      } else if (hit) flagged.push(t.text);
    }
    return { check, label, positives, missed, negatives: corpus.texts.length - positives, flagged };
  });
}

const pct = (n: number, of: number) => `${n}/${of} = ${(100 * rate(n, of)).toFixed(1)} %`;

/** The scores as a Markdown table, one row per corpus and check, with the targets. */
export function formatScores(
  results: readonly { corpus: Corpus; scores: readonly CheckScore[] }[],
): string {
  const lines = [
    '| corpus | texts | check | missed (target) | wrongly flagged (target) |',
    '|---|---|---|---|---|',
  ];
  for (const { corpus, scores } of results) {
    for (const s of scores) {
      const t = TARGETS[s.check];
      lines.push(
        `| ${corpus.name} | ${corpus.texts.length} | ${s.label} | ${pct(s.missed.length, s.positives)} (≤ ${t.missed * 100} %) | ${pct(s.flagged.length, s.negatives)} (≤ ${t.flagged * 100} %) |`,
      );
    }
  }
  return lines.join('\n');
}

/** The texts each check got wrong, for reading by eye. */
export function formatErrors(
  results: readonly { corpus: Corpus; scores: readonly CheckScore[] }[],
): string {
  const lines: string[] = [];
  for (const { corpus, scores } of results) {
    for (const s of scores) {
      for (const text of s.missed) lines.push(`- ${corpus.name} · ${s.check} missed: ${text}`);
      for (const text of s.flagged)
        lines.push(`- ${corpus.name} · ${s.check} wrongly flagged: ${text}`);
    }
  }
  return lines.join('\n');
}

/** Whether every check on every corpus is within its targets. */
export function withinTargets(scores: readonly CheckScore[]): boolean {
  return scores.every(
    (s) =>
      rate(s.missed.length, s.positives) <= TARGETS[s.check].missed &&
      rate(s.flagged.length, s.negatives) <= TARGETS[s.check].flagged,
  );
}
