import { addDays, type IsoDate } from '../core/index.js';
import { requireCalendarDate, requireOptions, unexpected } from '../core/internal/index.js';
import { gapsOf, isComplete, viewChain } from './analysis.js';
import {
  checkEvidenceChain,
  type EvidenceChainPolicy,
  resolvePolicy,
} from './check-evidence-chain.js';
import {
  CQC_QUALITY_STATEMENTS,
  type EvidenceCategory,
  EvidenceCategorySchema,
  type KeyQuestion,
  type QualityStatement,
  QualityStatementSchema,
} from './cqc.js';
import type { EvidenceLevel } from './link-parts.js';
import type { EvidenceChain } from './schemas.js';

/**
 * Options for {@link evidenceByQualityStatement}: the period `[from, to)` and the policy
 * used to judge breaks.
 *
 * @example
 * ```ts
 * evidenceByQualityStatement(chains, { from: '2026-04-01', to: '2026-10-01' });
 * ```
 * @category Evidence
 */
export interface EvidenceByQualityStatementOptions {
  /** The first day of the period. */
  readonly from: IsoDate;
  /** The day after the period; chains are judged as they stood the day before it. */
  readonly to: IsoDate;
  /** Allowances for {@link checkEvidenceChain}. */
  readonly policy?: EvidenceChainPolicy;
}

/**
 * How many chains are complete, open (unfinished but within their allowances) or have gaps
 * (at least one finding from {@link checkEvidenceChain}); `total` is their sum.
 *
 * @example
 * ```ts
 * const { complete, total }: EvidenceCounts = view.totals.all;
 * ```
 * @category Evidence
 */
export interface EvidenceCounts {
  /** Chains with no open end. */
  readonly complete: number;
  /** Chains still in progress, with no break yet. */
  readonly open: number;
  /** Chains with at least one break. */
  readonly gaps: number;
  /** All of them. */
  readonly total: number;
}

/**
 * Counts at each level, and for all levels together.
 *
 * @example
 * ```ts
 * const services: EvidenceCounts = (counts as LevelCounts).service;
 * ```
 * @category Evidence
 */
export interface LevelCounts {
  /** Chains at individual level. */
  readonly individual: EvidenceCounts;
  /** Chains at service level. */
  readonly service: EvidenceCounts;
  /** Chains at organisation level. */
  readonly organisation: EvidenceCounts;
  /** Every level. */
  readonly all: EvidenceCounts;
}

/**
 * The evidence for one quality statement.
 *
 * @example
 * ```ts
 * for (const s of view.statements) if (s.counts.all.total === 0) flag(s.name);
 * ```
 * @category Evidence
 */
export interface QualityStatementEvidence {
  /** The statement's code. */
  readonly statement: QualityStatement;
  /** Its official name. */
  readonly name: string;
  /** The key question it sits under. */
  readonly keyQuestion: KeyQuestion;
  /** Chains tagged with the statement, by level. */
  readonly counts: LevelCounts;
  /** The same chains, under each evidence category they are tagged with. */
  readonly byCategory: Readonly<Record<EvidenceCategory, LevelCounts>>;
  /** The ids of the chains, in the order given. */
  readonly chainIds: readonly string[];
}

/**
 * What {@link evidenceByQualityStatement} returns.
 *
 * @example
 * ```ts
 * const { statements, uncovered }: EvidenceByQualityStatement = evidenceByQualityStatement(chains, period);
 * ```
 * @category Evidence
 */
export interface EvidenceByQualityStatement {
  /** All 34 statements, in CQC's order, including those with no chain. */
  readonly statements: readonly QualityStatementEvidence[];
  /** Statements with no chain in the period: where evidence is missing altogether. */
  readonly uncovered: readonly QualityStatement[];
  /** Chains in the period tagged with no quality statement. */
  readonly untagged: LevelCounts;
  /** Every chain in the period, each counted once. */
  readonly totals: LevelCounts;
}

type State = 'complete' | 'open' | 'gaps';
type Mutable = Record<EvidenceLevel['kind'] | 'all', Record<State | 'total', number>>;

const zero = (): Mutable => ({
  individual: { complete: 0, open: 0, gaps: 0, total: 0 },
  service: { complete: 0, open: 0, gaps: 0, total: 0 },
  organisation: { complete: 0, open: 0, gaps: 0, total: 0 },
  all: { complete: 0, open: 0, gaps: 0, total: 0 },
});

function count(counts: Mutable, level: EvidenceLevel['kind'], state: State): void {
  for (const key of [level, 'all'] as const) {
    counts[key][state] += 1;
    counts[key].total += 1;
  }
}

