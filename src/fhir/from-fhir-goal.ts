import { type ParseIssue, parseIssueCatalogue, renderMessage } from '../core/index.js';
import { findingFactory, type Report, runRules } from '../core/internal/index.js';
import { ExpressedBySchema, type Outcome } from '../outcomes/index.js';
import { optionalCode, optionalText, requireOptions } from './arguments.js';
import {
  type FhirFinding,
  type FhirFindingDetails,
  type FhirParseIssue,
  fhirFindings,
} from './findings.js';
import {
  fhirIssue,
  GOAL_RULES,
  type GoalContext,
  type GoalReadOptions,
  isRecord,
  type Json,
} from './rules/index.js';
import { settle } from './settle.js';

/**
 * Options for {@link fromFhirGoal}.
 *
 * @example
 * ```ts
 * const options: FromFhirGoalOptions = { personId: 'p-aisha', defaultExpressedBy: 'staff' };
 * ```
 * @category FHIR
 */
export interface FromFhirGoalOptions {
  /** The person's id in the host; used instead of reading it from `Goal.subject`. */
  readonly personId?: string;
  /** The outcome's id; used instead of reading it from `Goal.identifier` or `Goal.id`. */
  readonly id?: string;
  /**
   * Who is recorded as having said the words when the Goal does not say. Default `staff`:
   * words of unknown origin are not presented as the person's own.
   */
  readonly defaultExpressedBy?: Outcome['expressedBy'];
}

/**
 * What {@link fromFhirGoal} returns: like a `Result`, with `data` (a valid outcome) or
 * `issues`, and in both cases the `findings` about what the Goal did not carry.
 *
 * @example
 * ```ts
 * const read: FromFhirGoalResult = fromFhirGoal(json);
 * if (read.success) save(read.data);
 * ```
 * @category FHIR
 */
export type FromFhirGoalResult =
  | {
      /** The Goal became a valid outcome. */
      readonly success: true;
      /** The outcome (it passes `parseOutcome`). */
      readonly data: Outcome;
      /** What the Goal did not carry or what could not be read, with paths in the Goal. */
      readonly findings: readonly FhirFinding[];
    }
  | {
      /** The Goal could not become an outcome. */
      readonly success: false;
      /** Why: paths in the Goal for the `fhir_*` codes, in the outcome otherwise. */
      readonly issues: readonly ParseIssue[];
      /** What else was found on the way. */
      readonly findings: readonly FhirFinding[];
    };

function readOptions(options: FromFhirGoalOptions): GoalReadOptions {
  const fn = 'fromFhirGoal';
  requireOptions(fn, options);
  return {
    personId: optionalText(fn, 'options.personId', options.personId),
    id: optionalText(fn, 'options.id', options.id),
    defaultExpressedBy:
      optionalCode(
        fn,
        'options.defaultExpressedBy',
        options.defaultExpressedBy,
        ExpressedBySchema.options,
      ) ?? 'staff',
  };
}

// The name of a FHIR resource type (`Observation`, `CarePlan`), which may be named back.
const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;

const KIND: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  bigint: 'a number',
  boolean: 'true or false',
  undefined: 'nothing (undefined)',
  function: 'a function',
  symbol: 'a symbol',
};

/** What was given instead of a Goal, in words that never quote the input. */
function whatItIs(value: unknown): { found: string; resourceType?: string } {
  if (Array.isArray(value)) return { found: 'a list' };
  if (value === null) return { found: 'null' };
  if (!isRecord(value)) return { found: KIND[typeof value] ?? 'not an object' };
  const type = value['resourceType'];
  if (typeof type === 'string' && RESOURCE_TYPE.test(type)) {
    return { found: `${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type} resource`, resourceType: type };
  }
  if (type === undefined) return { found: 'an object without a resourceType' };
  return { found: 'an object whose resourceType is not the name of a FHIR resource' };
}

