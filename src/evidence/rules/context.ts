import type { IsoDate } from '../../core/index.js';
import type { Rule } from '../../core/internal/index.js';
import type { ChainGaps } from '../analysis.js';
import type { ChainFindingDetails } from '../chain-findings.js';
import type { EvidenceChain } from '../schemas.js';

/** The allowances of {@link checkEvidenceChain}, checked and with their defaults filled in. */
export interface EvidenceChainAllowances {
  readonly decisionWithinDays: number;
  readonly actionWithinDays: number;
  readonly checkWithinDays: number;
  readonly followUpWithinDays: number;
}

/** What every evidence-chain rule reads: the chain, the day, the allowances and its gaps. */
export interface EvidenceChainContext {
  readonly chain: EvidenceChain;
  readonly asOf: IsoDate;
  readonly policy: EvidenceChainAllowances;
  /** Where the chain stops as it stood on `asOf`, link by link, before any allowance. */
  readonly gaps: ChainGaps;
}

/**
 * The details a rule reports: each code's details and the id of the link it is about (every
 * evidence finding carries `linkId`; `chainId` is added by the runner).
 */
export type LinkedFindingDetails = {
  readonly [C in keyof ChainFindingDetails]: ChainFindingDetails[C] & {
    /** The link the finding is about. */
    readonly linkId: string;
  };
};

/** A rule of {@link checkEvidenceChain}. */
export type EvidenceRule = Rule<EvidenceChainContext, LinkedFindingDetails>;
