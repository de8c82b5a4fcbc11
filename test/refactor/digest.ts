// The findings and figures every checker gives on a synthetic provider, reduced to a digest
// per function plus a count per code. The architecture refactor (rules as tables, typed
// findings) must leave them equal: `equivalence.test.ts` compares them with the baseline
// pinned in `baseline.json`, computed by this same file on the commit before the refactor.
// When a later change means to change findings, regenerate the baseline with
// `npx tsx test/refactor/digest.ts > test/refactor/baseline.json` and say why in the commit.
import { createHash } from 'node:crypto';
import { checkEvidenceChain } from '../../src/evidence/index.js';
import { fromFhirGoal, toFhirGoal } from '../../src/fhir/index.js';
import { governanceReport, type PersonRecord } from '../../src/metrics/index.js';
import { checkOutcome, checkOutcomes } from '../../src/outcomes/index.js';
import { checkRestriction } from '../../src/restrictions/index.js';
import { checkReviewQuality, reviewsDue } from '../../src/reviews/index.js';
import { generateProvider } from '../../src/synthetic/index.js';
import { kitchenChain } from '../fixtures/evidence.js';

export interface Digest {
  readonly digest: string;
  readonly items: number;
  readonly codes: Readonly<Record<string, number>>;
}

const AS_OF = '2026-10-07';

/** JSON with object keys sorted, so that the digest compares values, not key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function digestOf(items: readonly unknown[]): Digest {
  const hash = createHash('sha256');
  const codes: Record<string, number> = {};
  for (const item of items) {
    hash.update(canonical(item));
    hash.update('\n');
    const code = (item as { code?: unknown }).code;
    if (typeof code === 'string') codes[code] = (codes[code] ?? 0) + 1;
  }
  const sorted = Object.fromEntries(Object.entries(codes).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { digest: hash.digest('hex').slice(0, 32), items: items.length, codes: sorted };
}

export function computeDigests(people = 120): Record<string, Digest> {
  const { records } = generateProvider({ seed: 20261123, people, asOf: AS_OF });
  const persons = records.filter((r): r is PersonRecord => r.type === 'person');
  const outcomes = persons.flatMap((p) => p.plan.outcomes ?? []);
  const out: Record<string, unknown[]> = {
    checkOutcome: [],
    checkOutcomes: [],
    checkRestriction: [],
    checkReviewQuality: [],
    reviewsDue: [],
    fromFhirGoal: [],
    checkEvidenceChain: [],
  };
  for (const outcome of outcomes) out.checkOutcome?.push(...checkOutcome(outcome, { asOf: AS_OF }));
  out.checkOutcomes?.push(...checkOutcomes(outcomes, { asOf: AS_OF }));
  for (const record of records) {
    const restrictions =
      record.type === 'person' ? (record.restrictions ?? []) : record.restrictions;
    for (const r of restrictions ?? [])
      out.checkRestriction?.push(...checkRestriction(r, { asOf: AS_OF }));
  }
  for (const person of persons) {
    const { plan } = person;
    const reviews = [...(plan.reviews ?? [])].sort((a, b) =>
      a.on < b.on ? -1 : a.on > b.on ? 1 : 0,
    );
    for (const [index, review] of reviews.entries()) {
      const previous = index > 0 ? reviews[index - 1] : undefined;
      const quality = checkReviewQuality(review, {
        outcomes: plan.outcomes ?? [],
        events: plan.events ?? [],
        feedback: person.feedback ?? [],
        ...(previous === undefined ? {} : { previousReview: previous }),
      });
      out.checkReviewQuality?.push(...quality.findings, {
        code: undefined,
        checks: quality.checks,
        passed: quality.passed,
      });
    }
    const due = reviewsDue(plan, { asOf: AS_OF });
    out.reviewsDue?.push(...due.due, ...due.notices);
  }
  for (const outcome of outcomes.slice(0, 300)) {
    const back = fromFhirGoal(
      toFhirGoal(outcome, { subject: { reference: `Patient/${outcome.personId}` } }),
    );
    out.fromFhirGoal?.push(back.success ? { findings: back.findings } : { issues: back.issues });
  }
  // The chain cut after each link: every kind of break, judged on several days.
  for (let k = 1; k <= kitchenChain.links.length; k += 1) {
    const chain = { ...kitchenChain, links: kitchenChain.links.slice(0, k) };
    for (const asOf of ['2026-06-10', '2026-07-15', '2026-08-01', '2026-12-01'] as const) {
      out.checkEvidenceChain?.push(...checkEvidenceChain(chain, { asOf }));
    }
  }
  const report = governanceReport(records, {
    window: { from: '2026-07-01', to: '2026-10-01' },
  });
  const digests: Record<string, Digest> = {};
  for (const [name, items] of Object.entries(out)) digests[name] = digestOf(items);
  digests.governanceReport = digestOf([report]);
  return digests;
}

if (process.argv[1]?.endsWith('digest.ts')) {
  process.stdout.write(`${JSON.stringify(computeDigests(), null, 2)}\n`);
}
