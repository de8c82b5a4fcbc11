import type { IsoDate } from '../../core/index.js';
import type { Rule } from '../../core/internal/index.js';
import type { OneOutcomeDetails } from '../findings.js';
import type { Outcome } from '../schemas/index.js';
import type { Compiled, Reading } from '../wording/read.js';

/** The policy of {@link checkOutcome}, checked once, with its defaults filled in. */
export interface OutcomePolicy {
  readonly asOf: IsoDate;
  readonly maxReviewMonths: number;
  readonly staleAfterDays: number;
  readonly fallingBy: number;
  /** The wording patterns, compiled. */
  readonly wording: Compiled;
  /** The language of the outcomes' words (a BCP 47 tag), when the host gave one. */
  readonly language: string | undefined;
}

/** What the wording analyser read in an outcome, or why it read nothing. */
export type OutcomeWording =
  | {
      readonly checked: true;
      readonly words: Reading;
      /** The indicator's description, read as an indicator. */
      readonly indicator: Reading | undefined;
    }
  | { readonly checked: false; readonly reason: 'language' | 'script' };

/** The parts an indicator lacks before progress can be measured. */
export type MissingPart = 'indicator' | 'measure' | 'target' | 'direction';

/** What every outcome rule reads: the outcome, the policy and facts worked out once. */
export interface OutcomeContext {
  readonly outcome: Outcome;
  readonly policy: OutcomePolicy;
  /** What the indicator lacks to be measurable; empty when it is measurable. */
  readonly missing: readonly MissingPart[];
  /** What the wording analyser read in the words and the indicator. */
  readonly wording: OutcomeWording;
}

/** A rule of {@link checkOutcome}. */
export type OutcomeRule = Rule<OutcomeContext, OneOutcomeDetails>;

const TIMED: ReadonlySet<string> = new Set(['planned', 'accepted', 'active', 'on-hold']);
const OPEN: ReadonlySet<string> = new Set(['proposed', 'planned', 'accepted', 'active', 'on-hold']);

/** Planned, accepted, active or on hold: the outcome is being worked on, or about to be. */
export const isTimed = (ctx: OutcomeContext): boolean => TIMED.has(ctx.outcome.lifecycleStatus);

/** Proposed, planned, accepted, active or on hold: not finished, cancelled or rejected. */
export const isOpenOutcome = (ctx: OutcomeContext): boolean =>
  OPEN.has(ctx.outcome.lifecycleStatus);

/** Active: progress is being rated. */
export const isActive = (ctx: OutcomeContext): boolean => ctx.outcome.lifecycleStatus === 'active';

const NO_INDICATOR: readonly MissingPart[] = Object.freeze(['indicator']);
const NOTHING: readonly MissingPart[] = Object.freeze([]);

/** What an indicator lacks to be measurable (a milestone needs no target or direction). */
export function missingParts(outcome: Outcome): readonly MissingPart[] {
  const { indicator } = outcome;
  if (indicator === undefined) return NO_INDICATOR;
  const measurable =
    indicator.measure !== undefined &&
    (indicator.measure === 'milestone' ||
      (indicator.target !== undefined && indicator.direction !== undefined));
  if (measurable) return NOTHING;
  const missing: MissingPart[] = [];
  if (indicator.measure === undefined) missing.push('measure');
  if (indicator.measure !== 'milestone') {
    if (indicator.target === undefined) missing.push('target');
    if (indicator.direction === undefined) missing.push('direction');
  }
  return Object.freeze(missing);
}
