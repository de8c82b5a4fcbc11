import { GoldenThreadError } from './errors.js';
import { unexpected } from './internal/guard.js';
import { requireList, requireRecord, requireText } from './internal/require.js';
import type { IssueDefinition } from './issues.js';
import { type MessageSubject, renderMessage } from './messages.js';
import type { Path } from './paths.js';

/**
 * How much a finding matters: `error` (a rule is broken: fix before relying on the record),
 * `warning` (a known weakness a manager or inspector would question), `info` (worth knowing).
 *
 * @example
 * ```ts
 * const blocking = findings.filter((f) => f.severity === 'error');
 * ```
 * @category Findings
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * What a quality check reports: a stable `code` to switch on and translate, a `severity`, the
 * `path` of the part of the record concerned, a plain-English `message`, and details that
 * differ for each code (for example the generic `phrase` found).
 *
 * @remarks A module's own finding type (such as `OutcomeFinding`) is a union with one member
 * per code, each carrying that code's typed details, so `switch (finding.code)` narrows the
 * details. This interface is what every one of them shares.
 * @typeParam C - The union of codes a check can report.
 * @example
 * ```ts
 * function show(finding: Finding): string {
 *   return `${finding.severity}: ${finding.message}`;
 * }
 * ```
 * @category Findings
 */
export interface Finding<C extends string = string> extends MessageSubject {
  /** The stable snake_case code. */
  readonly code: C;
  /** How much it matters. */
  readonly severity: Severity;
  /** Where in the record, from its root. */
  readonly path: Path;
  /** A sentence a care worker understands (rewrite it with `localize`). */
  readonly message: string;
}

/**
 * The details of a code that carries none beyond its code, path and message.
 *
 * @example
 * ```ts
 * interface MyFindingDetails {
 *   no_owner: NoDetails;
 * }
 * ```
 * @category Findings
 */
export type NoDetails = Record<never, never>;

/**
 * The details each finding code carries, keyed by code: the type a module writes once so
 * that its findings, its catalogue's message templates and a host's `switch` all agree.
 *
 * @example
 * ```ts
 * interface MyFindingDetails {
 *   generic_wording: { readonly phrase: string };
 *   no_owner: NoDetails;
 * }
 * const ok: FindingDetailsMap = {} as MyFindingDetails;
 * ```
 * @category Findings
 */
export type FindingDetailsMap = object;

/**
 * The finding type for a details map: one member per code, `Finding<code>` with that code's
 * details and the fields every finding of the module carries (`Common`, such as the id of the
 * record checked).
 *
 * @typeParam D - The module's details map.
 * @typeParam Common - Fields on every finding of the module.
 * @example
 * ```ts
 * type MyFinding = FindingOf<{ generic_wording: { phrase: string }; no_owner: {} }, { outcomeId: string }>;
 * function explain(f: MyFinding): string {
 *   return f.code === 'generic_wording' ? f.phrase : f.outcomeId;
 * }
 * ```
 * @category Findings
 */
export type FindingOf<D extends FindingDetailsMap, Common extends object = NoDetails> = {
  [C in keyof D & string]: Finding<C> & Readonly<D[C]> & Readonly<Common>;
}[keyof D & string];

/**
 * A catalogue entry for a finding code: its default severity, English message and a
 * description for developers and auditors.
 *
 * @typeParam F - The finding the message template is written for.
 * @example
 * ```ts
 * const definition: FindingDefinition = {
 *   severity: 'warning',
 *   message: 'The words "{phrase}" do not say what will be seen or counted.',
 *   description: 'Generic aims need an observable indicator.',
 * };
 * ```
 * @category Findings
 */
export interface FindingDefinition<F extends MessageSubject = MessageSubject>
  extends IssueDefinition<F> {
  /** The severity the finding is reported with. */
  readonly severity: Severity;
}

/**
 * A module's finding catalogue: one {@link FindingDefinition} per code of its details map,
 * each message template typed with that code's details.
 *
 * @typeParam D - The module's details map.
 * @example
 * ```ts
 * const catalogue: FindingCatalogue<{ no_owner: {} }> = {
 *   no_owner: { severity: 'warning', message: 'Nobody owns this outcome.', description: 'No owner.' },
 * };
 * ```
 * @category Findings
 */
export type FindingCatalogue<D extends FindingDetailsMap> = {
  readonly [C in keyof D & string]: FindingDefinition<Finding<C> & Readonly<D[C]>>;
};