function notAGoal(resource: unknown): FhirParseIssue | undefined {
  if (isRecord(resource) && resource['resourceType'] === 'Goal') return undefined;
  return fhirIssue('fhir_not_a_goal', [], whatItIs(resource));
}

function unreadable(): ParseIssue {
  const base = { code: 'unreadable_input', path: [], message: '', field: 'the Goal' };
  return Object.freeze({
    ...base,
    message: renderMessage(parseIssueCatalogue.unreadable_input.message, base),
  });
}

/** A report that adds each finding to `findings`. */
function reporter(findings: FhirFinding[]): Report<FhirFindingDetails> {
  const make = findingFactory(fhirFindings, {});
  return (code, path, ...details) => {
    findings.push(make(code, path, ...details));
  };
}

/**
 * Reads an HL7 FHIR R4 `Goal` — ours or any other system's — as a person-led outcome, with
 * findings for what the Goal did not carry.
 *
 * @remarks
 * Never throws, whatever the resource (only options of the wrong type throw, as the
 * programmer errors they are). The reading is tolerant: a part of the Goal that is
 * malformed or fails the outcome's rules (a due date before the start, a text too long) is
 * left out with a `fhir_value_not_read` finding whose `path` is the place in the Goal, and the
 * rest is read. The outcome is then checked with `parseOutcome`, so `data` always passes it.
 * It fails (`success: false`) only when an outcome cannot be made at all: not a Goal, or no
 * lifecycle status, words, subject or id.
 *
 * Read without loss from {@link toFhirGoal}'s output: every outcome field except `ratings`.
 * From other systems: `description.text` (or a coding's display, reported), the subject's
 * id, `expressedBy` (inferred from the reference, reported), lifecycle, achievement and
 * priority codes, the first category's text, `startDate` and the first target's measure,
 * quantity or integer detail and due date, and `goal-acceptance` extensions that have our
 * date. A quantity's comparator gives the indicator's direction: `<=` and `<` (at most,
 * below) mean lower is better, `>=` and `>` higher; a strict one is reported
 * (`fhir_strict_comparator`: the outcome cannot say the value itself falls short), and one R4
 * does not define leaves the target out rather than guess. Everything else is reported with
 * its path.
 *
 * Each part is read by one rule of a table (`src/fhir/rules/`), in the order the findings
 * are reported.
 * @param resource - Anything: a parsed JSON Goal from another system.
 * @param options - `personId` / `id` to use instead of the Goal's; `defaultExpressedBy`.
 * @returns The outcome and findings, or issues and findings.
 * @throws {@link golden-thread!GoldenThreadError} `invalid_argument` when `options` is not an object,
 * `options.personId` or `options.id` is not text, or `options.defaultExpressedBy` is not
 * `person`, `family`, `advocate` or `staff`.
 * @example
 * ```ts
 * const read = fromFhirGoal(JSON.parse(body));
 * if (read.success) read.data.words;
 * read.findings.map((f) => f.code); // e.g. ['fhir_no_owner']
 * ```
 * @category FHIR
 */
export function fromFhirGoal(
  resource: unknown,
  options: FromFhirGoalOptions = {},
): FromFhirGoalResult {
  const read = readOptions(options);
  const findings: FhirFinding[] = [];
  try {
    const notGoal = notAGoal(resource);
    if (notGoal !== undefined) return { success: false, issues: [notGoal], findings };
    const goal = resource as Json;
    const ctx: GoalContext = {
      goal,
      options: read,
      outcome: {},
      sources: {},
      failures: [],
      extensions: { owners: [], agreements: [], ownerExtensions: 0 },
    };
    findings.push(...runRules(GOAL_RULES, ctx, fhirFindings, {}).findings);
    if (ctx.failures.length > 0) return { success: false, issues: ctx.failures, findings };
    const settled = settle(ctx.outcome, ctx.sources, reporter(findings));
    return settled.success
      ? { success: true, data: settled.data, findings }
      : { success: false, issues: settled.issues, findings };
  } catch {
    return { success: false, issues: [unreadable()], findings };
  }
}