/**
 * Maps a provider's evidence chains onto CQC's quality statements, for inspection
 * readiness: for each statement and each evidence category, at each level, how many chains
 * are complete, still open, or have gaps — and which statements have no evidence at all.
 *
 * @remarks A chain counts when any of its links is dated in `[from, to)`. It is judged as it
 * stood on the day before `to`: `complete` when {@link chainStatus} would find no open end,
 * `gaps` when {@link checkEvidenceChain} reports a break, `open` otherwise. A chain's tags
 * are the union of its links' tags; it counts once under each statement it is tagged with,
 * and under each of its evidence categories within that statement. Its level is the
 * chain's `level`. Every count is a sum over chains, so the view of two sets of chains is
 * the sum of their views.
 * @param chains - Parsed chains (each given once).
 * @param options - The period `[from, to)`, and `policy`.
 * @returns The 34 statements with their counts, the uncovered statements, untagged chains
 * and totals.
 * @throws {@link GoldenThreadError} `invalid_date` when `from` or `to` is not a calendar
 * date; `invalid_argument` when a policy allowance is not a whole number.
 * @example
 * ```ts
 * const view = evidenceByQualityStatement(chains, { from: '2026-04-01', to: '2026-10-01' });
 * view.statements.find((s) => s.statement === 'listening_to_and_involving_people')?.counts.service;
 * // => { complete: 1, open: 0, gaps: 0, total: 1 }
 * ```
 * @category Evidence
 */
export function evidenceByQualityStatement(
  chains: readonly EvidenceChain[],
  options: EvidenceByQualityStatementOptions,
): EvidenceByQualityStatement {
  try {
    requireOptions('evidenceByQualityStatement', options);
    const from = requireCalendarDate('evidenceByQualityStatement', 'from', options.from);
    const to = requireCalendarDate('evidenceByQualityStatement', 'to', options.to);
    const asOf = addDays(to, -1);
    const { policy } = resolvePolicy('evidenceByQualityStatement', {
      asOf,
      ...(options.policy === undefined ? {} : { policy: options.policy }),
    });
    const byStatement = new Map<QualityStatement, Tally>(
      QualityStatementSchema.options.map((code) => [code, emptyTally()]),
    );
    const totals = zero();
    const untagged = zero();
    for (const chain of chains) {
      if (!chain.links.some((l) => l.on >= from && l.on < to)) continue;
      const state = stateOf(chain, asOf, policy);
      const level = chain.level.kind;
      count(totals, level, state);
      const { statements, categories } = tagsOf(chain);
      if (statements.size === 0) count(untagged, level, state);
      for (const statement of statements) {
        const tally = byStatement.get(statement);
        if (tally === undefined) continue;
        count(tally.counts, level, state);
        tally.chainIds.push(chain.id);
        for (const category of categories) count(tally.byCategory[category], level, state);
      }
    }
    const statements = QualityStatementSchema.options.map((code) =>
      statementEvidence(code, byStatement.get(code) ?? emptyTally()),
    );
    return {
      statements,
      uncovered: statements.filter((s) => s.counts.all.total === 0).map((s) => s.statement),
      untagged,
      totals,
    };
  } catch (error) {
    throw unexpected('evidenceByQualityStatement', error);
  }
}

/** The counts for one statement while chains are read. */
interface Tally {
  readonly counts: Mutable;
  readonly byCategory: Record<EvidenceCategory, Mutable>;
  readonly chainIds: string[];
}

function emptyTally(): Tally {
  const byCategory = {} as Record<EvidenceCategory, Mutable>;
  for (const category of EvidenceCategorySchema.options) byCategory[category] = zero();
  return { counts: zero(), byCategory, chainIds: [] };
}

/** Whether a chain was complete, open or broken on `asOf`. */
function stateOf(chain: EvidenceChain, asOf: IsoDate, policy: EvidenceChainPolicy): State {
  if (isComplete(gapsOf(viewChain(chain, asOf), asOf))) return 'complete';
  return checkEvidenceChain(chain, { asOf, policy }).length > 0 ? 'gaps' : 'open';
}

/** A chain's tags: the union of its links' quality statements and evidence categories. */
function tagsOf(chain: EvidenceChain): {
  readonly statements: ReadonlySet<QualityStatement>;
  readonly categories: ReadonlySet<EvidenceCategory>;
} {
  const statements = new Set<QualityStatement>();
  const categories = new Set<EvidenceCategory>();
  for (const link of chain.links) {
    for (const s of link.tags?.qualityStatements ?? []) statements.add(s);
    for (const c of link.tags?.evidenceCategories ?? []) categories.add(c);
  }
  return { statements, categories };
}

function statementEvidence(code: QualityStatement, tally: Tally): QualityStatementEvidence {
  return {
    statement: code,
    name: CQC_QUALITY_STATEMENTS[code].name,
    keyQuestion: CQC_QUALITY_STATEMENTS[code].keyQuestion,
    counts: tally.counts,
    byCategory: tally.byCategory,
    chainIds: tally.chainIds,
  };
}