const CODE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * Declares a module's finding codes with their typed details, checking that each code is
 * snake_case, and freezes the catalogue (each entry too).
 *
 * @remarks Keeping every code in a catalogue is what lets a host list, document and
 * translate all the findings the library can report. Pass the details map as the type
 * argument: `defineFindings<MyFindingDetails>({ … })`.
 * @typeParam D - The module's details map.
 * @param definitions - Finding definitions keyed by code.
 * @returns The same definitions, deeply frozen.
 * @throws {@link GoldenThreadError} `invalid_argument` when a code is not snake_case.
 * @example
 * ```ts
 * const findings = defineFindings<{ generic_wording: { phrase: string } }>({
 *   generic_wording: {
 *     severity: 'warning',
 *     message: 'The words "{phrase}" do not say what will be seen or counted.',
 *     description: 'Generic aims need an observable indicator.',
 *   },
 * });
 * ```
 * @category Findings
 */
export function defineFindings<D extends FindingDetailsMap>(
  definitions: FindingCatalogue<D>,
): FindingCatalogue<D> {
  requireRecord('defineFindings', 'definitions', definitions);
  try {
    return freezeDefinitions(definitions);
  } catch (error) {
    throw unexpected('defineFindings', error);
  }
}

function freezeDefinitions<D extends FindingDetailsMap>(
  definitions: FindingCatalogue<D>,
): FindingCatalogue<D> {
  for (const code of Object.keys(definitions)) {
    if (!CODE.test(code)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `defineFindings: ${JSON.stringify(code)} is not a snake_case code.`,
      );
    }
    Object.freeze((definitions as Readonly<Record<string, unknown>>)[code]);
  }
  return Object.freeze(definitions);
}

/**
 * The details argument of {@link createFinding} for one code: optional when the code has
 * none.
 *
 * @typeParam T - The code's details.
 * @example
 * ```ts
 * const none: DetailsArgument<NoDetails> = [];
 * const some: DetailsArgument<{ phrase: string }> = [{ phrase: 'be happy' }];
 * ```
 * @category Findings
 */
export type DetailsArgument<T> = NoDetails extends T ? [details?: T] : [details: T];

/**
 * Builds a finding from its catalogue entry: the entry's severity, the message rendered from
 * the entry's template and the details.
 *
 * @typeParam D - The module's details map.
 * @typeParam C - The code reported.
 * @param catalogue - The module's catalogue (from {@link defineFindings}).
 * @param code - The code to report.
 * @param path - Where in the record.
 * @param details - The values the message template and the host need (typed per code).
 * @returns A frozen finding.
 * @example
 * ```ts
 * const catalogue = defineFindings<{ generic_wording: { phrase: string } }>({
 *   generic_wording: { severity: 'warning', message: 'The words "{phrase}" are generic.', description: '…' },
 * });
 * createFinding(catalogue, 'generic_wording', ['words'], { phrase: 'improve wellbeing' });
 * // => { code: 'generic_wording', severity: 'warning', path: ['words'],
 * //      message: 'The words "improve wellbeing" are generic.', phrase: 'improve wellbeing' }
 * ```
 * @category Findings
 */
export function createFinding<D extends FindingDetailsMap, C extends keyof D & string>(
  catalogue: FindingCatalogue<D>,
  code: C,
  path: Path,
  ...[details]: DetailsArgument<D[C]>
): Finding<C> & Readonly<D[C]> {
  requireRecord('createFinding', 'catalogue', catalogue);
  requireText('createFinding', 'code', code);
  requireList('createFinding', 'path', path);
  if (details !== undefined) requireRecord('createFinding', 'details', details);
  const definition = Object.hasOwn(catalogue, code)
    ? (catalogue[code] as FindingDefinition | undefined)
    : undefined;
  if (definition === undefined) {
    throw new GoldenThreadError(
      'invalid_argument',
      'createFinding: code must be a code of the catalogue, but the catalogue has no such code.',
    );
  }
  try {
    return buildFinding(definition, code, path, details);
  } catch (error) {
    throw unexpected('createFinding', error);
  }
}

function buildFinding<D extends FindingDetailsMap, C extends keyof D & string>(
  definition: FindingDefinition,
  code: C,
  path: Path,
  details: D[C] | undefined,
): Finding<C> & Readonly<D[C]> {
  const base = {
    ...(details as object),
    code,
    severity: definition.severity,
    path: Object.freeze([...path]),
    message: '',
  };
  return Object.freeze({
    ...base,
    message: renderMessage(definition.message, base),
  }) as unknown as Finding<C> & Readonly<D[C]>;
}
