import { GoldenThreadError } from './errors.js';
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
 * @typeParam C - The union of codes a check can report.
 * @example
 * ```ts
 * const finding: Finding<'generic_wording'> = createFinding(findings, 'generic_wording', ['words'], {
 *   phrase: 'be more confident',
 * });
 * if (finding.severity === 'warning') showWarning(finding.message);
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
 * A catalogue entry for a finding code: its default severity, English message and a
 * description for developers and auditors.
 *
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
export interface FindingDefinition extends IssueDefinition {
  /** The severity the finding is reported with. */
  readonly severity: Severity;
}

const CODE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * Declares a module's finding codes, checking that each is snake_case, and freezes the
 * catalogue.
 *
 * @remarks Keeping every code in a catalogue is what lets a host list, document and
 * translate all the findings the library can report.
 * @param definitions - Finding definitions keyed by code.
 * @returns The same definitions, frozen, with their literal code types kept.
 * @throws {@link GoldenThreadError} `invalid_argument` when a code is not snake_case.
 * @example
 * ```ts
 * const findings = defineFindings({
 *   generic_wording: {
 *     severity: 'warning',
 *     message: 'The words "{phrase}" do not say what will be seen or counted.',
 *     description: 'Generic aims need an observable indicator.',
 *   },
 * });
 * ```
 * @category Findings
 */
export function defineFindings<const T extends Readonly<Record<string, FindingDefinition>>>(
  definitions: T,
): T {
  for (const code of Object.keys(definitions)) {
    if (!CODE.test(code)) {
      throw new GoldenThreadError(
        'invalid_argument',
        `defineFindings: ${JSON.stringify(code)} is not a snake_case code.`,
      );
    }
  }
  return Object.freeze(definitions);
}

/**
 * Builds a finding from its catalogue entry: the entry's severity, the message rendered from
 * the entry's template and the details.
 *
 * @param definitions - The module's catalogue (from {@link defineFindings}).
 * @param code - The code to report.
 * @param path - Where in the record.
 * @param details - The values the message template and the host need.
 * @returns A frozen finding.
 * @example
 * ```ts
 * createFinding(findings, 'generic_wording', ['words'], { phrase: 'improve wellbeing' });
 * // => { code: 'generic_wording', severity: 'warning', path: ['words'],
 * //      message: 'The words "improve wellbeing" do not say …', phrase: 'improve wellbeing' }
 * ```
 * @category Findings
 */
export function createFinding<
  T extends Readonly<Record<string, FindingDefinition>>,
  C extends keyof T & string,
>(
  definitions: T,
  code: C,
  path: Path,
  details: Readonly<Record<string, unknown>> = {},
): Finding<C> {
  const definition = definitions[code] as FindingDefinition;
  const base = {
    ...details,
    code,
    severity: definition.severity,
    path: Object.freeze([...path]),
    message: '',
  };
  return Object.freeze({ ...base, message: renderMessage(definition.message, base) });
}
