import type { FindingCatalogue, IsoDate } from '../core/index.js';
import {
  compareText,
  requireCalendarDate,
  requireOptions,
  requireWholeNumber,
  runRules,
  unexpected,
} from '../core/internal/index.js';
import { gapsOf, viewChain } from './analysis.js';
import { chainFindings } from './chain-findings.js';
import type { EvidenceFinding } from './findings.js';
import {
  EVIDENCE_CHAIN_RULES,
  type EvidenceChainAllowances,
  type EvidenceChainContext,
  type LinkedFindingDetails,
} from './rules/index.js';
import type { EvidenceChain } from './schemas.js';

/**
 * How long each step of a chain may take before {@link checkEvidenceChain} reports a break.
 * Every number is a whole number of days.
 *
 * @example
 * ```ts
 * const policy: EvidenceChainPolicy = { decisionWithinDays: 14, checkWithinDays: 28 };
 * ```
 * @category Evidence
 */
export interface EvidenceChainPolicy {
  /** Days from an input to a decision about it. Default 28: one monthly governance meeting. */
  readonly decisionWithinDays?: number;
  /** Days from a decision to an action carrying it out. Default 14. */
  readonly actionWithinDays?: number;
  /** Days from an action being done to a check of whether it worked. Default 42 (six weeks), long enough for a change to settle, short enough to catch one that did not. */
  readonly checkWithinDays?: number;
  /** Days from a check that found a problem to a follow-up decision. Default 14. */
  readonly followUpWithinDays?: number;
}

/**
 * Options for {@link checkEvidenceChain}.
 *
 * @example
 * ```ts
 * checkEvidenceChain(chain, { asOf: '2026-11-23', policy: { checkWithinDays: 28 } });
 * ```
 * @category Evidence
 */
export interface CheckEvidenceChainOptions {
  /** The day to judge the chain as of: later links are left out. */
  readonly asOf: IsoDate;
  /** Time allowed for each step; see {@link EvidenceChainPolicy} for the defaults. */
  readonly policy?: EvidenceChainPolicy;
}

/**
 * The default {@link EvidenceChainPolicy}.
 *
 * @remarks No public guidance fixes these intervals; they follow the monthly governance
 * cycle most providers run (a month to decide, two weeks to act and to follow up, six weeks
 * to check a change). Set your own in `policy`.
 * @example
 * ```ts
 * DEFAULT_EVIDENCE_CHAIN_POLICY.decisionWithinDays; // => 28
 * ```
 * @category Evidence
 */
export const DEFAULT_EVIDENCE_CHAIN_POLICY: Readonly<Required<EvidenceChainPolicy>> = Object.freeze(
  {
    decisionWithinDays: 28,
    actionWithinDays: 14,
    checkWithinDays: 42,
    followUpWithinDays: 14,
  },
);

/**
 * Finds the places where an evidence chain has stopped, as inspectors and commissioners look
 * for them: feedback with no decision, a decision with no action, an action overdue or never
 * checked, a check that found a problem with no follow-up, and a decision about one person
 * made without them.
 *
 * @remarks The chain is read as it stood on `asOf`: links dated after it are left out and an
 * action done after it counts as open. A step is reported only once its allowance in
 * `policy` has passed (strictly more days than allowed). A follow-up is a decision whose
 * `basedOn` names the check. A dropped action needs no check. Findings come in link order,
 * then by code, and each carries `chainId` and `linkId`.
 * @param chain - A parsed chain.
 * @param options - `asOf`, and `policy` (allowances in days).
 * @returns The findings; empty when the chain is unbroken as of `asOf`.
 * @throws {@link GoldenThreadError} `invalid_date` when `asOf` is not a calendar date;
 * `invalid_argument` when an allowance is not a whole number of days.
 * @example
 * ```ts
 * checkEvidenceChain(chain, { asOf: '2026-11-23' }).map((f) => f.code);
 * // => ['chain_action_unchecked']
 * ```
 * @category Evidence
 */
export function checkEvidenceChain(
  chain: EvidenceChain,
  options: CheckEvidenceChainOptions,
): EvidenceFinding[] {
  try {
    requireOptions('checkEvidenceChain', options);
    const { asOf, policy } = resolvePolicy('checkEvidenceChain', options);
    const ctx: EvidenceChainContext = {
      chain,
      asOf,
      policy,
      gaps: gapsOf(viewChain(chain, asOf), asOf),
    };
    const catalogue: FindingCatalogue<LinkedFindingDetails> = chainFindings;
    const { findings } = runRules(EVIDENCE_CHAIN_RULES, ctx, catalogue, { chainId: chain.id });
    return findings
      .map((finding, order) => ({ finding, order, index: linkIndex(finding) }))
      .sort(
        (a, b) =>
          a.index - b.index || compareText(a.finding.code, b.finding.code) || a.order - b.order,
      )
      .map((o) => o.finding);
  } catch (error) {
    throw unexpected('checkEvidenceChain', error);
  }
}

/** The position in `chain.links` of the link a finding is about (its path is `['links', i]`). */
function linkIndex(finding: EvidenceFinding): number {
  const index = finding.path[1];
  return typeof index === 'number' ? index : -1;
}

/**
 * Checks `asOf` and the allowances and fills in the defaults.
 *
 * @internal
 */
export function resolvePolicy(
  fn: string,
  options: CheckEvidenceChainOptions,
): { readonly asOf: IsoDate; readonly policy: EvidenceChainAllowances } {
  const asOf = requireCalendarDate(fn, 'asOf', options.asOf);
  const given = options.policy ?? {};
  const allowance = (name: keyof EvidenceChainPolicy) =>
    requireWholeNumber(fn, name, given[name], DEFAULT_EVIDENCE_CHAIN_POLICY[name]);
  return {
    asOf,
    policy: {
      decisionWithinDays: allowance('decisionWithinDays'),
      actionWithinDays: allowance('actionWithinDays'),
      checkWithinDays: allowance('checkWithinDays'),
      followUpWithinDays: allowance('followUpWithinDays'),
    },
  };
}
