import { unexpected } from '../core/internal/index.js';
import { gapsOf, isComplete, stageOf, viewChain } from './analysis.js';
import type { EvidenceChain } from './schemas.js';

/**
 * Where a chain has got to: the furthest stage, whether it is complete, how many links of
 * each kind it holds, and the ids of the links where it has stopped.
 *
 * @example
 * ```ts
 * const { stage, complete }: ChainStatus = chainStatus(chain);
 * ```
 * @category Evidence
 */
export interface ChainStatus {
  /** The furthest kind of link the chain holds: `input`, `decision`, `action` or `check`. */
  readonly stage: 'input' | 'decision' | 'action' | 'check';
  /** `true` when the chain has no open end at all (every list in `open` is empty). */
  readonly complete: boolean;
  /** How many links of each kind. */
  readonly counts: Readonly<Record<'input' | 'decision' | 'action' | 'check', number>>;
  /** The ids of the links where the chain stops, by what is missing. */
  readonly open: {
    /** Inputs no decision answers. */
    readonly inputsWithoutDecision: readonly string[];
    /** Decisions no action carries out. */
    readonly decisionsWithoutAction: readonly string[];
    /** Actions neither done nor dropped. */
    readonly actionsNotDone: readonly string[];
    /** Done actions with no check. */
    readonly actionsUnchecked: readonly string[];
    /** Checks that found `partly` or `did_not_work`, with no follow-up decision. */
    readonly checksWithoutFollowUp: readonly string[];
    /** Individual-level decisions that do not show the person took part. */
    readonly decisionsWithoutPerson: readonly string[];
  };
}

/**
 * Says which stage a chain has reached and whether it is complete — what people said was
 * decided on, acted on, checked, and followed up where the check found a problem.
 *
 * @remarks This reads the chain as recorded, without allowing any time: a decision taken
 * yesterday with no action yet is an open end here, though {@link checkEvidenceChain} would
 * not report it until `actionWithinDays` have passed. A dropped action needs no check; a
 * decision whose only actions were dropped counts as acted on.
 * @param chain - A parsed chain.
 * @returns The stage, completeness, counts and open ends.
 * @example
 * ```ts
 * chainStatus(kitchenChain);
 * // => { stage: 'check', complete: true, counts: { input: 3, decision: 1, action: 2, check: 1 }, open: { … } }
 * ```
 * @category Evidence
 */
export function chainStatus(chain: EvidenceChain): ChainStatus {
  try {
    const view = viewChain(chain);
    const gaps = gapsOf(view);
    const ids = (list: readonly { link: { id: string } }[]) => list.map((s) => s.link.id);
    return {
      stage: stageOf(view),
      complete: isComplete(gaps),
      counts: {
        input: view.inputs.length,
        decision: view.decisions.length,
        action: view.actions.length,
        check: view.checks.length,
      },
      open: {
        inputsWithoutDecision: ids(gaps.inputsWithoutDecision),
        decisionsWithoutAction: ids(gaps.decisionsWithoutAction),
        actionsNotDone: ids(gaps.actionsNotDone),
        actionsUnchecked: ids(gaps.actionsUnchecked),
        checksWithoutFollowUp: ids(gaps.checksWithoutFollowUp),
        decisionsWithoutPerson: ids(gaps.decisionsWithoutPerson),
      },
    };
  } catch (error) {
    throw unexpected('chainStatus', error);
  }
}
