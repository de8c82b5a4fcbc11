import { GoldenThreadError } from './errors.js';
import type { FindingDefinition } from './findings.js';
import { deepFreeze } from './internal/freeze.js';
import { unexpected } from './internal/guard.js';
import { requireList, requireRecord } from './internal/require.js';
import type { IssueDefinition } from './issues.js';

/**
 * One entry of a message catalogue (such as `messageCatalogue`): a code's kind, default
 * English message and description, and for findings the severity.
 *
 * @example
 * ```ts
 * const entry: CatalogueEntry = { kind: 'issue', message: '{field} is required.', description: 'A required field is missing.' };
 * ```
 * @category Messages
 */
export interface CatalogueEntry extends IssueDefinition {
  /** `'issue'` for a parse issue, `'finding'` for a quality-check finding. */
  readonly kind: 'issue' | 'finding';
  /** For findings: the severity it is reported with. */
  readonly severity?: 'error' | 'warning' | 'info';
}

/**
 * The parts a message catalogue is composed of: issue catalogues and finding catalogues.
 *
 * @example
 * ```ts
 * const parts: CatalogueParts = { issues: [parseIssueCatalogue], findings: [] };
 * ```
 * @category Messages
 */
export interface CatalogueParts {
  /** Parse issue catalogues. */
  readonly issues: readonly Readonly<Record<string, IssueDefinition>>[];
  /** Finding catalogues. */
  readonly findings: readonly Readonly<Record<string, FindingDefinition>>[];
}

/**
 * Joins issue and finding catalogues into one frozen list of every code with its kind,
 * refusing a code defined twice (one code, one meaning).
 *
 * @remarks The package's own catalogues are built with it (`messageCatalogue`, and
 * `fhirMessageCatalogue` in `golden-thread/fhir`); a host can use it to check that its own
 * codes do not clash with the library's.
 * @param parts - The catalogues to join.
 * @returns A deeply frozen record keyed by code.
 * @throws {@link GoldenThreadError} `invariant_violation` when a code appears twice.
 * @example
 * ```ts
 * const every = composeCatalogue({ issues: [parseIssueCatalogue], findings: [] });
 * every.required?.kind; // => 'issue'
 * ```
 * @category Messages
 */
export function composeCatalogue(parts: CatalogueParts): Readonly<Record<string, CatalogueEntry>> {
  requireRecord('composeCatalogue', 'parts', parts);
  try {
    requireList('composeCatalogue', 'parts.issues', parts.issues);
    requireList('composeCatalogue', 'parts.findings', parts.findings);
    return compose(parts);
  } catch (error) {
    throw unexpected('composeCatalogue', error);
  }
}

function compose(parts: CatalogueParts): Readonly<Record<string, CatalogueEntry>> {
  const out = Object.create(null) as Record<string, CatalogueEntry>;
  const add = (code: string, entry: CatalogueEntry) => {
    if (Object.hasOwn(out, code)) {
      throw new GoldenThreadError(
        'invariant_violation',
        `composeCatalogue: the code ${code} is defined twice.`,
      );
    }
    out[code] = entry;
  };
  for (const catalogue of parts.issues) {
    for (const [code, d] of Object.entries(catalogue)) {
      add(code, { kind: 'issue', message: d.message, description: d.description });
    }
  }
  for (const catalogue of parts.findings) {
    for (const [code, d] of Object.entries(catalogue)) {
      add(code, {
        kind: 'finding',
        message: d.message,
        description: d.description,
        severity: d.severity,
      });
    }
  }
  return deepFreeze(out);
}
