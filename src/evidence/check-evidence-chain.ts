import { type DetailsArgument, daysBetween, type IsoDate } from '../core/index.js';
import { findingFactory, requireCalendarDate, requireWholeNumber } from '../core/internal/index.js';
import { gapsOf, viewChain } from './analysis.js';
import {
  type EvidenceFinding,
  type EvidenceFindingCode,
  type EvidenceFindingDetails,
  evidenceFindings,
} from './findings.js';
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
  const asOf = requireCalendarDate('checkEvidenceChain', 'asOf', options.asOf);
  const policy = options.policy ?? {};
  const allowance = (name: keyof EvidenceChainPolicy) =>
    requireWholeNumber(
      'checkEvidenceChain',
      name,
      policy[name],
      DEFAULT_EVIDENCE_CHAIN_POLICY[name],
    );
  const decisionWithin = allowance('decisionWithinDays');
  const actionWithin = allowance('actionWithinDays');
  const checkWithin = allowance('checkWithinDays');
  const followUpWithin = allowance('followUpWithinDays');
  const gaps = gapsOf(viewChain(chain, asOf), asOf);
  const out: { index: number; finding: EvidenceFinding }[] = [];
  const add = <C extends EvidenceFindingCode>(
    code: C,
    index: number,
    linkId: string,
    ...details: DetailsArgument<EvidenceFindingDetails[C]>
  ) => {
    const make = findingFactory(evidenceFindings, { chainId: chain.id, linkId });
    out.push({ index, finding: make(code, ['links', index], ...details) });
  };
  for (const { link, index } of gaps.inputsWithoutDecision) {
    const days = daysBetween(link.on, asOf);
    if (days > decisionWithin) {
      add('chain_input_without_decision', index, link.id, { on: link.on, days, words: link.words });
    }
  }
  for (const { link, index } of gaps.decisionsWithoutAction) {
    const days = daysBetween(link.on, asOf);
    if (days > actionWithin) {
      add('chain_decision_without_action', index, link.id, { on: link.on, days, text: link.text });
    }
  }
  for (const { link, index } of gaps.decisionsWithoutPerson) {
    const personId = link.level.kind === 'individual' ? link.level.personId : '';
    add('chain_person_absent_from_decision', index, link.id, { personId, text: link.text });
  }
  for (const { link, index } of gaps.actionsNotDone) {
    if (link.dueOn < asOf) {
      add('chain_action_overdue', index, link.id, {
        dueOn: link.dueOn,
        description: link.description,
      });
    }
  }
  for (const { link, index } of gaps.actionsUnchecked) {
    const completedOn = link.completedOn as IsoDate;
    if (daysBetween(completedOn, asOf) > checkWithin) {
      add('chain_action_unchecked', index, link.id, {
        completedOn,
        description: link.description,
      });
    }
  }
  for (const { link, index } of gaps.checksWithoutFollowUp) {
    if (daysBetween(link.on, asOf) > followUpWithin) {
      add('chain_check_without_follow_up', index, link.id, { on: link.on, result: link.result });
    }
  }
  return out
    .sort((a, b) => a.index - b.index || (a.finding.code < b.finding.code ? -1 : 1))
    .map((o) => o.finding);
}
