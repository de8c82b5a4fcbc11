import type { ParseIssue, Path } from '../../core/index.js';
import type { Report, Rule } from '../../core/internal/index.js';
import type { Outcome } from '../../outcomes/index.js';
import type { FhirFindingDetails } from '../findings.js';
import type { Json } from './json.js';

/** The options of `fromFhirGoal`, checked, with the default speaker filled in. */
export interface GoalReadOptions {
  readonly personId: string | undefined;
  readonly id: string | undefined;
  readonly defaultExpressedBy: Outcome['expressedBy'];
}

/** What the Goal's extensions carried, for the rules that read after them. */
export interface ExtensionsRead {
  expressedBy?: Json;
  indicator?: { readonly ext: Json; readonly path: Path };
  readonly owners: Json[];
  readonly agreements: Json[];
  ownerExtensions: number;
  reviewEvery?: Json;
}

/**
 * What every rule of `fromFhirGoal` reads and writes: the Goal, the options, and the outcome
 * being built from it. A rule reads one part of the Goal into `outcome` (noting in `sources`
 * where each part came from) and reports what it could not read; the rules for the elements
 * an outcome cannot do without add to `failures` instead.
 */
export interface GoalContext {
  readonly goal: Json;
  readonly options: GoalReadOptions;
  /** The outcome being built (checked with `parseOutcome` once every rule has run). */
  readonly outcome: Json;
  /**
   * Where in the Goal each part of the outcome came from, keyed by the outcome path with
   * dots (`timeframe.reviewBy`, `owners.1`), so a part that fails the outcome's rules is
   * reported at its own place in the Goal.
   */
  readonly sources: Record<string, Path>;
  /** Why the Goal cannot become an outcome, when it cannot. */
  readonly failures: ParseIssue[];
  /** What the extensions carried. */
  readonly extensions: ExtensionsRead;
}

/** A rule of `fromFhirGoal`. */
export type GoalRule = Rule<GoalContext, FhirFindingDetails>;

/** How a rule reports a finding. */
export type GoalReport = Report<FhirFindingDetails>;

/** For the rules that build the outcome: only when it can be made at all. */
export const canBeMade = (ctx: GoalContext): boolean => ctx.failures.length === 0;

/** Reports a value that could not be read, and why. */
export const notRead = (report: GoalReport, path: Path, reason: string): void =>
  report('fhir_value_not_read', path, { reason });
